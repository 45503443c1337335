//! What the preview and the desk refuse, sent over raw sockets so that no client tidies
//! the request: a request that does not name the preview (or names it by a name it was
//! not started for), paths that climb out of the site in every encoding a probe tried,
//! and forged or malformed requests to record a translation. Every refused recording
//! leaves `content/translations.yaml` as it was.

use std::io::Write;

use super::{Server, answer, record_form};
use crate::support::{fixture, read, shipped_site_with_one_outdated_and_one_missing_translation};

const RECORD: &str = "/_desk/translated";
const VIEW: &str = "/_desk/compare?key=strategie/pijlers.md&lang=de";

#[test]
fn a_request_that_does_not_name_the_preview_records_nothing() {
    let site = shipped_site_with_one_outdated_and_one_missing_translation();
    let root = site.path();
    let server = Server::start(root);
    let before = read(root, "content/translations.yaml");
    let file = "file=content%2Fstrategie%2Fpijlers.de.md";
    let no_host = format!(
        "POST {RECORD} HTTP/1.1\r\nConnection: close\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{file}",
        file.len()
    );
    let not_ascii = no_host.replacen("Connection", "Host: l\u{f6}calhost\r\nConnection", 1);
    let mut latin1 = no_host.clone().into_bytes();
    let at = no_host.find("Connection").unwrap();
    latin1.splice(at..at, b"Host: l\xf6calhost\r\n".iter().copied());
    for (request, what) in [
        (no_host.into_bytes(), "without Host"),
        (not_ascii.into_bytes(), "with a UTF-8 Host"),
        (latin1, "with a Latin-1 Host"),
    ] {
        let (status, response) = server.raw(&request);
        assert_eq!(status, 400, "{what}:\n{response}");
        assert!(response.contains("--host"), "{what}:\n{response}");
        assert_eq!(
            read(root, "content/translations.yaml"),
            before,
            "a request {what} changed the record"
        );
    }
    let (status, response) = server.send_as("POST", RECORD, "Host: \r\n", file);
    assert_eq!(status, 400, "with an empty Host:\n{response}");
    assert_eq!(read(root, "content/translations.yaml"), before);
}

#[test]
fn only_the_names_the_preview_was_started_for_are_answered() {
    let site = shipped_site_with_one_outdated_and_one_missing_translation();
    let root = site.path();
    let server = Server::start(root);
    let port = server.port().to_owned();
    let token = record_form(&server, "strategie/pijlers.md");
    let token = token
        .split('&')
        .next()
        .unwrap()
        .trim_start_matches("token=");
    for host in ["localhost", "127.0.0.1", "127.0.0.2", "[::1]", "LOCALHOST"] {
        let (status, response) =
            server.send_as("GET", "/nl/", &format!("Host: {host}:{port}\r\n"), "");
        assert_eq!(status, 200, "{host}:\n{response}");
    }
    for host in [
        format!("evil.example:{port}"),
        "evil.example".to_owned(),
        format!("localhost.evil.example:{port}"),
        format!("192.0.2.1:{port}"),
        format!("localhost:{port}:{port}"),
    ] {
        for path in [VIEW, "/nl/", "/_desk/", "/nl/nergens/", "/__diptych/events"] {
            let (status, response) = server.send_as("GET", path, &format!("Host: {host}\r\n"), "");
            assert_eq!(status, 421, "{host} {path}:\n{response}");
            assert!(!response.contains(token), "{host} {path} read the token");
            assert!(
                response.contains("localhost, 127.0.0.1, [::1]") && response.contains("--host"),
                "{response}"
            );
        }
    }
    let absolute = format!(
        "GET http://evil.example/nl/ HTTP/1.1\r\nHost: localhost:{port}\r\nConnection: close\r\n\r\n"
    );
    assert_eq!(
        server.raw(absolute.as_bytes()).0,
        421,
        "an absolute-form target names another site"
    );
}

/// This computer's name, as `hostname` prints it.
fn hostname() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .unwrap()
        .trim()
        .to_owned()
}

