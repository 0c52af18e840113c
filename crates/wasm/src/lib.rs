//! wasm-bindgen bindings of `cycleconf-core`, published as the npm package `cycleconf`
//! (contract: `shared/design.md`, "npm package contract").
//!
//! The public functions are written in JavaScript (`npm/api.js`) over the raw exports
//! here, each a thin wrapper over one core call:
//!
//! | JavaScript (`api.js`) | raw export | core |
//! |---|---|---|
//! | `validate(request, { now?, lang? })` | [`raw_validate`] | [`cycleconf_core::check_json`] |
//! | `expand(request, { now?, lang? })` | [`raw_expand`] | [`cycleconf_core::expand_json`] |
//! | `toIcs(request, { now?, lang? })` | [`raw_to_ics`] | [`cycleconf_core::to_ics_json`] |
//! | `timeZones()` | [`raw_time_zones`] | [`cycleconf_core::zones::zones`] |
//!
//! Why the split: crossing the boundary is what costs. `api.js` walks the request object
//! once into a tape of numbers and one string of all its texts ([`tape`]), where
//! `JSON.stringify` plus a JSON parse took several times longer, and writes both straight
//! into buffers in wasm memory ([`raw_tape_buffer`], [`raw_text_buffer`]). The answer
//! stays in wasm memory too ([`raw_answer`]), where `api.js` decodes it: a call allocates
//! and copies nothing at the boundary. `now` and `lang` cross as numbers; `api.js` turns
//! a `now` string into milliseconds with [`raw_parse_now`] (and a `lang` into its number
//! with [`raw_parse_lang`]) once, and remembers the answer for the next call.
//!
//! The answers are the core's own JSON (what the CLI prints, with every char outside
//! ASCII as a `\uXXXX` escape, `AsciiFormatter`; read by one `JSON.parse`), except
//! the occurrences of `expand`, which come as fixed width text (times, offset, flags),
//! from which `api.js` builds the objects
//! ([`cycleconf_core::recurrence::OccurrenceForm::Compact`]).
//!
//! `request` may be any JavaScript value: a string is read as the JSON text of the
//! request body; anything else is read as `JSON.stringify` would see it. Whatever it is,
//! the answer is a report (never an exception): text that is not JSON, a cyclic object,
//! a `BigInt`, an object nested too deeply give an `invalid_json` error; `null`,
//! `undefined`, a number give a `wrong_type` error. Only a malformed *option* (a `now`
//! that is not `"YYYY-MM-DD HH:mm"` or a `Date`, an unknown `lang`) throws a `TypeError`:
//! that is a bug in the calling code, not bad input.
//!
//! `now` defaults to the current time (`Date.now()`, read by `api.js`: the core never
//! reads a clock). Results are plain JSON-compatible objects, equal to the objects the CLI
//! prints (`cycleconf check --json`, `cycleconf expand --json`); their TypeScript
//! declarations are generated from the mirrors in [`types`].

#![warn(missing_docs)]

mod input;
pub mod tape;
pub mod types;

use std::cell::RefCell;

use cycleconf_core::json::Json;
use cycleconf_core::recurrence::write_compact_occurrences;
use cycleconf_core::{Lang, Options, Report};
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// The allocator: Talc instead of dlmalloc (faster allocation and release of the
/// request tree, and a smaller module). Single-threaded wasm only, as this package is.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// How the request reached the raw exports (`kind`).
mod kind {
    /// `tape` and `text` hold the request object ([`crate::tape`]).
    pub const TAPE: u8 = 0;
    /// `text` is the request's JSON text.
    pub const JSON_TEXT: u8 = 1;
    /// The request could not be read (`JSON.stringify` would throw); `text` says why.
    #[cfg(test)]
    pub const UNREADABLE: u8 = 2;
}

/// What a raw export returns instead of a length when `now_ms` is not a time chrono
/// can hold (`api.js` throws its `TypeError`).
const BAD_NOW: i32 = -1;
/// What a raw export returns when `cells` or `bytes` exceed what `api.js` reserved (a
/// bug in `api.js`, never the caller's input).
const BAD_LENGTHS: i32 = -2;

/// The memory `api.js` shares with the raw exports: it writes each request here (the
/// tape and the UTF-8 text) and reads each answer from here, so a call allocates and
/// copies nothing at the boundary. Valid until the next call: `api.js` reads an answer
/// before it writes the next request.
#[derive(Default)]
struct Buffers {
    tape: Vec<f64>,
    text: Vec<u8>,
    answer: Vec<u8>,
}

thread_local! {
    static BUFFERS: RefCell<Buffers> = RefCell::new(Buffers::default());
}

