//! The one typed catalogue of every message cycleconf shows (semantics S18).
//!
//! Each [`Message`] variant carries its parameters; [`Message::text`] renders it in a
//! [`Lang`]. The renderer is a single `match` whose every arm produces both languages,
//! so a message without a translation does not compile.

use std::fmt;

use chrono::NaiveDate;

use crate::Lang;
use crate::series::Cycle;

/// The JSON type a field should have had (for [`Message::WrongType`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    /// A JSON object.
    Object,
    /// A JSON array.
    Array,
    /// A string.
    String,
    /// An integer (a JSON number without fraction, or a digit string).
    Integer,
    /// A boolean (`true`/`false`, or the strings `"true"`/`"false"`).
    Boolean,
}

impl Expected {
    fn text(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Expected::Object, Lang::EnUs) => "an object",
            (Expected::Object, Lang::ZhCn) => "对象",
            (Expected::Array, Lang::EnUs) => "an array",
            (Expected::Array, Lang::ZhCn) => "数组",
            (Expected::String, Lang::EnUs) => "a string",
            (Expected::String, Lang::ZhCn) => "字符串",
            (Expected::Integer, Lang::EnUs) => "an integer",
            (Expected::Integer, Lang::ZhCn) => "整数",
            (Expected::Boolean, Lang::EnUs) => "a boolean (true or false)",
            (Expected::Boolean, Lang::ZhCn) => "布尔值（true 或 false）",
        }
    }
}

/// An integer of the request as a message shows it: its value, or, when the request
/// holds one beyond what `i64` does (`1e20`, `"99999999999999999999"`), the number as
/// sent (the checks see such a value as `i64::MAX` or `i64::MIN`: out of every range).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Integer {
    /// A value `i64` holds.
    Value(i64),
    /// A larger one, as the request wrote it.
    Text(String),
}

impl From<i64> for Integer {
    fn from(value: i64) -> Integer {
        Integer::Value(value)
    }
}

impl fmt::Display for Integer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Integer::Value(v) => write!(f, "{v}"),
            Integer::Text(t) => f.write_str(t),
        }
    }
}

/// The values an integer field allows (for [`Message::OutOfRange`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Allowed {
    /// `min..=max`.
    Range(i64, i64),
    /// Exactly one of these values.
    OneOf(&'static [i64]),
}

impl Allowed {
    fn text(self, lang: Lang) -> String {
        match self {
            Allowed::Range(a, b) => t(lang, format!("{a} to {b}"), format!("{a} 到 {b}")),
            Allowed::OneOf(values) => {
                let list: Vec<String> = values.iter().map(i64::to_string).collect();
                let (en_sep, zh_sep) = (" or ", "、");
                t(lang, list.join(en_sep), list.join(zh_sep))
            }
        }
    }
}

/// Why a field set in the request has no effect (for [`Message::FieldIgnored`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IgnoreReason {
    /// Live-streaming fields need `recordType` 1 or 3.
    NeedsLiveRecordType,
    /// Recording fields need `recordType` 2 or 3.
    NeedsRecordingRecordType,
    /// `vmrID` needs `vmrFlag` 1.
    NeedsVmrFlag,
}