#[test]
fn open_to_the_network_it_answers_its_own_names_and_those_given_with_host() {
    let site = shipped_site_with_one_outdated_and_one_missing_translation();
    let root = site.path();
    let before = read(root, "content/translations.yaml");
    let server = Server::start_with(
        root,
        &[
            "--bind",
            "0.0.0.0",
            "--allow-desk-writes",
            "--host",
            "preview.mst.test",
        ],
    );
    let port = server.port().to_owned();
    let said = server.output_until("translation desk");
    assert!(
        said.contains(&format!("Others open it at http://{}:{port}/", hostname()))
            && said.contains(&format!("http://preview.mst.test:{port}/")),
        "{said}"
    );
    for host in [
        "localhost",
        "0.0.0.0",
        "preview.mst.test",
        "Preview.MST.test",
        &hostname(),
    ] {
        let (status, response) =
            server.send_as("GET", "/nl/", &format!("Host: {host}:{port}\r\n"), "");
        assert_eq!(status, 200, "{host}:\n{response}");
    }
    let (status, response) =
        server.send_as("GET", VIEW, &format!("Host: evil.example:{port}\r\n"), "");
    assert_eq!(status, 421, "{response}");
    assert!(response.contains("preview.mst.test"), "{response}");
    // A page of another site that rebinds its name to this computer, with a token it read.
    let form = record_form(&server, "strategie/pijlers.md");
    let rebound = format!("Host: evil.example:{port}\r\nOrigin: http://evil.example:{port}\r\n");
    let (status, response) = server.send_as("POST", RECORD, &rebound, &form);
    assert_eq!(status, 421, "{response}");
    assert_eq!(read(root, "content/translations.yaml"), before);
    let own =
        format!("Host: preview.mst.test:{port}\r\nOrigin: http://preview.mst.test:{port}\r\n");
    let (status, response) = server.send_as("POST", RECORD, &own, &form);
    assert_eq!(status, 303, "{response}");
    assert!(server.interrupt().success());
}

#[test]
fn no_page_of_the_preview_or_the_desk_can_be_framed_by_another_site() {
    let site = shipped_site_with_one_outdated_and_one_missing_translation();
    let server = Server::start(site.path());
    let form = record_form(&server, "strategie/pijlers.md");
    let port = server.port().to_owned();
    let responses = [
        server.request("GET", "/nl/"),
        server.request("GET", "/nl/nergens/"),
        server.request("GET", "/_desk/"),
        server.request("GET", VIEW),
        server.request("GET", "/../site.yaml"),
        server.request("DELETE", RECORD),
        server.send("POST", RECORD, "", "file=x"),
        server.send(
            "POST",
            RECORD,
            &format!("Origin: http://localhost:{port}\r\n"),
            &form,
        ),
        server.send_as("GET", "/nl/", "Host: evil.example\r\n", ""),
    ];
    for (status, response) in responses {
        let head = response
            .split("\r\n\r\n")
            .next()
            .unwrap()
            .to_ascii_lowercase();
        for header in [
            "content-security-policy: frame-ancestors 'none'",
            "x-frame-options: deny",
            "x-content-type-options: nosniff",
            "referrer-policy: same-origin",
        ] {
            assert!(head.contains(header), "{status} without {header}:\n{head}");
        }
    }
}

#[test]
fn requests_cannot_leave_the_site_in_any_encoding() {
    let site = fixture("trilingual");
    let server = Server::start(site.path());
    let secret = std::fs::read_to_string(site.path().join("site.yaml")).unwrap();
    let secret = secret.lines().next().unwrap();
    let port = server.port().to_owned();
    for path in [
        "/%252e%252e/site.yaml",
        "/nl/%252e%252e/%252e%252e/site.yaml",
        "/%2e%2e%2fsite.yaml",
        "/nl/%2e%2e%2f%2e%2e%2fsite.yaml",
        "/..%252fsite.yaml",
        "/nl/..%252f..%252fsite.yaml",
        "/%c0%ae%c0%ae/site.yaml",
        "/%c0%ae%c0%ae%c0%afsite.yaml",
        "/%ef%bc%8e%ef%bc%8e/site.yaml",
        "/nl/%ef%bc%8e%ef%bc%8e%2f%ef%bc%8e%ef%bc%8e%2fsite.yaml",
        "/%2e%2e%5csite.yaml",
        "http://localhost:PORT/../site.yaml",
        "http://localhost:PORT/nl/../../site.yaml",
    ] {
        let path = path.replace("PORT", &port);
        let (status, body) = server.request("GET", &path);
        assert!(matches!(status, 400 | 404), "{path} gave {status}:\n{body}");
        assert!(!body.contains(secret), "{path} leaked site.yaml");
    }
    let (status, body) = server.request("GET", &format!("http://localhost:{port}/nl/"));
    assert_eq!(
        status, 200,
        "an absolute-form target naming the preview:\n{body}"
    );
}

