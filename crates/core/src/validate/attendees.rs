//! `attendees` (huawei-meeting-api.md §3.3; semantics "Field rules").

use std::borrow::Cow;

use crate::json::{Json, Object};

use super::MANY_ATTENDEES;
use super::ctx::{Ctx, did_you_mean, join, shown};
use super::issue::IssueCode;
use crate::messages::{Allowed, Expected, Message};
use crate::model::Attendee;

/// Defined attendee fields (§3.3).
pub const ATTENDEE_FIELDS: &[&str] = &[
    "userUUID",
    "accountId",
    "appId",
    "name",
    "role",
    "phone",
    "phone2",
    "phone3",
    "email",
    "sms",
    "isMute",
    "isAutoInvite",
    "type",
    "address",
    "deptUUID",
    "deptName",
    "uniqueType",
];

/// The documented attendee `type` values.
pub const ATTENDEE_TYPES: &[&str] = &[
    "normal",
    "telepresence",
    "terminal",
    "outside",
    "mobile",
    "telephone",
    "ideahub",
    "board",
    "hwvision",
    "customnumber",
];

const ZERO_ONE: Allowed = Allowed::OneOf(&[0, 1]);

/// Whether `s` looks like an email address: one `@`, a non-empty local part, a domain
/// with a dot between non-empty labels, no spaces.
pub(crate) fn looks_like_email(s: &str) -> bool {
    if !s.is_ascii() {
        let Some((local, domain)) = s.split_once('@') else {
            return false;
        };
        return !local.is_empty()
            && !s.chars().any(|c| c.is_whitespace() || c.is_control())
            && !domain.contains('@')
            && domain_ok(domain.as_bytes());
    }
    // ASCII (nearly every address): one pass over the bytes. ASCII whitespace and
    // control chars are exactly the bytes <= 0x20 and 0x7F.
    let mut at = None;
    for (i, &b) in s.as_bytes().iter().enumerate() {
        if b <= b' ' || b == 0x7f || (b == b'@' && at.is_some()) {
            return false;
        }
        if b == b'@' {
            at = Some(i);
        }
    }
    match at {
        Some(at) => at > 0 && domain_ok(s.as_bytes().get(at + 1..).unwrap_or_default()),
        None => false,
    }
}

/// A domain with a dot between non-empty labels.
fn domain_ok(domain: &[u8]) -> bool {
    domain.contains(&b'.')
        && domain.first() != Some(&b'.')
        && domain.last() != Some(&b'.')
        && !domain.windows(2).any(|w| w == b"..")
}

/// Walks `attendees`; with `build`, the typed list (entries that are not objects are
/// skipped, an error having been reported), otherwise an empty list: checking many
/// attendees copies nothing.
pub(crate) fn walk(ctx: &mut Ctx, root: &Object<'_>, build: bool) -> Vec<Attendee> {
    let items = match root.get("attendees") {
        None | Some(Json::Null) => return Vec::new(),
        Some(Json::Array(items)) => items,
        Some(_) => {
            ctx.wrong_type("attendees".to_owned(), Expected::Array);
            return Vec::new();
        }
    };
    if items.len() > MANY_ATTENDEES {
        ctx.push(
            "attendees".to_owned(),
            IssueCode::TooManyAttendees,
            Message::TooManyAttendees {
                count: items.len(),
                max: MANY_ATTENDEES,
            },
            None,
        );
    }
    let mut out = Vec::with_capacity(if build { items.len() } else { 0 });
    // One buffer for every `attendees[i]` prefix (no formatting per attendee).
    let mut prefix = String::with_capacity(24);
    for (i, item) in items.iter().enumerate() {
        prefix.clear();
        prefix.push_str("attendees[");
        push_index(&mut prefix, i);
        prefix.push(']');
        match item {
            Json::Object(obj) => {
                if let Some(a) = attendee(ctx, obj, &prefix, build) {
                    out.push(a);
                }
            }
            _ => ctx.wrong_type(prefix.clone(), Expected::Object),
        }
    }
    out
}

/// Appends `i` in decimal.
fn push_index(s: &mut String, i: usize) {
    let mut digits = [0u8; 20];
    let mut n = i;
    let mut at = digits.len();
    loop {
        at -= 1;
        // n % 10 < 10: the cast cannot truncate.
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in &digits[at..] {
        s.push(char::from(d));
    }
}

/// The values of one attendee object, by field: looked up in one pass over its keys.
#[derive(Default)]
struct Fields<'a> {
    user_uuid: Option<&'a Json<'a>>,
    account_id: Option<&'a Json<'a>>,
    app_id: Option<&'a Json<'a>>,
    name: Option<&'a Json<'a>>,
    role: Option<&'a Json<'a>>,
    phone: Option<&'a Json<'a>>,
    phone2: Option<&'a Json<'a>>,
    phone3: Option<&'a Json<'a>>,
    email: Option<&'a Json<'a>>,
    sms: Option<&'a Json<'a>>,
    is_mute: Option<&'a Json<'a>>,
    is_auto_invite: Option<&'a Json<'a>>,
    attendee_type: Option<&'a Json<'a>>,
    address: Option<&'a Json<'a>>,
    dept_uuid: Option<&'a Json<'a>>,
    dept_name: Option<&'a Json<'a>>,
    unique_type: Option<&'a Json<'a>>,
}

