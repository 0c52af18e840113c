//! The request as the JavaScript entry (`npm/api.js`, `encodeRequest`) hands it over:
//! a tape of numbers describing the JSON tree and one UTF-8 text holding all its strings
//! back to back. Two copies into wasm memory instead of `JSON.stringify` plus a parse,
//! and the strings of the tree borrow from the text.
//!
//! The tape, one `f64` per cell (the JavaScript side is the reference):
//!
//! | cells | value |
//! |---|---|
//! | `0` | `null` (also what `JSON.stringify` turns into `null` or drops) |
//! | `1` / `2` | `false` / `true` |
//! | `3, x` | the number `x` (finite) |
//! | `4, n` | a string of `n` UTF-16 code units, the next one in the text |
//! | `5, n, …` | an array of `n` values |
//! | `6, n, (k, v)…` | an object of `n` entries: key length `k` (UTF-16 units), key text next in the text, then the value; a key `k = −i` is the `i`-th of [`known_keys`] (no text) |
//!
//! Pure Rust (no JS calls), so it is tested natively.

use std::borrow::Cow;

use cycleconf_core::json::{Json, Object};
use cycleconf_core::validate::{
    ATTENDEE_FIELDS, CONF_CONFIG_FIELDS, CYCLE_PARAMS_FIELDS, ROOT_FIELDS,
};
use serde_json::Number;

/// The object keys a tape may give by number (`−1` is the first): every field name the
/// core knows, each once. `rawKnownKeys` hands the same list to the JavaScript side.
pub fn known_keys() -> &'static [&'static str] {
    static KEYS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| {
        let mut keys: Vec<&'static str> = Vec::new();
        for list in [
            ROOT_FIELDS,
            CYCLE_PARAMS_FIELDS,
            ATTENDEE_FIELDS,
            CONF_CONFIG_FIELDS,
        ] {
            for key in list {
                if !keys.contains(key) {
                    keys.push(key);
                }
            }
        }
        keys
    })
}

/// Why a tape could not be read (only a bug in the JavaScript entry can cause one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TapeError(pub &'static str);

/// How deep the tape may nest (the JavaScript entry stops at the same depth, as
/// `serde_json` does for text).
pub const MAX_DEPTH: usize = 128;

/// Reads the tree of `tape` whose strings are in `text`.
pub fn decode<'a>(tape: &[f64], text: &'a str) -> Result<Json<'a>, TapeError> {
    let mut reader = Reader {
        tape,
        at: 0,
        text,
        ascii: text.is_ascii(),
        known: known_keys(),
    };
    let json = reader.value(0)?;
    if reader.at != tape.len() || !reader.text.is_empty() {
        return Err(TapeError("trailing data"));
    }
    Ok(json)
}

struct Reader<'t, 'a> {
    tape: &'t [f64],
    at: usize,
    /// The strings not read yet.
    text: &'a str,
    /// Whether the whole text is ASCII (then a UTF-16 length is a byte length).
    ascii: bool,
    known: &'static [&'static str],
}

impl<'a> Reader<'_, 'a> {
    fn cell(&mut self) -> Result<f64, TapeError> {
        let cell = self
            .tape
            .get(self.at)
            .copied()
            .ok_or(TapeError("tape ends early"))?;
        self.at += 1;
        Ok(cell)
    }

    fn count(&mut self) -> Result<usize, TapeError> {
        let n = self.cell()?;
        self.as_count(n)
    }

    /// `n` as a count: a non-negative integer no larger than the data could hold.
    fn as_count(&self, n: f64) -> Result<usize, TapeError> {
        if !(n >= 0.0 && n.fract() == 0.0 && n <= self.tape.len() as f64 + self.text.len() as f64) {
            return Err(TapeError("bad count"));
        }
        // Checked just above: a small non-negative integer.
        Ok(n as usize)
    }

    /// The next string of `units` UTF-16 code units.
    fn string(&mut self, units: usize) -> Result<&'a str, TapeError> {
        let bytes = if self.ascii {
            units
        } else {
            let mut seen = 0;
            let mut bytes = 0;
            let mut chars = self.text.chars();
            while seen < units {
                let c = chars.next().ok_or(TapeError("text ends early"))?;
                seen += c.len_utf16();
                bytes += c.len_utf8();
            }
            if seen != units {
                return Err(TapeError("string splits a character"));
            }
            bytes
        };
        if bytes > self.text.len() || !self.text.is_char_boundary(bytes) {
            return Err(TapeError("text ends early"));
        }
        let (s, rest) = self.text.split_at(bytes);
        self.text = rest;
        Ok(s)
    }

    /// An object key: known by number, or its text.
    fn key(&mut self) -> Result<Cow<'a, str>, TapeError> {
        let k = self.cell()?;
        if k < 0.0 {
            let i = (-k - 1.0) as usize;
            return match self.known.get(i) {
                Some(key) if k.fract() == 0.0 => Ok(Cow::Borrowed(key)),
                _ => Err(TapeError("bad key number")),
            };
        }
        let units = self.as_count(k)?;
        Ok(Cow::Borrowed(self.string(units)?))
    }

    fn value(&mut self, depth: usize) -> Result<Json<'a>, TapeError> {
        let tag = self.cell()?;
        Ok(match tag as u8 {
            _ if tag.fract() != 0.0 || !(0.0..=6.0).contains(&tag) => {
                return Err(TapeError("bad tag"));
            }
            0 => Json::Null,
            1 => Json::Bool(false),
            2 => Json::Bool(true),
            3 => number(self.cell()?),
            4 => {
                let units = self.count()?;
                Json::String(Cow::Borrowed(self.string(units)?))
            }
            5 | 6 if depth >= MAX_DEPTH => return Err(TapeError("nested too deeply")),
            5 => {
                let n = self.count()?;
                let mut items = Vec::with_capacity(n.min(1024));
                for _ in 0..n {
                    items.push(self.value(depth + 1)?);
                }
                Json::Array(items)
            }
            _ => {
                let n = self.count()?;
                let mut entries = Vec::with_capacity(n.min(1024));
                for _ in 0..n {
                    let key = self.key()?;
                    entries.push((key, self.value(depth + 1)?));
                }
                Json::Object(Object::new(entries))
            }
        })
    }
}

