//! The validation context: the issue list and the lenient scalar readers (S15, S16).

use std::borrow::Cow;

use crate::json::{Json, Object};

use super::MAX_LISTED_ISSUES;
use super::issue::{Issue, IssueCode, Severity};
use crate::Lang;
use crate::messages::{Allowed, Expected, Integer, Message, clip};

/// Huawei's answer when the body cannot be converted (wrong JSON types, bad JSON).
pub(crate) const JSON_CONVERSION_FAILED: &str = "MMC.111071062";

/// `prefix.name`, or `name` at the root.
///
/// Only error paths build a path, so this and every issue-recording helper below is
/// `#[cold]` and out of line: the hot paths (a valid request) stay small enough for the
/// compiler to inline them (the npm package is built for speed in this crate, within a
/// size budget).
#[cold]
#[inline(never)]
pub(crate) fn join(prefix: &str, name: &str) -> String {
    // A key of the request (an unknown field) may be any length: cut (S19).
    let clipped = clip(name);
    let name = clipped.as_deref().unwrap_or(name);
    if prefix.is_empty() {
        name.to_owned()
    } else {
        format!("{prefix}.{name}")
    }
}

/// Case-insensitive Levenshtein distance, or `None` when it exceeds `max` (cheap for
/// long inputs: strings whose lengths differ by more than `max` are skipped).
pub(crate) fn distance_within(a: &str, b: &str, max: usize) -> Option<usize> {
    // A char is 1–4 bytes: rule out hugely different lengths before decoding.
    if a.len() > 4 * (b.len() + max) || b.len() > 4 * (a.len() + max) {
        return None;
    }
    let a: Vec<char> = a.chars().flat_map(fold_case).collect();
    let b: Vec<char> = b.chars().flat_map(fold_case).collect();
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    let d = prev[b.len()];
    (d <= max).then_some(d)
}

/// Lowercases `c` for [`distance_within`] exactly as `char::to_lowercase` does whenever
/// the other string is ASCII (every candidate list is): ASCII letters, and the two
/// non-ASCII chars whose lowercase contains ASCII (KELVIN SIGN → `k`, `İ` → `i` + U+0307).
/// Any other non-ASCII char differs from every ASCII char either way, so it is kept as
/// is. This spares the wasm builds Unicode's lowercase table (about 6 KB gzipped).
fn fold_case(c: char) -> impl Iterator<Item = char> {
    let (first, second) = match c {
        '\u{212A}' => ('k', None),
        '\u{130}' => ('i', Some('\u{307}')),
        c => (c.to_ascii_lowercase(), None),
    };
    std::iter::once(first).chain(second)
}

