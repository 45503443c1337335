//! Taking in connections within limits, so that slow, idle or many clients cannot make
//! the preview stop answering. A request whose headers are not complete within 30 seconds
//! is closed, and so is a kept-alive connection that sends no next request within that
//! time (HTTP/1.1 only: browsers speak nothing else to a plain-text local server). The
//! number of open connections is capped below the process's open-file limit, which is
//! first raised to its ceiling, as Go servers do: at the common soft limit of 1024 a
//! thousand idle connections would otherwise leave no file for the next request. A
//! live-reload stream is a response still being sent, so no header timeout ends it.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

/// How long a client may take to send a request's headers, and to start the next one.
const HEADER_TIMEOUT: Duration = Duration::from_secs(30);

/// Shortens [`HEADER_TIMEOUT`] to this many milliseconds, for the tests only.
const HEADER_TIMEOUT_VARIABLE: &str = "DIPTYCH_HEADER_TIMEOUT_MS";

/// Open files kept for everything but connections: the site's files read by rebuilds,
/// the watcher, the browser started for the print editions.
const FILES_KEPT: u64 = 256;

/// Fewer connections than this are never a limit worth setting.
const FEWEST_CONNECTIONS: u64 = 64;

/// More connections than this are never needed by a preview.
const MOST_CONNECTIONS: u64 = 16_384;

/// How long requests still under way get to finish after Ctrl-C; live-reload streams
/// never finish, so they are cut after it.
const GRACE: Duration = Duration::from_secs(1);

/// Listens on `bind:port`, or on a free port when that one is taken.
pub(super) fn listen(bind: IpAddr, port: u16) -> std::io::Result<std::net::TcpListener> {
    let listener = match std::net::TcpListener::bind(SocketAddr::new(bind, port)) {
        Err(error) if error.kind() == std::io::ErrorKind::AddrInUse => {
            std::net::TcpListener::bind(SocketAddr::new(bind, 0))
        }
        bound => bound,
    }?;
    listener.set_nonblocking(true)?;
    Ok(listener)
}

/// Raises the soft open-file limit to the hard one; returns the limit in force after,
/// `None` when it cannot be read. Failing to raise it never stops the preview.
#[cfg(unix)]
pub(super) fn raise_open_file_limit() -> Option<u64> {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit and setrlimit read and write a struct we own.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &raw mut limit) != 0 {
            return None;
        }
        let raised = libc::rlimit {
            rlim_cur: limit.rlim_max,
            rlim_max: limit.rlim_max,
        };
        if libc::setrlimit(libc::RLIMIT_NOFILE, &raw const raised) == 0 {
            limit = raised;
        }
    }
    Some(limit.rlim_cur)
}

/// Windows has no per-process open-file limit to raise.
#[cfg(not(unix))]
pub(super) fn raise_open_file_limit() -> Option<u64> {
    None
}

/// How many connections may be open at once under an open-file limit of `open_files`.
pub(super) fn connection_cap(open_files: Option<u64>) -> usize {
    let cap = open_files.map_or(MOST_CONNECTIONS, |limit| {
        limit
            .saturating_sub(FILES_KEPT)
            .clamp(FEWEST_CONNECTIONS, MOST_CONNECTIONS)
    });
    usize::try_from(cap).unwrap_or(usize::MAX)
}

/// Serves `app` on `listener`, at most `cap` connections at once, until Ctrl-C.
///
/// When `cap` connections are open, the next one waits in the system's queue until one
/// closes (within the header timeout at the latest, if it idles) rather than being
/// accepted and closed at once: a writer's browser then sees a slow page, not an error.
pub(super) async fn serve(
    listener: std::net::TcpListener,
    app: Router,
    cap: usize,
) -> std::io::Result<()> {
    let listener = TcpListener::from_std(listener)?;
    let slots = Arc::new(Semaphore::new(cap));
    let mut http = http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(header_timeout());
    let graceful = GracefulShutdown::new();
    let ctrl_c = tokio::signal::ctrl_c();
    tokio::pin!(ctrl_c);
    loop {
        let next = async {
            let slot = Arc::clone(&slots).acquire_owned().await;
            (slot, listener.accept().await)
        };
        let (slot, accepted) = tokio::select! {
            next = next => next,
            // Without a Ctrl-C handler the server runs until the process is ended.
            _ = &mut ctrl_c => break,
        };
        let stream = match accepted {
            Ok((stream, _)) => stream,
            Err(error) => {
                pause_after(&error).await;
                continue;
            }
        };
        let service = TowerToHyperService::new(app.clone());
        let connection = graceful.watch(http.serve_connection(TokioIo::new(stream), service));
        tokio::spawn(async move {
            // A client that goes away mid-request is no problem of the preview's.
            let _ = connection.await;
            drop(slot);
        });
    }
    drop(listener);
    let _ = tokio::time::timeout(GRACE, graceful.shutdown()).await;
    Ok(())
}

/// Waits a moment after a failed accept that may repeat at once (no file left for the
/// connection); a client that gave up before it was taken in needs no pause.
async fn pause_after(error: &std::io::Error) {
    use std::io::ErrorKind::{ConnectionAborted, ConnectionRefused, ConnectionReset};
    if !matches!(
        error.kind(),
        ConnectionAborted | ConnectionRefused | ConnectionReset
    ) {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// [`HEADER_TIMEOUT`], or what the tests set in [`HEADER_TIMEOUT_VARIABLE`].
fn header_timeout() -> Duration {
    std::env::var(HEADER_TIMEOUT_VARIABLE)
        .ok()
        .and_then(|millis| millis.parse().ok())
        .map_or(HEADER_TIMEOUT, Duration::from_millis)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connections_leave_room_for_the_files_of_a_rebuild() {
        assert_eq!(connection_cap(Some(1024)), 768);
        assert_eq!(connection_cap(Some(1_048_576)), 16_384);
        assert_eq!(connection_cap(Some(100)), 64);
        assert_eq!(connection_cap(None), 16_384);
    }
}
