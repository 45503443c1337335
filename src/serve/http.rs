//! Answers requests from the site in memory: GET and HEAD only, a folder's `index.html`,
//! the site's own `404.html` for misses, no listing of folders, and nothing outside the
//! site: a path that climbs (`..`, also percent-encoded), holds a backslash or a NUL byte
//! is refused before it is looked up. Pages get the reload script (and the error panel,
//! when the last rebuild failed, and the band over a draft) as they are served; the files
//! in memory never hold them.
//!
//! Every request passes [`answer_only_own_names`] first: one that does not name the
//! preview by a name it was started for is refused whatever its path, and every answer
//! forbids other sites to frame it, browsers to guess its type, and links to tell
//! other sites where they came from.

use std::convert::Infallible;
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::extract::{DefaultBodyLimit, Request};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::middleware::{self, Next};
use axum::response::sse::{Event as SseEvent, KeepAlive, Sse};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use tokio_stream::StreamExt;
use tokio_stream::wrappers::BroadcastStream;

use super::State;
use super::{listener, overlay};
use crate::desk;
use crate::diagnostic::Diagnostic;
use crate::pipeline::Built;
use crate::words::{self, text};

/// Where open pages listen for "reload".
pub(super) const EVENTS_PATH: &str = "/__diptych/events";

/// At most this many open pages follow rebuilds at once; a page beyond them is told so
/// and simply does not reload by itself.
const MOST_LIVE_RELOADS: usize = 256;

/// The largest form the desk takes: its own holds a token and a file name.
const MOST_FORM_BYTES: usize = 16 * 1024;

/// Serves until Ctrl-C, at most `connections` at once.
pub(super) async fn run(
    listener: std::net::TcpListener,
    state: Arc<State>,
    connections: usize,
) -> std::io::Result<()> {
    let app = Router::new()
        .route(EVENTS_PATH, get(events))
        .route(desk::DESK_PATH, get(desk_overview))
        .route(desk::COMPARE_PATH, get(desk_compare))
        .route(
            desk::RECORD_PATH,
            post(desk_record).layer(DefaultBodyLimit::max(MOST_FORM_BYTES)),
        )
        .route(
            desk::DESK_PATH.trim_end_matches('/'),
            get(|| async { redirect_to_folder(desk::DESK_PATH.trim_end_matches('/')) }),
        )
        .fallback(page)
        .layer(middleware::from_fn_with_state(
            Arc::clone(&state),
            answer_only_own_names,
        ))
        .with_state(state);
    listener::serve(listener, app, connections).await
}

/// Refuses a request that does not name the preview by one of its names, answers the
/// others, and [`mark`]s every answer.
async fn answer_only_own_names(
    axum::extract::State(state): axum::extract::State<Arc<State>>,
    request: Request,
    next: Next,
) -> Response {
    let mut response = match state.hosts.refusal(request.headers(), request.uri()) {
        Some(refusal) => refusal.into_response(),
        None => next.run(request).await,
    };
    mark(response.headers_mut());
    response
}

/// Marks an answer: no other site may frame it (a hidden frame could make a click record
/// a translation), no browser may take it for another type than the one sent, and no link
/// in it tells another site which page it came from.
fn mark(headers: &mut HeaderMap) {
    let safety = [
        (header::CONTENT_SECURITY_POLICY, "frame-ancestors 'none'"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "same-origin"),
    ];
    for (name, value) in safety {
        headers.insert(name, HeaderValue::from_static(value));
    }
}

