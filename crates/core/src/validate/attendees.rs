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

fn attendee(ctx: &mut Ctx, obj: &Map<String, Value>, p: &str) -> Attendee {
    ctx.unknown_fields(obj, p, ATTENDEE_FIELDS);
    let name = ctx.string_max(obj, p, "name", 96, Some("MMC.111072034"));
    let phone = ctx.string_max(obj, p, "phone", 127, Some("MMC.111072032"));
    let phone2 = ctx.string_max(obj, p, "phone2", 127, Some("MMC.111072032"));
    let phone3 = ctx.string_max(obj, p, "phone3", 127, Some("MMC.111072032"));
    let email = ctx.string_max(obj, p, "email", 255, Some("MMC.111072036"));
    let sms = ctx.string_max(obj, p, "sms", 32, Some("MMC.111072037"));
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
    let wrongly_typed = ["phone", "email", "sms"].iter().any(|k| {
        obj.get(*k)
            .is_some_and(|v| !matches!(v, Value::Null | Value::String(_) | Value::Number(_)))
    });
    if !has(&phone) && !has(&email) && !has(&sms) && !wrongly_typed {
        ctx.push(
            p.to_owned(),
            IssueCode::AttendeeNoContact,
            Message::AttendeeNoContact,
            None,
        );
    }
    let role = match ctx.integer(obj, p, "role") {
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
    let attendee_type = ctx.string(obj, p, "type");
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
        user_uuid: ctx.string(obj, p, "userUUID"),
        account_id: ctx.string(obj, p, "accountId"),
        app_id: ctx.string(obj, p, "appId"),
        name,
        role,
        phone,
        phone2,
        phone3,
        email,
        sms,
        is_mute: ctx.integer_in(obj, p, "isMute", ZERO_ONE, Some("MMC.111072038")),
        is_auto_invite: ctx.integer_in(obj, p, "isAutoInvite", ZERO_ONE, Some("MMC.111072039")),
        attendee_type,
        address: ctx.string(obj, p, "address"),
        dept_uuid: ctx.string_max(obj, p, "deptUUID", 64, None),
        dept_name: ctx.string_max(obj, p, "deptName", 128, Some("MMC.111071026")),
        unique_type: ctx.integer_in(obj, p, "uniqueType", ZERO_ONE, None),
    }
}
