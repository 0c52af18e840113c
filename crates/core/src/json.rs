//! A borrowed JSON tree: what the validator walks.
//!
//! [`Json`] is `serde_json::Value` without the copies: strings borrow from the text (or
//! the `Value`) they come from, and an [`Object`] is a vector of entries sorted by key.
//! Three ways in, one tree for the validator:
//!
//! - [`Json::from_value`] views a `serde_json::Value` (no string is copied);
//! - [`Json::parse`] reads JSON text, borrowing every string without escapes;
//! - the constructors ([`Object::new`] and the variants) let a face build the tree from
//!   its own representation (the npm package does, from a JavaScript object).
//!
//! An object keeps its entries in document order, so issues about its keys (unknown
//! fields, S16) come in the order the user wrote them. A key written twice in JSON text
//! stays twice; [`Object::get`] answers with the last one, as `serde_json` does. (A
//! `serde_json::Value` has already sorted its keys and dropped duplicates: its view
//! follows that order.)

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Number, Value};

/// How deep [`Json::from_value`] copies the tree. The validator looks at most four levels
/// deep (`attendees[i].field`, `cycleParams.point[i]`); containers below this depth are
/// kept empty, which keeps their kind (all a wrong-type message needs) and spares the
/// copy of whatever a caller nests there.
pub const VIEW_DEPTH: usize = 6;

/// The number `serde_json` reads from the text JavaScript's `JSON.stringify` writes for
/// `x`: whole numbers that fit 64 bits are integers, anything else a float; `None` for
/// NaN and the infinities (which `JSON.stringify` writes as `null`). For the faces that
/// get numbers from JavaScript as `f64`: the npm package's tape, the web app's
/// `JSON.parse`.
pub fn number_from_f64(x: f64) -> Option<Number> {
    // 2^64 and 2^63: the bounds of u64 and i64, exact in f64.
    const TWO_64: f64 = 18_446_744_073_709_551_616.0;
    const TWO_63: f64 = 9_223_372_036_854_775_808.0;
    if x.fract() == 0.0 {
        // In range and whole: `as` is exact.
        if (0.0..TWO_64).contains(&x) {
            return Some(Number::from(x as u64));
        }
        if (-TWO_63..0.0).contains(&x) {
            return Some(Number::from(x as i64));
        }
    }
    Number::from_f64(x)
}

/// Why `text` is not JSON: `serde_json`'s words for `error`, with its position as the
/// line and the column in characters. (`serde_json` counts the column in bytes, which
/// points past the problem on a line with Chinese text: three bytes a character.)
pub fn parse_error(text: &str, error: &serde_json::Error) -> String {
    let full = error.to_string();
    let (line, column) = (error.line(), error.column());
    match full.strip_suffix(&format!(" at line {line} column {column}")) {
        Some(phrase) => format!(
            "{phrase} at line {line} column {}",
            char_column(text, line, column)
        ),
        None => full,
    }
}

/// The column in characters of the position `serde_json` gives as `line` (1-based) and
/// `byte_column` (bytes into that line; 0 before its first character).
pub fn char_column(text: &str, line: usize, byte_column: usize) -> usize {
    let Some(content) = text.split('\n').nth(line.saturating_sub(1)) else {
        return byte_column;
    };
    let chars = content
        .char_indices()
        .take_while(|&(at, _)| at < byte_column)
        .count();
    // A position past the line's end (the end of the text) stays that far past it.
    chars + byte_column.saturating_sub(content.len())
}

/// A JSON value whose strings borrow from its source.
#[derive(Debug, Clone, PartialEq)]
pub enum Json<'a> {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, exactly as `serde_json` reads it (integer or float).
    Number(Number),
    /// A string.
    String(Cow<'a, str>),
    /// An array.
    Array(Vec<Json<'a>>),
    /// An object.
    Object(Object<'a>),
}

/// A JSON object: its entries in document order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Object<'a> {
    entries: Vec<(Cow<'a, str>, Json<'a>)>,
}

impl<'a> Object<'a> {
    /// The object of `entries`, in that order.
    pub fn new(entries: Vec<(Cow<'a, str>, Json<'a>)>) -> Object<'a> {
        Object { entries }
    }

    /// The value of `key` (of a key written twice, the last, as in `serde_json`).
    pub fn get(&self, key: &str) -> Option<&Json<'a>> {
        self.entries
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
    }

    /// The entries, in document order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Json<'a>)> {
        self.entries.iter().map(|(k, v)| (k.as_ref(), v))
    }

    /// The keys, in document order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|(k, _)| k.as_ref())
    }

    /// How many entries there are.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there is no entry.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