/// A stream of "reload" for every rebuild, while fewer than [`MOST_LIVE_RELOADS`] pages
/// follow them.
async fn events(axum::extract::State(state): axum::extract::State<Arc<State>>) -> Response {
    let Ok(place) = Arc::clone(&state.live_reloads).try_acquire_owned() else {
        let full = format!(
            "{MOST_LIVE_RELOADS} open pages already follow the preview's changes: this one \
             does not reload by itself. Close some tabs and reload it.\n"
        );
        return (StatusCode::SERVICE_UNAVAILABLE, full).into_response();
    };
    let rebuilds = BroadcastStream::new(state.reload.subscribe()).map(move |_| {
        // The place is given back when the page stops listening.
        let _held = &place;
        Ok::<_, Infallible>(SseEvent::default().event("reload").data("reload"))
    });
    Sse::new(rebuilds)
        .keep_alive(KeepAlive::default())
        .into_response()
}

/// A place for each page that may follow rebuilds.
pub(super) fn live_reload_places() -> Arc<tokio::sync::Semaphore> {
    Arc::new(tokio::sync::Semaphore::new(MOST_LIVE_RELOADS))
}

/// The translation desk's overview, with the reload script so it follows every rebuild.
async fn desk_overview(
    axum::extract::State(state): axum::extract::State<Arc<State>>,
    axum::extract::Query(filter): axum::extract::Query<desk::Filter>,
) -> Response {
    desk_page(&state, |built| {
        desk::overview(&state.root, &built.site, &filter)
    })
}

/// A page's desk view: source and translation side by side.
async fn desk_compare(
    axum::extract::State(state): axum::extract::State<Arc<State>>,
    axum::extract::Query(asked): axum::extract::Query<desk::Asked>,
) -> Response {
    let files = state.site.read().unwrap_or_else(|e| e.into_inner()).clone();
    let recording = match &state.desk {
        Some(guard) => desk::Recording::Allowed(guard.token()),
        None => desk::Recording::Off,
    };
    desk_page(&state, |built| {
        let inputs = desk::Inputs {
            root: &state.root,
            site: &built.site,
            images: &built.images,
            addresses: &built.addresses,
            templates: &built.templates,
            files: &files,
        };
        tokio::task::block_in_place(|| desk::compare(&inputs, &asked, recording))
    })
}

