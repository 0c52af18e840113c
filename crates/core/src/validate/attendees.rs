//! `attendees` (huawei-meeting-api.md §3.3; semantics "Field rules").

use serde_json::{Map, Value};

use super::MANY_ATTENDEES;
use super::ctx::{Ctx, did_you_mean, join};
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
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
        && domain.contains('.')
        && domain.split('.').all(|label| !label.is_empty())
}

/// Walks `attendees`; the typed list (entries that are not objects are skipped, an
/// error having been reported).
pub(crate) fn walk(ctx: &mut Ctx, root: &Map<String, Value>) -> Vec<Attendee> {
    let items = match root.get("attendees") {
        None | Some(Value::Null) => return Vec::new(),
        Some(Value::Array(items)) => items,
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
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let prefix = format!("attendees[{i}]");
        match item {
            Value::Object(obj) => out.push(attendee(ctx, obj, &prefix)),
            _ => ctx.wrong_type(prefix, Expected::Object),
        }
    }
    out
}

/// The values of one attendee object, by field: looked up in one pass over its keys.
#[derive(Default)]
struct Fields<'a> {
    user_uuid: Option<&'a Value>,
    account_id: Option<&'a Value>,
    app_id: Option<&'a Value>,
    name: Option<&'a Value>,
    role: Option<&'a Value>,
    phone: Option<&'a Value>,
    phone2: Option<&'a Value>,
    phone3: Option<&'a Value>,
    email: Option<&'a Value>,
    sms: Option<&'a Value>,
    is_mute: Option<&'a Value>,
    is_auto_invite: Option<&'a Value>,
    attendee_type: Option<&'a Value>,
    address: Option<&'a Value>,
    dept_uuid: Option<&'a Value>,
    dept_name: Option<&'a Value>,
    unique_type: Option<&'a Value>,
}

impl<'a> Fields<'a> {
    /// One pass over `obj`: each key either fills its field or is reported unknown (S16).
    /// (A look-up per defined field plus a scan of the defined names per key was the
    /// hot path of validating many attendees.)
    fn read(ctx: &mut Ctx, obj: &'a Map<String, Value>, p: &str) -> Fields<'a> {
        let mut f = Fields::default();
        for (key, value) in obj {
            let slot = match key.as_str() {
                "userUUID" => &mut f.user_uuid,
                "accountId" => &mut f.account_id,
                "appId" => &mut f.app_id,
                "name" => &mut f.name,
                "role" => &mut f.role,
                "phone" => &mut f.phone,
                "phone2" => &mut f.phone2,
                "phone3" => &mut f.phone3,
                "email" => &mut f.email,
                "sms" => &mut f.sms,
                "isMute" => &mut f.is_mute,
                "isAutoInvite" => &mut f.is_auto_invite,
                "type" => &mut f.attendee_type,
                "address" => &mut f.address,
                "deptUUID" => &mut f.dept_uuid,
                "deptName" => &mut f.dept_name,
                "uniqueType" => &mut f.unique_type,
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

fn attendee(ctx: &mut Ctx, obj: &Map<String, Value>, p: &str) -> Attendee {
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
    let has = |v: &Option<String>| v.as_deref().is_some_and(|s| !s.is_empty());
    let wrongly_typed = [f.phone, f.email, f.sms].iter().any(|v| {
        v.is_some_and(|v| !matches!(v, Value::Null | Value::String(_) | Value::Number(_)))
    });
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
            let field = join(p, "role");
            ctx.push(
                field.clone(),
                IssueCode::OutOfRange,
                Message::OutOfRange {
                    field,
                    value: v,
                    allowed: ZERO_ONE,
                },
                Some("MMC.111072035"),
            );
            None
        }
        None => None,
    };
    let attendee_type = ctx.string_at(f.attendee_type, p, "type");
    if let Some(t) = &attendee_type
        && !ATTENDEE_TYPES.contains(&t.as_str())
    {
        let field = join(p, "type");
        ctx.push(
            field.clone(),
            IssueCode::InvalidValue,
            Message::InvalidValue {
                field,
                value: t.clone(),
                allowed: ATTENDEE_TYPES,
                suggestion: did_you_mean(t, ATTENDEE_TYPES),
            },
            None,
        );
    }
    Attendee {
        user_uuid: ctx.string_at(f.user_uuid, p, "userUUID"),
        account_id: ctx.string_at(f.account_id, p, "accountId"),
        app_id: ctx.string_at(f.app_id, p, "appId"),
        name,
        role,
        phone,
        phone2,
        phone3,
        email,
        sms,
        is_mute: ctx.integer_in_at(f.is_mute, p, "isMute", ZERO_ONE, Some("MMC.111072038")),
        is_auto_invite: ctx.integer_in_at(
            f.is_auto_invite,
            p,
            "isAutoInvite",
            ZERO_ONE,
            Some("MMC.111072039"),
        ),
        attendee_type,
        address: ctx.string_at(f.address, p, "address"),
        dept_uuid: ctx.string_max_at(f.dept_uuid, p, "deptUUID", 64, None),
        dept_name: ctx.string_max_at(f.dept_name, p, "deptName", 128, Some("MMC.111071026")),
        unique_type: ctx.integer_in_at(f.unique_type, p, "uniqueType", ZERO_ONE, None),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::Lang;

    /// The one-pass reader and the list of defined names must agree (S16).
    #[test]
    fn every_defined_field_is_read_and_only_those() {
        for name in ATTENDEE_FIELDS {
            let mut obj = Map::new();
            obj.insert((*name).to_owned(), Value::Null);
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
        let mut obj = Map::new();
        obj.insert("emial".to_owned(), Value::Null);
        let mut ctx = Ctx::new(Lang::EnUs);
        Fields::read(&mut ctx, &obj, "attendees[0]");
        assert_eq!(ctx.issues.len(), 1);
        assert_eq!(ctx.issues[0].path, "attendees[0].emial");
        assert_eq!(ctx.issues[0].code, IssueCode::UnknownField);
    }
}
