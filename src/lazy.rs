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
//! | `send` | the request on its way, failure messages, "Reset form" | "Schedule series", "Reset form" |
//! | `success` | the success view | a created series |
//!
//! The first time a part is needed, the browser fetches its file (`wasm_split_helpers`,
//! the runtime behind Leptos's `#[lazy]`); a fetch that fails shows [`Text::PartNotLoaded`]
//! at the part's place (the form, its preview and the draft are unaffected), and the
//! next use tries again. Trunk's wasm-bindgen step cuts the module at these points
//! (`tools/split/wasm-bindgen`, `wasm-split-cli`), and `scripts/post-build.mjs` ships the
//! parts. Without the feature (the DOM tests, `cargo test`) the same functions are plain
//! `async fn`s: the app behaves the same, with all its code in one module.

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;

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

/// A view whose code arrives later: nothing until `load` is done, then its view, or a
/// notice that this part of the app did not load.
pub fn lazy_view(load: LazyView) -> impl IntoView {
    let ctx = AppCtx::get();
    let slot = StoredValue::new_local(None::<AnyView>);
    let ready = RwSignal::new(false);
    // Scoped: the part's components read the context of the place they are shown in.
    leptos::task::spawn_local_scoped(async move {
        let view = load.await.unwrap_or_else(|_| {
            view! { <p class="msg msg-error" role="alert">{ctx.text(Text::PartNotLoaded)}</p> }
                .into_any()
        });
        slot.set_value(Some(view));
        ready.set(true);
    });
    move || {
        ready.track();
        slot.try_update_value(Option::take).flatten()
    }
}