/// Makes room for a request tape of `cells` numbers; returns where `api.js` writes it
/// (a byte offset in the module's memory, 8-aligned).
#[wasm_bindgen(js_name = rawTapeBuffer)]
pub fn raw_tape_buffer(cells: usize) -> usize {
    BUFFERS.with_borrow_mut(|b| room(&mut b.tape, cells))
}

/// Makes room for `bytes` bytes of request text; returns where `api.js` writes it.
#[wasm_bindgen(js_name = rawTextBuffer)]
pub fn raw_text_buffer(bytes: usize) -> usize {
    BUFFERS.with_borrow_mut(|b| room(&mut b.text, bytes))
}

/// Grows `buffer` to hold at least `len` items (it never shrinks: the next request is
/// likely as large); where it starts, as a byte offset in the module's memory.
fn room<T: Clone + Default>(buffer: &mut Vec<T>, len: usize) -> usize {
    if buffer.len() < len {
        buffer.resize(len, T::default());
    }
    buffer.as_mut_ptr().addr()
}

/// Where the last answer is (its length is what the raw export returned).
#[wasm_bindgen(js_name = rawAnswer)]
pub fn raw_answer() -> usize {
    BUFFERS.with_borrow(|b| b.answer.as_ptr().addr())
}

/// The module's `WebAssembly.Memory`, through which `api.js` reaches the buffers.
#[wasm_bindgen(js_name = rawMemory)]
pub fn raw_memory() -> JsValue {
    wasm_bindgen::memory()
}

/// `now` as `api.js` passes it: the JavaScript milliseconds of a UTC
/// `"YYYY-MM-DD HH:mm"` string (the CLI's `--now` forms), or NaN when it is not one.
#[wasm_bindgen(js_name = rawParseNow)]
pub fn raw_parse_now(text: &str) -> f64 {
    match input::parse_now(text) {
        // Exact: a chrono instant is within ±2^53 milliseconds.
        Some(now) => now.timestamp_millis() as f64,
        None => f64::NAN,
    }
}

/// `lang` as `api.js` passes it: 0 for en-US, 1 for zh-CN, −1 when `text` is neither
/// (`en`, `zh`, any case, are accepted as the CLI does).
#[wasm_bindgen(js_name = rawParseLang)]
pub fn raw_parse_lang(text: &str) -> i32 {
    input::parse_lang(text)
        .and_then(|lang| LANGS.iter().position(|l| *l == lang))
        .and_then(|i| i32::try_from(i).ok())
        .unwrap_or(-1)
}

/// The languages by the number they cross the boundary as (their index): `api.js`
/// passes 0 when no `lang` is given, so en-US comes first.
const LANGS: [Lang; 2] = [Lang::EnUs, Lang::ZhCn];

/// `validate`: the `cycleconf check --json` object `{ valid, issues }` as JSON text.
///
/// The request is the `cells` numbers of the tape buffer and the `bytes` bytes of the
/// text buffer ([`raw_tape_buffer`], [`raw_text_buffer`]); `now_ms` is JavaScript
/// milliseconds, `lang` 0 (en-US) or 1 (zh-CN). Returns the length of the answer
/// ([`raw_answer`]), or a negative error (`BAD_NOW`, `BAD_LENGTHS`).
#[wasm_bindgen(js_name = rawValidate)]
pub fn raw_validate(kind: u8, cells: usize, bytes: usize, now_ms: f64, lang: u8) -> i32 {
    answer(cells, bytes, now_ms, lang, |tape, text, opts, out| {
        let report = with_request(kind, tape, text, opts, |json| {
            cycleconf_core::check_json(json, opts)
        })
        .unwrap_or_else(|report| report);
        write_json(out, &report);
    })
}

/// `expand`: the `cycleconf expand --json` object as JSON text with `occurrences` in
/// the compact form (their count), followed by a newline and the meetings as ASCII text
/// (`write_compact_occurrences`); or, when they do not fit that form, the whole object
/// as JSON text (no newline). Bytes, not a string, so that `api.js` decodes the ASCII
/// part with the fastest decoder the platform has. Arguments and result as
/// [`raw_validate`].
#[wasm_bindgen(js_name = rawExpand)]
pub fn raw_expand(kind: u8, cells: usize, bytes: usize, now_ms: f64, lang: u8) -> i32 {
    answer(cells, bytes, now_ms, lang, |tape, text, opts, out| {
        let expansion = with_request(kind, tape, text, opts, |json| {
            cycleconf_core::expand_json(json, opts)
        })
        .unwrap_or_else(|report| {
            cycleconf_core::Expansion::from_owned_report(report, opts.now, opts.lang)
        });
        // The compact form (`Expansion::compact_output`), written in place.
        let head = expansion.compact_head();
        write_json(out, &head);
        out.push(b'\n');
        let occurrences = head.schedule.map_or(&[][..], |s| &s.occurrences[..]);
        if !write_compact_occurrences(occurrences, out) {
            out.clear();
            write_json(out, &expansion.output());
        }
    })
}

