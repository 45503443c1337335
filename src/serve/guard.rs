//! Who may record a translation through the desk. Recording changes a file of the site,
//! so a request must prove it comes from the desk's own page, in this browser: it carries
//! the token of this server session (which only the desk's pages hold), its `Origin` is
//! the preview itself, and it names the preview by a loopback name (a page of another
//! site that rebinds its name to 127.0.0.1 fails there). A preview open to the network
//! records nothing unless the writer passed `--allow-desk-writes`.

use std::net::IpAddr;

use axum::http::{HeaderMap, header};

/// The session's token, and whether the server listens on loopback only.
pub(super) struct DeskGuard {
    token: String,
    loopback: bool,
}

impl DeskGuard {
    /// The guard for a server bound to `bind`; `None` when the desk may not record.
    pub(super) fn new(bind: IpAddr, allow_beyond_loopback: bool) -> Option<DeskGuard> {
        let loopback = bind.is_loopback();
        (loopback || allow_beyond_loopback).then(|| DeskGuard {
            token: new_token(),
            loopback,
        })
    }

    /// What the desk's pages carry in their form.
    pub(super) fn token(&self) -> &str {
        &self.token
    }

    /// Why a request may not record, if it may not.
    pub(super) fn refusal(&self, headers: &HeaderMap, token: &str) -> Option<&'static str> {
        let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
        let host = header(header::HOST.as_str())?;
        if self.loopback && !is_loopback_name(host) {
            return Some("this request names the preview by another name than localhost");
        }
        if let Some(origin) = header(header::ORIGIN.as_str())
            && origin != format!("http://{host}")
        {
            return Some("this request comes from another site than the preview");
        }
        if header("sec-fetch-site").is_some_and(|site| site != "same-origin") {
            return Some("this request comes from another site than the preview");
        }
        if !same_token(token, &self.token) {
            return Some("this request does not come from the desk's page of this session");
        }
        None
    }
}

/// `localhost:1111`, `127.0.0.1:1111`, `[::1]:1111`.
fn is_loopback_name(host: &str) -> bool {
    let name = match host.rsplit_once(':') {
        Some((name, port)) if port.bytes().all(|b| b.is_ascii_digit()) => name,
        _ => host,
    };
    let name = name.trim_start_matches('[').trim_end_matches(']');
    name.eq_ignore_ascii_case("localhost")
        || name.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
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

    #[test]
    fn only_the_desks_own_page_may_record() {
        let guard = DeskGuard::new("127.0.0.1".parse().unwrap(), false).unwrap();
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
    fn beyond_loopback_the_desk_records_only_when_allowed() {
        assert!(DeskGuard::new("0.0.0.0".parse().unwrap(), false).is_none());
        let open = DeskGuard::new("0.0.0.0".parse().unwrap(), true).unwrap();
        let lan = headers(&[
            ("host", "192.168.1.5:1111"),
            ("origin", "http://192.168.1.5:1111"),
        ]);
        assert_eq!(open.refusal(&lan, open.token()), None);
    }
}
