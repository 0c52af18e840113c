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

use cycleconf_core::json::{Json, Object, number_from_f64};
use cycleconf_core::validate::{
    ATTENDEE_FIELDS, CONF_CONFIG_FIELDS, CYCLE_PARAMS_FIELDS, ROOT_FIELDS,
};

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

/// How many containers the tape may nest: `serde_json`'s limit for text (127 read, 128
/// do not); the JavaScript entry stops at the same depth.
pub const MAX_DEPTH: usize = 127;

/// Reads the tree of `tape` whose strings are in `text`.
pub fn decode<'a>(tape: &[f64], text: &'a str) -> Result<Json<'a>, TapeError> {
    let mut reader = Reader {
        tape,
        at: 0,
        text,
        ascii: text.is_ascii(),
        known: known_keys(),
        error: None,
    };
    let mut json = Json::Null;
    reader.value(&mut json, 0);
    if let Some(error) = reader.error {
        return Err(error);
    }
    if reader.at != tape.len() || !reader.text.is_empty() {
        return Err(TapeError("trailing data"));
    }
    Ok(json)
}

/// The reader. A malformed tape sets `error` and stops the walk (every read after it
/// gives nothing), so that no value has to travel in a `Result`: each is written into
/// its slot ([`Reader::value`]).
struct Reader<'t, 'a> {
    tape: &'t [f64],
    at: usize,
    /// The strings not read yet.
    text: &'a str,
    /// Whether the whole text is ASCII (then a UTF-16 length is a byte length).
    ascii: bool,
    known: &'static [&'static str],
    /// The first error met.
    error: Option<TapeError>,
}