/// The candidate closest to `input` within edit distance 2 (case-insensitive), if any,
/// and only if the input is not shorter than the distance (so `"x"` suggests nothing).
pub(crate) fn did_you_mean(input: &str, candidates: &[&'static str]) -> Option<&'static str> {
    let len = input.chars().count();
    candidates
        .iter()
        .filter_map(|c| distance_within(input, c, 2).map(|d| (d, *c)))
        .filter(|&(d, _)| d < len)
        .min_by_key(|&(d, _)| d)
        .map(|(_, c)| c)
}

/// Collects issues while the request is walked.
pub(crate) struct Ctx {
    pub(crate) lang: Lang,
    pub(crate) issues: Vec<Issue>,
    /// Errors beyond [`MAX_LISTED_ISSUES`]: counted, not listed.
    errors_not_listed: usize,
    /// Warnings beyond [`MAX_LISTED_ISSUES`]: counted, not listed.
    warnings_not_listed: usize,
    /// How many of `issues` are warnings (those an error may displace, [`Ctx::make_room`]).
    listed_warnings: usize,
}

impl Ctx {
    pub(crate) fn new(lang: Lang) -> Ctx {
        Ctx {
            lang,
            issues: Vec::new(),
            errors_not_listed: 0,
            warnings_not_listed: 0,
            listed_warnings: 0,
        }
    }

    /// Whether the report lists no more issues (the next are only counted).
    fn full(&self) -> bool {
        self.issues.len() >= MAX_LISTED_ISSUES
    }

    /// Counts an issue of `code` that is not listed.
    #[cold]
    fn not_listed(&mut self, code: IssueCode) {
        match code.severity() {
            Severity::Error => self.errors_not_listed += 1,
            Severity::Warning => self.warnings_not_listed += 1,
        }
    }

    /// Adds the issues that count those not listed (the report's last ones).
    pub(crate) fn add_not_listed(&mut self) {
        for (count, code) in [
            (self.errors_not_listed, IssueCode::ErrorsNotListed),
            (self.warnings_not_listed, IssueCode::WarningsNotListed),
        ] {
            if count > 0 {
                let message = Message::NotListed {
                    count,
                    errors: code == IssueCode::ErrorsNotListed,
                    max: MAX_LISTED_ISSUES,
                };
                self.issues
                    .push(Issue::new(String::new(), code, &message, self.lang, None));
            }
        }
    }

    /// Records an issue; severity comes from the code.
    #[cold]
    #[inline(never)]
    pub(crate) fn push(
        &mut self,
        path: String,
        code: IssueCode,
        mut message: Message,
        huawei: Option<&'static str>,
    ) {
        if self.full() && !self.make_room(code) {
            self.not_listed(code);
            return;
        }
        message.clip_echo();
        if code.severity() == Severity::Warning {
            self.listed_warnings += 1;
        }
        self.issues
            .push(Issue::new(path, code, &message, self.lang, huawei));
    }

    /// On a full list, an error takes the place of the last listed warning, which is
    /// then counted as not listed: a report that cannot list everything lists its errors
    /// first (S18: they decide the verdict, and the emulator answers with one). False
    /// when there is no room: `code` is a warning, or every listed issue is an error.
    #[cold]
    #[inline(never)]
    fn make_room(&mut self, code: IssueCode) -> bool {
        if code.severity() != Severity::Error || self.listed_warnings == 0 {
            return false;
        }
        match self.issues.iter().rposition(|i| !i.is_error()) {
            Some(at) => {
                self.issues.remove(at);
                self.listed_warnings -= 1;
                self.warnings_not_listed += 1;
                true
            }
            None => false,
        }
    }

    /// Whether no error is in a field of the series ([`super::is_series_field`]); an
    /// error that is not listed might be.
    pub(crate) fn series_fields_ok(&self) -> bool {
        self.errors_not_listed == 0
            && !self
                .issues
                .iter()
                .any(|i| i.is_error() && super::is_series_field(&i.path))
    }

    pub(crate) fn has_errors(&self) -> bool {
        self.errors_not_listed > 0 || self.issues.iter().any(Issue::is_error)
    }

    #[cold]
    #[inline(never)]
    pub(crate) fn wrong_type(&mut self, path: String, expected: Expected) {
        self.push(
            path.clone(),
            IssueCode::WrongType,
            Message::WrongType {
                field: path,
                expected,
            },
            Some(JSON_CONVERSION_FAILED),
        );
    }

    /// S16: warns about every key of `obj` not in `known`, with a did-you-mean hint.
    pub(crate) fn unknown_fields(
        &mut self,
        obj: &Object<'_>,
        prefix: &str,
        known: &[&'static str],
    ) {
        for key in obj.keys() {
            if !known.contains(&key) {
                self.unknown_field(prefix, key, known);
            }
        }
    }

    /// S16: warns that `key` (not in `known`) is not a field of the API, with a
    /// did-you-mean hint.
    #[cold]
    #[inline(never)]
    pub(crate) fn unknown_field(&mut self, prefix: &str, key: &str, known: &[&'static str]) {
        if self.full() {
            // Not listed: the did-you-mean search is spared too.
            self.not_listed(IssueCode::UnknownField);
            return;
        }
        // An empty key shows as `""` (else the path would be its parent's).
        let path = join(prefix, if key.is_empty() { "\"\"" } else { key });
        let suggestion = did_you_mean(key, known);
        self.push(
            path.clone(),
            IssueCode::UnknownField,
            Message::UnknownField {
                field: path,
                suggestion,
            },
            None,
        );
    }

    /// A string field: strings as they are, `null` as absent; a number is the error
    /// `number_as_string` (its text is still checked), anything else `wrong_type` (S15).
    #[inline(never)]
    pub(crate) fn string<'v>(
        &mut self,
        obj: &'v Object<'_>,
        prefix: &str,
        name: &str,
    ) -> Option<Cow<'v, str>> {
        self.string_at(obj.get(name), prefix, name)
    }

    /// [`Ctx::string`] of a value already looked up (`None` = absent).
    pub(crate) fn string_at<'v>(
        &mut self,
        value: Option<&'v Json<'_>>,
        prefix: &str,
        name: &str,
    ) -> Option<Cow<'v, str>> {
        match value? {
            Json::Null => None,
            Json::String(s) => Some(Cow::Borrowed(s.as_ref())),
            Json::Number(n) => Some(Cow::Owned(self.number_as_string(n, prefix, name))),
            _ => {
                self.wrong_type(join(prefix, name), Expected::String);
                None
            }
        }
    }

    /// S15: a number where a string belongs is an error ("anything else of the wrong
    /// type"; only the string forms of booleans and integers are lenient). Its text is
    /// still checked as the string it should have been, so that every issue shows at once.
    #[cold]
    #[inline(never)]
    fn number_as_string(&mut self, n: &serde_json::Number, prefix: &str, name: &str) -> String {
        let path = join(prefix, name);
        let value = n.to_string();
        self.push(
            path.clone(),
            IssueCode::NumberAsString,
            Message::NumberAsString {
                field: path,
                value: value.clone(),
            },
            Some(JSON_CONVERSION_FAILED),
        );
        value
    }

    /// A boolean field: JSON booleans, or `"true"`/`"false"` with a warning (S15).
    #[inline(never)]
    pub(crate) fn boolean(&mut self, obj: &Object<'_>, prefix: &str, name: &str) -> Option<bool> {
        let path = || join(prefix, name);
        match obj.get(name)? {
            Json::Null => None,
            Json::Bool(b) => Some(*b),
            Json::String(s) if s == "true" || s == "false" => {
                let value = s == "true";
                let field = path();
                self.push(
                    field.clone(),
                    IssueCode::StringBoolean,
                    Message::StringBoolean { field, value },
                    None,
                );
                Some(value)
            }
            _ => {
                self.wrong_type(path(), Expected::Boolean);
                None
            }
        }
    }

    /// An integer value at `path`: JSON integers (also `2.0`), or digit strings with a
    /// warning (S15); fractions and other types are errors.
    pub(crate) fn integer_value(
        &mut self,
        value: &Json<'_>,
        path: impl FnOnce() -> String,
    ) -> Option<i64> {
        match value {
            Json::Number(n) => {
                if let Some(i) = n.as_i64() {
                    Some(i)
                } else if n.as_u64().is_some() {
                    Some(i64::MAX)
                } else {
                    match n.as_f64() {
                        // Also beyond `i64` (1e20): `as` saturates, so the value is out
                        // of every range and the message shows it as sent (`shown`).
                        Some(f) if f.fract() == 0.0 => Some(f as i64),
                        _ => {
                            self.wrong_type(path(), Expected::Integer);
                            None
                        }
                    }
                }
            }
            Json::String(s) if is_integer_text(s) => {
                // More digits than `i64` holds: saturated, as for numbers.
                let i = s.parse::<i64>().unwrap_or(if s.starts_with('-') {
                    i64::MIN
                } else {
                    i64::MAX
                });
                self.string_integer(path(), s, shown(Some(value), i));
                Some(i)
            }
            _ => {
                self.wrong_type(path(), Expected::Integer);
                None
            }
        }
    }

    /// S15: an integer written as a string, accepted with a warning.
    #[cold]
    #[inline(never)]
    fn string_integer(&mut self, field: String, text: &str, value: Integer) {
        self.push(
            field.clone(),
            IssueCode::StringInteger,
            Message::StringInteger {
                field,
                text: text.to_owned(),
                value,
            },
            None,
        );
    }

    /// An integer field of an object (`null` = absent).
    #[inline(never)]
    pub(crate) fn integer(&mut self, obj: &Object<'_>, prefix: &str, name: &str) -> Option<i64> {
        self.integer_at(obj.get(name), prefix, name)
    }

    /// [`Ctx::integer`] of a value already looked up (`None` = absent).
    #[inline(always)]
    pub(crate) fn integer_at(
        &mut self,
        value: Option<&Json<'_>>,
        prefix: &str,
        name: &str,
    ) -> Option<i64> {
        match value? {
            Json::Null => None,
            v => self.integer_present(v, prefix, name),
        }
    }

    /// [`Ctx::integer_at`] of a value that is there: out of line, so that the absent
    /// fields (most of an attendee's) cost no call.
    #[inline(never)]
    fn integer_present(&mut self, value: &Json<'_>, prefix: &str, name: &str) -> Option<i64> {
        self.integer_value(value, || join(prefix, name))
    }

    /// An integer field that must satisfy `allowed`; out of range → `out_of_range` error
    /// with `huawei`. Returns the value only when it is allowed.
    #[inline(never)]
    pub(crate) fn integer_in(
        &mut self,
        obj: &Object<'_>,
        prefix: &str,
        name: &str,
        allowed: Allowed,
        huawei: Option<&'static str>,
    ) -> Option<i32> {
        self.integer_in_at(obj.get(name), prefix, name, allowed, huawei)
    }

    /// [`Ctx::integer_in`] of a value already looked up (`None` = absent).
    #[inline(always)]
    pub(crate) fn integer_in_at(
        &mut self,
        value: Option<&Json<'_>>,
        prefix: &str,
        name: &str,
        allowed: Allowed,
        huawei: Option<&'static str>,
    ) -> Option<i32> {
        self.integer_in_present(value?, prefix, name, allowed, huawei)
    }

    /// [`Ctx::integer_in_at`] of a value that is there (out of line).
    #[inline(never)]
    fn integer_in_present(
        &mut self,
        value: &Json<'_>,
        prefix: &str,
        name: &str,
        allowed: Allowed,
        huawei: Option<&'static str>,
    ) -> Option<i32> {
        let v = self.integer_at(Some(value), prefix, name)?;
        // The API's Integer fields are 32-bit (Java `Integer`).
        match i32::try_from(v) {
            Ok(i) if allowed_contains(allowed, v) => Some(i),
            _ => {
                self.out_of_range(join(prefix, name), shown(Some(value), v), allowed, huawei);
                None
            }
        }
    }

    /// `out_of_range`: `value` of `field` is not in `allowed`.
    #[cold]
    #[inline(never)]
    pub(crate) fn out_of_range(
        &mut self,
        field: String,
        value: Integer,
        allowed: Allowed,
        huawei: Option<&'static str>,
    ) {
        self.push(
            field.clone(),
            IssueCode::OutOfRange,
            Message::OutOfRange {
                field,
                value,
                allowed,
            },
            huawei,
        );
    }

    /// A string field with a maximum length in characters (S17).
    #[inline(never)]
    pub(crate) fn string_max<'v>(
        &mut self,
        obj: &'v Object<'_>,
        prefix: &str,
        name: &str,
        max: usize,
        huawei: Option<&'static str>,
    ) -> Option<Cow<'v, str>> {
        self.string_max_at(obj.get(name), prefix, name, max, huawei)
    }

    /// [`Ctx::string_max`] of a value already looked up (`None` = absent).
    #[inline(always)]
    pub(crate) fn string_max_at<'v>(
        &mut self,
        value: Option<&'v Json<'_>>,
        prefix: &str,
        name: &str,
        max: usize,
        huawei: Option<&'static str>,
    ) -> Option<Cow<'v, str>> {
        self.string_max_present(value?, prefix, name, max, huawei)
    }

    /// [`Ctx::string_max_at`] of a value that is there (out of line).
    #[inline(never)]
    fn string_max_present<'v>(
        &mut self,
        value: &'v Json<'_>,
        prefix: &str,
        name: &str,
        max: usize,
        huawei: Option<&'static str>,
    ) -> Option<Cow<'v, str>> {
        let s = self.string_at(Some(value), prefix, name)?;
        self.check_len(&s, prefix, name, max, huawei);
        Some(s)
    }

    /// S17: `too_long` when `s` has more than `max` chars.
    pub(crate) fn check_len(
        &mut self,
        s: &str,
        prefix: &str,
        name: &str,
        max: usize,
        huawei: Option<&'static str>,
    ) {
        // Byte length bounds the char count from above: skip counting short strings.
        if s.len() > max {
            self.check_chars(s, prefix, name, max, huawei);
        }
    }

    /// [`Ctx::check_len`] of a string with more than `max` bytes: counts its chars.
    #[cold]
    #[inline(never)]
    fn check_chars(
        &mut self,
        s: &str,
        prefix: &str,
        name: &str,
        max: usize,
        huawei: Option<&'static str>,
    ) {
        let len = s.chars().count();
        if len > max {
            let field = join(prefix, name);
            self.push(
                field.clone(),
                IssueCode::TooLong,
                Message::TooLong { field, len, max },
                huawei,
            );
        }
    }
}

