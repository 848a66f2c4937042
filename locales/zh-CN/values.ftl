## 值的说明：金额、百分比、折扣（折）、日期、时间、时长、数量、目标值、范围、编号和数字。

value-not-a = `{ $shown }` 不是{ $noun }
value-empty = 应为{ $noun }，实际为空值
value-wrong-kind = 应为{ $noun }，实际为{ $found }
value-found-empty = 空值

value-noun-number = 数字
value-help-number = 请写数字，例如 2.5
value-noun-count = 数量
value-help-count = 请写整数，例如 5000 或 "5万"
value-noun-id = 编号
value-help-id = 请写由小写字母、数字和 '-' 组成的简短编号，例如 "burst"
value-noun-discount = 折扣
value-help-discount = 请写折扣，例如 "9%"、"8.5折" 或 30
value-noun-zhe = 折数
value-help-zhe = 请写 "1折" 到 "9.9折" 之间的折数，例如 "8.5折" 或 "85折"
value-noun-date = 日期
value-help-date = 请按 `YYYY-MM-DD` 写日期，例如 2027-01-16
value-noun-time = 时间
value-help-time = 请写时间，例如 "10:00"
value-noun-duration = 时长
value-help-duration = 请写时长，例如 "2y"、"6mo"、"90d" 或 "36h"
value-noun-measure = 目标值
value-help-measure = 请写目标值，例如 "1.5亿"、"15%"、"30万" 或 45
value-noun-measure-money = 金额
value-help-measure-money = 请写金额，例如 "5000" 或 "¥5000"
value-noun-measure-count = 数量
value-help-measure-count = 请写数量，例如 "5000" 或 "5万"
value-noun-score = 普通数字
value-help-score = 请写普通数字，例如 45
value-noun-custom = 数字（可带单位）
value-help-custom = 请写数字，可在后面加单位，例如 "4.8分"
value-noun-share = 占比或金额
value-help-share = 请写占比（如 "20%"）或金额（如 "300万"）
value-noun-money = 金额
value-help-money = 请写金额，例如 299 或 "¥299"
value-noun-percent = 百分比
value-help-percent = 请写百分比，例如 "15%"
value-noun-range = 范围
value-help-range = 请写范围，例如 "2..3"

value-write = 请写 "{ $text }"
value-write-percent-off = 请写 "{ $percent }%"（减免的百分比）

value-percent-bare = `{ $shown }` 是不带百分号的数字，作为百分比含义不明
value-percent-bare-help = 请写 "{ $fraction }"（把 { $shown } 理解为小数）或 "{ $as_written }"

## 数字的写法（各类数值共用）。

value-write-or = { $head } 或 "{ $next }"
value-write-bare = 请写 { $text }
value-too-large = `{ $shown }` 数值过大
value-two-points = `{ $shown }` 有不止一个小数点
value-leading-point = `{ $shown }` 的小数点前没有数字
value-trailing-point = `{ $shown }` 的小数点后没有数字
value-decimal-comma = `{ $shown }` 用逗号作小数点
value-misplaced-separator = `{ $shown }` 的千位分隔符位置不对：逗号应隔开每三位数字
value-too-many-digits = `{ $shown }` 位数过多
value-plain-multiplier = `{ $shown }` 带有「{ $multiplier }」，但此处应写普通数字
value-space-inside = `{ $shown }` 的数字中间有空格
value-foreign-multiplier = `{ $shown }` 把 `{ $word }` 当作数量单位；campspec 只识别「万」和「亿」
value-not-finite = `{ $shown }` 不是有限的数值
value-help-significant-digits = 请写有效数字不超过 28 位的数字
value-fullwidth-digits = `{ $shown }` 使用了全角数字
value-fullwidth-char = `{ $shown }` 含有全角字符 `{ $char }`
value-help-ascii = 请使用半角数字和标点（0-9 . , - :）
value-chinese-numerals = `{ $shown }` 使用了中文数字

## 数量。

value-negative-count = `{ $shown }` 是负数，数量不能为负
value-count-is-percentage = `{ $shown }` 是百分比，不是数量
value-count-plus-sign = `{ $shown }` 带有加号，数量不写正负号
value-count-is-money = `{ $shown }` 是金额，不是数量
value-count-unit-word = `{ $shown }` 带有单位（{ $word }）；此处的数量只写数字
value-scaled-not-whole = `{ $shown }` 等于 { $value }，不是整数
value-not-whole = `{ $shown }` 不是整数
value-count-too-large = `{ $shown }` 超出了数量的上限
value-help-count-below = 请写小于 18446744073709551616 的数量

