//! The reactive form: one signal per field of [`FormState`] (and per attendee field), so
//! that a keystroke notifies only the controls of that field. [`Form::snapshot`] reads
//! them all back into a plain [`FormState`] (for the request and the draft).

use leptos::prelude::*;

use crate::state::{AttendeeRow, FormState, toggle_in};

/// The signals of one attendee row.
#[derive(Debug, Clone, Copy)]
pub struct AttendeeSignals {
    /// Stable row id.
    pub id: u32,
    /// Display name.
    pub name: RwSignal<String>,
    /// Email.
    pub email: RwSignal<String>,
    /// Phone.
    pub phone: RwSignal<String>,
    /// SMS number.
    pub sms: RwSignal<String>,
    /// Role (`0`/`1`).
    pub role: RwSignal<String>,
    /// Attendee type.
    pub kind: RwSignal<String>,
    /// The row's values (a memo over the six signals above).
    pub snapshot: Memo<AttendeeRow>,
}

impl AttendeeSignals {
    fn new(row: AttendeeRow) -> AttendeeSignals {
        let id = row.id;
        let name = RwSignal::new(row.name);
        let email = RwSignal::new(row.email);
        let phone = RwSignal::new(row.phone);
        let sms = RwSignal::new(row.sms);
        let role = RwSignal::new(row.role);
        let kind = RwSignal::new(row.kind);
        let snapshot = Memo::new(move |_| AttendeeRow {
            id,
            name: name.get(),
            email: email.get(),
            phone: phone.get(),
            sms: sms.get(),
            role: role.get(),
            kind: kind.get(),
        });
        AttendeeSignals {
            id,
            name,
            email,
            phone,
            sms,
            role,
            kind,
            snapshot,
        }
    }
}

macro_rules! form {
    (
        strings: [$($s:ident),* $(,)?],
        bools: [$($b:ident),* $(,)?],
        lists: [$($l:ident),* $(,)?] $(,)?
    ) => {
        /// One signal per field of [`FormState`].
        #[derive(Debug, Clone, Copy)]
        pub struct Form {
            $(
                #[doc = concat!("`FormState::", stringify!($s), "`.")]
                pub $s: RwSignal<String>,
            )*
            $(
                #[doc = concat!("`FormState::", stringify!($b), "`.")]
                pub $b: RwSignal<bool>,
            )*
            $(
                #[doc = concat!("`FormState::", stringify!($l), "`.")]
                pub $l: RwSignal<Vec<u32>>,
            )*
            /// The attendee rows.
            pub attendees: RwSignal<Vec<AttendeeSignals>>,
            /// The id of the next added row.
            pub next_attendee_id: RwSignal<u32>,
            /// All rows' values: a memo over the row memos, so that an edit outside
            /// the attendees does not re-read their hundreds of signals.
            pub attendee_rows: Memo<Vec<AttendeeRow>>,
        }

        impl Form {
            /// Signals holding `state`.
            pub fn new(state: FormState) -> Form {
                let attendees: RwSignal<Vec<AttendeeSignals>> = RwSignal::new(
                    state.attendees.into_iter().map(AttendeeSignals::new).collect(),
                );
                let attendee_rows = Memo::new(move |_| {
                    attendees.with(|rows| rows.iter().map(|a| a.snapshot.get()).collect())
                });
                Form {
                    $($s: RwSignal::new(state.$s),)*
                    $($b: RwSignal::new(state.$b),)*
                    $($l: RwSignal::new(state.$l),)*
                    attendees,
                    next_attendee_id: RwSignal::new(state.next_attendee_id),
                    attendee_rows,
                }
            }

            /// The current values except the attendee rows (tracked: a memo calling
            /// this reruns on any edit of those fields). The rows are in
            /// [`Form::attendee_rows`]; keeping them out saves cloning them per keystroke.
            pub fn snapshot_without_attendees(&self) -> FormState {
                FormState {
                    $($s: self.$s.get(),)*
                    $($b: self.$b.get(),)*
                    $($l: self.$l.get(),)*
                    attendees: Vec::new(),
                    next_attendee_id: self.next_attendee_id.get(),
                }
            }

            /// Replaces every value by `state`'s.
            pub fn load(&self, state: FormState) {
                $(self.$s.set(state.$s);)*
                $(self.$b.set(state.$b);)*
                $(self.$l.set(state.$l);)*
                self.attendees
                    .set(state.attendees.into_iter().map(AttendeeSignals::new).collect());
                self.next_attendee_id.set(state.next_attendee_id);
            }
        }
    };
}

form! {
    strings: [
        subject, media_types, start_date, start_time, length, zone_id, cycle, interval,
        end_date, pre_remind_days, record_type, record_auth_type, live_address, aux_address,
        vmr_id, language, encrypt_mode, concurrent_participants, conf_res_type, groupuri,
        send_notify, send_sms, send_calendar, auto_mute, hard_auto_mute, guest_free_pwd,
        allow_guest_start, waiting_room, host_camera, guest_camera, call_in_restriction,
        guest_pwd, vmr_id_type, prolong_length, api_base,
    ],
    bools: [is_auto_record, record_aux_stream, vmr_flag, interpretation, week_picked, month_picked],
    lists: [week_points, month_points],
}

impl Form {
    /// Adds an empty attendee row; returns its id.
    pub fn add_attendee(&self) -> u32 {
        let id = self.next_attendee_id.get_untracked().max(1);
        self.next_attendee_id.set(id.saturating_add(1));
        let row = AttendeeSignals::new(AttendeeRow {
            id,
            role: "0".into(),
            ..AttendeeRow::default()
        });
        self.attendees.update(|rows| rows.push(row));
        id
    }

    /// Removes the attendee row `id`.
    pub fn remove_attendee(&self, id: u32) {
        self.attendees.update(|rows| rows.retain(|a| a.id != id));
    }

    /// The row that takes row `id`'s place when it is removed: the next one, else the
    /// previous one (where the keyboard focus goes).
    pub fn attendee_after_removal(&self, id: u32) -> Option<u32> {
        self.attendees.with_untracked(|rows| {
            let at = rows.iter().position(|a| a.id == id)?;
            rows.get(at + 1)
                .or_else(|| at.checked_sub(1).and_then(|i| rows.get(i)))
                .map(|a| a.id)
        })
    }

    /// Toggles weekday or month day `p` for the current cycle; from then on that
    /// selection is the user's and no longer follows the start date.
    pub fn toggle_point(&self, p: u32) {
        let (set, picked) = if self.cycle.get_untracked() == "Month" {
            (self.month_points, self.month_picked)
        } else {
            (self.week_points, self.week_picked)
        };
        set.update(|set| toggle_in(set, p));
        if !picked.get_untracked() {
            picked.set(true);
        }
    }
}
