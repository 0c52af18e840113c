//! Parts of the app that load when they are first needed, not with the page.
//!
//! The design budget for the first load is 200 KB gzip (wasm + js + css). Not needed to
//! show and fill in the form, and so each in a part of its own in a build with the
//! `split` feature (the release build, `index.html`), named by its `lazy_fn!` chunk:
//!
//! | part | what | first needed |
//! |---|---|---|
//! | `form_extras` | attendee rows, month-day picker, the optional sections' bodies | first row, "Month", a section opened or flagged |
//! | `issues` | the issue summary's list | the first issue |
//! | `code` | request JSON, cURL command, .ics download | opening one, the download |
//! | `send` | the request on its way, failure messages, "Reset form", the success view | "Schedule series", "Reset form" |
//!
//! The first time a part is needed, the browser fetches its file (`wasm_split_helpers`,
//! the runtime behind Leptos's `#[lazy]`); a fetch that fails shows [`Text::PartNotLoaded`]
//! at the part's place (the form, its preview and the draft are unaffected), and the
//! next use tries again. An action whose result a part shows waits for it first: "Add
//! attendee" adds a row only once the rows can show it, and the success view comes with
//! the code that sends, so that a series is never created without being shown. Trunk's wasm-bindgen step cuts the module at these points
//! (`tools/split/wasm-bindgen`, `wasm-split-cli`), and `scripts/post-build.mjs` ships the
//! parts. Without the feature (the DOM tests, `cargo test`) the same functions are plain
//! `async fn`s: the app behaves the same, with all its code in one module.

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;

use crate::components::controls::auto_open;
use crate::ctx::AppCtx;
use crate::i18n::Text;

/// The error of a part whose code could not be fetched (offline, say).
#[cfg(feature = "split")]
pub use leptos::wasm_split::SplitLoaderError as LoadError;

/// The error of a part whose code could not be fetched; never made when nothing is split.
#[cfg(not(feature = "split"))]
#[derive(Debug)]
pub struct LoadError;

/// Declares `async fn name(args) -> Result<T, LoadError>` whose body is compiled into
/// the separate wasm file `chunk` in split builds (fetched on the first call; a failed
/// fetch is the `Err`, and the next call tries again), and a plain `async fn` otherwise.
/// The body returns a `T`, not a `Result`.
macro_rules! lazy_fn {
    (
        $(#[$meta:meta])*
        $vis:vis fn $name:ident in $chunk:ident ($($arg:ident : $ty:ty),* $(,)?) -> $ret:ty $body:block
    ) => {
        #[cfg(feature = "split")]
        $(#[$meta])*
        #[leptos::wasm_split::wasm_split(
            $chunk,
            wasm_split_path = ::leptos::wasm_split,
            fallible
        )]
        $vis fn $name($($arg: $ty),*) -> ::core::result::Result<$ret, $crate::lazy::LoadError> {
            Ok($body)
        }

        #[cfg(not(feature = "split"))]
        $(#[$meta])*
        $vis async fn $name($($arg: $ty),*) -> ::core::result::Result<$ret, $crate::lazy::LoadError> {
            Ok($body)
        }
    };
}
pub(crate) use lazy_fn;

/// A view on its way: what a function declared with [`lazy_fn!`] that makes a view
/// returns.
pub type LazyView = Pin<Box<dyn Future<Output = Result<AnyView, LoadError>>>>;

/// Where a part's view stands.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Arrival {
    /// Its code is on its way.
    Loading,
    /// The view is there (and has been handed to the page).
    Ready,
    /// Its code did not come.
    Failed,
}

/// A view whose code arrives later: "Loading…" until `load` is done, then its view. If
/// the code does not come, a notice that this part did not load takes its place, and
/// the next use (`again`: a closure that reads the signals that change with a use, such
/// as a counter of openings) tries again.
pub fn lazy_view(
    load: impl Fn() -> LazyView + 'static,
    again: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    lazy_view_boxed(Box::new(load), Box::new(again))
}