/// `toIcs`: the iCalendar text, or the validation report as JSON text (it starts with
/// `{`, the calendar with `BEGIN:VCALENDAR`). Arguments and result as [`raw_validate`].
#[wasm_bindgen(js_name = rawToIcs)]
pub fn raw_to_ics(kind: u8, cells: usize, bytes: usize, now_ms: f64, lang: u8) -> i32 {
    answer(cells, bytes, now_ms, lang, |tape, text, opts, out| {
        let result = with_request(kind, tape, text, opts, |json| {
            cycleconf_core::to_ics_json(json, opts)
        })
        .and_then(|result| result);
        match result {
            Ok(calendar) => out.extend_from_slice(calendar.ics.as_bytes()),
            Err(report) => write_json(out, &report),
        }
    })
}

/// `timeZones`: the 77 rows of the Huawei time zone table, in `timeZoneID` order, as the
/// JSON text of `[{ id, iana, label }]`.
#[wasm_bindgen(js_name = rawTimeZones)]
pub fn raw_time_zones() -> String {
    let mut out = Vec::new();
    write_json(&mut out, &zone_rows());
    String::from_utf8(out).unwrap_or_default()
}

/// The object keys the request tape may give by number ([`tape::known_keys`]), as the
/// JSON text of an array of strings.
#[wasm_bindgen(js_name = rawKnownKeys)]
pub fn raw_known_keys() -> String {
    let mut out = Vec::new();
    write_json(&mut out, tape::known_keys());
    String::from_utf8(out).unwrap_or_default()
}

/// The version of the package (the workspace version).
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// The rows `timeZones()` returns.
fn zone_rows() -> Vec<types::TimeZone> {
    cycleconf_core::zones::zones()
        .iter()
        .map(|z| types::TimeZone {
            id: z.id,
            iana: z.iana.to_owned(),
            label: z.label.to_owned(),
        })
        .collect()
}

/// Runs `f` on the request in the buffers with the options, writing its answer into the
/// (cleared) answer buffer; the answer's length, or a negative error.
fn answer(
    cells: usize,
    bytes: usize,
    now_ms: f64,
    lang: u8,
    f: impl FnOnce(&[f64], &[u8], &Options, &mut Vec<u8>),
) -> i32 {
    let Some(now) = input::from_millis(now_ms) else {
        return BAD_NOW;
    };
    let lang = LANGS.get(usize::from(lang)).copied().unwrap_or_default();
    let opts = Options { now, lang };
    BUFFERS.with_borrow_mut(|b| {
        let Buffers { tape, text, answer } = b;
        let (Some(tape), Some(text)) = (tape.get(..cells), text.get(..bytes)) else {
            return BAD_LENGTHS;
        };
        answer.clear();
        f(tape, text, &opts, answer);
        i32::try_from(answer.len()).unwrap_or(BAD_LENGTHS)
    })
}

/// Appends the core's JSON text of a result, in ASCII ([`AsciiFormatter`]).
/// (Serializing these types cannot fail: their keys are strings and their numbers
/// finite; an error would leave the text short, which `JSON.parse` in `api.js` reports.)
fn write_json<T: Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) {
    let mut serializer = serde_json::Serializer::with_formatter(out, AsciiFormatter);
    let _ = value.serialize(&mut serializer);
}

/// JSON text in ASCII only: a char outside ASCII is written as its `\uXXXX` escape (two,
/// a surrogate pair, outside the BMP), which `JSON.parse` reads back as the same string.
/// ASCII bytes become a JavaScript string faster than UTF-8 does (`api.js`, `ascii`),
/// and `JSON.parse` reads a one-byte string faster than a two-byte one.
struct AsciiFormatter;

impl serde_json::ser::Formatter for AsciiFormatter {
    fn write_string_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        if fragment.is_ascii() {
            return writer.write_all(fragment.as_bytes());
        }
        // Runs of ASCII are written as they are, each other char as its escapes.
        let mut units = [0u16; 2];
        let mut run = 0;
        for (at, c) in fragment.char_indices() {
            if c.is_ascii() {
                continue;
            }
            writer.write_all(fragment.as_bytes().get(run..at).unwrap_or_default())?;
            run = at + c.len_utf8();
            for &unit in c.encode_utf16(&mut units).iter() {
                let hex = |shift: u16| b"0123456789abcdef"[usize::from((unit >> shift) & 0xf)];
                writer.write_all(&[b'\\', b'u', hex(12), hex(8), hex(4), hex(0)])?;
            }
        }
        writer.write_all(fragment.as_bytes().get(run..).unwrap_or_default())
    }
}