/// Every message of the validator and the expansion, with its parameters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// The text is not JSON (S19).
    InvalidJson {
        /// The parser's description, including line and column.
        detail: String,
    },
    /// A field has the wrong JSON type (S15).
    WrongType {
        /// Path of the field.
        field: String,
        /// What it should be.
        expected: Expected,
    },
    /// A field the API does not define (S16).
    UnknownField {
        /// Path of the field.
        field: String,
        /// A defined name within edit distance 2, if any.
        suggestion: Option<&'static str>,
    },
    /// A boolean sent as a string (S15).
    StringBoolean {
        /// Path of the field.
        field: String,
        /// The boolean it was read as.
        value: bool,
    },
    /// An integer sent as a digit string (S15).
    StringInteger {
        /// Path of the field.
        field: String,
        /// The string as sent (say, `"02"`).
        text: String,
        /// The integer it was read as.
        value: Integer,
    },
    /// A number where the API defines a string (an error, S15).
    NumberAsString {
        /// Path of the field.
        field: String,
        /// The number as text.
        value: String,
    },
    /// A required field is absent or empty.
    MissingField {
        /// Path of the field.
        field: String,
    },
    /// `timeZoneID` is absent (S2).
    TimeZoneMissing {
        /// Label of the default zone.
        default_label: &'static str,
    },
    /// `timeZoneID` is not a row of the table (S2).
    TimeZoneUnknown {
        /// The value as sent.
        value: String,
    },
    /// `timeZoneID` 74–77: beyond what the client SDKs document (S2).
    TimeZoneUnofficial {
        /// The id.
        id: u8,
        /// Its label.
        label: &'static str,
    },
    /// A date that is not `yyyy-MM-dd` (S6).
    InvalidDate {
        /// Path of the field.
        field: String,
        /// The value as sent.
        value: String,
    },
    /// `endDate` before `startDate` (S6).
    EndBeforeStart {
        /// startDate.
        start: NaiveDate,
        /// endDate.
        end: NaiveDate,
    },
    /// `startDate` before today in the meeting zone (S6).
    StartDateInPast {
        /// startDate.
        start: NaiveDate,
        /// Today in the meeting zone.
        today: NaiveDate,
    },
    /// `endDate` more than one year after `startDate` (S6).
    SeriesTooLong {
        /// endDate.
        end: NaiveDate,
        /// The latest allowed endDate.
        latest: NaiveDate,
    },
    /// `cycle` is not `Day`, `Week` or `Month` (S10).
    InvalidCycle {
        /// The value as sent.
        value: String,
        /// The correctly spelled cycle, if the value is close.
        suggestion: Option<&'static str>,
    },
    /// `interval` out of range for the cycle (S10).
    IntervalOutOfRange {
        /// The cycle; `None` when it is missing or not valid (then `value` is outside
        /// the range of every cycle, and `max` is the largest of them, Day's).
        cycle: Option<Cycle>,
        /// The value.
        value: Integer,
        /// The largest allowed value (the smallest is 1).
        max: u32,
    },
    /// A `point` value out of range (S10).
    PointOutOfRange {
        /// The cycle (Week or Month); `None` when it is missing or not valid (then
        /// `value` is neither a weekday nor a month day).
        cycle: Option<Cycle>,
        /// The value.
        value: Integer,
    },
    /// A `point` value given twice (S10).
    DuplicatePoint {
        /// The value.
        value: i64,
    },
    /// `point` with cycle Day is ignored (S10).
    PointIgnored,
    /// `point` empty or absent for Week/Month (S8, S9).
    PointDefaulted {
        /// Week or Month.
        cycle: Cycle,
        /// The weekday (0 = Sunday) or month day of startDate that will be used.
        value: u32,
    },
    /// `startTime` is not `yyyy-MM-dd HH:mm` (S12).
    InvalidStartTime {
        /// The value as sent.
        value: String,
    },
    /// `startTime` is before now (S12).
    StartTimeInPast {
        /// startTime (UTC).
        start_time: String,
        /// startTime in the meeting's time zone (what a form shows).
        local: String,
        /// now (UTC).
        now: String,
    },
    /// `startTime`'s local date differs from startDate (S12).
    StartTimeDateMismatch {
        /// startTime's date in the meeting zone.
        local_date: NaiveDate,
        /// startTime's local time of day, `HH:mm`.
        local_time: String,
        /// startDate.
        start_date: NaiveDate,
    },
    /// `preRemindDays` out of 0–30 (S13).
    PreRemindOutOfRange {
        /// The value.
        value: Integer,
    },
    /// `preRemindDays` larger than the period and capped (S13).
    PreRemindCapped {
        /// As requested.
        requested: u32,
        /// As used.
        effective: u32,
    },
    /// `cycleParams` absent (S14).
    CycleParamsMissing,
    /// An integer field out of its range.
    OutOfRange {
        /// Path of the field.
        field: String,
        /// The value.
        value: Integer,
        /// What is allowed.
        allowed: Allowed,
    },
    /// A string longer than allowed (S17: counted in characters).
    TooLong {
        /// Path of the field.
        field: String,
        /// Its length in characters.
        len: usize,
        /// The maximum.
        max: usize,
    },
    /// `mediaTypes` without Voice, Video or HDVideo.
    MediaTypesNoAv,
    /// An unknown token in `mediaTypes`.
    MediaTypeUnknown {
        /// The token.
        token: String,
        /// The correctly spelled type, if the token is close.
        suggestion: Option<&'static str>,
    },
    /// `mediaTypes` has both Video and HDVideo.
    MediaTypesVideoAndHd,
    /// `mediaTypes` has the reserved Telepresence.
    MediaTypesTelepresence,
    /// More issues than a report lists ([`crate::validate::MAX_LISTED_ISSUES`]).
    NotListed {
        /// How many are not listed.
        count: usize,
        /// Errors (else warnings).
        errors: bool,
        /// How many a report lists.
        max: usize,
    },
    /// `mediaTypes` has spaces around a type, an empty item or a type twice: not the
    /// documented form (`Data,Voice,HDVideo`).
    MediaTypesForm {
        /// The value as sent.
        value: String,
        /// The documented form of it: each type once, comma-separated, no spaces.
        canonical: String,
    },
    /// A string field with a value outside its documented set.
    InvalidValue {
        /// Path of the field.
        field: String,
        /// The value as sent.
        value: String,
        /// The documented values.
        allowed: &'static [&'static str],
        /// The closest documented value, if close.
        suggestion: Option<&'static str>,
    },
    /// A field that has no effect in this combination.
    FieldIgnored {
        /// Path of the field.
        field: String,
        /// Why.
        reason: IgnoreReason,
    },
    /// `vmrFlag` 1 without `vmrID`.
    VmrIdMissing,
    /// An attendee without phone, email or sms.
    AttendeeNoContact,
    /// An email that does not look like an address.
    InvalidEmail {
        /// The value.
        value: String,
    },
    /// Attendee role 2 (reserved).
    ReservedRole,
    /// `guestPwd` not 4–16 digits.
    InvalidGuestPassword,
    /// Very many attendees.
    TooManyAttendees {
        /// How many.
        count: usize,
        /// The threshold.
        max: usize,
    },
    /// More than 50 meetings: only the first 50 are created (S11).
    SeriesTruncated {
        /// Dates the pattern produces.
        total_dates: usize,
        /// The meetings created (50).
        kept: usize,
        /// The endDate the server will store.
        effective_end_date: NaiveDate,
    },
    /// No meeting in the range (S11).
    NoMeetings,
    /// The first meeting starts before now (S12).
    FirstOccurrenceInPast {
        /// The first meeting's start, UTC `yyyy-MM-dd HH:mm`.
        first_start: String,
        /// now, UTC `yyyy-MM-dd HH:mm`.
        now: String,
    },
    /// Some meetings have a different UTC offset than the first (S4).
    UtcOffsetChanges {
        /// How many meetings.
        count: usize,
        /// The first affected local date.
        first_date: NaiveDate,
    },
    /// Meetings lie beyond the zone's known daylight-saving changes (S4).
    DstDataEnds {
        /// The local date of the first such meeting.
        first_date: NaiveDate,
    },
}

