//! Reading a request body (FILE or `-` for stdin) and the `--now` / `--lang` values.

use std::fmt;
use std::io::Read;
use std::path::Path;

use chrono::{DateTime, NaiveDateTime, Utc};
use cycleconf_core::Lang;
use cycleconf_core::json::Json;

/// Why a request body could not be read (exit code 2).
#[derive(Debug)]
pub enum InputError {
    /// The file (or stdin) could not be read.
    Unreadable {
        /// What was read: the path, or `<stdin>`.
        source_name: String,
        /// The I/O error.
        error: std::io::Error,
    },
    /// The text is not JSON.
    NotJson {
        /// What was read: the path, or `<stdin>`.
        source_name: String,
        /// 1-based line of the problem.
        line: usize,
        /// 1-based column of the problem (0 when at the very start of a line).
        column: usize,
        /// What is wrong, without the position.
        detail: String,
        /// Whether the text starts with a byte order mark (some editors save one; JSON,
        /// RFC 8259, does not allow it): the message says so.
        bom: bool,
    },
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::Unreadable { source_name, error } => {
                write!(f, "cannot read {source_name}: {error}")
            }
            InputError::NotJson {
                source_name,
                line,
                column,
                detail,
                bom,
            } => write!(
                f,
                "{source_name} is not valid JSON: {detail} (line {line}, column {column}){}",
                bom_note(*bom)
            ),
        }
    }
}

impl InputError {
    /// What is wrong, with the position (no source name): the detail of the
    /// `invalid_json` issue.
    pub fn detail(&self) -> String {
        match self {
            InputError::Unreadable { error, .. } => error.to_string(),
            InputError::NotJson {
                line,
                column,
                detail,
                bom,
                ..
            } => format!("{detail} at line {line} column {column}{}", bom_note(*bom)),
        }
    }
}

impl InputError {
    /// The stderr line in `lang`: `cycleconf: error: ` and what is wrong. The Chinese
    /// form of a syntax error is the core's `invalid_json` message (the catalogue
    /// translates serde_json's reasons).
    pub fn line(&self, lang: Lang) -> String {
        match (lang, self) {
            (Lang::EnUs, _) => format!("cycleconf: error: {self}"),
            (Lang::ZhCn, InputError::Unreadable { source_name, error }) => {
                format!("cycleconf: 错误：无法读取 {source_name}：{error}")
            }
            (Lang::ZhCn, InputError::NotJson { source_name, .. }) => {
                let report = cycleconf_core::invalid_json(&self.detail(), Lang::ZhCn);
                let why = report
                    .issues
                    .first()
                    .map_or_else(|| self.detail(), |i| i.message.clone());
                format!("cycleconf: 错误：{source_name}：{why}")
            }
        }
    }
}

/// What the message adds when the text starts with a byte order mark.
fn bom_note(bom: bool) -> &'static str {
    if bom {
        "; the text starts with a byte order mark (U+FEFF), which JSON does not allow: \
         save it as UTF-8 without BOM"
    } else {
        ""
    }
}

impl std::error::Error for InputError {}

/// The name shown for `file` in messages: the path, or `<stdin>` for `-`.
pub fn source_name(file: &Path) -> String {
    if is_stdin(file) {
        "<stdin>".to_owned()
    } else {
        file.display().to_string()
    }
}

fn is_stdin(file: &Path) -> bool {
    file.as_os_str() == "-"
}

/// Reads the whole of `file` (or stdin for `-`) as text.
pub fn read_text(file: &Path) -> Result<String, InputError> {
    let unreadable = |error| InputError::Unreadable {
        source_name: source_name(file),
        error,
    };
    if is_stdin(file) {
        let mut text = String::new();
        std::io::stdin()
            .lock()
            .read_to_string(&mut text)
            .map_err(unreadable)?;
        Ok(text)
    } else {
        std::fs::read_to_string(file).map_err(unreadable)
    }
}

