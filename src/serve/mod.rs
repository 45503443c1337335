//! `diptych serve`: a live preview for writers. The site is built into memory
//! ([`LiveSite`]) and served from there; a watcher rebuilds it incrementally when a file of
//! the site changes, and open pages reload themselves. A build error is shown over the
//! page, in its language, while the last good site stays served underneath.
//!
//! The server calls the engine and never re-implements a build step: `http` answers
//! requests from the current snapshot of the site, `watch` turns saved files into
//! rebuilds, `overlay` writes the error panel and the reload script into served pages,
//! `drafts` the band over draft pages (shown unless `--no-drafts`) and the note on a
//! 404 page that the address belongs to a draft left out,
//! `hosts` decides which names the preview answers to, `guard` whether a request may
//! record a translation from the [desk](crate::desk), and `listener` takes in connections
//! within timeouts and caps. `docs/security.md` says what the preview accepts, from whom.
//!
//! The top floor (docs/architecture.md): it may use every floor below, features included
//! (the desk), and only `main.rs` uses it.

mod drafts;
mod guard;
mod hosts;
mod http;
mod listener;
mod overlay;
mod watch;

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::{Arc, RwLock};
use std::time::Instant;

use tokio::sync::broadcast;

use crate::diagnostic::Diagnostic;
use crate::pipeline::{BuildOptions, Built, LiveSite, Snapshot};
use crate::words::text;

/// What the writer asked for.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The site and how to build it.
    pub build: BuildOptions,
    /// The address to listen on: loopback unless the writer opens it to the network.
    pub bind: IpAddr,
    /// The port; when it is taken (or 0), a free one is chosen.
    pub port: u16,
    /// Whether the translation desk may record translations while the preview is open
    /// to the network (beyond loopback it may not, unless the writer says so).
    pub allow_desk_writes: bool,
    /// More names the preview answers to (`--host`), besides its own.
    pub hosts: Vec<String>,
}

/// What the server tells the writer, as it happens.
#[derive(Debug)]
pub enum Event {
    /// The preview can be opened at this address.
    Listening(SocketAddr),
    /// The preview listens beyond loopback: others on the network can read it.
    OpenToNetwork {
        /// Where others can open it: this computer's name and addresses, and the `--host`
        /// names, as `http://name:port/`.
        addresses: Vec<String>,
        /// Whether the desk records translations (`--allow-desk-writes`).
        desk_records: bool,
    },
    /// A rebuild succeeded.
    Rebuilt {
        /// Files whose bytes changed (or that are gone).
        changed: usize,
        /// Files rendered again.
        rendered: usize,
        /// How long it took, in milliseconds.
        millis: f64,
        /// Problems that did not stop it.
        warnings: Vec<Diagnostic>,
    },
    /// A rebuild failed; the last good site stays served.
    Failed(Vec<Diagnostic>),
}

/// Reports events to the writer (the binary prints them).
type Report = Arc<dyn Fn(Event) + Send + Sync>;

/// What the request handlers share with the watcher.
struct State {
    /// The site as the last successful rebuild left it.
    site: RwLock<Arc<Snapshot>>,
    /// Where the drafts of the last successful rebuild are.
    drafts: RwLock<Arc<drafts::Drafts>>,
    /// The site and theme of the last successful rebuild, for the translation desk.
    built: RwLock<Option<Built>>,
    /// The names the preview answers to.
    hosts: Arc<hosts::Hosts>,
    /// What a request must show to record a translation; `None`: the desk records none.
    desk: Option<guard::DeskGuard>,
    /// A place for each open page that may follow rebuilds.
    live_reloads: Arc<tokio::sync::Semaphore>,
    /// The site folder.
    root: PathBuf,
    /// The problems of the last rebuild, when it failed.
    problems: RwLock<Vec<Diagnostic>>,
    /// The site's languages, default first: the error panel speaks the page's.
    languages: Vec<String>,
    /// Tells the open pages to reload.
    reload: broadcast::Sender<()>,
}

