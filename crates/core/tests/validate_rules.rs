//! Table-driven rule tests: each case patches a valid base request into one that must
//! produce an issue (path, severity, code[, Huawei code]) and into a passing counterpart
//! that must not have that issue and must have no error at all.
#![allow(clippy::unwrap_used)]

use chrono::{TimeZone, Utc};
use cycleconf_core::Lang;
use cycleconf_core::validate::{IssueCode, Options, Report, Severity, validate};
use serde_json::{Value, json};

use IssueCode as C;
use Severity::{Error as E, Warning as W};

/// 2030-01-01 00:00 UTC (08:00 in Beijing).
fn opts() -> Options {
    Options {
        now: Utc.with_ymd_and_hms(2030, 1, 1, 0, 0, 0).unwrap(),
        lang: Lang::EnUs,
    }
}

/// A valid request: weekly Mon+Wed 09:00 Beijing from Monday 2030-03-04 (the fixture
/// shared with the property tests and the validation benchmark).
fn base() -> Value {
    serde_json::from_str(include_str!("fixtures/valid_weekly.json")).unwrap()
}

/// A patch operation on the base, addressed by JSON pointer.
#[derive(Clone)]
enum Op {
    Set(&'static str, Value),
    Del(&'static str),
    Root(Value),
}

fn s(ptr: &'static str, v: Value) -> Op {
    Op::Set(ptr, v)
}
fn d(ptr: &'static str) -> Op {
    Op::Del(ptr)
}

fn apply(ops: &[Op]) -> Value {
    let mut v = base();
    for op in ops {
        match op {
            Op::Root(r) => v = r.clone(),
            Op::Set(ptr, _) | Op::Del(ptr) => {
                let (parent, key) = ptr.rsplit_once('/').unwrap();
                let target = v
                    .pointer_mut(parent)
                    .unwrap_or_else(|| panic!("no {parent}"));
                match (target, op) {
                    (Value::Object(m), Op::Set(_, val)) => {
                        m.insert(key.to_owned(), val.clone());
                    }
                    (Value::Object(m), _) => {
                        m.remove(key);
                    }
                    (Value::Array(a), Op::Set(_, val)) => {
                        let i: usize = key.parse().unwrap();
                        if i == a.len() {
                            a.push(val.clone());
                        } else {
                            a[i] = val.clone();
                        }
                    }
                    (Value::Array(a), _) => {
                        a.remove(key.parse::<usize>().unwrap());
                    }
                    _ => panic!("cannot patch {ptr}"),
                }
            }
        }
    }
    v
}

struct Case {
    name: &'static str,
    bad: Vec<Op>,
    path: &'static str,
    severity: Severity,
    code: IssueCode,
    huawei: Option<&'static str>,
    good: Vec<Op>,
}

fn case(
    name: &'static str,
    bad: Vec<Op>,
    path: &'static str,
    severity: Severity,
    code: IssueCode,
    good: Vec<Op>,
) -> Case {
    Case {
        name,
        bad,
        path,
        severity,
        code,
        huawei: None,
        good,
    }
}

impl Case {
    fn hw(mut self, code: &'static str) -> Case {
        self.huawei = Some(code);
        self
    }
}

fn long(c: char, n: usize) -> Value {
    Value::String(std::iter::repeat_n(c, n).collect())
}

fn many_attendees(n: usize) -> Value {
    Value::Array(
        (0..n)
            .map(|i| json!({"name": format!("P{i}"), "email": format!("p{i}@example.com")}))
            .collect(),
    )
}

#[allow(clippy::too_many_lines)]
#[rustfmt::skip]
fn cases() -> Vec<Case> {
    vec![
        // --- shape, S16 unknown fields ---
        case("root not object", vec![Op::Root(json!([1]))], "", E, C::WrongType, vec![]),
        case("root string", vec![Op::Root(json!("x"))], "", E, C::WrongType, vec![]).hw("MMC.111071062"),
        case("unknown root", vec![s("/timezoneID", json!("56"))], "timezoneID", W, C::UnknownField, vec![s("/timeZoneID", json!("56"))]),
        case("unknown cycleParams", vec![s("/cycleParams/intervall", json!(2))], "cycleParams.intervall", W, C::UnknownField, vec![s("/cycleParams/interval", json!(2))]),
        case("unknown attendee", vec![s("/attendees/0/mail", json!("x@y.z"))], "attendees[0].mail", W, C::UnknownField, vec![s("/attendees/0/email", json!("x@y.z"))]),
        case("unknown confConfigInfo", vec![s("/confConfigInfo/isSendEmail", json!(true))], "confConfigInfo.isSendEmail", W, C::UnknownField, vec![s("/confConfigInfo/isSendCalendar", json!(true))]),
        case("conferenceType misspelt", vec![s("/conferenceTyp", json!(2))], "conferenceTyp", W, C::UnknownField, vec![s("/conferenceType", json!(2))]),
        case("userUUID misspelt", vec![s("/userUuid", json!("u"))], "userUuid", W, C::UnknownField, vec![s("/userUUID", json!("u"))]),
        // --- S15 lenient scalars ---
        case("string boolean", vec![s("/confConfigInfo/isSendSms", json!("true"))], "confConfigInfo.isSendSms", W, C::StringBoolean, vec![s("/confConfigInfo/isSendSms", json!(true))]),
        case("bad boolean string", vec![s("/confConfigInfo/isSendSms", json!("yes"))], "confConfigInfo.isSendSms", E, C::WrongType, vec![s("/confConfigInfo/isSendSms", json!(false))]).hw("MMC.111071062"),
        case("boolean as number", vec![s("/confConfigInfo/isAutoMute", json!(1))], "confConfigInfo.isAutoMute", E, C::WrongType, vec![s("/confConfigInfo/isAutoMute", json!(true))]),
        case("root string boolean", vec![s("/supportSimultaneousInterpretation", json!("false"))], "supportSimultaneousInterpretation", W, C::StringBoolean, vec![s("/supportSimultaneousInterpretation", json!(false))]),
        case("root bad boolean", vec![s("/supportSimultaneousInterpretation", json!("no"))], "supportSimultaneousInterpretation", E, C::WrongType, vec![s("/supportSimultaneousInterpretation", json!(true))]),
        case("string integer", vec![s("/length", json!("60"))], "length", W, C::StringInteger, vec![s("/length", json!(60))]),
        case("fractional integer", vec![s("/length", json!(60.5))], "length", E, C::WrongType, vec![s("/length", json!(60.0))]),
        case("boolean for integer", vec![s("/length", json!(true))], "length", E, C::WrongType, vec![s("/length", json!(45))]),
        case("word for integer", vec![s("/length", json!("sixty"))], "length", E, C::WrongType, vec![s("/length", json!("45"))]),
        case("string interval", vec![s("/cycleParams/interval", json!("2"))], "cycleParams.interval", W, C::StringInteger, vec![s("/cycleParams/interval", json!(2))]),
        case("number for string", vec![s("/timeZoneID", json!(56))], "timeZoneID", E, C::NumberAsString, vec![s("/timeZoneID", json!("56"))]).hw("MMC.111071062"),
        case("number subject", vec![s("/subject", json!(123))], "subject", E, C::NumberAsString, vec![s("/subject", json!("123"))]).hw("MMC.111071062"),
        case("object subject", vec![s("/subject", json!({}))], "subject", E, C::WrongType, vec![s("/subject", json!("Sync"))]),
        case("string role", vec![s("/attendees/0/role", json!("1"))], "attendees[0].role", W, C::StringInteger, vec![s("/attendees/0/role", json!(1))]),
        // --- S2 time zone ---
        case("zone missing", vec![d("/timeZoneID")], "timeZoneID", W, C::TimeZoneMissing, vec![s("/timeZoneID", json!("56"))]),
        case("zone empty", vec![s("/timeZoneID", json!(""))], "timeZoneID", W, C::TimeZoneMissing, vec![s("/timeZoneID", json!("60"))]),
        case("zone 0", vec![s("/timeZoneID", json!("0"))], "timeZoneID", E, C::TimeZoneUnknown, vec![s("/timeZoneID", json!("1"))]),
        case("zone 78", vec![s("/timeZoneID", json!("78"))], "timeZoneID", E, C::TimeZoneUnknown, vec![s("/timeZoneID", json!("77"))]),
        case("zone text", vec![s("/timeZoneID", json!("Asia/Shanghai"))], "timeZoneID", E, C::TimeZoneUnknown, vec![s("/timeZoneID", json!("26"))]),
        case("zone 74", vec![s("/timeZoneID", json!("74"))], "timeZoneID", W, C::TimeZoneUnofficial, vec![s("/timeZoneID", json!("73"))]),
        case("zone boolean", vec![s("/timeZoneID", json!(true))], "timeZoneID", E, C::WrongType, vec![s("/timeZoneID", json!("13"))]),
        // --- S6 dates ---
        case("startDate missing", vec![d("/cycleParams/startDate")], "cycleParams.startDate", E, C::MissingField, vec![s("/cycleParams/startDate", json!("2030-03-04"))]).hw("MMC.111071041"),
        case("startDate empty", vec![s("/cycleParams/startDate", json!(""))], "cycleParams.startDate", E, C::MissingField, vec![]).hw("MMC.111071041"),
        case("startDate slashes", vec![s("/cycleParams/startDate", json!("2030/03/04"))], "cycleParams.startDate", E, C::InvalidDate, vec![]).hw("MMC.111071041"),
        case("startDate Feb 30", vec![s("/cycleParams/startDate", json!("2030-02-30"))], "cycleParams.startDate", E, C::InvalidDate, vec![s("/cycleParams/startDate", json!("2030-02-28"))]),
        case("startDate unpadded", vec![s("/cycleParams/startDate", json!("2030-3-4"))], "cycleParams.startDate", E, C::InvalidDate, vec![]),
        case("endDate missing", vec![d("/cycleParams/endDate")], "cycleParams.endDate", E, C::MissingField, vec![]).hw("MMC.111071042"),
        case("endDate word", vec![s("/cycleParams/endDate", json!("tomorrow"))], "cycleParams.endDate", E, C::InvalidDate, vec![s("/cycleParams/endDate", json!("2030-03-05"))]).hw("MMC.111071042"),
        case("end before start", vec![s("/cycleParams/endDate", json!("2030-03-03"))], "cycleParams.endDate", E, C::EndBeforeStart, vec![s("/cycleParams/endDate", json!("2030-03-04"))]),
        case("startDate in past", vec![s("/cycleParams/startDate", json!("2029-12-31"))], "cycleParams.startDate", E, C::StartDateInPast, vec![s("/cycleParams/startDate", json!("2030-01-01"))]),
        case("one year + 1 day", vec![s("/cycleParams/endDate", json!("2031-03-05"))], "cycleParams.endDate", E, C::SeriesTooLong, vec![s("/cycleParams/endDate", json!("2031-03-04"))]),
        case("Feb 29 + 1 year", vec![s("/cycleParams/startDate", json!("2032-02-29")), s("/cycleParams/endDate", json!("2033-03-01"))], "cycleParams.endDate", E, C::SeriesTooLong, vec![s("/cycleParams/startDate", json!("2032-02-29")), s("/cycleParams/endDate", json!("2033-02-28"))]),
        case("numeric date", vec![s("/cycleParams/startDate", json!(20300304))], "cycleParams.startDate", E, C::InvalidDate, vec![]),
        // --- S10 cycle, interval, point ---
        case("cycle lower case", vec![s("/cycleParams/cycle", json!("week"))], "cycleParams.cycle", E, C::InvalidCycle, vec![s("/cycleParams/cycle", json!("Week"))]).hw("MMC.111071043"),
        case("cycle Weekly", vec![s("/cycleParams/cycle", json!("Weekly"))], "cycleParams.cycle", E, C::InvalidCycle, vec![]),
        case("cycle Year", vec![s("/cycleParams/cycle", json!("Year"))], "cycleParams.cycle", E, C::InvalidCycle, vec![s("/cycleParams/cycle", json!("Month"))]),
        case("cycle missing", vec![d("/cycleParams/cycle")], "cycleParams.cycle", E, C::MissingField, vec![]),
        case("week interval 0", vec![s("/cycleParams/interval", json!(0))], "cycleParams.interval", E, C::IntervalOutOfRange, vec![s("/cycleParams/interval", json!(5))]).hw("MMC.111071044"),
        case("week interval 6", vec![s("/cycleParams/interval", json!(6))], "cycleParams.interval", E, C::IntervalOutOfRange, vec![d("/cycleParams/interval")]),
        case("day interval 16", vec![s("/cycleParams/cycle", json!("Day")), d("/cycleParams/point"), s("/cycleParams/interval", json!(16))], "cycleParams.interval", E, C::IntervalOutOfRange, vec![s("/cycleParams/cycle", json!("Day")), d("/cycleParams/point"), s("/cycleParams/interval", json!(15))]),
        case("month interval 4", vec![s("/cycleParams/cycle", json!("Month")), s("/cycleParams/interval", json!(4))], "cycleParams.interval", E, C::IntervalOutOfRange, vec![s("/cycleParams/cycle", json!("Month")), s("/cycleParams/interval", json!(3))]),
        case("negative interval", vec![s("/cycleParams/interval", json!(-1))], "cycleParams.interval", E, C::IntervalOutOfRange, vec![s("/cycleParams/interval", json!(1))]),
        case("interval beyond i64", vec![s("/cycleParams/interval", json!(1e20))], "cycleParams.interval", E, C::IntervalOutOfRange, vec![s("/cycleParams/interval", json!(1e0))]).hw("MMC.111071044"),
        case("interval string beyond i64", vec![s("/cycleParams/interval", json!("99999999999999999999"))], "cycleParams.interval", E, C::IntervalOutOfRange, vec![s("/cycleParams/interval", json!("2"))]).hw("MMC.111071044"),
        case("point beyond u64", vec![s("/cycleParams/point/0", json!(1e40))], "cycleParams.point[0]", E, C::PointOutOfRange, vec![s("/cycleParams/point/0", json!(0))]).hw("MMC.111071046"),
        case("interval 0, cycle misspelled", vec![s("/cycleParams/cycle", json!("Weekly")), s("/cycleParams/interval", json!(0))], "cycleParams.interval", E, C::IntervalOutOfRange, vec![s("/cycleParams/interval", json!(2))]).hw("MMC.111071044"),
        case("interval 16, cycle missing", vec![d("/cycleParams/cycle"), s("/cycleParams/interval", json!(16))], "cycleParams.interval", E, C::IntervalOutOfRange, vec![s("/cycleParams/interval", json!(5))]),
        case("weekday 7", vec![s("/cycleParams/point", json!([7]))], "cycleParams.point[0]", E, C::PointOutOfRange, vec![s("/cycleParams/point", json!([6]))]).hw("MMC.111071046"),
        case("weekday -1", vec![s("/cycleParams/point", json!([1, -1]))], "cycleParams.point[1]", E, C::PointOutOfRange, vec![s("/cycleParams/point", json!([1, 0]))]),
        case("month day 32", vec![s("/cycleParams/cycle", json!("Month")), s("/cycleParams/point", json!([32]))], "cycleParams.point[0]", E, C::PointOutOfRange, vec![s("/cycleParams/cycle", json!("Month")), s("/cycleParams/point", json!([31]))]),
        case("month day 0", vec![s("/cycleParams/cycle", json!("Month")), s("/cycleParams/point", json!([0]))], "cycleParams.point[0]", E, C::PointOutOfRange, vec![s("/cycleParams/cycle", json!("Month")), s("/cycleParams/point", json!([1]))]),
        case("point 32, cycle misspelled", vec![s("/cycleParams/cycle", json!("Weekly")), s("/cycleParams/point", json!([1, 32]))], "cycleParams.point[1]", E, C::PointOutOfRange, vec![s("/cycleParams/point", json!([1, 3]))]).hw("MMC.111071046"),
        case("duplicate point", vec![s("/cycleParams/point", json!([1, 1]))], "cycleParams.point[1]", W, C::DuplicatePoint, vec![s("/cycleParams/point", json!([1, 3]))]),
        case("point with Day", vec![s("/cycleParams/cycle", json!("Day"))], "cycleParams.point", W, C::PointIgnored, vec![s("/cycleParams/cycle", json!("Day")), d("/cycleParams/point")]),
        case("week empty point", vec![s("/cycleParams/point", json!([]))], "cycleParams.point", W, C::PointDefaulted, vec![s("/cycleParams/point", json!([1]))]),
        case("month absent point", vec![s("/cycleParams/cycle", json!("Month")), d("/cycleParams/point")], "cycleParams.point", W, C::PointDefaulted, vec![s("/cycleParams/cycle", json!("Month")), s("/cycleParams/point", json!([4]))]),
        case("point as string", vec![s("/cycleParams/point", json!("1,3"))], "cycleParams.point", E, C::WrongType, vec![]),
        case("point digit string", vec![s("/cycleParams/point", json!(["1"]))], "cycleParams.point[0]", W, C::StringInteger, vec![s("/cycleParams/point", json!([1]))]),
        case("point fraction", vec![s("/cycleParams/point", json!([1.5]))], "cycleParams.point[0]", E, C::WrongType, vec![]),
        // --- S12 startTime ---
        case("startTime ISO", vec![s("/startTime", json!("2030-03-04T01:00"))], "startTime", E, C::InvalidStartTime, vec![s("/startTime", json!("2030-03-04 01:00"))]),
        case("startTime unpadded", vec![s("/startTime", json!("2030-3-4 1:00"))], "startTime", E, C::InvalidStartTime, vec![s("/startTime", json!(""))]),
        case("startTime hour 25", vec![s("/startTime", json!("2030-03-04 25:00"))], "startTime", E, C::InvalidStartTime, vec![d("/startTime")]),
        case("startTime seconds", vec![s("/startTime", json!("2030-03-04 01:00:00"))], "startTime", E, C::InvalidStartTime, vec![]),
        case("startTime past", vec![s("/startTime", json!("2029-12-31 23:59"))], "startTime", E, C::StartTimeInPast, vec![s("/startTime", json!("2030-01-01 00:00")), s("/cycleParams/startDate", json!("2030-01-01"))]).hw("MMC.111071013"),
        case("startTime other date", vec![s("/startTime", json!("2030-03-04 20:00"))], "startTime", W, C::StartTimeDateMismatch, vec![s("/startTime", json!("2030-03-03 16:00"))]),
        case("startTime number", vec![s("/startTime", json!(5))], "startTime", E, C::InvalidStartTime, vec![]),
        // --- S13, S14 ---
        case("preRemindDays 31", vec![s("/cycleParams/preRemindDays", json!(31))], "cycleParams.preRemindDays", E, C::PreRemindOutOfRange, vec![s("/cycleParams/preRemindDays", json!(30))]),
        case("preRemindDays -1", vec![s("/cycleParams/preRemindDays", json!(-1))], "cycleParams.preRemindDays", E, C::PreRemindOutOfRange, vec![s("/cycleParams/preRemindDays", json!(0))]),
        case("cycleParams missing", vec![d("/cycleParams")], "cycleParams", E, C::CycleParamsMissing, vec![]).hw("MMC.111071020"),
        case("cycleParams null", vec![s("/cycleParams", Value::Null)], "cycleParams", E, C::CycleParamsMissing, vec![]),
        case("cycleParams array", vec![s("/cycleParams", json!([]))], "cycleParams", E, C::WrongType, vec![]),
        // --- top-level field rules ---
        case("length 14", vec![s("/length", json!(14))], "length", E, C::OutOfRange, vec![s("/length", json!(15))]).hw("MMC.111071015"),
        case("length 1441", vec![s("/length", json!(1441))], "length", E, C::OutOfRange, vec![s("/length", json!(1440))]),
        case("subject 129 chars", vec![s("/subject", long('会', 129))], "subject", E, C::TooLong, vec![s("/subject", long('会', 128))]).hw("MMC.111071022"),
        case("groupuri 32", vec![s("/groupuri", long('g', 32))], "groupuri", E, C::TooLong, vec![s("/groupuri", long('g', 31))]).hw("MMC.111071023"),
        case("mediaTypes missing", vec![d("/mediaTypes")], "mediaTypes", E, C::MissingField, vec![s("/mediaTypes", json!("Voice"))]).hw("MMC.111071018"),
        case("mediaTypes empty", vec![s("/mediaTypes", json!(""))], "mediaTypes", E, C::MissingField, vec![s("/mediaTypes", json!("Video"))]),
        case("mediaTypes data only", vec![s("/mediaTypes", json!("Data"))], "mediaTypes", E, C::MediaTypesNoAv, vec![s("/mediaTypes", json!("Data,Voice"))]).hw("MMC.111071018"),
        case("mediaTypes unknown", vec![s("/mediaTypes", json!("Voice,Audio"))], "mediaTypes", E, C::MediaTypeUnknown, vec![s("/mediaTypes", json!("Voice, Video"))]).hw("MMC.111071018"),
        case("mediaTypes case", vec![s("/mediaTypes", json!("hdvideo"))], "mediaTypes", E, C::MediaTypeUnknown, vec![s("/mediaTypes", json!("HDVideo"))]),
        case("Video+HDVideo", vec![s("/mediaTypes", json!("Video,HDVideo"))], "mediaTypes", W, C::MediaTypesVideoAndHd, vec![s("/mediaTypes", json!("HDVideo,Data"))]),
        case("Telepresence", vec![s("/mediaTypes", json!("Voice,Telepresence"))], "mediaTypes", W, C::MediaTypesTelepresence, vec![]),
        case("mediaTypes with spaces", vec![s("/mediaTypes", json!("Voice, HDVideo"))], "mediaTypes", W, C::MediaTypesForm, vec![s("/mediaTypes", json!("Voice,HDVideo"))]),
        case("mediaTypes type twice", vec![s("/mediaTypes", json!("Voice,Voice"))], "mediaTypes", W, C::MediaTypesForm, vec![s("/mediaTypes", json!("Voice"))]),
        case("isAutoRecord 2", vec![s("/recordType", json!(2)), s("/isAutoRecord", json!(2))], "isAutoRecord", E, C::OutOfRange, vec![s("/recordType", json!(2)), s("/isAutoRecord", json!(1))]).hw("MMC.111071032"),
        case("encryptMode 3", vec![s("/encryptMode", json!(3))], "encryptMode", E, C::OutOfRange, vec![s("/encryptMode", json!(2))]).hw("MMC.111071034"),
        case("language fr", vec![s("/language", json!("fr-FR"))], "language", E, C::InvalidValue, vec![s("/language", json!("zh-CN"))]).hw("MMC.111071035"),
        case("recordType 4", vec![s("/recordType", json!(4))], "recordType", E, C::OutOfRange, vec![s("/recordType", json!(3))]).hw("MMC.111071038"),
        case("liveAddress 256", vec![s("/recordType", json!(1)), s("/liveAddress", long('u', 256))], "liveAddress", E, C::TooLong, vec![s("/recordType", json!(1)), s("/liveAddress", long('u', 255))]).hw("MMC.111071039"),
        case("auxAddress 256", vec![s("/recordType", json!(3)), s("/auxAddress", long('u', 256))], "auxAddress", E, C::TooLong, vec![s("/recordType", json!(3)), s("/auxAddress", long('u', 255))]).hw("MMC.111071040"),
        case("auxAddress without live", vec![s("/auxAddress", json!("rtmp://x/y"))], "auxAddress", W, C::FieldIgnored, vec![s("/auxAddress", json!("rtmp://x/y")), s("/recordType", json!(1))]),
        case("liveAddress with recording", vec![s("/recordType", json!(2)), s("/liveAddress", json!("rtmp://x/y"))], "liveAddress", W, C::FieldIgnored, vec![s("/recordType", json!(3)), s("/liveAddress", json!("rtmp://x/y"))]),
        case("isAutoRecord without recording", vec![s("/isAutoRecord", json!(1))], "isAutoRecord", W, C::FieldIgnored, vec![s("/isAutoRecord", json!(1)), s("/recordType", json!(2))]),
        case("recordAuxStream 2", vec![s("/recordType", json!(2)), s("/recordAuxStream", json!(2))], "recordAuxStream", E, C::OutOfRange, vec![s("/recordType", json!(2)), s("/recordAuxStream", json!(1))]).hw("MMC.111071048"),
        case("recordAuthType 3", vec![s("/recordType", json!(2)), s("/recordAuthType", json!(3))], "recordAuthType", E, C::OutOfRange, vec![s("/recordType", json!(2)), s("/recordAuthType", json!(2))]),
        case("recordAuthType with live", vec![s("/recordType", json!(1)), s("/recordAuthType", json!(1))], "recordAuthType", W, C::FieldIgnored, vec![s("/recordType", json!(3)), s("/recordAuthType", json!(1))]),
        case("recordAuthType 0 without recording", vec![s("/recordType", json!(0)), s("/recordAuthType", json!(0))], "recordAuthType", W, C::FieldIgnored, vec![s("/recordType", json!(2)), s("/recordAuthType", json!(0))]),
        case("isAutoRecord 0 without recordType", vec![s("/isAutoRecord", json!(0))], "isAutoRecord", W, C::FieldIgnored, vec![s("/isAutoRecord", json!(0)), s("/recordType", json!(3))]),
        case("vmrFlag 2", vec![s("/vmrFlag", json!(2))], "vmrFlag", E, C::OutOfRange, vec![s("/vmrFlag", json!(0))]).hw("MMC.111071047"),
        case("vmrFlag without vmrID", vec![s("/vmrFlag", json!(1))], "vmrID", E, C::VmrIdMissing, vec![s("/vmrFlag", json!(1)), s("/vmrID", json!("ff8080"))]),
        case("vmrID without vmrFlag", vec![s("/vmrID", json!("ff8080"))], "vmrID", W, C::FieldIgnored, vec![s("/vmrID", json!("ff8080")), s("/vmrFlag", json!(1))]),
        case("vmrID 65", vec![s("/vmrFlag", json!(1)), s("/vmrID", long('f', 65))], "vmrID", E, C::TooLong, vec![s("/vmrFlag", json!(1)), s("/vmrID", long('f', 64))]).hw("MMC.111071037"),
        case("concurrentParticipants -1", vec![s("/concurrentParticipants", json!(-1))], "concurrentParticipants", E, C::OutOfRange, vec![s("/concurrentParticipants", json!(0))]).hw("MMC.111071017"),
        case("concurrentParticipants beyond 32 bits", vec![s("/concurrentParticipants", json!(2_147_483_648_u64))], "concurrentParticipants", E, C::OutOfRange, vec![s("/concurrentParticipants", json!(2_147_483_647))]).hw("MMC.111071017"),
        case("confResType 4", vec![s("/confResType", json!(4))], "confResType", E, C::OutOfRange, vec![s("/confResType", json!(3))]),
        // --- attendees ---
        case("attendees object", vec![s("/attendees", json!({}))], "attendees", E, C::WrongType, vec![s("/attendees", json!([]))]),
        case("attendee string", vec![s("/attendees/1", json!("bob"))], "attendees[1]", E, C::WrongType, vec![]),
        case("attendee no contact", vec![d("/attendees/1/phone"), d("/attendees/1/sms")], "attendees[1]", E, C::AttendeeNoContact, vec![d("/attendees/1/phone"), d("/attendees/1/sms"), s("/attendees/1/email", json!("bob@example.com"))]),
        case("attendee empty contacts", vec![s("/attendees/1/phone", json!("")), s("/attendees/1/sms", json!(""))], "attendees[1]", E, C::AttendeeNoContact, vec![s("/attendees/1/phone", json!("")), s("/attendees/1/sms", json!("123"))]),
        case("email no at", vec![s("/attendees/0/email", json!("alice"))], "attendees[0].email", E, C::InvalidEmail, vec![]).hw("MMC.111071024"),
        case("email no dot", vec![s("/attendees/0/email", json!("a@b"))], "attendees[0].email", E, C::InvalidEmail, vec![s("/attendees/0/email", json!("a@b.cn"))]),
        case("email space", vec![s("/attendees/0/email", json!("a b@c.com"))], "attendees[0].email", E, C::InvalidEmail, vec![]),
        case("email 256", vec![s("/attendees/0/email", Value::String(format!("{}@example.com", "a".repeat(244))))], "attendees[0].email", E, C::TooLong, vec![s("/attendees/0/email", Value::String(format!("{}@example.com", "a".repeat(243))))]).hw("MMC.111072036"),
        case("name 97", vec![s("/attendees/0/name", long('名', 97))], "attendees[0].name", E, C::TooLong, vec![s("/attendees/0/name", long('名', 96))]).hw("MMC.111072034"),
        case("phone 128", vec![s("/attendees/1/phone", long('1', 128))], "attendees[1].phone", E, C::TooLong, vec![s("/attendees/1/phone", long('1', 127))]).hw("MMC.111072032"),
        case("sms 33", vec![s("/attendees/1/sms", long('1', 33))], "attendees[1].sms", E, C::TooLong, vec![s("/attendees/1/sms", long('1', 32))]).hw("MMC.111072037"),
        case("role 2", vec![s("/attendees/0/role", json!(2))], "attendees[0].role", W, C::ReservedRole, vec![s("/attendees/0/role", json!(0))]),
        case("role 3", vec![s("/attendees/0/role", json!(3))], "attendees[0].role", E, C::OutOfRange, vec![s("/attendees/0/role", json!(1))]).hw("MMC.111072035"),
        case("role beyond i64", vec![s("/attendees/0/role", json!(10_000_000_000_000_000_000_u64))], "attendees[0].role", E, C::OutOfRange, vec![s("/attendees/0/role", json!(0))]).hw("MMC.111072035"),
        case("isMute 2", vec![s("/attendees/0/isMute", json!(2))], "attendees[0].isMute", E, C::OutOfRange, vec![s("/attendees/0/isMute", json!(1))]).hw("MMC.111072038"),
        case("isAutoInvite -1", vec![s("/attendees/0/isAutoInvite", json!(-1))], "attendees[0].isAutoInvite", E, C::OutOfRange, vec![s("/attendees/0/isAutoInvite", json!(0))]).hw("MMC.111072039"),
        case("type Normal", vec![s("/attendees/0/type", json!("Normal"))], "attendees[0].type", E, C::InvalidValue, vec![s("/attendees/0/type", json!("normal"))]),
        case("type idea", vec![s("/attendees/0/type", json!("idea"))], "attendees[0].type", E, C::InvalidValue, vec![s("/attendees/0/type", json!("ideahub"))]),
        case("deptUUID 65", vec![s("/attendees/0/deptUUID", long('d', 65))], "attendees[0].deptUUID", E, C::TooLong, vec![s("/attendees/0/deptUUID", long('d', 64))]),
        case("deptName 129", vec![s("/attendees/0/deptName", long('部', 129))], "attendees[0].deptName", E, C::TooLong, vec![s("/attendees/0/deptName", long('部', 128))]).hw("MMC.111071026"),
        case("uniqueType 2", vec![s("/attendees/0/uniqueType", json!(2))], "attendees[0].uniqueType", E, C::OutOfRange, vec![s("/attendees/0/uniqueType", json!(1))]),
        case("501 attendees", vec![s("/attendees", many_attendees(501))], "attendees", W, C::TooManyAttendees, vec![s("/attendees", many_attendees(500))]),
        // --- confConfigInfo ---
        case("confConfigInfo string", vec![s("/confConfigInfo", json!("x"))], "confConfigInfo", E, C::WrongType, vec![s("/confConfigInfo", json!({}))]),
        case("guestPwd letters", vec![s("/confConfigInfo/guestPwd", json!("12a4"))], "confConfigInfo.guestPwd", E, C::InvalidGuestPassword, vec![s("/confConfigInfo/guestPwd", json!("1234"))]).hw("MMC.111071080"),
        case("guestPwd 3 digits", vec![s("/confConfigInfo/guestPwd", json!("123"))], "confConfigInfo.guestPwd", E, C::InvalidGuestPassword, vec![s("/confConfigInfo/guestPwd", json!("1234567890123456"))]),
        case("guestPwd 17 digits", vec![s("/confConfigInfo/guestPwd", json!("12345678901234567"))], "confConfigInfo.guestPwd", E, C::InvalidGuestPassword, vec![]),
        case("guestPwd number", vec![s("/confConfigInfo/guestPwd", json!(123456))], "confConfigInfo.guestPwd", E, C::NumberAsString, vec![]).hw("MMC.111071062"),
        case("prolongLength 61", vec![s("/confConfigInfo/prolongLength", json!(61))], "confConfigInfo.prolongLength", E, C::OutOfRange, vec![s("/confConfigInfo/prolongLength", json!(60))]),
        case("callInRestriction 1", vec![s("/confConfigInfo/callInRestriction", json!(1))], "confConfigInfo.callInRestriction", E, C::OutOfRange, vec![s("/confConfigInfo/callInRestriction", json!(3))]),
        case("vmrIDType 2", vec![s("/confConfigInfo/vmrIDType", json!(2))], "confConfigInfo.vmrIDType", E, C::OutOfRange, vec![s("/confConfigInfo/vmrIDType", json!(1))]),
    ]
}

fn has(report: &Report, path: &str, code: IssueCode) -> bool {
    report
        .issues
        .iter()
        .any(|i| i.path == path && i.code == code)
}

/// An integer beyond what `i64` holds is out of range (not "must be an integer"), and
/// the message shows it as sent, not as the saturated `i64::MAX`.
#[test]
fn integers_beyond_i64_are_out_of_range_and_shown_as_sent() {
    for (value, shown) in [
        (
            json!(10_000_000_000_000_000_000_u64),
            "10000000000000000000",
        ),
        (json!("99999999999999999999"), "99999999999999999999"),
        (json!("-99999999999999999999"), "-99999999999999999999"),
        (json!(1e20), "1e+20"),
    ] {
        let report = validate(&apply(&[s("/length", value.clone())]), &opts());
        let issue = report
            .issues
            .iter()
            .find(|i| i.path == "length" && i.code == C::OutOfRange)
            .unwrap_or_else(|| panic!("{value}: {:?}", report.issues));
        assert_eq!(issue.huawei_code, Some("MMC.111071015"), "{value}");
        assert!(issue.message.contains(shown), "{value}: {}", issue.message);
        assert!(
            !issue.message.contains("9223372036854775807"),
            "{}",
            issue.message
        );
        assert!(
            !report.issues.iter().any(|i| i.code == C::WrongType),
            "{value}"
        );
    }
    // A 100k-digit string is cut in the message (S19), as other echoed values are.
    let digits = "9".repeat(100_000);
    let report = validate(&apply(&[s("/length", json!(digits))]), &opts());
    assert!(
        report
            .issues
            .iter()
            .all(|i| i.message.chars().count() < 400)
    );
    assert!(report.issues.iter().any(|i| i.code == C::OutOfRange));
}

/// Without a valid cycle, only an interval outside every cycle's range (1 to 15) is
/// reported; one that some cycle allows waits for the cycle.
#[test]
fn interval_without_a_valid_cycle() {
    let issues = |cycle: Value, interval: i64| {
        let mut ops = vec![s("/cycleParams/interval", json!(interval))];
        if !cycle.is_null() {
            ops.push(s("/cycleParams/cycle", cycle));
        } else {
            ops.push(d("/cycleParams/cycle"));
        }
        validate(&apply(&ops), &opts()).issues
    };
    for interval in [1, 6, 15] {
        let found = issues(json!("Yearly"), interval);
        assert!(has_code(&found, "cycleParams.cycle", C::InvalidCycle));
        assert!(
            !has_code(&found, "cycleParams.interval", C::IntervalOutOfRange),
            "{interval}"
        );
    }
    for (cycle, interval) in [(json!("Yearly"), 16), (Value::Null, 0), (json!(""), -3)] {
        let found = issues(cycle.clone(), interval);
        let issue = found
            .iter()
            .find(|i| i.path == "cycleParams.interval")
            .unwrap_or_else(|| panic!("{cycle} {interval}: {found:#?}"));
        assert_eq!(issue.code, C::IntervalOutOfRange);
        assert_eq!(
            issue.message,
            format!(
                "interval {interval} is out of range for every cycle: Day allows 1 to 15, Week 1 to 5, Month 1 to 3."
            )
        );
    }
    let mut zh = opts();
    zh.lang = Lang::ZhCn;
    let report = validate(
        &apply(&[
            s("/cycleParams/cycle", json!("Yearly")),
            s("/cycleParams/interval", json!(20)),
        ]),
        &zh,
    );
    assert_eq!(
        message_at(&report, "cycleParams.interval"),
        "间隔 20 超出所有周期类型的范围：按天（Day）为 1 到 15，按周（Week）为 1 到 5，按月（Month）为 1 到 3。"
    );
}

/// Without a valid cycle, only a `point` value that is neither a weekday nor a month day
/// (outside 0 to 31) is reported.
#[test]
fn point_without_a_valid_cycle() {
    let report = validate(
        &apply(&[
            s("/cycleParams/cycle", json!("Yearly")),
            s("/cycleParams/point", json!([0, 6, 7, 31, 32, -1])),
        ]),
        &opts(),
    );
    let out: Vec<&str> = report
        .issues
        .iter()
        .filter(|i| i.code == C::PointOutOfRange)
        .map(|i| i.path.as_str())
        .collect();
    assert_eq!(out, ["cycleParams.point[4]", "cycleParams.point[5]"]);
    assert_eq!(
        message_at(&report, "cycleParams.point[4]"),
        "point 32 is out of range for every cycle: a weekday is 0 to 6 (Week), a month day 1 to 31 (Month)."
    );
}

/// The message of the issue at `path`.
fn message_at<'r>(report: &'r Report, path: &str) -> &'r str {
    &report
        .issues
        .iter()
        .find(|i| i.path == path)
        .unwrap_or_else(|| panic!("no issue at {path}: {:#?}", report.issues))
        .message
}

