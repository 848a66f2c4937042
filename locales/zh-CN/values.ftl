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
value-help-date = 请按 YYYY-MM-DD 写日期，例如 2027-01-16
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