/// The most chars of a value a message repeats ([`Message::clip_echo`]); longer ones are
/// cut and end in `…`.
pub const MAX_ECHO_CHARS: usize = 100;

/// `s` cut to [`MAX_ECHO_CHARS`] chars plus `…`, when it is longer.
pub(crate) fn clip(s: &str) -> Option<String> {
    // Byte length bounds the char count from above: short strings cost nothing.
    if s.len() <= MAX_ECHO_CHARS {
        return None;
    }
    let (at, _) = s.char_indices().nth(MAX_ECHO_CHARS)?;
    Some(format!("{}…", s.get(..at)?))
}

impl Message {
    /// Cuts the request's value the message repeats (a misspelt cycle, an unknown media
    /// type …) to [`MAX_ECHO_CHARS`]: a report stays readable, and its size bounded by
    /// the number of issues, whatever the request holds (S19).
    pub(crate) fn clip_echo(&mut self) {
        let value = match self {
            Message::TimeZoneUnknown { value }
            | Message::InvalidDate { value, .. }
            | Message::InvalidCycle { value, .. }
            | Message::InvalidStartTime { value }
            | Message::InvalidValue { value, .. }
            | Message::InvalidEmail { value }
            | Message::NumberAsString { value, .. }
            | Message::MediaTypeUnknown { token: value, .. } => value,
            Message::MediaTypesForm { value, canonical } => {
                clip_in_place(value);
                clip_in_place(canonical);
                return;
            }
            Message::StringInteger { text, value, .. } => {
                clip_in_place(text);
                value.clip();
                return;
            }
            Message::IntervalOutOfRange { value, .. }
            | Message::PointOutOfRange { value, .. }
            | Message::PreRemindOutOfRange { value }
            | Message::OutOfRange { value, .. } => {
                value.clip();
                return;
            }
            _ => return,
        };
        clip_in_place(value);
    }
}

/// [`clip`] in place.
fn clip_in_place(text: &mut String) {
    if let Some(clipped) = clip(text) {
        *text = clipped;
    }
}

impl Integer {
    /// [`clip`] of a number as sent.
    fn clip(&mut self) {
        if let Integer::Text(text) = self {
            clip_in_place(text);
        }
    }
}

