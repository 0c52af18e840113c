//! The issue summary: every error and warning, each linking to its field.

use leptos::prelude::*;

use crate::browser;
use crate::ctx::AppCtx;
use crate::i18n::Text;
use crate::lazy::{lazy_fn, lazy_view};

/// The summary list of issues (region "Problems to fix").
#[component]
pub fn IssueSummary() -> impl IntoView {
    let ctx = AppCtx::get();
    let summary = ctx.summary;
    let errors = Memo::new(move |_| summary.with(|l| l.iter().filter(|i| i.error).count()));
    let warnings = Memo::new(move |_| summary.with(|l| l.iter().filter(|i| !i.error).count()));
    view! {
        <section class="issues" aria-labelledby="issues-h">
            <h2 id="issues-h">
                {ctx.text(Text::IssuesHeading)}
                <span class="counts" aria-live="polite">
                    " — " {errors} " " {ctx.text(Text::ErrorsCount)} ", " {warnings} " "
                    {ctx.text(Text::WarningsCount)}
                </span>
            </h2>
            <Show
                when=move || summary.with(|l| !l.is_empty())
                fallback=move || view! { <p class="ok">{ctx.text(Text::NoIssues)}</p> }
            >
                // The list's code loads with the first issue (`crate::lazy`).
                {move || lazy_view(move || Box::pin(issue_list(ctx)), || {})}
            </Show>
        </section>
    }
}

lazy_fn! {
    /// [`issue_list_view`], in the part `issues` (`crate::lazy`).
    fn issue_list in issues(ctx: AppCtx) -> AnyView {
        issue_list_view(ctx)
    }
}

/// The issues, each linking to its field.
fn issue_list_view(ctx: AppCtx) -> AnyView {
    let summary = ctx.summary;
    view! {
        <ul class="issue-list">
            {move || {
                summary
                    .get()
                    .into_iter()
                    .map(|i| {
                        let (class, sev) = if i.error {
                            ("issue issue-error", Text::Error)
                        } else {
                            ("issue issue-warning", Text::Warning)
                        };
                        let code = i.huawei_code.map(|c| format!(" [{c}]"));
                        let label = view! {
                            <span class="sev">{ctx.text(sev)}</span>
                            " "
                            <code>{i.path.clone()}</code>
                            ": "
                            {i.message.clone()}
                            {code}
                        };
                        match i.target.clone() {
                            Some(target) => {
                                let href = format!("#{target}");
                                view! {
                                    <li class=class>
                                        <a
                                            href=href
                                            on:click=move |ev| {
                                                ev.prevent_default();
                                                // Soon: a field whose section is still loading appears first.
                                                    browser::focus_soon(target.clone());
                                            }
                                        >
                                            {label}
                                        </a>
                                    </li>
                                }
                                    .into_any()
                            }
                            None => view! { <li class=class>{label}</li> }.into_any(),
                        }
                    })
                    .collect_view()
            }}
        </ul>
    }
    .into_any()
}
