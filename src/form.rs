//! The reactive form: one signal per field of [`FormState`] (and per attendee field), so
//! that a keystroke notifies only the controls of that field. [`Form::snapshot`] reads
//! them all back into a plain [`FormState`] (for the request and the draft).

use leptos::prelude::*;

use crate::state::{AttendeeRow, FormState};

/// The signals of one attendee row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
}

impl AttendeeSignals {
    fn new(row: AttendeeRow) -> AttendeeSignals {
        AttendeeSignals {
            id: row.id,
            name: RwSignal::new(row.name),
            email: RwSignal::new(row.email),
            phone: RwSignal::new(row.phone),
            sms: RwSignal::new(row.sms),
            role: RwSignal::new(row.role),
            kind: RwSignal::new(row.kind),
        }
    }

    fn snapshot(&self) -> AttendeeRow {
        AttendeeRow {
            id: self.id,
            name: self.name.get(),
            email: self.email.get(),
            phone: self.phone.get(),
            sms: self.sms.get(),
            role: self.role.get(),
            kind: self.kind.get(),
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
        }

        impl Form {
            /// Signals holding `state`.
            pub fn new(state: FormState) -> Form {
                Form {
                    $($s: RwSignal::new(state.$s),)*
                    $($b: RwSignal::new(state.$b),)*
                    $($l: RwSignal::new(state.$l),)*
                    attendees: RwSignal::new(
                        state.attendees.into_iter().map(AttendeeSignals::new).collect(),
                    ),
                    next_attendee_id: RwSignal::new(state.next_attendee_id),
                }
            }

            /// The current values (tracked: a memo calling this reruns on any edit).
            pub fn snapshot(&self) -> FormState {
                FormState {
                    $($s: self.$s.get(),)*
                    $($b: self.$b.get(),)*
                    $($l: self.$l.get(),)*
                    attendees: self.attendees.with(|rows| rows.iter().map(AttendeeSignals::snapshot).collect()),
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
    bools: [is_auto_record, record_aux_stream, vmr_flag, interpretation],
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

    /// Toggles weekday or month day `p` for the current cycle.
    pub fn toggle_point(&self, p: u32) {
        let set = if self.cycle.get_untracked() == "Month" {
            self.month_points
        } else {
            self.week_points
        };
        set.update(|set| {
            if let Some(i) = set.iter().position(|&x| x == p) {
                set.remove(i);
            } else {
                set.push(p);
                set.sort_unstable();
            }
        });
    }
}