/// The English phrases that say why a text is not JSON, and their zh-CN text: serde_json's
/// (the core's and the CLI's parser), the npm package's reader (`crates/wasm`: `tape.rs`,
/// `api.js`) and the CLI's input checks. S18: the message is in the requested language.
const JSON_PHRASES_ZH: [(&str, &str); 27] = [
    ("EOF while parsing a list", "数组还没有结束，文本就结束了"),
    (
        "EOF while parsing an object",
        "对象还没有结束，文本就结束了",
    ),
    (
        "EOF while parsing a string",
        "字符串还没有结束，文本就结束了",
    ),
    ("EOF while parsing a value", "应有一个值，文本却结束了"),
    ("expected `:`", "此处应为冒号 `:`"),
    ("expected `,` or `]`", "此处应为 `,` 或 `]`"),
    ("expected `,` or `}`", "此处应为 `,` 或 `}`"),
    ("expected ident", "此处应为 true、false 或 null"),
    ("expected value", "此处应为一个值"),
    ("expected `\"`", "此处应为双引号 `\"`"),
    ("invalid escape", "无效的转义序列"),
    ("invalid number", "无效的数字"),
    ("number out of range", "数字超出范围"),
    ("invalid unicode code point", "无效的 Unicode 码点"),
    (
        "control character (\\u0000-\\u001F) found while parsing a string",
        "字符串中有控制字符（\\u0000-\\u001F）",
    ),
    ("key must be a string", "对象的键必须是字符串"),
    (
        "lone leading surrogate in hex escape",
        "\\u 转义中有孤立的代理项（半个字符）",
    ),
    ("trailing comma", "多余的逗号"),
    ("trailing characters", "JSON 之后还有多余的字符"),
    ("unexpected end of hex escape", "\\u 转义不完整"),
    ("recursion limit exceeded", "嵌套层数过多"),
    ("nested too deeply", "嵌套层数过多"),
    (
        "a string holds a lone UTF-16 surrogate (half of a character)",
        "字符串中有孤立的 UTF-16 代理项（半个字符）",
    ),
    (
        "the request nests more than 127 levels deep (or contains itself)",
        "请求嵌套超过 127 层（或包含它自身）",
    ),
    (
        "Do not know how to serialize a BigInt",
        "BigInt 无法转换为 JSON",
    ),
    ("stream did not contain valid UTF-8", "文本不是有效的 UTF-8"),
    (
        "the value cannot be converted to JSON",
        "该值无法转换为 JSON",
    ),
];

/// The CLI's note on a text that starts with a byte order mark (`crates/cli`, input.rs),
/// and its zh-CN text.
const BOM_NOTE: (&str, &str) = (
    "; the text starts with a byte order mark (U+FEFF), which JSON does not allow: \
     save it as UTF-8 without BOM",
    "；文本以字节顺序标记（U+FEFF）开头，JSON 不允许：请保存为不带 BOM 的 UTF-8",
);

/// The zh-CN text of an `invalid_json` detail (`phrase[ at line L column C][BOM note]`):
/// the phrase from [`JSON_PHRASES_ZH`], the position as 第 L 行第 C 列. A phrase not in
/// the table (an exception a caller's `toJSON` threw, say) is kept as written.
fn json_detail_zh(detail: &str) -> String {
    let (rest, note) = match detail.strip_suffix(BOM_NOTE.0) {
        Some(rest) => (rest, BOM_NOTE.1),
        None => (detail, ""),
    };
    let (phrase, position) =
        split_position(rest).map_or((rest, None), |(p, l, c)| (p, Some((l, c))));
    let phrase = JSON_PHRASES_ZH
        .iter()
        .find(|(en, _)| *en == phrase)
        .map_or(phrase, |(_, zh)| *zh);
    match position {
        Some((line, column)) => format!("{phrase}（第 {line} 行第 {column} 列）{note}"),
        None => format!("{phrase}{note}"),
    }
}

/// `phrase at line L column C` as `(phrase, L, C)`. Byte comparisons only: a `str`
/// pattern search and panicking slices would add about 7 KB gzip to the npm module.
fn split_position(s: &str) -> Option<(&str, &str, &str)> {
    const AT: &[u8] = b" at line ";
    const COLUMN: &[u8] = b" column ";
    let bytes = s.as_bytes();
    let digits_end = |from: usize| {
        let n = bytes
            .get(from..)?
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        (n > 0).then_some(from + n)
    };
    let at = (0..bytes.len())
        .rev()
        .find(|&i| bytes.get(i..).is_some_and(|b| b.starts_with(AT)))?;
    let line_start = at + AT.len();
    let line_end = digits_end(line_start)?;
    let column_start = line_end + COLUMN.len();
    if !bytes.get(line_end..)?.starts_with(COLUMN) {
        return None;
    }
    let column_end = digits_end(column_start)?;
    if column_end != bytes.len() {
        return None;
    }
    Some((
        s.get(..at)?,
        s.get(line_start..line_end)?,
        s.get(column_start..)?,
    ))
}

