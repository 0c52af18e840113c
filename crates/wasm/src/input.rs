//! What the JavaScript arguments become before the core sees them. Pure Rust (no JS
//! calls), so it is tested natively.

use chrono::{DateTime, NaiveDate, Utc};
use cycleconf_core::Lang;

/// Parses `now` like the CLI's `--now`: UTC `YYYY-MM-DD HH:mm`, with `T` instead of the
/// space and an optional `:ss`, surrounding whitespace ignored.
pub fn parse_now(s: &str) -> Option<DateTime<Utc>> {
    let b = s.trim().as_bytes();
    if !(b.len() == 16 || b.len() == 19) || !matches!(b.get(10), Some(b' ' | b'T')) {
        return None;
    }
    let num = |from: usize, len: usize| -> Option<u32> {
        let digits = b.get(from..from + len)?;
        digits.iter().try_fold(0u32, |acc, &d| {
            d.is_ascii_digit().then(|| acc * 10 + u32::from(d - b'0'))
        })
    };
    let sep = |at: usize, c: u8| b.get(at) == Some(&c);
    if !(sep(4, b'-') && sep(7, b'-') && sep(13, b':')) {
        return None;
    }
    let seconds = if b.len() == 19 {
        if !sep(16, b':') {
            return None;
        }
        num(17, 2)?
    } else {
        0
    };
    let year = i32::try_from(num(0, 4)?).ok()?;
    let date = NaiveDate::from_ymd_opt(year, num(5, 2)?, num(8, 2)?)?;
    let time = date.and_hms_opt(num(11, 2)?, num(14, 2)?, seconds)?;
    Some(time.and_utc())
}

/// Parses `lang` (`en-US`, `zh-CN`; also `en`, `zh`, any case).
pub fn parse_lang(s: &str) -> Option<Lang> {
    Lang::parse(s)
}

/// An instant from JavaScript milliseconds since the epoch (`Date.now()`,
/// `Date#getTime()`); `None` for NaN or out of range.
pub fn from_millis(ms: f64) -> Option<DateTime<Utc>> {
    if !ms.is_finite() {
        return None;
    }
    // `as` saturates; anything beyond chrono's range is rejected just below.
    DateTime::from_timestamp_millis(ms as i64)
}

#[cfg(test)]
pub(crate) mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use chrono::TimeZone;
    use cycleconf_core::Options;

    /// The options of the tests of this crate: 2021-08-30 12:00 UTC, en-US.
    pub(crate) fn opts() -> Options {
        Options {
            now: Utc.with_ymd_and_hms(2021, 8, 30, 12, 0, 0).unwrap(),
            lang: Lang::EnUs,
        }
    }

    #[test]
    fn now_accepts_the_cli_forms_only() {
        let want = Utc.with_ymd_and_hms(2021, 8, 30, 12, 5, 0).unwrap();
        for s in [
            "2021-08-30 12:05",
            " 2021-08-30T12:05 ",
            "2021-08-30 12:05:00",
        ] {
            assert_eq!(parse_now(s), Some(want), "{s}");
        }
        assert_eq!(
            parse_now("2021-08-30 12:05:07"),
            Some(Utc.with_ymd_and_hms(2021, 8, 30, 12, 5, 7).unwrap())
        );
        for s in [
            "",
            "2021-08-30",
            "12:05",
            "2021-13-01 00:00",
            "2021-02-29 00:00",
            "2021-08-30 24:00",
            "2021-08-30 12:05:",
            "2021-08-30x12:05",
            "2021/08/30 12:05",
            "+021-08-30 12:05",
            "now",
            "２０２１-08-30 12:05",
        ] {
            assert_eq!(parse_now(s), None, "{s}");
        }
    }

    #[test]
    fn millis_convert_and_reject_nonsense() {
        assert_eq!(
            from_millis(1_630_324_800_000.0),
            Some(Utc.with_ymd_and_hms(2021, 8, 30, 12, 0, 0).unwrap())
        );
        assert_eq!(from_millis(f64::NAN), None);
        assert_eq!(from_millis(f64::INFINITY), None);
        assert_eq!(from_millis(1e300), None);
    }

    #[test]
    fn lang_tags() {
        assert_eq!(parse_lang("zh-CN"), Some(Lang::ZhCn));
        assert_eq!(parse_lang("EN"), Some(Lang::EnUs));
        assert_eq!(parse_lang("fr"), None);
    }
}