/// [`lazy_view`] without its type parameters: one copy of the code for every part.
fn lazy_view_boxed(load: Box<dyn Fn() -> LazyView>, again: Box<dyn Fn() + Send + Sync>) -> AnyView {
    let ctx = AppCtx::get();
    let slot = StoredValue::new_local(None::<AnyView>);
    let arrival = RwSignal::new(Arrival::Loading);
    let load = StoredValue::new_local(load);
    let fetch = move || {
        arrival.set(Arrival::Loading);
        let Some(view) = load.try_with_value(|load| load()) else {
            return;
        };
        // Scoped: the part's components read the context of the place they are shown in.
        leptos::task::spawn_local_scoped(async move {
            match view.await {
                Ok(view) => {
                    slot.set_value(Some(view));
                    arrival.set(Arrival::Ready);
                }
                Err(_) => arrival.set(Arrival::Failed),
            }
        });
    };
    fetch();
    Effect::new(move |seen: Option<()>| {
        again();
        if seen.is_some() && arrival.get_untracked() == Arrival::Failed {
            fetch();
        }
    });
    (move || match arrival.get() {
        Arrival::Loading => Some(
            view! { <p class="hint" aria-live="polite">{ctx.text(Text::PartLoading)}</p> }
                .into_any(),
        ),
        Arrival::Ready => slot.try_update_value(Option::take).flatten(),
        Arrival::Failed => Some(
            view! { <p class="msg msg-error" role="alert">{ctx.text(Text::PartNotLoaded)}</p> }
                .into_any(),
        ),
    })
    .into_any()
}

lazy_fn! {
    /// Resolves once the part `form_extras` is here (its code fetched if need be): for an
    /// action that must not change the form unless the part can show the change.
    pub fn form_extras_ready in form_extras() -> () {}
}

/// A disclosure (`<details>`) whose body is a part: it loads the first time the
/// disclosure opens or `open_now` turns true (an issue inside, which also opens it), and
/// again at the next opening if it did not load. `body` gets a signal that is true while
/// the disclosure is open. `named`: the disclosure is also named by `title` for assistive
/// technology (`aria-label`).
pub fn lazy_details(
    class: &'static str,
    title: Text,
    named: bool,
    open_now: Option<Memo<bool>>,
    body: impl Fn(RwSignal<bool>) -> LazyView + 'static,
) -> impl IntoView {
    lazy_details_boxed(class, title, named, open_now, Box::new(body))
}

/// [`lazy_details`] without its type parameter: one copy of the code for every disclosure.
fn lazy_details_boxed(
    class: &'static str,
    title: Text,
    named: bool,
    open_now: Option<Memo<bool>>,
    body: Box<dyn Fn(RwSignal<bool>) -> LazyView>,
) -> AnyView {
    let ctx = AppCtx::get();
    let open = RwSignal::new(false);
    let flagged = move || open_now.is_some_and(|f| f.get());
    let shown = Memo::new(move |was: Option<&bool>| {
        was.copied().unwrap_or(false) || open.get() || flagged()
    });
    let node = open_now.map_or_else(NodeRef::new, auto_open);
    let body = StoredValue::new_local(body);
    view! {
        <details
            class=class
            node_ref=node
            aria-label=move || named.then(|| ctx.tr(title))
            on:toggle=move |_| open.set(node.get_untracked().is_some_and(|d| d.open()))
        >
            <summary>{ctx.text(title)}</summary>
            {move || {
                shown
                    .get()
                    .then(|| {
                        lazy_view(
                            move || body.try_with_value(|body| body(open)).unwrap_or_else(gone),
                            move || open.track(),
                        )
                    })
            }}
        </details>
    }
    .into_any()
}

/// The view of a part whose place is gone (never shown).
fn gone() -> LazyView {
    Box::pin(async { Ok(().into_any()) })
}
