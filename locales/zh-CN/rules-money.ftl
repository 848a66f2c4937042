## 规则信息：资金风险（M…），优惠的成本与为其出资的预算科目。
## 金额和百分比已格式化（¥50、35%）；id 按原样。

m-offer-coupon = 优惠券 `{ $id }`
m-offer-promotion = 促销机制 `{ $id }`
m-computation-units = { $units } × { $each } = { $worst }
m-computation-sum = { $worst }
m-computation-forecast = { $worst }（按目标销售额 { $sales } 优惠 { $depth } 计）
m-line-label = 预算科目 `{ $line }`：{ $amount }
m-funded-offer = { $offer }：{ $cost }

# M001 liability-over-line
m001-over-worst = { $offer } 全部核销时成本为 { $computation }，超出预算科目 `{ $line }` 的 { $amount }（超出 { $over }）；未写明核销率
m001-over-expected = { $offer } 预计成本 { $expected }（{ $computation } 的 { $redemption }），超出预算科目 `{ $line }` 的 { $amount }（超出 { $over }）
m001-help = 减少发放数量、降低面额、写明预计核销率 `redemption`，或向该科目追加 { $over }

# M002 worst-case-over-line
m002-worst = { $offer } 按 { $redemption } 核销率预计成本 { $expected }，在预算科目 `{ $line }`（{ $amount }）之内，但全部核销时成本为 { $computation }（超出 { $over }）
m002-help = 按科目金额限定发放数量、预先约定科目用完即停止该优惠，或以豁免写明由谁承担此风险

# M003 offer-unfunded
m003-unfunded = { $offer } 的成本可达 { $computation }，但未指明出资的预算科目
m003-help = 加上 `funded_by:`，写明为其出资的预算科目

# M004 liability-unbounded
m004-no-quantity = { $offer } 没有 `quantity`：其成本没有上限
m004-no-list-price = { $offer } 没有 `list_price`：秒杀让利的成本没有上限
m004-no-reward-cost = { $offer } 没有 `reward_cost`：奖励的成本没有上限
m004-help-quantity = 用 `quantity:` 写明发放或赠送的数量
m004-help-list-price = 加上 `list_price:`，写明场次中最贵商品的原价
m004-help-reward-cost = 加上 `reward_cost:`，写明每份奖励的公司成本

# M005 line-overcommitted
m005-over = 预算科目 `{ $line }`（{ $amount }）出资的 { $count } 项优惠预计共计成本 { $sum }，超出该科目 { $over }
m005-over-total = 预算科目 `{ $line }`（{ $amount }）出资的 { $count } 项优惠预计共计成本 { $sum }，超出整个总预算（{ $total }）
m005-help = 将某项优惠改由其他科目出资、减少发放数量，或向该科目追加 { $over }

rule-M001-summary = 优惠的预计成本超出其预算科目
rule-M002-summary = 优惠全部核销时的成本超出其预算科目
rule-M003-summary = 需要支出资金的优惠未指明预算科目
rule-M004-summary = 优惠的成本没有上限
rule-M005-summary = 一个预算科目出资的各项优惠合计超出该科目