/// A JavaScript number as `serde_json` reads the text `JSON.stringify` writes for it:
/// integers that fit 64 bits are integers, anything else a float; not finite → `null`.
fn number(x: f64) -> Json<'static> {
    // 2^64 and 2^63: the bounds of u64 and i64, exact in f64.
    const TWO_64: f64 = 18_446_744_073_709_551_616.0;
    const TWO_63: f64 = 9_223_372_036_854_775_808.0;
    if x.fract() == 0.0 {
        // In range and integral: `as` is exact.
        if (0.0..TWO_64).contains(&x) {
            return Json::Number(Number::from(x as u64));
        }
        if (-TWO_63..0.0).contains(&x) {
            return Json::Number(Number::from(x as i64));
        }
    }
    Number::from_f64(x).map_or(Json::Null, Json::Number)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    /// A tape and its text, as the JavaScript entry writes them, give the tree that
    /// parsing `JSON.stringify`'s text gives.
    #[test]
    fn decodes_like_the_json_text() {
        // {"b": [1, -2, 2.5, "x"], "a": {"é😀": null, "t": true}, "c": 1e20, "d": false}
        let tape = [
            6.0, 4.0, //
            1.0, 5.0, 4.0, 3.0, 1.0, 3.0, -2.0, 3.0, 2.5, 4.0, 1.0, //
            1.0, 6.0, 2.0, 3.0, 0.0, 1.0, 2.0, //
            1.0, 3.0, 1e20, //
            1.0, 1.0,
        ];
        let text = "bxaé😀tcd";
        let json = decode(&tape, text).unwrap();
        let expected = Json::parse(
            r#"{"b": [1, -2, 2.5, "x"], "a": {"é😀": null, "t": true}, "c": 100000000000000000000, "d": false}"#,
        )
        .unwrap();
        assert_eq!(json, expected);
    }

    /// Known keys by number, each field name once.
    #[test]
    fn known_keys_by_number() {
        let keys = known_keys();
        assert_eq!(keys[0], ROOT_FIELDS[0]);
        assert!(keys.contains(&"preRemindDays") && keys.contains(&"deptName"));
        assert!(keys.contains(&"isGuestCameraOn"));
        for (i, k) in keys.iter().enumerate() {
            assert!(!keys[..i].contains(k), "{k} twice");
        }
        // {"subject": "x", "zzz": 1} with subject by number.
        let i = keys.iter().position(|k| *k == "subject").unwrap();
        let tape = [6.0, 2.0, -(i as f64 + 1.0), 4.0, 1.0, 3.0, 3.0, 1.0];
        let json = decode(&tape, "xzzz").unwrap();
        assert_eq!(json, Json::parse(r#"{"subject": "x", "zzz": 1}"#).unwrap());
    }

    #[test]
    fn numbers_are_read_as_json_text_would_be() {
        for (x, text) in [
            (0.0, "0"),
            (-0.0, "0"),
            (60.0, "60"),
            (2.5, "2.5"),
            (-7.0, "-7"),
            (1e19, "10000000000000000000"),
            (-1e19, "-10000000000000000000"),
            (9_007_199_254_740_993.0, "9007199254740992"),
            (1e300, "1e300"),
        ] {
            let expected = Json::parse(text).unwrap();
            assert_eq!(number(x), expected, "{x}");
        }
        assert_eq!(number(f64::NAN), Json::Null);
        assert_eq!(number(f64::INFINITY), Json::Null);
    }

    #[test]
    fn malformed_tapes_are_errors_not_panics() {
        for (tape, text) in [
            (&[][..], ""),
            (&[9.0][..], ""),
            (&[1.5][..], ""),
            (&[4.0, 3.0][..], "ab"),
            (&[4.0, -1.0][..], ""),
            (&[5.0, 2.0, 0.0][..], ""),
            (&[6.0, 1.0, 1.0][..], "k"),
            (&[0.0, 0.0][..], ""),
            (&[0.0][..], "left over"),
            (&[4.0, 1.0][..], "😀"),
            (&[6.0, 1.0, -1000.0, 0.0][..], ""),
            (&[6.0, 1.0, -1.5, 0.0][..], ""),
        ] {
            assert!(decode(tape, text).is_err(), "{tape:?} {text:?}");
        }
        let mut deep = [5.0, 1.0].repeat(MAX_DEPTH + 1);
        deep.push(0.0);
        assert!(decode(&deep, "").is_err());
        let mut ok = [5.0, 1.0].repeat(MAX_DEPTH);
        ok.push(0.0);
        assert!(decode(&ok, "").is_ok());
    }
}
