//! JSON text in and out of the app: server answers and the saved draft are read with
//! the browser's `JSON.parse` ([`parse`]); the request and the draft are written by
//! [`write`] and [`write_pretty`], byte for byte what `serde_json::to_string` and
//! `to_string_pretty` write.
//!
//! Neither uses serde_json's parser or serializer: in the app's first load (design.md
//! budget) the parser cost 6.5 KB gzip, the app's uses of the serializer 0.5 KB (the rest
//! of it stays for the core's ICS export, e2e/README.md). The request itself stays a
//! `serde_json::Value` (the core reads it). Unit tests check the writers against
//! serde_json, and a browser test (`tests/web.rs`) checks that [`parse`] reads what
//! serde_json reads.

use std::fmt::Write as _;

use cycleconf_core::json::number_from_f64;
use serde_json::Value;

/// How many levels of arrays and objects [`parse`] reads: 127, as serde_json does.
#[cfg(target_family = "wasm")]
const DEPTH: usize = 127;

/// Reads JSON text (a server answer, the saved draft) into a `Value`; `None` when it is
/// not JSON or nests deeper than serde_json would read.
///
/// In the browser this is `JSON.parse` and a walk of what it gives. `JSON.parse` gives
/// every number as an `f64`: whole ones come out as integers ([`number`]), so `60.0`
/// reads as `60`, and integers beyond 2^53 lose precision, which none of the values read
/// here can have. Natively (unit tests) it is serde_json itself.
pub fn parse(text: &str) -> Option<Value> {
    #[cfg(target_family = "wasm")]
    {
        let parsed = js_sys::JSON::parse(text).ok()?;
        from_js(&parsed, 0)
    }
    #[cfg(not(target_family = "wasm"))]
    {
        serde_json::from_str(text).ok()
    }
}

/// The `Value` of what `JSON.parse` gave (strings, numbers, booleans, null, arrays and
/// plain objects only).
#[cfg(target_family = "wasm")]
fn from_js(value: &wasm_bindgen::JsValue, depth: usize) -> Option<Value> {
    use wasm_bindgen::JsCast;

    if let Some(s) = value.as_string() {
        return Some(Value::String(s));
    }
    if let Some(n) = value.as_f64() {
        return Some(number(n));
    }
    if let Some(b) = value.as_bool() {
        return Some(Value::Bool(b));
    }
    if value.is_null() {
        return Some(Value::Null);
    }
    if depth >= DEPTH {
        return None;
    }
    if js_sys::Array::is_array(value) {
        let items: &js_sys::Array = value.unchecked_ref();
        return items
            .iter()
            .map(|item| from_js(&item, depth + 1))
            .collect::<Option<Vec<_>>>()
            .map(Value::Array);
    }
    let mut map = serde_json::Map::new();
    for entry in js_sys::Object::entries(value.unchecked_ref()).iter() {
        let entry: js_sys::Array = entry.unchecked_into();
        let key = entry.get(0).as_string()?;
        map.insert(key, from_js(&entry.get(1), depth + 1)?);
    }
    Some(Value::Object(map))
}

/// A number `JSON.parse` gave, as serde_json reads the text `JSON.stringify` writes for
/// it (the core's rule, shared with the npm package); not finite → `null`.
pub fn number(n: f64) -> Value {
    number_from_f64(n).map_or(Value::Null, Value::Number)
}

/// `value` as compact JSON text (what `serde_json::to_string` writes).
pub fn write(value: &Value) -> String {
    let mut out = String::new();
    put(&mut out, value, None);
    out
}

/// `value` as JSON text indented by two spaces (what `serde_json::to_string_pretty`
/// writes).
pub fn write_pretty(value: &Value) -> String {
    let mut out = String::new();
    put(&mut out, value, Some(0));
    out
}

/// Appends `value`; `indent` is the nesting depth when pretty-printing.
fn put(out: &mut String, value: &Value, indent: Option<usize>) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        // serde_json's `Display` of a number is what its serializer writes.
        Value::Number(n) => {
            let _ = write!(out, "{n}");
        }
        Value::String(s) => put_str(out, s),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                separate(out, i, indent);
                put(out, item, indent.map(|d| d + 1));
            }
            close(out, items.is_empty(), indent, ']');
        }
        Value::Object(map) => {
            out.push('{');
            for (i, (key, item)) in map.iter().enumerate() {
                separate(out, i, indent);
                put_str(out, key);
                out.push_str(if indent.is_some() { ": " } else { ":" });
                put(out, item, indent.map(|d| d + 1));
            }
            close(out, map.is_empty(), indent, '}');
        }
    }
}

/// Before the `i`-th item of a container: a comma after the first, and when
/// pretty-printing a new line indented one level deeper than the container.
fn separate(out: &mut String, i: usize, indent: Option<usize>) {
    if i > 0 {
        out.push(',');
    }
    if let Some(depth) = indent {
        new_line(out, depth + 1);
    }
}

/// Closes a container (on its own line when pretty-printing a non-empty one).
fn close(out: &mut String, empty: bool, indent: Option<usize>, bracket: char) {
    if let (Some(depth), false) = (indent, empty) {
        new_line(out, depth);
    }
    out.push(bracket);
}

fn new_line(out: &mut String, depth: usize) {
    out.push('\n');
    for _ in 0..depth {
        out.push_str("  ");
    }
}

/// A JSON string: `"` and `\` escaped, control characters as `\n`-style escapes where
/// JSON has one and `\u00XX` (lowercase hex) otherwise, everything else as it is.
pub(crate) fn put_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c < ' ' => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    /// The writers write what serde_json writes: every control character, quotes,
    /// backslashes, non-ASCII, numbers of each kind, empty and nested containers.
    #[test]
    fn writers_write_what_serde_json_writes() {
        let all_controls: String = (0u8..0x20).map(char::from).collect();
        let values = [
            json!(null),
            json!(true),
            json!([]),
            json!({}),
            json!({"a": [], "b": {}, "c": [[]], "d": [{}]}),
            json!([
                1,
                -2,
                2.5,
                -0.125,
                1e300,
                18_446_744_073_709_551_615u64,
                i64::MIN
            ]),
            json!(["\"\\/", all_controls, "é😀\u{7f}\u{2028}", ""]),
            json!({"subject": "Weekly", "cycleParams": {"point": [1, 3], "cycle": "Week"},
                   "attendees": [{"name": "A", "role": 1}, {"name": "B\n"}], "z": null}),
            serde_json::from_str(include_str!(
                "../crates/core/tests/fixtures/example_request.json"
            ))
            .expect("fixture"),
        ];
        for value in &values {
            assert_eq!(write(value), serde_json::to_string(value).expect("json"));
            assert_eq!(
                write_pretty(value),
                serde_json::to_string_pretty(value).expect("json")
            );
        }
        assert_eq!(write(&values[4]), r#"{"a":[],"b":{},"c":[[]],"d":[{}]}"#);
        assert_eq!(
            write_pretty(&json!({"a": [1]})),
            "{\n  \"a\": [\n    1\n  ]\n}"
        );
    }

    #[test]
    fn numbers_read_as_serde_json_reads_their_text() {
        assert_eq!(number(60.0), json!(60));
        assert_eq!(number(-7.0), json!(-7));
        assert_eq!(number(2.5), json!(2.5));
        assert_eq!(
            number(9_007_199_254_740_992.0),
            json!(9_007_199_254_740_992u64)
        );
        assert_eq!(number(1e20), json!(1e20));
        assert_eq!(number(f64::NAN), Value::Null);
    }
}
