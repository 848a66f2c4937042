## 语言服务器的说明：悬停时显示值的读法。

server-hover-date = { $date }，{ $weekday ->
        [1] 星期一
        [2] 星期二
        [3] 星期三
        [4] 星期四
        [5] 星期五
        [6] 星期六
       *[7] 星期日
    }
server-hover-discount = `{ $value }`：按原价的 { $pay } 付款，优惠 { $off }
server-hover-percent = `{ $value }` 即比例 { $ratio }
server-hover-money = `{ $value }` 即 { $amount }
server-hover-number = `{ $value }` 即 { $number }
server-hover-range = `{ $value }`：从 { $low } 到 { $high }（含两端）
server-hover-id = `{ $id }`：{ $section ->
        [teams] 团队
        [phases] 阶段
        [goals] 目标
        [promotions] 促销机制
        [coupons] 优惠券
        [budget-lines] 预算科目
        [copy] 文案
        [risks] 风险
        [materials] 物料
       *[other] 条目
    }「{ $name }」

server-offer = **{ $name }**（`{ $id }`，{ $kind ->
        [coupon] 优惠券
       *[other] { $kind }
    }）：{ $mechanics }
server-offer-worst = 最坏情况下{ $count ->
        [0] 单独使用
       *[other] 与 { $partners } 叠加
    }：原价 { $order } 的订单实付 { $paid }，{ $at_least ->
        [yes] 至少优惠 { $depth }
       *[other] 优惠 { $depth }
    }
server-offer-not-in-worst = 不在最坏情况的组合中（{ $offers }，{ $at_least ->
        [yes] 至少优惠 { $depth }
       *[other] 优惠 { $depth }
    }）
server-offer-not-priced = 叠加分析不计算此优惠。

server-complete-required = 必填

server-settings-kept = { $error }（继续沿用之前的设置）
