//! The only module that touches browser storage: the draft (localStorage, everything
//! but the token), the UI language (localStorage) and the access token (sessionStorage
//! only — never localStorage, URLs or logs).

use cycleconf_core::Lang;

use crate::json_text;
use crate::state::{AttendeeRow, FormState};

const DRAFT_KEY: &str = "cycleconf.draft.v1";
const LANG_KEY: &str = "cycleconf.lang";
const TOKEN_KEY: &str = "cycleconf.token";

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// The saved draft, if there is one and it parses.
pub fn load_draft() -> Option<FormState> {
    let text = local()?.get_item(DRAFT_KEY).ok()??;
    json_text::parse(&text).map(|v| FormState::from_json(&v))
}

/// Saves the draft (the token is not part of [`FormState`]).
pub fn save_draft(state: &FormState, rows: &[AttendeeRow]) {
    if let Some(store) = local() {
        // Storage full or disabled: the form keeps working without a draft.
        let _ = store.set_item(DRAFT_KEY, &state.draft_json(rows));
    }
}

/// Forgets the draft.
pub fn clear_draft() {
    if let Some(store) = local() {
        let _ = store.remove_item(DRAFT_KEY);
    }
}

/// The UI language chosen earlier, if any.
pub fn load_lang() -> Option<Lang> {
    let tag = local()?.get_item(LANG_KEY).ok()??;
    Lang::parse(&tag)
}

/// Remembers the UI language.
pub fn save_lang(lang: Lang) {
    if let Some(store) = local() {
        let _ = store.set_item(LANG_KEY, lang.tag());
    }
}

/// The access token of this tab (sessionStorage).
pub fn load_token() -> String {
    session()
        .and_then(|s| s.get_item(TOKEN_KEY).ok().flatten())
        .unwrap_or_default()
}

/// Keeps the access token for this tab only (sessionStorage).
pub fn save_token(token: &str) {
    if let Some(store) = session() {
        let _ = if token.is_empty() {
            store.remove_item(TOKEN_KEY)
        } else {
            store.set_item(TOKEN_KEY, token)
        };
    }
}