impl<'a> Fields<'a> {
    /// One pass over `obj`: each key either fills its field or is reported unknown (S16).
    /// (A look-up per defined field plus a scan of the defined names per key was the
    /// hot path of validating many attendees.)
    fn read(ctx: &mut Ctx, obj: &'a Object<'a>, p: &str) -> Fields<'a> {
        let mut f = Fields::default();
        for (key, value) in obj.iter() {
            // By length first: a chain of string comparisons per key was a hot spot.
            let slot = match (key.len(), key) {
                (3, "sms") => &mut f.sms,
                (4, "name") => &mut f.name,
                (4, "role") => &mut f.role,
                (4, "type") => &mut f.attendee_type,
                (5, "appId") => &mut f.app_id,
                (5, "phone") => &mut f.phone,
                (5, "email") => &mut f.email,
                (6, "phone2") => &mut f.phone2,
                (6, "phone3") => &mut f.phone3,
                (6, "isMute") => &mut f.is_mute,
                (7, "address") => &mut f.address,
                (8, "userUUID") => &mut f.user_uuid,
                (8, "deptUUID") => &mut f.dept_uuid,
                (8, "deptName") => &mut f.dept_name,
                (9, "accountId") => &mut f.account_id,
                (10, "uniqueType") => &mut f.unique_type,
                (12, "isAutoInvite") => &mut f.is_auto_invite,
                _ => {
                    ctx.unknown_field(p, key, ATTENDEE_FIELDS);
                    continue;
                }
            };
            *slot = Some(value);
        }
        f
    }
}