/// Whether `allowed` admits `value`.
pub(crate) fn allowed_contains(allowed: Allowed, value: i64) -> bool {
    match allowed {
        Allowed::Range(a, b) => (a..=b).contains(&value),
        Allowed::OneOf(values) => values.contains(&value),
    }
}

/// `-?[0-9]+` (any number of digits: beyond `i64` the value saturates).
fn is_integer_text(s: &str) -> bool {
    let digits = s.strip_prefix('-').unwrap_or(s);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

/// How a message shows the integer `v` that [`Ctx::integer_value`] read from `value`
/// (a field's value as looked up): `v`, unless `value` is beyond what `i64` holds (then
/// `v` is saturated, and the message shows the number as sent, not `i64::MAX`).
pub(crate) fn shown(value: Option<&Json<'_>>, v: i64) -> Integer {
    if v != i64::MAX && v != i64::MIN {
        return Integer::Value(v);
    }
    match value.unwrap_or(&Json::Null) {
        Json::Number(n) if n.as_i64() != Some(v) => Integer::Text(n.to_string()),
        Json::String(s) if s.parse::<i64>() != Ok(v) => Integer::Text(s.to_string()),
        _ => Integer::Value(v),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `fold_case` and `char::to_lowercase` agree on every comparison with an ASCII char,
    /// and produce the same number of chars, for every Unicode scalar value.
    #[test]
    fn fold_case_is_to_lowercase_against_ascii() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let ours: Vec<char> = fold_case(c).collect();
            let std: Vec<char> = c.to_lowercase().collect();
            assert_eq!(ours.len(), std.len(), "{c:?}");
            for (o, s) in ours.iter().zip(&std) {
                // Equal to the same ASCII chars: equal, or both non-ASCII.
                assert!(o == s || !o.is_ascii() && !s.is_ascii(), "{c:?}");
            }
        }
    }
}