impl<'a> Reader<'_, 'a> {
    /// Records `why` (the first error wins) and ends the walk.
    #[cold]
    #[inline(never)]
    fn fail(&mut self, why: &'static str) {
        if self.error.is_none() {
            self.error = Some(TapeError(why));
        }
        self.at = self.tape.len();
    }

    fn cell(&mut self) -> Option<f64> {
        let cell = self.tape.get(self.at).copied();
        match cell {
            Some(_) => self.at += 1,
            None => self.fail("tape ends early"),
        }
        cell
    }

    fn count(&mut self) -> Option<usize> {
        let n = self.cell()?;
        self.as_count(n)
    }

    /// `n` as a count: a non-negative integer no larger than the data could hold.
    fn as_count(&mut self, n: f64) -> Option<usize> {
        // `as` saturates (NaN gives 0): converting back tells whether `n` was exactly a
        // non-negative integer in range, without a float rounding call.
        let count = n as usize;
        if count as f64 != n || count > self.tape.len() + self.text.len() {
            self.fail("bad count");
            return None;
        }
        Some(count)
    }

    /// The next string of `units` UTF-16 code units.
    fn string(&mut self, units: usize) -> Option<&'a str> {
        let bytes = if self.ascii {
            units
        } else {
            let mut seen = 0;
            let mut bytes = 0;
            let mut chars = self.text.chars();
            while seen < units {
                let Some(c) = chars.next() else {
                    self.fail("text ends early");
                    return None;
                };
                seen += c.len_utf16();
                bytes += c.len_utf8();
            }
            if seen != units {
                self.fail("a string holds a lone UTF-16 surrogate (half of a character)");
                return None;
            }
            bytes
        };
        match self.text.split_at_checked(bytes) {
            Some((s, rest)) => {
                self.text = rest;
                Some(s)
            }
            None => {
                self.fail("text ends early");
                None
            }
        }
    }

    /// An object key: known by number, or its text.
    fn key(&mut self) -> Option<Cow<'a, str>> {
        let k = self.cell()?;
        if k < 0.0 {
            // −1 is the first known key; `as` saturates, the way back checks exactness.
            let i = (-k) as usize;
            return match self.known.get(i.wrapping_sub(1)) {
                Some(key) if i as f64 == -k => Some(Cow::Borrowed(key)),
                _ => {
                    self.fail("bad key number");
                    None
                }
            };
        }
        let units = self.as_count(k)?;
        self.string(units).map(Cow::Borrowed)
    }

    /// Reads the next value into `slot` (which stays `Json::Null` on an error).
    fn value(&mut self, slot: &mut Json<'a>, depth: usize) {
        match self.scalar() {
            Next::Scalar(value) => *slot = value,
            Next::Container => self.container(slot, depth),
            Next::Failed => {}
        }
    }

    /// The next value if it is a scalar (its cells read); if it is a container, nothing
    /// is read ([`Reader::container`] reads it). Scalars, nearly every value of a
    /// request, are returned and pushed with their key in one write; a container is
    /// built in place, in the vector that holds it (returning it and moving it there
    /// took most of the decoding time: the CPU waited on re-reading what it had just
    /// written).
    #[inline(always)]
    fn scalar(&mut self) -> Next<'a> {
        let Some(&tag) = self.tape.get(self.at) else {
            self.fail("tape ends early");
            return Next::Failed;
        };
        let value = if tag == 4.0 {
            self.at += 1;
            match self.count().and_then(|units| self.string(units)) {
                Some(s) => Json::String(Cow::Borrowed(s)),
                None => return Next::Failed,
            }
        } else if tag == 3.0 {
            self.at += 1;
            match self.cell() {
                Some(x) => number(x),
                None => return Next::Failed,
            }
        } else if tag == 0.0 {
            self.at += 1;
            Json::Null
        } else if tag == 1.0 || tag == 2.0 {
            self.at += 1;
            Json::Bool(tag == 2.0)
        } else {
            return Next::Container;
        };
        Next::Scalar(value)
    }

    /// Reads the container whose tag is next into `slot`; any other tag is an error.
    fn container(&mut self, slot: &mut Json<'a>, depth: usize) {
        let Some(tag) = self.cell() else {
            return;
        };
        if tag != 5.0 && tag != 6.0 {
            self.fail("bad tag");
        } else if depth >= MAX_DEPTH {
            self.fail("nested too deeply");
        } else if tag == 5.0 {
            self.array(slot, depth);
        } else {
            self.object(slot, depth);
        }
    }

    /// An array's items (after its tag), into `slot`.
    fn array(&mut self, slot: &mut Json<'a>, depth: usize) {
        let Some(n) = self.count() else {
            return;
        };
        let mut items = Vec::with_capacity(n.min(1024));
        for _ in 0..n {
            match self.scalar() {
                Next::Scalar(value) => items.push(value),
                Next::Container => {
                    items.push(Json::Null);
                    if let Some(item) = items.last_mut() {
                        self.container(item, depth + 1);
                    }
                }
                Next::Failed => {}
            }
            if self.error.is_some() {
                break;
            }
        }
        *slot = Json::Array(items);
    }

    /// An object's entries (after its tag), into `slot`.
    fn object(&mut self, slot: &mut Json<'a>, depth: usize) {
        let Some(n) = self.count() else {
            return;
        };
        let mut entries: Vec<(Cow<'a, str>, Json<'a>)> = Vec::with_capacity(n.min(1024));
        for _ in 0..n {
            let Some(key) = self.key() else {
                break;
            };
            match self.scalar() {
                Next::Scalar(value) => entries.push((key, value)),
                Next::Container => {
                    entries.push((key, Json::Null));
                    if let Some((_, value)) = entries.last_mut() {
                        self.container(value, depth + 1);
                    }
                }
                Next::Failed => {}
            }
            if self.error.is_some() {
                break;
            }
        }
        *slot = Json::Object(Object::new(entries));
    }
}

/// What [`Reader::scalar`] found next.
enum Next<'a> {
    /// A scalar, read.
    Scalar(Json<'a>),
    /// A container (or a bad tag), not read yet.
    Container,
    /// The tape is malformed (the reader's `error` says how).
    Failed,
}

/// A JavaScript number as `serde_json` reads the text `JSON.stringify` writes for it
/// (`json::number_from_f64`); not finite → `null`.
fn number(x: f64) -> Json<'static> {
    number_from_f64(x).map_or(Json::Null, Json::Number)
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

    /// The tape's numbers follow the core's rule (`json::number_from_f64`, tested there);
    /// what is not finite is `null`.
    #[test]
    fn numbers_are_read_as_json_text_would_be() {
        assert_eq!(number(60.0), Json::parse("60").unwrap());
        assert_eq!(number(-2.5), Json::parse("-2.5").unwrap());
        assert_eq!(number(1e19), Json::parse("10000000000000000000").unwrap());
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