/// Checks one attendee object; with `build`, the typed attendee.
fn attendee(ctx: &mut Ctx, obj: &Object<'_>, p: &str, build: bool) -> Option<Attendee> {
    let f = Fields::read(ctx, obj, p);
    let name = ctx.string_max_at(f.name, p, "name", 96, Some("MMC.111072034"));
    let phone = ctx.string_max_at(f.phone, p, "phone", 127, Some("MMC.111072032"));
    let phone2 = ctx.string_max_at(f.phone2, p, "phone2", 127, Some("MMC.111072032"));
    let phone3 = ctx.string_max_at(f.phone3, p, "phone3", 127, Some("MMC.111072032"));
    let email = ctx.string_max_at(f.email, p, "email", 255, Some("MMC.111072036"));
    let sms = ctx.string_max_at(f.sms, p, "sms", 32, Some("MMC.111072037"));
    if let Some(e) = email.as_deref().filter(|e| !e.is_empty())
        && !looks_like_email(e)
    {
        ctx.push(
            join(p, "email"),
            IssueCode::InvalidEmail,
            Message::InvalidEmail {
                value: e.to_owned(),
            },
            Some("MMC.111071024"),
        );
    }
    let has = |v: &Option<Cow<'_, str>>| v.as_deref().is_some_and(|s| !s.is_empty());
    let wrongly_typed = [f.phone, f.email, f.sms]
        .iter()
        .any(|v| v.is_some_and(|v| !matches!(v, Json::Null | Json::String(_) | Json::Number(_))));
    if !has(&phone) && !has(&email) && !has(&sms) && !wrongly_typed {
        ctx.push(
            p.to_owned(),
            IssueCode::AttendeeNoContact,
            Message::AttendeeNoContact,
            None,
        );
    }
    let role = match ctx.integer_at(f.role, p, "role") {
        Some(v @ (0 | 1)) => i32::try_from(v).ok(),
        Some(2) => {
            ctx.push(
                join(p, "role"),
                IssueCode::ReservedRole,
                Message::ReservedRole,
                None,
            );
            Some(2)
        }
        Some(v) => {
            ctx.out_of_range(
                join(p, "role"),
                shown(f.role, v),
                ZERO_ONE,
                Some("MMC.111072035"),
            );
            None
        }
        None => None,
    };
    let attendee_type = ctx.string_at(f.attendee_type, p, "type");
    if let Some(t) = &attendee_type
        && !ATTENDEE_TYPES.contains(&t.as_ref())
    {
        let field = join(p, "type");
        ctx.push(
            field.clone(),
            IssueCode::InvalidValue,
            Message::InvalidValue {
                field,
                value: t.to_string(),
                allowed: ATTENDEE_TYPES,
                suggestion: did_you_mean(t, ATTENDEE_TYPES),
            },
            None,
        );
    }
    let user_uuid = ctx.string_at(f.user_uuid, p, "userUUID");
    let account_id = ctx.string_at(f.account_id, p, "accountId");
    let app_id = ctx.string_at(f.app_id, p, "appId");
    let is_mute = ctx.integer_in_at(f.is_mute, p, "isMute", ZERO_ONE, Some("MMC.111072038"));
    let is_auto_invite = ctx.integer_in_at(
        f.is_auto_invite,
        p,
        "isAutoInvite",
        ZERO_ONE,
        Some("MMC.111072039"),
    );
    let address = ctx.string_at(f.address, p, "address");
    let dept_uuid = ctx.string_max_at(f.dept_uuid, p, "deptUUID", 64, None);
    let dept_name = ctx.string_max_at(f.dept_name, p, "deptName", 128, Some("MMC.111071026"));
    let unique_type = ctx.integer_in_at(f.unique_type, p, "uniqueType", ZERO_ONE, None);
    if !build {
        return None;
    }
    let owned = |v: Option<Cow<'_, str>>| v.map(Cow::into_owned);
    Some(Attendee {
        user_uuid: owned(user_uuid),
        account_id: owned(account_id),
        app_id: owned(app_id),
        name: owned(name),
        role,
        phone: owned(phone),
        phone2: owned(phone2),
        phone3: owned(phone3),
        email: owned(email),
        sms: owned(sms),
        is_mute,
        is_auto_invite,
        attendee_type: owned(attendee_type),
        address: owned(address),
        dept_uuid: owned(dept_uuid),
        dept_name: owned(dept_name),
        unique_type,
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::Lang;

    /// The one-pass reader and the list of defined names must agree (S16).
    /// The byte loop agrees with the rule as written with `str` methods, on every string
    /// of up to 7 chars over an alphabet that reaches each branch.
    #[test]
    fn email_byte_loop_equals_the_rule() {
        let reference = |s: &str| {
            let Some((local, domain)) = s.split_once('@') else {
                return false;
            };
            !local.is_empty()
                && !domain.contains('@')
                && !s.chars().any(|c| c.is_whitespace() || c.is_control())
                && domain.contains('.')
                && domain.split('.').all(|label| !label.is_empty())
        };
        let alphabet = ['a', '@', '.', ' '];
        let mut strings = vec![String::new()];
        for _ in 0..7 {
            let longer: Vec<String> = strings
                .iter()
                .flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}")))
                .collect();
            for s in &longer {
                assert_eq!(looks_like_email(s), reference(s), "{s:?}");
            }
            strings = longer;
        }
    }

    /// The ASCII shortcut of `looks_like_email` agrees with the char-by-char rule.
    #[test]
    fn email_whitespace_and_controls() {
        for b in 0u8..=0x7f {
            let c = char::from(b);
            let s = format!("a{c}b@example.com");
            let expected = c != '@' && !(c.is_whitespace() || c.is_control());
            assert_eq!(looks_like_email(&s), expected, "{b:#x}");
        }
        assert!(looks_like_email("ä@example.com"));
        assert!(!looks_like_email("a\u{a0}b@example.com"));
        assert!(!looks_like_email("a\u{85}b@example.com"));
        assert!(!looks_like_email("a@b"));
        assert!(!looks_like_email("a@b..c"));
        assert!(!looks_like_email("@b.c"));
        assert!(!looks_like_email("a@.b.c"));
        assert!(!looks_like_email("a@b.c."));
        assert!(!looks_like_email("a@b@c.d"));
        assert!(looks_like_email("first.last+tag@mail.example.co"));
        assert!(!looks_like_email("ä@b"));
        assert!(!looks_like_email("ä@b@c.d"));
    }

    #[test]
    fn every_defined_field_is_read_and_only_those() {
        for name in ATTENDEE_FIELDS {
            let obj = Object::new(vec![(Cow::Borrowed(*name), Json::Null)]);
            let mut ctx = Ctx::new(Lang::EnUs);
            let f = Fields::read(&mut ctx, &obj, "attendees[0]");
            assert!(ctx.issues.is_empty(), "{name} reported unknown");
            let slots = [
                f.user_uuid,
                f.account_id,
                f.app_id,
                f.name,
                f.role,
                f.phone,
                f.phone2,
                f.phone3,
                f.email,
                f.sms,
                f.is_mute,
                f.is_auto_invite,
                f.attendee_type,
                f.address,
                f.dept_uuid,
                f.dept_name,
                f.unique_type,
            ];
            assert_eq!(slots.iter().filter(|s| s.is_some()).count(), 1, "{name}");
        }
        let obj = Object::new(vec![(Cow::Borrowed("emial"), Json::Null)]);
        let mut ctx = Ctx::new(Lang::EnUs);
        Fields::read(&mut ctx, &obj, "attendees[0]");
        assert_eq!(ctx.issues.len(), 1);
        assert_eq!(ctx.issues[0].path, "attendees[0].emial");
        assert_eq!(ctx.issues[0].code, IssueCode::UnknownField);
    }
}
