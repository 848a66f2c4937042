//! The starter plans `campspec init` writes, one template per locale, kept here as Rust
//! string constants (not under `templates/`, which holds the document templates).
//!
//! `{{name}}` is replaced by [`super::render`] (through minijinja, strict about names)
//! with a value computed for the chosen jurisdictions and dates; every other character
//! is written as is.
//! Each section opens with a one-line comment saying what it is for and how to extend it.

/// The Simplified Chinese starter: Chinese names, copy and comments.
pub(super) const ZH_CN: &str = r#"{{modeline}}
# 活动计划起步模板（由 campspec init 生成）：按实际情况逐段修改，再运行 campspec check 检查。
# 格式说明见 docs/format.md；在支持 YAML 语言服务器的编辑器中，每个字段都有悬停说明和示例。

# 格式版本：固定为 1。
campspec: 1
# 活动标识和名称：id 用于输出目录和引用（小写字母、数字和连字符），name 是内部沟通用的活动名。
id: {{id}}
name: {{name}}
# 方案版本：按团队的草稿编号填写（加引号），文档页眉与审批栏会显示。
version: "0.1"
# 活动简介：内部说明，不面向顾客，可按需改写。
summary: >
  面向新老会员的四周促销：预热周提醒会员，主推期和冲刺期用满减拉动客单价，
  新人券带动首单。上线前请换成实际的目标、预算和文案。
# 负责团队（teams 中的 id）、文档语言（zh-CN 或 en）、币种（ISO 4217）和时区（IANA 名称）。
owner: marketing
locale: zh-CN
currency: {{currency}}
timezone: {{timezone}}
# 适用的法规规则包（CN、EU、US、UK，可列多个）：面向顾客的文字按这些法域检查。
jurisdictions: {{jurisdictions}}
# 活动起止日期（含首尾两天）：阶段、优惠和券都必须落在其中。
window:
  start: {{start}}
  end: {{end}}

# 参与团队：所有 owner 字段都引用这里的 id；新增团队时加一项，可用 duties 写明职责。
teams:
  - id: marketing
    name: 市场部
    duties: [活动策划与创意, 全渠道传播, 短信与推送触达]
  - id: ecommerce
    name: 电商运营部
    duties: [活动页面与优惠配置, 数据分析]
  - id: legal
    name: 法务部
    duties: [活动规则与文案审核]

# 活动目标：每项写指标（metric）和目标值或增长率；可用的指标及其单位见 docs/format.md 的 goals 一节。
goals:
  - id: gmv
    metric: gmv
    name: 活动期销售额
    baseline: {{gmv_baseline}}
    target: {{gmv_target}}
    growth: 20%
    owner: ecommerce
  - id: new-users
    metric: new_users
    name: 新客首单人数
    target: {{new_users}}
    owner: marketing

# 活动阶段：按时间顺序首尾相接地覆盖整个活动期；budget 是各阶段的预算占比（合计 100%），targets 是目标在各阶段的占比（合计 100%）。
phases:
  - id: preheat
    name: 预热期
    start: {{start}}
    end: {{preheat_end}}
    focus: [活动预告, 会员提醒, 新人券发放]
    budget: 20%
    targets: { gmv: 20% }
  - id: main
    name: 主推期
    start: {{main_start}}
    end: {{main_end}}
    focus: [满减全场上线, 全渠道投放]
    budget: 50%
    targets: { gmv: 50% }
  - id: last-call
    name: 冲刺期
    start: {{last_start}}
    end: {{end}}
    focus: [结束前提醒, 未下单用户召回]
    budget: 30%
    targets: { gmv: 30% }

# 预算：各预算项加上预留（reserve）等于总额；新增预算项时同步调整金额，使合计不变。
# redemption 是优惠券、赠品和奖品的预计核销率，用来在最坏情况之外给出预计成本。
budget:
  total: {{budget_total}}
  reserve: 10%
  redemption: 30%
  lines:
    - { id: media, name: 媒体投放, amount: {{line_media}}, owner: marketing }
    - { id: offers, name: 满减与优惠券补贴, amount: {{line_offers}}, owner: ecommerce }
    - { id: creative, name: 创意与物料制作, amount: {{line_creative}}, owner: marketing, phase: preheat }

# 促销机制：这里是一个满减活动；还可以添加 discount、flash_sale、member_price、gift_with_purchase 等类型，字段见 docs/format.md。
promotions:
  - id: tiers
    type: spend_tiers
    name: 满额立减
    phases: [main, last-call]
    tiers:
      - { spend: {{t1_spend}}, discount: {{t1_off}} }
      - { spend: {{t2_spend}}, discount: {{t2_off}} }
    terms: 活动期间单笔订单满{{t1_spend_text}}减{{t1_off_text}}，满{{t2_spend_text}}减{{t2_off_text}}，不与其他满减活动同享。