## 折扣和折数。

value-discount-named = `{ $shown }` 写的是优惠名称；此处只写优惠多少
value-discount-off-unclear = `{ $shown }` 没有说明是百分比还是金额
value-help-discount-off-unclear = 减免百分比请写 "{ $number }%"，减免金额请写 "{ $number }"
value-discount-whole-tier = `{ $shown }` 是一整个满减档位；门槛和优惠应分开写
value-help-discount-whole-tier = 把 { $spend } 写在 `spend` 中，此处写 "{ $discount }"
value-saves-nothing = `{ $shown }` 没有任何优惠
value-help-percent-off = 请写减免的百分比，例如 "10%"
value-help-amount-off = 请写减免金额，例如 30
value-discount-negative = `{ $shown }` 是负数；折扣指顾客省下的部分
value-discount-over-price = `{ $shown }` 超过了全部价格
value-help-at-most-100 = 最多写 "100%"
value-discount-ambiguous = `{ $shown }` 含义不明：可能是减免 { $percent }%，也可能是减免 { $shown } 元
value-help-discount-ambiguous = 减免百分比请写 "{ $percent }%"，减免金额请写 "¥{ $shown }"
value-zhe-word-before = `{ $shown }` 在「折」前面多了一个字
value-zhe-more-than-value = `{ $shown }` 除折数外还有其他内容
value-zhe-full-price = `{ $shown }` 即原价，没有任何优惠
value-help-zhe-below-10 = 请写低于 10折 的折数，例如 "9折"
value-zhe-below-one = `{ $shown }` 低于 1折；折数应在 1 到 9.9 之间
value-zhe-decimal-places = `{ $shown }` 有 { $places } 位小数；折数只能写一位小数（8.5折）或两位数字（85折）
value-zhe-ends-in-zero = `{ $shown }` 含义不明：两位数的折数不以 0 结尾
value-zhe-decimals-after-two = `{ $shown }` 在两位数字后又有小数；折数只能写一位小数（8.5折）或两位数字（85折）

## 金额。

value-money-is-percentage = `{ $shown }` 是百分比，不是金额
value-negative-amount = `{ $shown }` 是负数，金额不能为负
value-amount-plus-sign = `{ $shown }` 带有加号，金额不写正负号
value-money-too-large = `{ $shown }` 超出了金额的上限
value-help-money-below = 请写低于 1000万亿（1,000,000,000,000,000）的金额
value-scaled-cents = `{ $shown }` 等于 { $value }，小数超过两位；金额最小单位为分
value-cents = `{ $shown }` 的小数超过两位；金额最小单位为分
value-two-currencies = `{ $shown }` 同时用了两种币种：`{ $sign }` 和 `元`
value-names-currency = `{ $shown }` 写了币种；金额应按方案的币种书写
value-yuan-word = `{ $shown }` 用了 `{ $word }`；人民币请写 `元` 或 `¥`
value-currency-name = `{ $shown }` 写了币种名称（`{ $word }`）；请把币种符号写在金额前面
value-money-is-count = `{ $shown }` 是数量（{ $word }），不是金额

## 百分比。

value-percent-too-large = `{ $shown }` 超出了百分比的上限
value-help-percent-between = 请写 -1,000,000% 到 1,000,000% 之间的百分比
value-percent-decimals = `{ $shown }` 的小数超过 { $places } 位
value-percent-spelt-out = `{ $shown }` 用文字写了百分号，请直接写 `%`
value-percent-two-signs = `{ $shown }` 有不止一个百分号

## 编号。

value-help-id-non-ascii-cjk = 编号只用半角字符（小写字母、数字和 '-'），例如 `burst`；中文名称请写在 `name` 中
value-help-id-non-ascii = 编号只用半角字符（小写字母、数字和 '-'）；完整名称请写在 `name` 中
value-id-too-long = `{ $shown }` 长 { $len } 个字符；编号最多 { $max } 个字符
value-help-id-shorten = 请缩短编号
value-id-start-letter = `{ $shown }` 应以字母开头
value-help-id-start-letter = 编号请以小写字母开头
value-id-invalid = `{ $shown }` 不是有效的编号：编号只能包含小写字母、数字和 '-'
value-id-non-ascii = `{ $shown }` 含有非半角字符，不能作编号

## 范围。