/// A desk page made from the last good rebuild, with the reload script and, when the
/// last rebuild failed, the error panel.
fn desk_page(state: &State, make: impl FnOnce(&Built) -> Result<String, Diagnostic>) -> Response {
    let built = state
        .built
        .read()
        .unwrap_or_else(|e| e.into_inner())
        .clone();
    let problems = state
        .problems
        .read()
        .unwrap_or_else(|e| e.into_inner())
        .clone();
    let page = match built {
        Some(built) => make(&built),
        None => Err(Diagnostic::error(text!("serve-not-built-yet"))),
    };
    // The desk speaks the writer's language, whatever the page's.
    let writer = words::language();
    let (status, html) = match page {
        Ok(html) => (
            StatusCode::OK,
            overlay::inject(html.as_bytes(), &problems, writer),
        ),
        Err(problem) => (
            StatusCode::NOT_FOUND,
            overlay::inject(overlay::BLANK_PAGE.as_bytes(), &[problem], writer),
        ),
    };
    let mut response = (status, Html(html)).into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// The "translation is up to date" form.
#[derive(Debug, serde::Deserialize)]
struct RecordForm {
    #[serde(default)]
    token: String,
    file: String,
    /// `yes` once the translator saw what check finds and chose to record anyway.
    #[serde(default)]
    confirm: String,
}

/// Records a translation as up to date, as `diptych translated FILE` does, when the
/// request comes from the desk's own page; then shows the page's view again. When check
/// finds something in the translation, it first asks, unless the form says `confirm=yes`.
async fn desk_record(
    axum::extract::State(state): axum::extract::State<Arc<State>>,
    headers: axum::http::HeaderMap,
    axum::extract::Form(form): axum::extract::Form<RecordForm>,
) -> Response {
    let refusal = match &state.desk {
        None => Some(text!("refused-open-to-network")),
        Some(guard) => guard.refusal(&headers, &form.token),
    };
    if let Some(refusal) = refusal {
        let said = text!("not-recorded", refusal = refusal);
        return (StatusCode::FORBIDDEN, format!("{said}\n")).into_response();
    }
    let built = state
        .built
        .read()
        .unwrap_or_else(|e| e.into_inner())
        .clone();
    let Some(Built { site, .. }) = built else {
        let said = text!("serve-not-built-yet");
        return (StatusCode::CONFLICT, format!("{said}\n")).into_response();
    };
    let file = std::path::PathBuf::from(&form.file);
    if form.confirm != "yes" {
        let question = tokio::task::block_in_place(|| {
            desk::confirmation(&site, &state.root, &file, &form.token)
        });
        if let Some(question) = question {
            let mut asked = Html(question).into_response();
            (asked.headers_mut())
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            return asked;
        }
    }
    let recorded = tokio::task::block_in_place(|| {
        crate::translations::record(
            &state.root,
            &site.config,
            crate::translations::Which::Files(std::slice::from_ref(&file)),
        )
    });
    if let Err(problems) = recorded {
        let panel = overlay::inject(overlay::BLANK_PAGE.as_bytes(), &problems, words::language());
        return (StatusCode::UNPROCESSABLE_ENTITY, Html(panel)).into_response();
    }
    // Other open desk pages show the new standing.
    let _ = state.reload.send(());
    let back = (site.entries.iter())
        .find(|entry| entry.doc.source == file)
        .map_or_else(
            || desk::DESK_PATH.to_owned(),
            |entry| desk::compare_url(&entry.doc.key, &entry.doc.lang),
        );
    let mut moved = StatusCode::SEE_OTHER.into_response();
    if let Ok(location) = HeaderValue::from_str(&back) {
        moved.headers_mut().insert(header::LOCATION, location);
    }
    moved
}

/// Any other request: a file of the site, or why not.
async fn page(
    axum::extract::State(state): axum::extract::State<Arc<State>>,
    method: Method,
    uri: Uri,
) -> Response {
    if method != Method::GET && method != Method::HEAD {
        let mut refused = StatusCode::METHOD_NOT_ALLOWED.into_response();
        refused
            .headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return refused;
    }
    let Some(path) = site_path(uri.path()) else {
        return (
            StatusCode::BAD_REQUEST,
            text!("serve-address-outside").to_string(),
        )
            .into_response();
    };
    let site = state.site.read().unwrap_or_else(|e| e.into_inner()).clone();
    let (status, served) = if site.contains(&path) {
        (StatusCode::OK, path.clone())
    } else if site.contains(&format!("{path}/index.html")) {
        return redirect_to_folder(uri.path());
    } else {
        (StatusCode::NOT_FOUND, "404.html".to_owned())
    };
    let note = draft_note(&state, &path, &served, status);
    let path = served;
    let lang = words::language_of_locale(page_language(&path, &state.languages));
    let file = match site.made(&path) {
        Some(bytes) => Some(Ok(bytes)),
        // The sitemap or a print edition, made now on its first request.
        None => tokio::task::block_in_place(|| site.get(&path)),
    };
    let (status, bytes) = match file {
        Some(Ok(bytes)) => (status, bytes),
        Some(Err(problems)) => {
            let panel = overlay::inject(overlay::BLANK_PAGE.as_bytes(), &problems, lang);
            return (StatusCode::INTERNAL_SERVER_ERROR, Html(panel)).into_response();
        }
        None if note.is_some() => (status, Arc::from(overlay::BLANK_PAGE.as_bytes())),
        None => {
            return (StatusCode::NOT_FOUND, text!("serve-not-found").to_string()).into_response();
        }
    };
    let body = if path.ends_with(".html") {
        let problems = state.problems.read().unwrap_or_else(|e| e.into_inner());
        let page = match &note {
            Some(note) => overlay::put_on_top(&bytes, note),
            None => bytes.to_vec(),
        };
        Body::from(overlay::inject(&page, &problems, lang))
    } else {
        Body::from(bytes.to_vec())
    };
    let mut response = (status, body).into_response();
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, content_type(&path));
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if method == Method::HEAD {
        *response.body_mut() = Body::empty();
    }
    response
}

