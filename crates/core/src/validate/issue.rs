//! The issue report types: [`Issue`], [`Severity`], [`IssueCode`] (semantics S18).

use serde::{Deserialize, Serialize, Serializer};

use crate::Lang;
use crate::messages::Message;

/// How bad an issue is (S18).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The API would reject or misread the request.
    Error,
    /// The API would accept the request, but probably not as intended.
    Warning,
}

impl Severity {
    /// `error` or `warning`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

macro_rules! issue_codes {
    ($($variant:ident = $name:literal, $sev:ident;)*) => {
        /// A stable, snake_case identifier of a kind of issue (S18). Serializes as
        /// [`IssueCode::as_str`]. Each code has one fixed [`Severity`].
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum IssueCode {
            $(
                #[doc = concat!("`", $name, "` (", stringify!($sev), ").")]
                $variant,
            )*
        }

        impl IssueCode {
            /// Every code, in declaration order.
            pub const ALL: &'static [IssueCode] = &[$(IssueCode::$variant),*];

            /// The stable snake_case name.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(IssueCode::$variant => $name,)*
                }
            }

            /// The severity every issue with this code has.
            pub fn severity(self) -> Severity {
                match self {
                    $(IssueCode::$variant => Severity::$sev,)*
                }
            }

            /// The code with snake_case name `name`.
            pub fn parse(name: &str) -> Option<IssueCode> {
                match name {
                    $($name => Some(IssueCode::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

issue_codes! {
    InvalidJson = "invalid_json", Error;
    WrongType = "wrong_type", Error;
    UnknownField = "unknown_field", Warning;
    StringBoolean = "string_boolean", Warning;
    StringInteger = "string_integer", Warning;
    NumberAsString = "number_as_string", Error;
    MissingField = "missing_field", Error;
    TimeZoneMissing = "time_zone_missing", Warning;
    TimeZoneUnknown = "time_zone_unknown", Error;
    TimeZoneUnofficial = "time_zone_unofficial", Warning;
    InvalidDate = "invalid_date", Error;
    EndBeforeStart = "end_before_start", Error;
    StartDateInPast = "start_date_in_past", Error;
    SeriesTooLong = "series_too_long", Error;
    InvalidCycle = "invalid_cycle", Error;
    IntervalOutOfRange = "interval_out_of_range", Error;
    PointOutOfRange = "point_out_of_range", Error;
    DuplicatePoint = "duplicate_point", Warning;
    PointIgnored = "point_ignored", Warning;
    PointDefaulted = "point_defaulted", Warning;
    InvalidStartTime = "invalid_start_time", Error;
    StartTimeInPast = "start_time_in_past", Error;
    StartTimeDateMismatch = "start_time_date_mismatch", Warning;
    PreRemindOutOfRange = "pre_remind_out_of_range", Error;
    PreRemindCapped = "pre_remind_capped", Warning;
    CycleParamsMissing = "cycle_params_missing", Error;
    OutOfRange = "out_of_range", Error;
    TooLong = "too_long", Error;
    MediaTypesNoAv = "media_types_no_av", Error;
    MediaTypeUnknown = "media_type_unknown", Error;
    MediaTypesVideoAndHd = "media_types_video_and_hd", Warning;
    MediaTypesTelepresence = "media_types_telepresence", Warning;
    MediaTypesForm = "media_types_form", Warning;
    InvalidValue = "invalid_value", Error;
    FieldIgnored = "field_ignored", Warning;
    VmrIdMissing = "vmr_id_missing", Error;
    AttendeeNoContact = "attendee_no_contact", Error;
    InvalidEmail = "invalid_email", Error;
    ReservedRole = "reserved_role", Warning;
    InvalidGuestPassword = "invalid_guest_password", Error;
    TooManyAttendees = "too_many_attendees", Warning;
    SeriesTruncated = "series_truncated", Warning;
    NoMeetings = "no_meetings", Error;
    FirstOccurrenceInPast = "first_occurrence_in_past", Error;
    UtcOffsetChanges = "utc_offset_changes", Warning;
    DstDataEnds = "dst_data_ends", Warning;
    ErrorsNotListed = "errors_not_listed", Error;
    WarningsNotListed = "warnings_not_listed", Warning;
}

impl Serialize for IssueCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for IssueCode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = String::deserialize(deserializer)?;
        IssueCode::parse(&name)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown issue code {name:?}")))
    }
}

/// One problem found in a request (S18). Serializes as
/// `{"path", "severity", "code", "message", "huaweiCode"?}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Issue {
    /// Where: `cycleParams.interval`, `attendees[2].email`, or `""` for the whole request.
    pub path: String,
    /// Error or warning (always `code.severity()`).
    pub severity: Severity,
    /// What kind of problem.
    pub code: IssueCode,
    /// The explanation in the requested language.
    pub message: String,
    /// The Huawei error code the server would answer with, where one exists.
    #[serde(rename = "huaweiCode", skip_serializing_if = "Option::is_none")]
    pub huawei_code: Option<&'static str>,
}

impl Issue {
    /// An issue with `code`'s severity and `message` rendered in `lang`.
    pub fn new(
        path: impl Into<String>,
        code: IssueCode,
        message: &Message,
        lang: Lang,
        huawei_code: Option<&'static str>,
    ) -> Issue {
        Issue {
            path: path.into(),
            severity: code.severity(),
            code,
            message: message.text(lang),
            huawei_code,
        }
    }

    /// Whether the issue is an error.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}