value-range-too-many-dots = `{ $shown }` 的点太多；范围应写成 `下限..上限`
value-range-separator = `{ $shown }` 不是范围的写法：请用两个点写成 `下限..上限`
value-range-more-ends = `{ $shown }` 的端点超过两个；范围应写成 `下限..上限`
value-range-backwards = `{ $shown }` 的下限大于上限
value-range-missing-end = `{ $shown }` 缺少范围的一端
value-range-single = `{ $shown }` 是单个数字，不是范围
value-help-range-single = 请写范围，例如正好为 { $shown } 时写 "{ $shown }..{ $shown }"，或写 "2..3"

## 目标值和预算占比。

value-range-one-percent = `{ $shown }` 只有一端带百分号
value-found-count-unit = 数量（{ $unit }）
value-metric-money = 以金额计量
value-metric-percent = 是百分比
value-metric-count = 是数量
value-metric-score = 是普通数字（分值）
value-metric-custom = 是数字（可带单位）
value-metric-mismatch = `{ $shown }` 是{ $what }，但该指标{ $metric }
value-help-metric-money = 请写金额，例如 "{ $number }" 或 "¥{ $number }"
value-help-metric-count = 请写数量，例如 "{ $number }"
value-negative-share = `{ $shown }` 是负数，占比不能为负

## 日期。

value-month-1 = 1月
value-month-2 = 2月
value-month-3 = 3月
value-month-4 = 4月
value-month-5 = 5月
value-month-6 = 6月
value-month-7 = 7月
value-month-8 = 8月
value-month-9 = 9月
value-month-10 = 10月
value-month-11 = 11月
value-month-12 = 12月
value-month-unknown = 该月
value-date-is-number = `{ $shown }` 是数字，不是日期
value-date-no-month = `{ $shown }` 不是有效日期：没有{ $month }月
value-help-date-month = 请写 01 至 12 之间的月份
value-date-no-day = `{ $shown }` 不是有效日期：{ $year }年{ $month }只有{ $days }天
value-help-date-between = 请写 { $first } 至 { $last } 之间的日期
value-date-not-iso = `{ $shown }` 不是 `YYYY-MM-DD` 格式
value-date-with-time = `{ $shown }` 带有时间；此字段只写日期
value-date-no-year = `{ $shown }` 没有写年份
value-help-date-year = 请把年份也写上，写成 `YYYY-{ $month }-{ $day }`
value-date-either-way = `{ $shown }` 不是 `YYYY-MM-DD` 格式，且无法确定哪个是日、哪个是月
value-date-reading = { $date }（{ $month }{ $day }日）
value-date-reading-or = { $head }或 { $next }

## 时间。

value-help-time-range = 请写 "00:00" 至 "23:59" 之间的时间
value-time-hours = `{ $shown }` 不是有效时间：小时应在 00 至 23 之间
value-time-minutes = `{ $shown }` 不是有效时间：分钟应在 00 至 59 之间
value-time-seconds = `{ $shown }` 带有秒；时间只写到分钟
value-time-one-digit-minute = `{ $shown }` 的分钟只有一位数字
value-time-is-number = `{ $shown }` 是数字，不是时间
value-time-yaml-minutes = `{ $shown }` 是数字，不是时间（按 YAML 1.1 读取时，不加引号的 { $time } 会被读成 { $minutes }）
value-help-quote-time = 请加上引号："{ $time }"
value-time-not-hhmm = `{ $shown }` 不是 `HH:MM` 格式
value-time-no-minutes = `{ $shown }` 没有写分钟
value-time-not-24h = `{ $shown }` 不是 24 小时制的 `HH:MM` 格式

## 时长。

value-unit-hours = 小时数
value-unit-days = 天数
value-unit-weeks = 周数
value-unit-months = 月数
value-unit-years = 年数
value-duration-negative = `{ $shown }` 是负数
value-duration-not-whole = `{ $shown }` 的{ $unit }不是整数
value-help-duration-whole = 请把{ $unit }写成整数
value-duration-too-long = `{ $shown }` 时长过长
value-duration-unit-name = `{ $shown }` 的时长单位 campspec 无法识别
value-duration-m = `{ $shown }` 含义不明：`m` 可能指月，也可能指分钟
value-duration-too-fine = `{ $shown }` 不足一小时；时长以整小时、天、周、月或年计
value-help-duration-hours = 请写以小时或更大单位计的时长，例如 "1h"
value-duration-bare = `{ $shown }` 没有单位：是小时、天、周、月还是年？
value-help-duration-bare = 按天计请写 "{ $shown }d"；可用的单位有 h、d、w、mo 和 y

## 下单时间（`simulate` 的购物车）。

value-order-time-no-time = `{ $shown }` 没有写时间
value-help-order-time = 请同时写日期和时间，例如 "{ $shown } 10:00"