/// Picks the text of `lang`.
fn t(lang: Lang, en: String, zh: String) -> String {
    match lang {
        Lang::EnUs => en,
        Lang::ZhCn => zh,
    }
}

/// The name of weekday `day` (0 = Sunday … 6 = Saturday, semantics S8) in `lang`; the
/// one copy of the weekday names, used by messages and by the summary sentence.
pub fn weekday_name(day: u32, lang: Lang) -> &'static str {
    const EN: [&str; 7] = [
        "Sunday",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
    ];
    const ZH: [&str; 7] = [
        "星期日",
        "星期一",
        "星期二",
        "星期三",
        "星期四",
        "星期五",
        "星期六",
    ];
    let names = match lang {
        Lang::EnUs => &EN,
        Lang::ZhCn => &ZH,
    };
    names.get(day as usize).copied().unwrap_or("?")
}

fn cycle_zh(cycle: Cycle) -> &'static str {
    match cycle {
        Cycle::Day => "按天（Day）",
        Cycle::Week => "按周（Week）",
        Cycle::Month => "按月（Month）",
    }
}

fn hint_en(suggestion: Option<&str>) -> String {
    suggestion.map_or_else(String::new, |s| format!(" Did you mean \"{s}\"?"))
}

fn hint_zh(suggestion: Option<&str>) -> String {
    suggestion.map_or_else(String::new, |s| format!("是否想写“{s}”？"))
}