/// Parses `text` as JSON; the error names the line and column of the problem.
pub fn parse_json<'a>(text: &'a str, source_name: &str) -> Result<Json<'a>, InputError> {
    Json::parse(text).map_err(|e| {
        let full = e.to_string();
        let suffix = format!(" at line {} column {}", e.line(), e.column());
        let detail = full.strip_suffix(&suffix).unwrap_or(&full).to_owned();
        InputError::NotJson {
            bom: text.starts_with('\u{FEFF}'),
            source_name: source_name.to_owned(),
            line: e.line(),
            // In characters, as an editor counts (serde_json counts bytes).
            column: cycleconf_core::json::char_column(text, e.line(), e.column()),
            detail,
        }
    })
}

/// Parses `--now`: UTC `YYYY-MM-DD HH:mm` (a `T` instead of the space, and seconds,
/// are accepted too).
pub fn parse_now(s: &str) -> Result<DateTime<Utc>, String> {
    let t = s.trim();
    [
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M:%S",
    ]
    .iter()
    .find_map(|fmt| NaiveDateTime::parse_from_str(t, fmt).ok())
    .map(|naive| naive.and_utc())
    .ok_or_else(|| format!("expected UTC \"YYYY-MM-DD HH:mm\", got {s:?}"))
}

/// Parses `--lang`: `en-US` or `zh-CN` (also `en`, `zh`, any case).
pub fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::parse(s).ok_or_else(|| format!("expected en-US or zh-CN, got {s:?}"))
}

/// `--now` if given, else the system clock (the CLI is a face and may read it; the core
/// never does, semantics S1).
pub fn now_or_clock(now: Option<DateTime<Utc>>) -> DateTime<Utc> {
    now.unwrap_or_else(Utc::now)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn now_accepts_the_contract_format_and_close_variants() {
        let want = NaiveDateTime::parse_from_str("2021-08-30 12:05", "%Y-%m-%d %H:%M")
            .unwrap()
            .and_utc();
        for s in [
            "2021-08-30 12:05",
            " 2021-08-30T12:05 ",
            "2021-08-30 12:05:00",
        ] {
            assert_eq!(parse_now(s), Ok(want), "{s}");
        }
        for s in ["", "2021-08-30", "12:05", "2021-13-01 00:00", "now"] {
            assert!(parse_now(s).is_err(), "{s}");
        }
    }

    #[test]
    fn lang_parses_both_tags() {
        assert_eq!(parse_lang("en-US"), Ok(Lang::EnUs));
        assert_eq!(parse_lang("zh-CN"), Ok(Lang::ZhCn));
        assert!(parse_lang("fr-FR").is_err());
    }

    #[test]
    fn not_json_names_line_and_column_once() {
        let err = parse_json("{\n  \"a\": 1,\n  b\n}", "req.json").unwrap_err();
        match &err {
            InputError::NotJson {
                line,
                column,
                detail,
                ..
            } => {
                assert_eq!((*line, *column), (3, 3));
                assert!(!detail.contains("at line"), "{detail}");
            }
            InputError::Unreadable { .. } => panic!("wrong variant"),
        }
        assert_eq!(
            err.to_string(),
            "req.json is not valid JSON: key must be a string (line 3, column 3)"
        );
        // The column counts characters, as an editor does (serde_json counts bytes).
        let err = parse_json("{\"subject\":\"例行周期会议\", x}", "req.json").unwrap_err();
        assert_eq!(
            err.to_string(),
            "req.json is not valid JSON: key must be a string (line 1, column 22)"
        );
    }

    /// `--lang zh-CN` words the stderr line in Chinese too.
    #[test]
    fn the_error_line_follows_the_language() {
        let err = parse_json("{\"a\": }", "req.json").unwrap_err();
        assert_eq!(
            err.line(Lang::EnUs),
            "cycleconf: error: req.json is not valid JSON: expected value (line 1, column 7)"
        );
        assert_eq!(
            err.line(Lang::ZhCn),
            "cycleconf: 错误：req.json：请求不是合法的 JSON：此处应为一个值（第 1 行第 7 列）。"
        );
        let missing = read_text(Path::new("/nonexistent/req.json")).unwrap_err();
        assert!(
            missing
                .line(Lang::ZhCn)
                .starts_with("cycleconf: 错误：无法读取 /nonexistent/req.json："),
            "{}",
            missing.line(Lang::ZhCn)
        );
    }
}