#[test]
fn forged_or_malformed_desk_requests_record_nothing() {
    let site = shipped_site_with_one_outdated_and_one_missing_translation();
    let root = site.path();
    let record = || read(root, "content/translations.yaml");
    let before = record();
    let old_form = {
        let first = Server::start(root);
        let form = record_form(&first, "strategie/pijlers.md");
        assert!(first.interrupt().success());
        form
    };
    let server = Server::start(root);
    let form = record_form(&server, "strategie/pijlers.md");
    assert_ne!(form, old_form, "a new session has a new token");
    let token = form.split('&').next().unwrap();
    let own = format!("Origin: http://localhost:{}\r\n", server.port());
    let with_file = |file: &str| format!("{token}&file={file}");
    let forgeries = [
        (
            own.clone(),
            form.replace(&token[6..16], "0123456789"),
            403,
            "a wrong token",
        ),
        (own.clone(), old_form, 403, "an old session's token"),
        (
            "Origin: null\r\n".to_owned(),
            form.clone(),
            403,
            "Origin: null",
        ),
        (
            format!("{own}Sec-Fetch-Site: same-site\r\n"),
            form.clone(),
            403,
            "a same-site request",
        ),
        (
            format!("{own}Sec-Fetch-Site: cross-site\r\n"),
            form.clone(),
            403,
            "a cross-site request",
        ),
        (
            format!("{own}Sec-Fetch-Site: none\r\n"),
            form.clone(),
            403,
            "a request from no page",
        ),
        (
            own.clone(),
            with_file("..%2Fsite.yaml"),
            422,
            "a file outside content/",
        ),
        (
            own.clone(),
            with_file("%2Fetc%2Fpasswd"),
            422,
            "/etc/passwd",
        ),
        (
            own.clone(),
            with_file("content%2F..%2Fsite.yaml"),
            422,
            "content/../site.yaml",
        ),
        (
            own.clone(),
            with_file("content%2Fx.fr.md"),
            422,
            "an unknown language",
        ),
    ];
    for (headers, body, status, what) in forgeries {
        let (got, response) = server.send("POST", RECORD, &headers, &body);
        assert_eq!(got, status, "{what}:\n{response}");
        assert_eq!(record(), before, "a request with {what} changed the record");
    }
    for method in ["PUT", "DELETE", "PATCH"] {
        let (status, response) = server.send(method, RECORD, &own, &form);
        assert_eq!(status, 405, "{method}:\n{response}");
        assert_eq!(record(), before, "{method} changed the record");
    }
    let (status, response) = send_oversized(&server, &own, &form);
    assert_eq!(status, 413, "a 10 MB form:\n{response}");
    assert_eq!(record(), before, "a 10 MB form changed the record");
    let (status, response) = server.send("POST", RECORD, &own, &form);
    assert_eq!(
        status, 303,
        "the desk's own form, after all that:\n{response}"
    );
    assert_ne!(record(), before);
}

/// The desk's own form followed by 10 MB more, sent while the answer is read.
fn send_oversized(server: &Server, headers: &str, form: &str) -> (u16, String) {
    let padding = "&x=".to_owned() + &"a".repeat(10 * 1024 * 1024);
    let mut stream = server.connect();
    let head = format!(
        "POST {RECORD} HTTP/1.1\r\nHost: localhost:{}\r\nConnection: close\r\n{headers}\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{form}",
        server.port(),
        form.len() + padding.len()
    );
    stream.write_all(head.as_bytes()).unwrap();
    let mut writer = stream.try_clone().unwrap();
    // The server may answer and close before it has read it all.
    let sending = std::thread::spawn(move || writer.write_all(padding.as_bytes()).is_ok());
    let answered = answer(&mut stream);
    let _ = sending.join();
    answered
}