# 优惠券：金额券写 amount，折扣券写 percent 和封顶 cap；min_spend 是使用门槛（0 表示无门槛），audience 是可用人群。
# quantity 是发放总量，funded_by 是为其出资的预算科目：campspec 检查全部核销的成本（数量 × 面额）是否在该科目之内。
coupons:
  - id: new-user
    name: 新人首单券
    audience: new_users
    amount: {{coupon_off}}
    min_spend: {{coupon_min}}
    quantity: {{coupon_quantity}}
    per_user: 1
    funded_by: offers
    terms: 新用户首单满{{coupon_min_text}}减{{coupon_off_text}}，每人限领1张。

# 叠加规则：每单最多用几张券；standalone 列出不与任何优惠同享的活动，exclusive 列出互斥的组合（如 [[tiers, new-user]]）。
stacking:
  max_coupons_per_order: 1
  claims_per_user_per_day: 1

# 毛利与折扣护栏：campspec 计算所有优惠叠加后的最深折扣，并与这些限值比较。
guardrails:
  gross_margin: 60%
  min_margin: 20%
  max_discount: 30%

# 面向顾客的文案：按适用法域检查用词；advertises 列出文案宣传的优惠，文案中的金额和日期必须与之一致；短信要写退订方式。
copy:
  - id: hero
    channel: app_home
    text: 会员焕新季，满{{t1_spend_text}}减{{t1_off_text}}，满{{t2_spend_text}}减{{t2_off_text}}！活动时间{{offer_period}}。
    advertises: [tiers]
  - id: sms
    channel: sms
    text: 【品牌】会员焕新季满{{t2_spend_text}}减{{t2_off_text}}，新人首单满{{coupon_min_text}}减{{coupon_off_text}}，活动截至{{end_text}}。回T退订
    advertises: [tiers, new-user]

# 合规信息：审核团队和记录保存期限；messaging 写明每个消息渠道收件人如何事先同意接收营销信息；用个人数据做用户画像时加 personal_data，确需豁免某条规则时加 waivers（写明理由和审批人）。
compliance:
  reviewed_by: legal
  data_retention: 2y
  messaging:
    - channel: sms
      consent: 会员注册时单独勾选“接收营销短信”，同意记录存于会员系统

# 风险：每项写明预防措施、应对方案和负责团队；新增风险时照此添加一项。
risks:
  - id: coupon-abuse
    risk: 新人券被批量注册的账号套取
    prevention: 按手机号和设备限领，每人限领1张
    response: 冻结异常账号，取消异常订单
    owner: ecommerce
    # 可能性与影响：low、medium 或 high，文档据此画出风险矩阵。
    likelihood: medium
    impact: medium

# 审批：每位签批人的角色、姓名、日期和状态（pending 待审批、approved 已批准、rejected 已驳回）；待审批时不写日期。
approvals:
  - { role: 市场负责人, name: 待定, status: pending }
  - { role: 法务审核, name: 待定, status: pending }

# 物料：写明数量、负责团队和截止日期；due 必须早于 needed_by 阶段的开始日期。
materials:
  - { id: banners, item: 活动页横幅与短信素材, quantity: 20, owner: marketing, due: {{material_due}}, needed_by: preheat }
"#;

/// The English starter: English names, copy and comments.
pub(super) const EN: &str = r#"{{modeline}}
# A starter campaign plan written by `campspec init`: edit each section, then run `campspec check`.
# The format is described in docs/format.md; editors with the YAML language server show help and an example for every field.

# Format version: always 1.
campspec: 1
# The campaign's id (lowercase letters, digits and '-'; names the output folder) and its name as stakeholders know it.
id: {{id}}
name: {{name}}
# The plan's own version, as your team numbers its drafts (quoted); the documents show it with the approvals.
version: "0.1"
# An internal summary for stakeholders (never shown to customers).
summary: >
  A four-week member sale: a preview week to warm up members, then spend-and-save tiers
  to lift order values and a welcome coupon for first orders. Replace the targets, budget
  and copy with your own before launch.
# The owning team (a `teams` id), the documents' language (en or zh-CN), the ISO 4217 currency and the IANA time zone.
owner: marketing
locale: en
currency: {{currency}}
timezone: {{timezone}}
# Legal rule packs applied to customer-facing text: CN, EU, US, UK (list several when the campaign runs in several).
jurisdictions: {{jurisdictions}}
# The campaign's first and last day, both inclusive; phases, offers and coupons fall inside it.
window:
  start: {{start}}
  end: {{end}}

# Teams taking part: every `owner` names one of these ids; add a team with an id, a name and optional duties.
teams:
  - id: marketing
    name: Marketing
    duties: [Campaign plan and creative, Paid media, Email and SMS]
  - id: ecommerce
    name: E-commerce
    duties: [Site merchandising, Promotion setup, Reporting]
  - id: legal
    name: Legal
    duties: [Offer terms and copy review]

# Goals: each has a metric and a target or a growth; the metrics and their units are listed in docs/format.md (goals).
goals:
  - id: revenue
    metric: revenue
    name: Online revenue
    baseline: {{gmv_baseline}}
    target: {{gmv_target}}
    growth: 20%
    owner: ecommerce
  - id: first-orders
    metric: new_users
    name: First-time customers
    target: {{new_users}}
    owner: marketing