/// Runs `f` on the request, or gives the report that says why there is none.
fn with_request<T>(
    kind: u8,
    tape: &[f64],
    text: &[u8],
    opts: &Options,
    f: impl FnOnce(&Json<'_>) -> T,
) -> Result<T, Report> {
    // The JavaScript side writes `text` with a TextEncoder: always UTF-8.
    let text = std::str::from_utf8(text)
        .map_err(|e| cycleconf_core::invalid_json(&e.to_string(), opts.lang))?;
    match kind {
        kind::TAPE => match tape::decode(tape, text) {
            Ok(json) => Ok(f(&json)),
            Err(e) => Err(cycleconf_core::invalid_json(e.0, opts.lang)),
        },
        kind::JSON_TEXT => match Json::parse(text) {
            Ok(json) => Ok(f(&json)),
            // The core words the parser's error (same report as `validate_str`).
            Err(_) => Err(cycleconf_core::validate_str(text, opts)),
        },
        // kind::UNREADABLE, or anything else.
        _ => Err(cycleconf_core::invalid_json(text, opts.lang)),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use cycleconf_core::IssueCode;

    use super::input::tests::opts;
    use super::*;

    fn read(kind: u8, tape: &[f64], text: &str) -> Result<String, Report> {
        with_request(kind, tape, text.as_bytes(), &opts(), |json| {
            format!("{json:?}")
        })
    }

    #[test]
    fn json_answers_are_ascii_and_read_back_the_same() {
        let texts = [
            "plain",
            "13:30–14:30",
            "每周二，13:30–14:30",
            "emoji 😀 and \u{10FFFF}",
            "quote \" backslash \\ newline \n tab \t nul \u{0}",
            "",
        ];
        for text in texts {
            let mut out = Vec::new();
            write_json(&mut out, &serde_json::json!({ "k": text, "é": [text] }));
            assert!(out.is_ascii(), "{text}: {}", String::from_utf8_lossy(&out));
            let back: serde_json::Value = serde_json::from_slice(&out).unwrap();
            assert_eq!(
                back,
                serde_json::json!({ "k": text, "é": [text] }),
                "{text}"
            );
        }
        let mut out = Vec::new();
        write_json(&mut out, "中😀");
        assert_eq!(out, br#""\u4e2d\ud83d\ude00""#);
    }

    #[test]
    fn request_text_parses_or_reports() {
        let parsed = read(kind::JSON_TEXT, &[], r#"{"a": [1]}"#).unwrap();
        assert_eq!(
            parsed,
            format!("{:?}", Json::parse(r#"{"a": [1]}"#).unwrap())
        );
        // Nesting deeper than the parser's limit is reported, not a crash.
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        for text in ["", "{", "not json", "{\"a\": 1} x", &deep] {
            let report = read(kind::JSON_TEXT, &[], text).unwrap_err();
            assert!(!report.is_valid());
            assert_eq!(report.issues.len(), 1, "{text}");
            assert_eq!(report.issues[0].code, IssueCode::InvalidJson);
        }
    }

    #[test]
    fn tapes_and_unreadable_values() {
        // {"a": [true]}
        let parsed = read(kind::TAPE, &[6.0, 1.0, 1.0, 5.0, 1.0, 2.0], "a").unwrap();
        assert_eq!(
            parsed,
            format!("{:?}", Json::parse(r#"{"a": [true]}"#).unwrap())
        );
        let broken = read(kind::TAPE, &[6.0, 1.0], "").unwrap_err();
        assert_eq!(broken.issues[0].code, IssueCode::InvalidJson);
        let unreadable = read(
            kind::UNREADABLE,
            &[],
            "Do not know how to serialize a BigInt",
        );
        let issue = &unreadable.unwrap_err().issues[0];
        assert_eq!(issue.code, IssueCode::InvalidJson);
        assert!(issue.message.contains("BigInt"), "{}", issue.message);
        assert_eq!(issue.path, "");
        assert_eq!(issue.huawei_code, Some("MMC.111071062"));
        let zh = with_request(
            kind::UNREADABLE,
            &[],
            b"x",
            &Options {
                lang: Lang::ZhCn,
                ..opts()
            },
            |_| (),
        );
        let zh = &zh.unwrap_err().issues[0];
        assert!(zh.message.contains("JSON"));
        assert_ne!(zh.message, issue.message);
    }
}