impl Message {
    /// The message in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Message::InvalidJson { detail } => t(
                lang,
                format!("The request is not valid JSON: {detail}."),
                format!("请求不是合法的 JSON：{}。", json_detail_zh(detail)),
            ),
            // The body itself has the empty path.
            Message::WrongType { field, expected } if field.is_empty() => t(
                lang,
                format!("The request body must be {}.", expected.text(lang)),
                format!("请求体必须是{}。", expected.text(lang)),
            ),
            Message::WrongType { field, expected } => t(
                lang,
                format!("{field} must be {}.", expected.text(lang)),
                format!("{field} 必须是{}。", expected.text(lang)),
            ),
            Message::UnknownField { field, suggestion } => t(
                lang,
                format!(
                    "{field} is not a field of this API; the server ignores it.{}",
                    hint_en(*suggestion)
                ),
                format!(
                    "{field} 不是此接口定义的字段，服务器会忽略它。{}",
                    hint_zh(*suggestion)
                ),
            ),
            Message::StringBoolean { field, value } => t(
                lang,
                format!(
                    "{field} is the string \"{value}\"; it is read as the boolean {value}, \
                     but the API defines a JSON boolean."
                ),
                format!(
                    "{field} 是字符串 \"{value}\"，已按布尔值 {value} 处理；接口定义的是 JSON 布尔值。"
                ),
            ),
            Message::StringInteger { field, text, value } => t(
                lang,
                format!(
                    "{field} is the string \"{text}\"; it is read as the number {value}, \
                     but the API defines a JSON integer."
                ),
                format!(
                    "{field} 是字符串 \"{text}\"，已按数字 {value} 处理；接口定义的是 JSON 整数。"
                ),
            ),
            Message::NumberAsString { field, value } => t(
                lang,
                format!("{field} must be a string: send \"{value}\", not the number {value}."),
                format!("{field} 必须是字符串：请发送 \"{value}\"，而不是数字 {value}。"),
            ),
            Message::MissingField { field } => t(
                lang,
                format!("{field} is required."),
                format!("缺少必填字段 {field}。"),
            ),
            Message::TimeZoneMissing { default_label } => t(
                lang,
                format!(
                    "timeZoneID is not set; cycleconf assumes 56 {default_label}. \
                     startDate and endDate are dates in this zone."
                ),
                format!(
                    "未设置 timeZoneID，cycleconf 按 56 {default_label} 处理；\
                     startDate 和 endDate 是该时区的日期。"
                ),
            ),
            Message::TimeZoneUnknown { value } => t(
                lang,
                format!("timeZoneID \"{value}\" is not a Huawei time zone id (1 to 77)."),
                format!("timeZoneID “{value}”不是华为时区编号（1 到 77）。"),
            ),
            Message::TimeZoneUnofficial { id, label } => t(
                lang,
                format!(
                    "timeZoneID {id} ({label}) is not among the ids 1 to 73 that Huawei's \
                     client SDKs document; some clients may not display it."
                ),
                format!(
                    "timeZoneID {id}（{label}）不在华为客户端 SDK 文档列出的 1 到 73 之内，\
                     部分客户端可能无法显示。"
                ),
            ),
            Message::InvalidDate { field, value } => t(
                lang,
                format!("{field} \"{value}\" is not a date in the form yyyy-MM-dd."),
                format!("{field}“{value}”不是 yyyy-MM-dd 格式的日期。"),
            ),
            Message::EndBeforeStart { start, end } => t(
                lang,
                format!("endDate {end} is before startDate {start}."),
                format!("结束日期 {end} 早于开始日期 {start}。"),
            ),
            Message::StartDateInPast { start, today } => t(
                lang,
                format!(
                    "startDate {start} is in the past: today is {today} in the meeting's time zone."
                ),
                format!("开始日期 {start} 已经过去：会议时区的今天是 {today}。"),
            ),
            Message::SeriesTooLong { end, latest } => t(
                lang,
                format!(
                    "endDate {end} is more than one year after startDate; the latest \
                     allowed endDate is {latest}."
                ),
                format!("结束日期 {end} 距开始日期超过一年；最晚只能是 {latest}。"),
            ),
            Message::InvalidCycle { value, suggestion } => t(
                lang,
                format!(
                    "cycle \"{value}\" is not one of Day, Week, Month (exact spelling).{}",
                    hint_en(*suggestion)
                ),
                format!(
                    "cycle“{value}”无效，只能是 Day、Week 或 Month（区分大小写）。{}",
                    hint_zh(*suggestion)
                ),
            ),
            Message::IntervalOutOfRange {
                cycle: Some(cycle),
                value,
                max,
            } => t(
                lang,
                format!(
                    "interval {value} is out of range: with cycle {} it must be 1 to {max}.",
                    cycle.as_str()
                ),
                format!(
                    "间隔 {value} 超出范围：{}的间隔必须在 1 到 {max} 之间。",
                    cycle_zh(*cycle)
                ),
            ),
            Message::IntervalOutOfRange {
                cycle: None, value, ..
            } => t(
                lang,
                format!(
                    "interval {value} is out of range for every cycle: Day allows 1 to 15, Week 1 to 5, Month 1 to 3."
                ),
                format!(
                    "间隔 {value} 超出所有周期类型的范围：{}为 1 到 15，{}为 1 到 5，{}为 1 到 3。",
                    cycle_zh(Cycle::Day),
                    cycle_zh(Cycle::Week),
                    cycle_zh(Cycle::Month)
                ),
            ),
            Message::PointOutOfRange { cycle, value } => match cycle {
                Some(Cycle::Month) => t(
                    lang,
                    format!("point {value} is not a day of the month (1 to 31)."),
                    format!("point 中的 {value} 不是有效的日期（应为 1 到 31）。"),
                ),
                Some(Cycle::Week | Cycle::Day) => t(
                    lang,
                    format!("point {value} is not a weekday (0 = Sunday to 6 = Saturday)."),
                    format!("point 中的 {value} 不是有效的星期（0 = 周日 到 6 = 周六）。"),
                ),
                None => t(
                    lang,
                    format!(
                        "point {value} is out of range for every cycle: a weekday is 0 to 6 (Week), a month day 1 to 31 (Month)."
                    ),
                    format!(
                        "point 中的 {value} 超出所有周期类型的范围：星期为 0 到 6（Week），日期为 1 到 31（Month）。"
                    ),
                ),
            },
            Message::DuplicatePoint { value } => t(
                lang,
                format!("point {value} is listed more than once; it counts once."),
                format!("point 中的 {value} 重复出现，只按一次计算。"),
            ),
            Message::PointIgnored => t(
                lang,
                "point is ignored when cycle is Day.".to_owned(),
                "cycle 为 Day 时 point 不起作用，会被忽略。".to_owned(),
            ),
            Message::PointDefaulted { cycle, value } => match cycle {
                Cycle::Month => t(
                    lang,
                    format!(
                        "point is empty: the meetings fall on day {value} of the month \
                         (the day of startDate)."
                    ),
                    format!("未设置 point：会议将安排在每月 {value} 日（与开始日期相同）。"),
                ),
                Cycle::Week | Cycle::Day => t(
                    lang,
                    format!(
                        "point is empty: the meetings fall on {} (the weekday of startDate).",
                        weekday_name(*value, lang)
                    ),
                    format!(
                        "未设置 point：会议将安排在每{}（与开始日期相同）。",
                        weekday_name(*value, lang)
                    ),
                ),
            },
            Message::InvalidStartTime { value } => t(
                lang,
                format!("startTime \"{value}\" is not a UTC time in the form yyyy-MM-dd HH:mm."),
                format!("startTime“{value}”不是 yyyy-MM-dd HH:mm 格式的 UTC 时间。"),
            ),
            Message::StartTimeInPast {
                start_time,
                local,
                now,
            } => t(
                lang,
                format!(
                    "startTime {start_time} (UTC; {local} in the meeting's time zone) is \
                     earlier than now ({now} UTC)."
                ),
                format!(
                    "开始时间 {start_time}（UTC；会议时区的 {local}）早于当前时间（{now} UTC）。"
                ),
            ),
            Message::StartTimeDateMismatch {
                local_date,
                local_time,
                start_date,
            } => t(
                lang,
                format!(
                    "startTime is on {local_date} in the meeting's time zone, not on \
                     startDate {start_date}; only its time of day ({local_time}) is used."
                ),
                format!(
                    "startTime 在会议时区是 {local_date}，与开始日期 {start_date} 不同；\
                     只使用其中的时刻（{local_time}）。"
                ),
            ),
            Message::PreRemindOutOfRange { value } => t(
                lang,
                format!("preRemindDays {value} is out of range (0 to 30)."),
                format!("提前提醒天数 {value} 超出范围（0 到 30）。"),
            ),
            Message::PreRemindCapped {
                requested,
                effective,
            } => t(
                lang,
                format!(
                    "preRemindDays {requested} is longer than the time between meetings; \
                     attendees are reminded {effective} day(s) before each meeting."
                ),
                format!(
                    "提前提醒天数 {requested} 超过了会议间隔，实际将在每场会议前 {effective} 天提醒。"
                ),
            ),
            Message::CycleParamsMissing => t(
                lang,
                "cycleParams is required for a recurring meeting series.".to_owned(),
                "周期会议必须填写 cycleParams。".to_owned(),
            ),
            Message::OutOfRange {
                field,
                value,
                allowed,
            } => t(
                lang,
                format!(
                    "{field} {value} is not allowed: use {}.",
                    allowed.text(lang)
                ),
                format!("{field} 的值 {value} 无效，应为 {}。", allowed.text(lang)),
            ),
            Message::TooLong { field, len, max } => t(
                lang,
                format!("{field} is {len} characters long; at most {max} are allowed."),
                format!("{field} 长度为 {len} 个字符，最多允许 {max} 个。"),
            ),
            Message::MediaTypesNoAv => t(
                lang,
                "mediaTypes must include Voice, Video or HDVideo.".to_owned(),
                "mediaTypes 至少要包含 Voice、Video 或 HDVideo 之一。".to_owned(),
            ),
            Message::MediaTypeUnknown { token, suggestion } => t(
                lang,
                format!(
                    "\"{token}\" in mediaTypes is not one of Voice, Video, HDVideo, Data, \
                     Telepresence.{}",
                    hint_en(*suggestion)
                ),
                format!(
                    "mediaTypes 中的“{token}”无效，只能是 Voice、Video、HDVideo、Data、Telepresence。{}",
                    hint_zh(*suggestion)
                ),
            ),
            Message::MediaTypesVideoAndHd => t(
                lang,
                "mediaTypes has both Video and HDVideo; Video (SD) wins.".to_owned(),
                "mediaTypes 同时包含 Video 和 HDVideo，将按 Video（标清）处理。".to_owned(),
            ),
            Message::MediaTypesTelepresence => t(
                lang,
                "Telepresence in mediaTypes is reserved and not supported.".to_owned(),
                "mediaTypes 中的 Telepresence 为保留值，暂不支持。".to_owned(),
            ),
            Message::NotListed {
                count,
                errors: true,
                max,
            } => t(
                lang,
                format!(
                    "{count} more error(s) are not listed: a report lists at most {max} issues."
                ),
                format!("另有 {count} 个错误未列出：报告最多列出 {max} 个问题。"),
            ),
            Message::NotListed {
                count,
                errors: false,
                max,
            } => t(
                lang,
                format!(
                    "{count} more warning(s) are not listed: a report lists at most {max} issues."
                ),
                format!("另有 {count} 个警告未列出：报告最多列出 {max} 个问题。"),
            ),
            Message::MediaTypesForm { value, canonical } => t(
                lang,
                format!(
                    "mediaTypes \"{value}\" is not in the documented form; send \"{canonical}\" \
                     (comma-separated, no spaces, each type once)."
                ),
                format!(
                    "mediaTypes“{value}”不是文档规定的格式；请发送“{canonical}”（逗号分隔、不加空格、每种类型只写一次）。"
                ),
            ),
            Message::InvalidValue {
                field,
                value,
                allowed,
                suggestion,
            } => t(
                lang,
                format!(
                    "{field} \"{value}\" is not one of: {}.{}",
                    allowed.join(", "),
                    hint_en(*suggestion)
                ),
                format!(
                    "{field}“{value}”无效，可选值为：{}。{}",
                    allowed.join("、"),
                    hint_zh(*suggestion)
                ),
            ),
            Message::FieldIgnored { field, reason } => match reason {
                IgnoreReason::NeedsLiveRecordType => t(
                    lang,
                    format!(
                        "{field} only takes effect with recordType 1 or 3 (live); it is ignored."
                    ),
                    format!("{field} 仅在 recordType 为 1 或 3（直播）时生效，当前会被忽略。"),
                ),
                IgnoreReason::NeedsRecordingRecordType => t(
                    lang,
                    format!(
                        "{field} only takes effect with recordType 2 or 3 (recording); it is ignored."
                    ),
                    format!("{field} 仅在 recordType 为 2 或 3（录制）时生效，当前会被忽略。"),
                ),
                IgnoreReason::NeedsVmrFlag => t(
                    lang,
                    format!("{field} only takes effect with vmrFlag 1; it is ignored."),
                    format!("{field} 仅在 vmrFlag 为 1 时生效，当前会被忽略。"),
                ),
            },
            Message::VmrIdMissing => t(
                lang,
                "vmrFlag 1 (use a cloud meeting room) needs vmrID.".to_owned(),
                "vmrFlag 为 1（使用云会议室）时必须填写 vmrID。".to_owned(),
            ),
            Message::AttendeeNoContact => t(
                lang,
                "The attendee needs at least one of phone, email or sms.".to_owned(),
                "与会者至少需要填写 phone、email、sms 其中之一。".to_owned(),
            ),
            Message::InvalidEmail { value } => t(
                lang,
                format!("\"{value}\" does not look like an email address."),
                format!("“{value}”不像是有效的邮箱地址。"),
            ),
            Message::ReservedRole => t(
                lang,
                "role 2 is reserved; use 0 (attendee) or 1 (host).".to_owned(),
                "role 2 为保留值，请使用 0（普通与会者）或 1（主持人）。".to_owned(),
            ),
            Message::InvalidGuestPassword => t(
                lang,
                "guestPwd must be 4 to 16 digits.".to_owned(),
                "来宾密码必须是 4 到 16 位数字。".to_owned(),
            ),
            Message::TooManyAttendees { count, max } => t(
                lang,
                format!(
                    "{count} attendees is a lot (more than {max}); check the enterprise's limits."
                ),
                format!("与会者多达 {count} 人（超过 {max} 人），请确认企业的人数上限。"),
            ),
            Message::SeriesTruncated {
                total_dates,
                kept,
                effective_end_date,
            } => t(
                lang,
                format!(
                    "The dates give {total_dates} meetings but a series holds at most {kept}: \
                     only the first {kept} are created and endDate becomes {effective_end_date}."
                ),
                format!(
                    "按此规则共有 {total_dates} 场会议，但一个周期会议最多 {kept} 场：\
                     只会创建前 {kept} 场，结束日期将变为 {effective_end_date}。"
                ),
            ),
            Message::NoMeetings => t(
                lang,
                "No meeting falls between startDate and endDate.".to_owned(),
                "开始日期与结束日期之间没有任何一场会议。".to_owned(),
            ),
            Message::FirstOccurrenceInPast { first_start, now } => t(
                lang,
                format!(
                    "The first meeting would start at {first_start} UTC, before now ({now} UTC)."
                ),
                format!("第一场会议的开始时间 {first_start}（UTC）早于当前时间（{now} UTC）。"),
            ),
            Message::UtcOffsetChanges { count, first_date } => t(
                lang,
                format!(
                    "{count} meeting(s), from {first_date} on, have a different UTC offset \
                     (daylight saving time); Huawei's notifications show a fixed GMT offset."
                ),
                format!(
                    "从 {first_date} 起有 {count} 场会议的 UTC 偏移不同（夏令时）；\
                     华为的会议通知只显示固定的 GMT 偏移。"
                ),
            ),
            Message::DstDataEnds { first_date } => t(
                lang,
                format!(
                    "cycleconf knows this time zone's daylight-saving changes up to 2050: \
                     meetings from {first_date} on use the UTC offset in force at the end \
                     of 2050 and may be an hour off."
                ),
                format!(
                    "cycleconf 只知道此时区 2050 年以前的夏令时变化：从 {first_date} 起的会议\
                     按 2050 年底的 UTC 偏移计算，可能相差一小时。"
                ),
            ),
        }
    }
}