fn has_code(issues: &[cycleconf_core::validate::Issue], path: &str, code: IssueCode) -> bool {
    issues.iter().any(|i| i.path == path && i.code == code)
}

#[test]
fn base_is_valid_without_issues() {
    let report = validate(&base(), &opts());
    assert!(report.issues.is_empty(), "{:#?}", report.issues);
    let spec = report.validated().unwrap().series();
    assert_eq!(spec.points, vec![1, 3]);
    assert_eq!(spec.length_minutes, 60);
}

#[test]
fn rule_table() {
    let cases = cases();
    assert!(cases.len() >= 80, "only {} cases", cases.len());
    let mut failures = Vec::new();
    for c in &cases {
        let bad = validate(&apply(&c.bad), &opts());
        let found = bad
            .issues
            .iter()
            .find(|i| i.path == c.path && i.code == c.code);
        match found {
            None => failures.push(format!(
                "{}: expected {:?} at {:?}, got {:#?}",
                c.name, c.code, c.path, bad.issues
            )),
            Some(issue) => {
                if issue.severity != c.severity {
                    failures.push(format!("{}: severity {:?}", c.name, issue.severity));
                }
                if c.huawei.is_some() && issue.huawei_code != c.huawei {
                    failures.push(format!("{}: huawei {:?}", c.name, issue.huawei_code));
                }
                if issue.message.is_empty() {
                    failures.push(format!("{}: empty message", c.name));
                }
                if c.severity == E && bad.validated().is_some() {
                    failures.push(format!("{}: validated despite error", c.name));
                }
            }
        }
        let good = validate(&apply(&c.good), &opts());
        if has(&good, c.path, c.code) {
            failures.push(format!("{}: counterpart still has {:?}", c.name, c.code));
        }
        if !good.is_valid() || good.validated().is_none() {
            failures.push(format!(
                "{}: counterpart not valid: {:#?}",
                c.name, good.issues
            ));
        }
        // Chinese rendering exists for the same issue.
        let mut zh = opts();
        zh.lang = Lang::ZhCn;
        let bad_zh = validate(&apply(&c.bad), &zh);
        let same = bad_zh
            .issues
            .iter()
            .find(|i| i.path == c.path && i.code == c.code);
        if let (Some(en), Some(zh)) = (found, same)
            && en.message == zh.message
        {
            failures.push(format!("{}: zh message equals en: {}", c.name, en.message));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn did_you_mean_hints() {
    let r = validate(&apply(&[s("/timezoneID", json!("56"))]), &opts());
    let i = r.issues.iter().find(|i| i.code == C::UnknownField).unwrap();
    assert_eq!(
        i.message,
        "timezoneID is not a field of this API; the server ignores it. Did you mean \"timeZoneID\"?"
    );
    let r = validate(&apply(&[s("/cycleParams/cycle", json!("week"))]), &opts());
    assert!(
        r.issues[0].message.ends_with("Did you mean \"Week\"?"),
        "{}",
        r.issues[0].message
    );
    let r = validate(
        &apply(&[s("/cycleParams/cycle", json!("Monthly"))]),
        &opts(),
    );
    assert!(r.issues[0].message.ends_with("Did you mean \"Month\"?"));
    let r = validate(&apply(&[s("/mediaTypes", json!("Voice,HDvideo"))]), &opts());
    assert!(r.issues[0].message.ends_with("Did you mean \"HDVideo\"?"));
    let r = validate(&apply(&[s("/attendees/0/type", json!("Normal"))]), &opts());
    assert!(r.issues[0].message.ends_with("Did you mean \"normal\"?"));
    // Nothing close: no hint.
    let r = validate(&apply(&[s("/zzzzzzzz", json!(1))]), &opts());
    assert!(!r.issues[0].message.contains("Did you mean"));
}

#[test]
fn every_issue_at_once() {
    // S18: several independent problems are all reported.
    let r = validate(
        &apply(&[
            s("/length", json!(5)),
            s("/subject", long('x', 200)),
            s("/cycleParams/interval", json!(9)),
            s("/attendees/0/email", json!("nope")),
            s("/confConfigInfo/guestPwd", json!("ab")),
            s("/typo", json!(1)),
        ]),
        &opts(),
    );
    let mut got: Vec<(&str, IssueCode)> =
        r.issues.iter().map(|i| (i.path.as_str(), i.code)).collect();
    got.sort();
    let mut want = vec![
        ("typo", C::UnknownField),
        ("length", C::OutOfRange),
        ("subject", C::TooLong),
        ("cycleParams.interval", C::IntervalOutOfRange),
        ("attendees[0].email", C::InvalidEmail),
        ("confConfigInfo.guestPwd", C::InvalidGuestPassword),
    ];
    want.sort();
    assert_eq!(got, want);
    assert!(r.validated().is_none());
}

#[test]
fn point_defaulted_names_the_weekday_and_day() {
    let r = validate(&apply(&[d("/cycleParams/point")]), &opts());
    assert_eq!(
        r.issues[0].message,
        "point is empty: the meetings fall on Monday (the weekday of startDate)."
    );
    // The spec keeps the empty list: the engine applies the default (S8).
    assert!(r.validated().unwrap().series().points.is_empty());
    let r = validate(
        &apply(&[
            s("/cycleParams/cycle", json!("Month")),
            d("/cycleParams/point"),
        ]),
        &opts(),
    );
    assert!(
        r.issues[0].message.contains("day 4 of the month"),
        "{}",
        r.issues[0].message
    );
}

#[test]
fn spec_points_sorted_and_distinct() {
    let r = validate(
        &apply(&[s("/cycleParams/point", json!([5, "3", 1, 3]))]),
        &opts(),
    );
    assert!(r.is_valid());
    assert_eq!(r.validated().unwrap().series().points, vec![1, 3, 5]);
    assert_eq!(
        r.validated().unwrap().request().cycle_params.point,
        Some(vec![5, 3, 1, 3])
    );
}

#[test]
fn start_time_is_compared_at_minute_precision() {
    let mut o = opts();
    o.now = Utc.with_ymd_and_hms(2030, 3, 4, 1, 0, 59).unwrap();
    let r = validate(&base(), &o);
    assert!(!has(&r, "startTime", C::StartTimeInPast));
    o.now = Utc.with_ymd_and_hms(2030, 3, 4, 1, 1, 0).unwrap();
    let r = validate(&base(), &o);
    assert!(has(&r, "startTime", C::StartTimeInPast));
    // The message gives the time in the meeting's zone too (Beijing: UTC+8), which is
    // what a form shows.
    let issue = r
        .issues
        .iter()
        .find(|i| i.code == C::StartTimeInPast)
        .unwrap();
    assert_eq!(
        issue.message,
        "startTime 2030-03-04 01:00 (UTC; 2030-03-04 09:00 in the meeting's time zone) is \
         earlier than now (2030-03-04 01:01 UTC)."
    );
    let spec_time = validate(&base(), &opts())
        .validated()
        .unwrap()
        .series()
        .start_time_utc;
    assert_eq!(spec_time.unwrap().to_string(), "2030-03-04 01:00:00");
}

#[test]
fn today_is_the_meeting_zone_date() {
    // 2030-03-03 23:30 UTC is already 2030-03-04 07:30 in Beijing but still 3/3 in
    // New York: startDate 2030-03-03 is past in Beijing, fine in New York.
    let mut o = opts();
    o.now = Utc.with_ymd_and_hms(2030, 3, 3, 23, 30, 0).unwrap();
    let patch = [
        s("/cycleParams/startDate", json!("2030-03-03")),
        d("/startTime"),
    ];
    assert!(has(
        &validate(&apply(&patch), &o),
        "cycleParams.startDate",
        C::StartDateInPast
    ));
    let mut ny = patch.to_vec();
    ny.push(s("/timeZoneID", json!("13")));
    assert!(validate(&apply(&ny), &o).is_valid());
}

/// S18/S19: a report lists at most `MAX_LISTED_ISSUES` issues; the rest are counted by
/// severity in `errors_not_listed` / `warnings_not_listed`, and an error that is not
/// listed still makes the request invalid. Errors are listed first: on a full list an
/// error takes the place of the last listed warning.
#[test]
fn issues_beyond_the_cap_are_counted_not_listed() {
    use cycleconf_core::validate::MAX_LISTED_ISSUES;
    let count = |r: &Report, code: IssueCode| r.issues.iter().filter(|i| i.code == code).count();
    let tail = |r: &Report| {
        r.issues[r.issues.len() - 2..]
            .iter()
            .map(|i| (i.code, i.severity, i.path.clone(), i.message.clone()))
            .collect::<Vec<_>>()
    };

    // 1500 attendees that are not objects: the attendee-count warning, then 1500 errors.
    // The 1000th error displaces the warning.
    let nulls = apply(&[s("/attendees", Value::Array(vec![Value::Null; 1500]))]);
    let r = validate(&nulls, &opts());
    assert_eq!(r.issues.len(), MAX_LISTED_ISSUES + 2);
    assert_eq!(count(&r, C::TooManyAttendees), 0);
    assert_eq!(count(&r, C::WrongType), MAX_LISTED_ISSUES);
    assert_eq!(r.issues[0].path, "attendees[0]");
    assert_eq!(r.issues[MAX_LISTED_ISSUES - 1].path, "attendees[999]");
    assert_eq!(
        tail(&r),
        vec![
            (
                C::ErrorsNotListed,
                E,
                String::new(),
                "500 more error(s) are not listed: a report lists at most 1000 issues.".to_owned()
            ),
            (
                C::WarningsNotListed,
                W,
                String::new(),
                "1 more warning(s) are not listed: a report lists at most 1000 issues.".to_owned()
            ),
        ]
    );
    assert!(!r.is_valid());

    // 1500 unknown fields: warnings only, so still valid (and the typed request is built).
    let mut many = base();
    for i in 0..1500 {
        many[format!("extra{i}")] = json!(i);
    }
    let r = validate(&many, &opts());
    assert_eq!(count(&r, C::UnknownField), MAX_LISTED_ISSUES);
    assert_eq!(count(&r, C::WarningsNotListed), 1);
    assert!(
        r.issues
            .last()
            .unwrap()
            .message
            .starts_with("500 more warning(s)")
    );
    assert!(r.is_valid());
    assert!(r.validated().is_some());

    // An error after a full list of warnings is listed in the last warning's place: a
    // request whose one error comes after 1000 warnings shows that error.
    many["cycleParams"]["interval"] = json!(0);
    let r = validate(&many, &opts());
    assert_eq!(r.issues.len(), MAX_LISTED_ISSUES + 1);
    assert_eq!(count(&r, C::IntervalOutOfRange), 1);
    assert_eq!(count(&r, C::UnknownField), MAX_LISTED_ISSUES - 1);
    assert_eq!(count(&r, C::ErrorsNotListed), 0);
    assert!(
        r.issues
            .last()
            .unwrap()
            .message
            .starts_with("501 more warning(s)")
    );
    assert!(!r.is_valid());
    assert!(r.validated().is_none() && r.valid_series().is_none());

    // More errors than the cap: the first 1000 errors, no warning.
    let mut both = many.clone();
    both["attendees"] = Value::Array(vec![Value::Null; 1500]);
    let r = validate(&both, &opts());
    assert_eq!(
        r.issues.iter().filter(|i| i.is_error()).count(),
        MAX_LISTED_ISSUES + 1
    );
    assert_eq!(count(&r, C::ErrorsNotListed), 1);
    assert_eq!(count(&r, C::UnknownField), 0);

    let zh = Options {
        lang: Lang::ZhCn,
        ..opts()
    };
    let r = validate(&nulls, &zh);
    assert_eq!(
        r.issues[r.issues.len() - 2].message,
        "另有 500 个错误未列出：报告最多列出 1000 个问题。"
    );
}