/// What the preview puts at the top of the page it serves at `served` for the request of
/// site path `asked`: the band over a draft page or over a print edition that prints
/// drafts, or on a 404 page the note that the address belongs to a draft left out
/// (`--no-drafts`).
fn draft_note(state: &State, asked: &str, served: &str, status: StatusCode) -> Option<String> {
    let drafts = Arc::clone(&state.drafts.read().unwrap_or_else(|e| e.into_inner()));
    let lang = page_language(asked, &state.languages);
    if status == StatusCode::NOT_FOUND {
        drafts
            .left_out_at(asked)
            .map(|file| super::drafts::left_out_note(file, lang))
    } else if drafts.is_shown(served) {
        Some(super::drafts::band(lang))
    } else {
        (drafts.printed_at(served)).map(|titles| super::drafts::edition_band(lang, titles))
    }
}

/// `/nl/strategie` → `/nl/strategie/`, so that the page's relative links work.
fn redirect_to_folder(path: &str) -> Response {
    let mut moved = StatusCode::PERMANENT_REDIRECT.into_response();
    if let Ok(location) = HeaderValue::from_str(&format!("{path}/")) {
        moved.headers_mut().insert(header::LOCATION, location);
    }
    moved
}

/// The site path a request path asks for (`/de/` → `de/index.html`), or `None` when it
/// could lead outside the site: a `.` or `..` segment, a backslash, a NUL byte or text
/// that is not UTF-8, percent-encoded or not.
pub(super) fn site_path(request: &str) -> Option<String> {
    let decoded = percent_encoding::percent_decode_str(request)
        .decode_utf8()
        .ok()?;
    if decoded.contains(['\\', '\0']) || !decoded.starts_with('/') || decoded.starts_with("//") {
        return None;
    }
    let inside = &decoded[1..];
    if inside
        .split('/')
        .any(|segment| segment == ".." || segment == ".")
    {
        return None;
    }
    Some(if inside.is_empty() || inside.ends_with('/') {
        format!("{inside}index.html")
    } else {
        inside.to_owned()
    })
}

/// The language of a page, from its first folder (`de/…`); the default language else.
fn page_language<'a>(path: &str, languages: &'a [String]) -> &'a str {
    let first = path.split('/').next().unwrap_or_default();
    languages
        .iter()
        .find(|lang| lang.as_str() == first)
        .or(languages.first())
        .map_or("en", String::as_str)
}

fn content_type(path: &str) -> HeaderValue {
    let guessed = mime_guess::from_path(path).first_or_octet_stream();
    let text = if guessed.type_() == mime_guess::mime::TEXT || path.ends_with(".xml") {
        format!("{guessed}; charset=utf-8")
    } else {
        guessed.to_string()
    };
    HeaderValue::from_str(&text).unwrap_or(HeaderValue::from_static("application/octet-stream"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_paths_stay_inside_the_site() {
        assert_eq!(site_path("/").as_deref(), Some("index.html"));
        assert_eq!(site_path("/de/").as_deref(), Some("de/index.html"));
        assert_eq!(site_path("/style.css").as_deref(), Some("style.css"));
        assert_eq!(site_path("/%C3%BCber/").as_deref(), Some("über/index.html"));
        for climbing in [
            "/../site.yaml",
            "/%2e%2e/site.yaml",
            "/..%2fsite.yaml",
            "/nl/%2E%2E/%2E%2E/x",
            "//etc/passwd",
            "/nl\\..\\x",
            "/nl%5c..%5cx",
            "/a%00b",
            "/%ff",
        ] {
            assert_eq!(site_path(climbing), None, "{climbing}");
        }
    }
}
