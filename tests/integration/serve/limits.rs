//! The preview under many connections and slow clients, through the real binary: at the
//! common soft open-file limit of 1024, as many idle connections leave it answering, a
//! request whose headers never end is closed after the header timeout (shortened for the
//! tests with `DIPTYCH_HEADER_TIMEOUT_MS`), live-reload streams outlive that timeout, and
//! past the cap on live-reload streams a page is told so instead of kept waiting.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::os::unix::process::CommandExt;
use std::time::{Duration, Instant};

use super::{Server, answer};
use crate::support::{edit, fixture};

/// The open-file limit of this process: (soft, hard).
fn open_file_limit() -> (libc::rlim_t, libc::rlim_t) {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: reads this process's limit into a struct we own.
    assert_eq!(
        unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &raw mut limit) },
        0
    );
    (limit.rlim_cur, limit.rlim_max)
}

/// Sets this process's open-file limit; `true` when it could.
fn set_open_file_limit(soft: libc::rlim_t, hard: libc::rlim_t) -> bool {
    let limit = libc::rlimit {
        rlim_cur: soft,
        rlim_max: hard,
    };
    // SAFETY: sets a limit of this process from a struct we own.
    unsafe { libc::setrlimit(libc::RLIMIT_NOFILE, &raw const limit) == 0 }
}

/// A connection that sends `bytes` and then waits.
fn connect(server: &Server, bytes: &[u8]) -> TcpStream {
    let mut stream = server.connect();
    stream.write_all(bytes).unwrap();
    stream
}

#[test]
fn as_many_idle_connections_as_the_common_open_file_limit_leave_the_preview_answering() {
    let (_, hard) = open_file_limit();
    assert!(
        hard >= 2048,
        "this test needs a hard open-file limit of at least 2048, not {hard}"
    );
    assert!(
        set_open_file_limit(hard, hard),
        "cannot raise the test's own limit"
    );
    let site = fixture("trilingual");
    let mut command = Server::command(site.path(), &[]);
    // SAFETY: only setrlimit, which is async-signal-safe, runs between fork and exec.
    unsafe {
        command.pre_exec(move || {
            let limit = libc::rlimit {
                rlim_cur: 1024,
                rlim_max: hard,
            };
            if libc::setrlimit(libc::RLIMIT_NOFILE, &raw const limit) == 0 {
                Ok(())
            } else {
                Err(std::io::Error::last_os_error())
            }
        });
    }
    let server = Server::spawn(command);
    let idle: Vec<TcpStream> = (0..1024).map(|_| connect(&server, b"")).collect();
    // Every one of them is taken in before the next request is asked.
    std::thread::sleep(Duration::from_millis(500));
    let started = Instant::now();
    let (status, response) = server.request("GET", "/nl/strategie/ambities/");
    assert_eq!(status, 200, "{response}");
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "the page took {:?} beside 1,024 idle connections",
        started.elapsed()
    );
    drop(idle);
    assert!(server.interrupt().success());
}

/// The preview with a header timeout of one second.
fn impatient_server(site: &std::path::Path) -> Server {
    let mut command = Server::command(site, &[]);
    command.env("DIPTYCH_HEADER_TIMEOUT_MS", "1000");
    Server::spawn(command)
}

/// How long from connecting and sending `bytes` until the server closes the connection
/// (reading what it sends, at most ten seconds). Timed from before connecting: the server's
/// timer cannot start earlier, so a busy machine that runs this thread late cannot make the
/// wait look shorter than it was.
fn time_until_closed(server: &Server, bytes: &[u8]) -> Duration {
    let started = Instant::now();
    let mut stream = connect(server, bytes);
    let mut rest = Vec::new();
    let _ = stream.read_to_end(&mut rest);
    started.elapsed()
}

#[test]
fn a_request_whose_headers_never_end_is_closed_after_the_header_timeout() {
    let site = fixture("trilingual");
    let server = impatient_server(site.path());
    let port = server.port().to_owned();
    let half_sent = format!("GET /nl/ HTTP/1.1\r\nHost: localhost:{port}\r\nAccept: text/");
    let waited = time_until_closed(&server, half_sent.as_bytes());
    assert!(
        waited > Duration::from_millis(800) && waited < Duration::from_secs(5),
        "a half-sent request was closed after {waited:?}"
    );
    let waited = time_until_closed(&server, b"");
    assert!(
        waited < Duration::from_secs(5),
        "a silent connection was closed after {waited:?}"
    );
    let answered = format!("GET /nl/ HTTP/1.1\r\nHost: localhost:{port}\r\n\r\n");
    let waited = time_until_closed(&server, answered.as_bytes());
    assert!(
        waited < Duration::from_secs(5),
        "an idle kept-alive connection was closed after {waited:?}"
    );
}

/// A live-reload stream, as an open page keeps it, with the answer's head read.
fn follow(server: &Server) -> (TcpStream, String) {
    let request = format!(
        "GET /__diptych/events HTTP/1.1\r\nHost: localhost:{}\r\nAccept: text/event-stream\r\n\r\n",
        server.port()
    );
    let mut stream = connect(server, request.as_bytes());
    let mut head = Vec::new();
    let mut byte = [0u8];
    while !head.ends_with(b"\r\n\r\n") && stream.read(&mut byte).unwrap_or(0) == 1 {
        head.push(byte[0]);
    }
    (stream, String::from_utf8_lossy(&head).into_owned())
}

#[test]
fn live_reload_streams_outlive_the_header_timeout_and_are_capped() {
    let site = fixture("trilingual");
    let root = site.path();
    let server = impatient_server(root);
    let (mut first, head) = follow(&server);
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    std::thread::sleep(Duration::from_millis(2500));
    edit(
        root,
        "content/strategie/ambities.nl.md",
        "Onze doelen",
        "Onze nieuwe doelen",
    );
    let mut seen = Vec::new();
    let mut chunk = [0u8; 512];
    while !String::from_utf8_lossy(&seen).contains("event: reload") {
        let read = first.read(&mut chunk).unwrap_or(0);
        assert!(
            read > 0,
            "the stream ended without a reload:\n{}",
            String::from_utf8_lossy(&seen)
        );
        seen.extend_from_slice(&chunk[..read]);
    }
    let more: Vec<(TcpStream, String)> = (1..256).map(|_| follow(&server)).collect();
    assert!(
        more.iter()
            .all(|(_, head)| head.starts_with("HTTP/1.1 200"))
    );
    let (mut beyond, head) = follow(&server);
    assert!(
        head.starts_with("HTTP/1.1 503"),
        "the 257th stream:\n{head}"
    );
    let (_, text) = answer(&mut beyond);
    assert!(text.contains("does not reload by itself"), "{text}");
    let (status, page) = server.request("GET", "/nl/");
    assert_eq!(status, 200, "pages are still served:\n{page}");
    assert!(
        server.interrupt().success(),
        "Ctrl-C did not stop it cleanly with pages following it"
    );
}
