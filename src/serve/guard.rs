//! Who may record a translation through the desk. Recording changes a file of the site,
//! so a request must prove it comes from the desk's own page, in this browser: it names
//! the preview by a name it was started for (a page of another site that rebinds its name
//! to this computer fails there, see [`Hosts`]), its `Origin` is the preview itself, a
//! browser's `Sec-Fetch-Site` says it comes from the same origin, and it carries the token
//! of this server session (which only the desk's pages hold). A header the check reads
//! that is missing where it is required, unreadable or given twice refuses the request.
//! A preview open to the network records nothing unless the writer passed
//! `--allow-desk-writes`.

use std::sync::Arc;

use axum::http::{HeaderMap, header};

use super::hosts::{Hosts, header_text};
use crate::words::{Text, text};

/// The session's token, and the names the preview answers to.
pub(super) struct DeskGuard {
    token: String,
    hosts: Arc<Hosts>,
}

impl DeskGuard {
    /// The guard for a server that answers to `hosts`; `None` when the desk may not record
    /// (the preview listens beyond loopback and the writer did not allow it).
    pub(super) fn new(hosts: Arc<Hosts>, allow_beyond_loopback: bool) -> Option<DeskGuard> {
        (hosts.on_loopback() || allow_beyond_loopback).then(|| DeskGuard {
            token: new_token(),
            hosts,
        })
    }

    /// What the desk's pages carry in their form.
    pub(super) fn token(&self) -> &str {
        &self.token
    }

    /// Why a request may not record, if it may not.
    pub(super) fn refusal(&self, headers: &HeaderMap, token: &str) -> Option<Text> {
        let Ok(Some(host)) = header_text(headers, &header::HOST) else {
            return Some(text!("refused-no-host"));
        };
        if !self.hosts.admits(host) {
            return Some(text!("refused-other-name"));
        }
        match header_text(headers, &header::ORIGIN) {
            Ok(None) => {}
            Ok(Some(origin)) if origin == format!("http://{host}") => {}
            _ => return Some(text!("refused-other-site")),
        }
        match header_text(headers, "sec-fetch-site") {
            Ok(None | Some("same-origin")) => {}
            _ => return Some(text!("refused-other-site")),
        }
        if !same_token(token, &self.token) {
            return Some(text!("refused-other-session"));
        }
        None
    }
}

/// Compares in time that does not depend on where they differ.
fn same_token(given: &str, token: &str) -> bool {
    given.len() == token.len()
        && given
            .bytes()
            .zip(token.bytes())
            .fold(0, |differ, (a, b)| differ | (a ^ b))
            == 0
}

/// 128 random bits as hex.
fn new_token() -> String {
    let mut bytes = [0u8; 16];
    // Without the system's randomness, a token from the clock and the process still
    // differs per session; the origin and host checks stand either way.
    if getrandom::fill(&mut bytes).is_err() {
        let seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos())
            ^ u128::from(std::process::id());
        bytes = seed.to_le_bytes();
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, HeaderValue::from_static(value));
        }
        map
    }

    fn guard(bind: &str, allowed: bool) -> Option<DeskGuard> {
        let hosts = Hosts::new(bind.parse().unwrap(), &[]).unwrap();
        DeskGuard::new(Arc::new(hosts), allowed)
    }

    #[test]
    fn only_the_desks_own_page_may_record() {
        let guard = guard("127.0.0.1", false).unwrap();
        let token = guard.token().to_owned();
        let own = headers(&[
            ("host", "127.0.0.1:1111"),
            ("origin", "http://127.0.0.1:1111"),
        ]);
        assert_eq!(guard.refusal(&own, &token), None);
        assert!(guard.refusal(&own, "").is_some());
        assert!(guard.refusal(&own, &token[1..]).is_some());
        let other = headers(&[
            ("host", "127.0.0.1:1111"),
            ("origin", "http://evil.example"),
        ]);
        assert!(guard.refusal(&other, &token).is_some());
        let rebound = headers(&[
            ("host", "evil.example:1111"),
            ("origin", "http://evil.example:1111"),
        ]);
        assert!(guard.refusal(&rebound, &token).is_some());
        let cross = headers(&[("host", "localhost:1111"), ("sec-fetch-site", "cross-site")]);
        assert!(guard.refusal(&cross, &token).is_some());
        assert_eq!(
            guard.refusal(&headers(&[("host", "[::1]:1111")]), &token),
            None
        );
    }

    #[test]
    fn a_missing_unreadable_or_doubled_header_refuses() {
        let guard = guard("127.0.0.1", false).unwrap();
        let token = guard.token().to_owned();
        assert!(guard.refusal(&HeaderMap::new(), &token).is_some());
        assert!(guard.refusal(&headers(&[("host", "")]), &token).is_some());
        let unreadable = |name: &'static str, value: &[u8]| {
            let mut map = headers(&[("host", "localhost:1111")]);
            map.insert(name, HeaderValue::from_bytes(value).unwrap());
            map
        };
        assert!(
            guard
                .refusal(&unreadable("host", b"l\xf6calhost:1111"), &token)
                .is_some()
        );
        assert!(
            guard
                .refusal(&unreadable("origin", b"http://l\xf6calhost:1111"), &token)
                .is_some()
        );
        assert!(
            guard
                .refusal(&unreadable("sec-fetch-site", b"same-origin\xff"), &token)
                .is_some()
        );
        let mut doubled = headers(&[("host", "localhost:1111")]);
        doubled.append("host", HeaderValue::from_static("evil.example:1111"));
        assert!(guard.refusal(&doubled, &token).is_some());
    }

    #[test]
    fn beyond_loopback_the_desk_records_only_when_allowed() {
        assert!(guard("0.0.0.0", false).is_none());
        let open = guard("0.0.0.0", true).unwrap();
        let lan = headers(&[("host", "0.0.0.0:1111"), ("origin", "http://0.0.0.0:1111")]);
        assert_eq!(open.refusal(&lan, open.token()), None);
        let rebound = headers(&[
            ("host", "evil.example:1111"),
            ("origin", "http://evil.example:1111"),
        ]);
        assert!(open.refusal(&rebound, open.token()).is_some());
    }
}