# Phases in time order, covering the window without gaps; `budget` is each phase's share (100% in all), `targets` each goal's share (100% in all).
phases:
  - id: preview
    name: Member preview
    start: {{start}}
    end: {{preheat_end}}
    focus: [Teaser emails and SMS, Welcome coupon for new sign-ups]
    budget: 20%
    targets: { revenue: 20% }
  - id: main
    name: Main sale
    start: {{main_start}}
    end: {{main_end}}
    focus: [Spend-and-save tiers sitewide, Paid social and search]
    budget: 50%
    targets: { revenue: 50% }
  - id: last-chance
    name: Last chance
    start: {{last_start}}
    end: {{end}}
    focus: [Reminder emails, Retargeting]
    budget: 30%
    targets: { revenue: 30% }

# The budget: lines plus the reserve add up to the total; when you add a line, adjust the others so the sum still holds.
# `redemption` is the share of coupons, gifts and prizes you expect to be used: the expected cost beside the worst case.
budget:
  total: {{budget_total}}
  reserve: 10%
  redemption: 30%
  lines:
    - { id: media, name: Paid media, amount: {{line_media}}, owner: marketing }
    - { id: offers, name: Offer funding, amount: {{line_offers}}, owner: ecommerce }
    - { id: creative, name: Creative and production, amount: {{line_creative}}, owner: marketing, phase: preview }

# Price mechanics: one spend-and-save promotion here; other types (discount, flash_sale, member_price, gift_with_purchase, …) are in docs/format.md.
promotions:
  - id: spend-save
    type: spend_tiers
    name: Spend and save
    phases: [main, last-chance]
    tiers:
      - { spend: {{t1_spend}}, discount: {{t1_off}} }
      - { spend: {{t2_spend}}, discount: {{t2_off}} }
    terms: >
      Spend {{t1_spend_text}}, get {{t1_off_text}} off; spend {{t2_spend_text}}, get {{t2_off_text}} off.
      Applies to the merchandise subtotal before tax and shipping.

# Coupons: an `amount` off, or a `percent` off with a `cap`, above `min_spend` (0 for no minimum); `audience` says who may use it.
# `quantity` is how many are issued and `funded_by` the budget line that pays: campspec checks that every coupon used (quantity × amount) fits the line.
coupons:
  - id: welcome
    name: Welcome coupon
    audience: new_users
    amount: {{coupon_off}}
    min_spend: {{coupon_min}}
    quantity: {{coupon_quantity}}
    per_user: 1
    funded_by: offers
    terms: {{coupon_off_text}} off your first order of {{coupon_min_text}} or more, limit 1 per customer.

# How offers combine: coupons per order; add `standalone: [id]` for offers that combine with nothing, `exclusive: [[a, b]]` for offers that never meet.
stacking:
  max_coupons_per_order: 1
  claims_per_user_per_day: 1

# Margin limits: campspec computes the deepest discount any order can get and compares it with these.
guardrails:
  gross_margin: 60%
  min_margin: 20%
  max_discount: 30%

# Customer-facing copy, checked under each jurisdiction: `advertises` lists the offers it promotes, whose amounts and dates it must match; messages need an opt-out.
copy:
  - id: hero
    channel: web
    text: "Member Days: spend {{t1_spend_text}}, get {{t1_off_text}} off; spend {{t2_spend_text}}, get {{t2_off_text}} off. {{offer_period}}."
    advertises: [spend-save]
  - id: sms
    channel: sms
    text: "Acme: spend {{t2_spend_text}}, get {{t2_off_text}} off, and new customers get {{coupon_off_text}} off orders of {{coupon_min_text}} or more. Ends {{end_text}}. Reply STOP to opt out."
    advertises: [spend-save, welcome]

# Compliance facts: who reviewed the plan, how long records are kept, and how recipients agreed to marketing on each message channel (`messaging`); add `personal_data` when customers are profiled, `waivers` (with a reason and an approver) to accept a finding.
compliance:
  reviewed_by: legal
  data_retention: 2y
  messaging:
    - channel: sms
      consent: opted in by text at sign-up, naming Acme (written consent); records kept in the CRM

# Risks: each with its prevention, its response and the team answering for it; add more in the same shape.
risks:
  - id: coupon-abuse
    risk: Welcome coupon used by repeat customers on new accounts
    prevention: One coupon per verified email address and payment card
    response: Cancel abusive orders and block the accounts
    owner: ecommerce
    # Likelihood and impact: low, medium or high; the documents place the risk on a matrix.
    likelihood: medium
    impact: medium

# Sign-off: each approver's role, name, date and status (pending, approved or rejected); no date while pending.
approvals:
  - { role: Marketing lead, name: To be named, status: pending }
  - { role: Legal review, name: To be named, status: pending }

# Materials to produce, each due before the phase that needs it starts (`due` earlier than `needed_by`'s start).
materials:
  - { id: banners, item: Site banners and SMS templates, quantity: 20, owner: marketing, due: {{material_due}}, needed_by: preview }
"#;