/// Builds the site, serves it and rebuilds it on every change until Ctrl-C. Returns an
/// error only when the server cannot start.
pub fn serve(
    options: ServeOptions,
    report: impl Fn(Event) + Send + Sync + 'static,
) -> Result<(), Vec<Diagnostic>> {
    let config = crate::config::load(&options.build.root, options.build.base_url.as_deref())?;
    let mut languages = vec![config.default_language.to_string()];
    languages.extend(config.languages.iter().map(|l| l.code.to_string()));
    let hosts = Arc::new(hosts::Hosts::new(options.bind, &options.hosts).map_err(|p| vec![p])?);
    let connections = listener::connection_cap(listener::raise_open_file_limit());
    let listener =
        listener::listen(options.bind, options.port).map_err(|error| start_problem(&error))?;
    let address = listener
        .local_addr()
        .map_err(|error| start_problem(&error))?;
    let (reload, _) = broadcast::channel(16);
    let mut live = LiveSite::new(options.build.clone());
    let state = Arc::new(State {
        site: RwLock::new(live.snapshot()),
        drafts: RwLock::default(),
        built: RwLock::new(None),
        desk: guard::DeskGuard::new(Arc::clone(&hosts), options.allow_desk_writes),
        hosts,
        live_reloads: http::live_reload_places(),
        root: options.build.root.clone(),
        problems: RwLock::new(Vec::new()),
        languages,
        reload,
    });
    let report: Report = Arc::new(report);
    rebuild(&mut live, None, &state, &report);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|error| start_problem(&error))?;
    runtime.block_on(async {
        let watched_state = Arc::clone(&state);
        let watched_report = Arc::clone(&report);
        let _watcher = watch::start(&options.build.root, move |changed| {
            rebuild(&mut live, Some(changed), &watched_state, &watched_report)
        })
        .map_err(|error| start_problem(&std::io::Error::other(error)))?;
        report(Event::Listening(address));
        if !state.hosts.on_loopback() {
            let port = address.port();
            report(Event::OpenToNetwork {
                addresses: (state.hosts.network_names().iter())
                    .map(|name| format!("http://{name}:{port}/"))
                    .collect(),
                desk_records: state.desk.is_some(),
            });
        }
        http::run(listener, state, connections)
            .await
            .map_err(|error| start_problem(&error))
    })
}

/// Brings the served site up to date (after `changed` files changed, when known) and
/// tells the open pages.
fn rebuild(live: &mut LiveSite, changed: Option<&[PathBuf]>, state: &State, report: &Report) {
    let started = Instant::now();
    let outcome = match changed {
        Some(changed) => live.rebuild_changed(changed),
        None => live.rebuild(),
    };
    match outcome {
        Ok(rebuilt) => {
            *state.site.write().unwrap_or_else(|e| e.into_inner()) = live.snapshot();
            let built = live.built();
            *state.drafts.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(
                (built.as_ref())
                    .map(|built| drafts::Drafts::of(&built.site))
                    .unwrap_or_default(),
            );
            *state.built.write().unwrap_or_else(|e| e.into_inner()) = built;
            state
                .problems
                .write()
                .unwrap_or_else(|e| e.into_inner())
                .clear();
            report(Event::Rebuilt {
                changed: rebuilt.changed.len(),
                rendered: rebuilt.rendered,
                millis: started.elapsed().as_secs_f64() * 1000.0,
                warnings: rebuilt.warnings,
            });
        }
        Err(problems) => {
            *state.problems.write().unwrap_or_else(|e| e.into_inner()) = problems.clone();
            report(Event::Failed(problems));
        }
    }
    // No open page is no problem.
    let _ = state.reload.send(());
}

fn start_problem(error: &std::io::Error) -> Vec<Diagnostic> {
    vec![
        Diagnostic::error(text!("serve-cannot-start", error = error))
            .with_hint(text!("serve-cannot-start-hint")),
    ]
}