impl<'a> Json<'a> {
    /// A view of `value` (strings borrowed), down to [`VIEW_DEPTH`] levels.
    pub fn from_value(value: &'a Value) -> Json<'a> {
        view(value, VIEW_DEPTH)
    }

    /// Reads JSON text (the rules of `serde_json::from_str`, including its nesting limit
    /// of 128); strings without escapes borrow from `text`.
    pub fn parse(text: &'a str) -> Result<Json<'a>, serde_json::Error> {
        serde_json::from_str(text)
    }

    /// Whether this is `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Json::Null)
    }

    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    /// The items, if this is an array.
    pub fn as_array(&self) -> Option<&[Json<'a>]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    /// The object, if this is one.
    pub fn as_object(&self) -> Option<&Object<'a>> {
        match self {
            Json::Object(obj) => Some(obj),
            _ => None,
        }
    }
}

fn view(value: &Value, depth: usize) -> Json<'_> {
    match value {
        Value::Null => Json::Null,
        Value::Bool(b) => Json::Bool(*b),
        Value::Number(n) => Json::Number(n.clone()),
        Value::String(s) => Json::String(Cow::Borrowed(s)),
        Value::Array(items) => Json::Array(match depth.checked_sub(1) {
            Some(d) => items.iter().map(|v| view(v, d)).collect(),
            None => Vec::new(),
        }),
        Value::Object(map) => Json::Object(Object {
            entries: match depth.checked_sub(1) {
                Some(d) => map
                    .iter()
                    .map(|(k, v)| (Cow::Borrowed(k.as_str()), view(v, d)))
                    .collect(),
                None => Vec::new(),
            },
        }),
    }
}

impl<'de> Deserialize<'de> for Json<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Json<'de>, D::Error> {
        deserializer.deserialize_any(JsonVisitor)
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E>(self) -> Result<Json<'de>, E> {
        Ok(Json::Null)
    }

    fn visit_none<E>(self) -> Result<Json<'de>, E> {
        Ok(Json::Null)
    }

    fn visit_bool<E>(self, b: bool) -> Result<Json<'de>, E> {
        Ok(Json::Bool(b))
    }

    fn visit_u64<E>(self, n: u64) -> Result<Json<'de>, E> {
        Ok(Json::Number(n.into()))
    }

    fn visit_i64<E>(self, n: i64) -> Result<Json<'de>, E> {
        Ok(Json::Number(n.into()))
    }

    fn visit_f64<E>(self, n: f64) -> Result<Json<'de>, E> {
        Ok(Number::from_f64(n).map_or(Json::Null, Json::Number))
    }

    fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Json<'de>, E> {
        Ok(Json::String(Cow::Borrowed(s)))
    }

    fn visit_str<E>(self, s: &str) -> Result<Json<'de>, E> {
        Ok(Json::String(Cow::Owned(s.to_owned())))
    }

    fn visit_string<E>(self, s: String) -> Result<Json<'de>, E> {
        Ok(Json::String(Cow::Owned(s)))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json<'de>, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(4).min(64));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Json::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json<'de>, A::Error> {
        let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(8).min(64));
        while let Some(key) = map.next_key::<Key<'de>>()? {
            entries.push((key.0, map.next_value()?));
        }
        Ok(Json::Object(Object::new(entries)))
    }
}

/// An object key, borrowed when it has no escapes.
struct Key<'a>(Cow<'a, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Key<'de>, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string key")
            }
            fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(s)))
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(s.to_owned())))
            }
            fn visit_string<E: de::Error>(self, s: String) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(s)))
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    /// Columns count characters, as an editor shows them (`serde_json` counts bytes).
    #[test]
    fn parse_errors_give_the_column_in_characters() {
        let text = "{\"subject\":\"例行周期会议\", x}";
        let e = Json::parse(text).unwrap_err();
        assert_eq!((e.line(), e.column()), (1, 34));
        assert_eq!(
            parse_error(text, &e),
            "key must be a string at line 1 column 22"
        );
        let text = "{\n  \"a\": \"é\",\n  \"b\": ü\n}";
        let e = Json::parse(text).unwrap_err();
        assert_eq!(parse_error(text, &e), "expected value at line 3 column 8");
        let e = Json::parse("").unwrap_err();
        assert_eq!(
            parse_error("", &e),
            "EOF while parsing a value at line 1 column 0"
        );
        let e = Json::parse("{\"é\"").unwrap_err();
        assert_eq!(
            parse_error("{\"é\"", &e),
            "EOF while parsing an object at line 1 column 4"
        );
        assert_eq!(char_column("ab", 5, 3), 3);
    }

    /// Numbers from JavaScript read as serde_json reads `JSON.stringify`'s text for them.
    #[test]
    fn numbers_from_f64_read_as_their_json_text() {
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
            let read: Value = serde_json::from_str(text).unwrap();
            assert_eq!(number_from_f64(x).map(Value::Number), Some(read), "{x}");
        }
        assert_eq!(number_from_f64(f64::NAN), None);
        assert_eq!(number_from_f64(f64::NEG_INFINITY), None);
    }

    /// Reading text gives the document's order; viewing the `serde_json::Value` of the
    /// same text gives the same entries in the Value's (sorted) order. Strings borrow
    /// where there are no escapes.
    #[test]
    fn parse_and_view_agree() {
        let text = r#"{"b": [1, -2, 2.5, "x\n", null, true], "a": {"y": "é", "z": {}},
                       "c": 18446744073709551615, "d": -9223372036854775808, "e": 1.5e300}"#;
        let value: Value = serde_json::from_str(text).unwrap();
        let parsed = Json::parse(text).unwrap();
        let viewed = Json::from_value(&value);
        let (p, v) = (parsed.as_object().unwrap(), viewed.as_object().unwrap());
        assert_eq!(p.keys().collect::<Vec<_>>(), ["b", "a", "c", "d", "e"]);
        assert_eq!(v.keys().collect::<Vec<_>>(), ["a", "b", "c", "d", "e"]);
        for key in ["a", "b", "c", "d", "e"] {
            assert_eq!(p.get(key), v.get(key), "{key}");
        }
        let b = p.get("b").unwrap().as_array().unwrap();
        assert_eq!(b[3], Json::String(Cow::Owned("x\n".to_owned())));
        assert!(matches!(
            p.get("a").unwrap().as_object().unwrap().get("y"),
            Some(Json::String(Cow::Borrowed("é")))
        ));
        assert_eq!(p.get("c"), Some(&Json::Number(u64::MAX.into())));
        assert_eq!(p.get("d"), Some(&Json::Number(i64::MIN.into())));
        assert_eq!(p.get("zz"), None);
    }

    /// A key written twice: `get` answers with the last, as serde_json keeps it.
    #[test]
    fn duplicate_keys_last_wins() {
        let text = r#"{"k": 1, "a": 0, "k": 2, "b": 3, "k": 4}"#;
        let value: Value = serde_json::from_str(text).unwrap();
        let parsed = Json::parse(text).unwrap();
        let obj = parsed.as_object().unwrap();
        assert_eq!(obj.len(), 5);
        assert_eq!(obj.get("k"), Some(&Json::Number(4u64.into())));
        assert_eq!(
            Json::from_value(&value).as_object().unwrap().get("k"),
            obj.get("k")
        );
    }

    /// Deep containers are cut at the view depth (kept, empty).
    #[test]
    fn view_stops_at_depth() {
        let mut value = Value::from(7);
        for _ in 0..10 {
            value = Value::Array(vec![value]);
        }
        let mut json = &Json::from_value(&value);
        let mut depth = 0;
        while let Json::Array(items) = json {
            match items.first() {
                Some(inner) => json = inner,
                None => break,
            }
            depth += 1;
        }
        assert_eq!(depth, VIEW_DEPTH);
        assert_eq!(*json, Json::Array(Vec::new()));
        // Text is read in full, up to serde_json's own limit.
        let deep = format!("{}1{}", "[".repeat(100), "]".repeat(100));
        assert!(Json::parse(&deep).is_ok());
        let too_deep = format!("{}1{}", "[".repeat(200), "]".repeat(200));
        assert!(Json::parse(&too_deep).is_err());
    }
}
