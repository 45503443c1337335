//! Which names the preview answers to. A page of another site can point its own name at
//! this computer (DNS rebinding) and then read the preview, the desk and the desk's token
//! as if they were its own; the browser still names that other site in `Host`. So every
//! request must name the preview by a name it was started for: the loopback names always,
//! the names the writer gave with `--host`, and, when the preview listens beyond loopback,
//! the address it listens on, this computer's own addresses and its host name. A request
//! without a readable `Host` is refused too: it cannot show which site it came from.

use std::net::IpAddr;

use axum::http::{HeaderMap, StatusCode, Uri, header};

use crate::diagnostic::Diagnostic;
use crate::words::{Text, text};

/// The names one preview answers to.
#[derive(Debug)]
pub(super) struct Hosts {
    /// The address the preview listens on.
    bind: IpAddr,
    /// The names given with `--host`.
    given: Vec<String>,
    /// This computer's name, when the preview listens beyond loopback.
    hostname: Option<String>,
}

/// A header that is there but cannot be read as text, or is there twice: a request that
/// carries it proves nothing and is refused.
#[derive(Debug, PartialEq)]
pub(super) struct Unreadable;

/// The text of header `name`: `None` when the request does not carry it.
pub(super) fn header_text(
    headers: &HeaderMap,
    name: impl axum::http::header::AsHeaderName,
) -> Result<Option<&str>, Unreadable> {
    let mut values = headers.get_all(name).iter();
    match (values.next(), values.next()) {
        (None, _) => Ok(None),
        (Some(value), None) => value.to_str().map(Some).map_err(|_| Unreadable),
        (Some(_), Some(_)) => Err(Unreadable),
    }
}

impl Hosts {
    /// The names of a preview listening on `bind`, with the writer's `--host` names; an
    /// error when one of those is not a host name.
    pub(super) fn new(bind: IpAddr, given: &[String]) -> Result<Hosts, Diagnostic> {
        if let Some(wrong) = given.iter().find(|name| !is_host_name(name)) {
            return Err(
                Diagnostic::error(text!("serve-bad-host", host = wrong.as_str()))
                    .with_hint(text!("serve-bad-host-hint")),
            );
        }
        Ok(Hosts {
            bind,
            given: given.to_vec(),
            hostname: (!bind.is_loopback()).then(own_hostname).flatten(),
        })
    }

    /// Whether the preview listens on loopback only, out of the network's reach.
    pub(super) fn on_loopback(&self) -> bool {
        self.bind.is_loopback()
    }

    /// Why a request may not be answered, as a status and a text for the writer, or
    /// `None` when it names this preview. Its `Host` must be readable and name this
    /// preview; a request that names a site in its target (`GET http://site/ HTTP/1.1`)
    /// must name this preview there too.
    pub(super) fn refusal(
        &self,
        headers: &HeaderMap,
        target: &Uri,
    ) -> Option<(StatusCode, String)> {
        let host = match header_text(headers, &header::HOST) {
            Ok(Some(host)) if !host.is_empty() => host,
            _ => {
                return Some((
                    StatusCode::BAD_REQUEST,
                    self.explain(text!("unanswered-no-host")),
                ));
            }
        };
        let asked = target
            .authority()
            .map_or(host, |authority| authority.as_str());
        if !self.admits(host) || !self.admits(asked) {
            return Some((
                StatusCode::MISDIRECTED_REQUEST,
                self.explain(text!("unanswered-asks-for", asked = asked)),
            ));
        }
        None
    }

    /// Whether `host` (a name or address with an optional port, as in `Host`) names
    /// this preview. The port is not compared: a tunnel or a container's port mapping
    /// shows the preview under another port, while a rebinding page changes the name.
    pub(super) fn admits(&self, host: &str) -> bool {
        let Some(name) = name_of(host) else {
            return false;
        };
        if is_loopback_name(name)
            || self
                .given
                .iter()
                .any(|given| given.eq_ignore_ascii_case(name))
        {
            return true;
        }
        if self.on_loopback() {
            return false;
        }
        match name.parse::<IpAddr>() {
            Ok(address) => address == self.bind || own_addresses().contains(&address),
            Err(_) => self
                .hostname
                .as_deref()
                .is_some_and(|own| own.eq_ignore_ascii_case(name)),
        }
    }

    /// The names beyond loopback others on the network can open the preview by: this
    /// computer's name, its addresses and the `--host` names; none on loopback.
    pub(super) fn network_names(&self) -> Vec<String> {
        if self.on_loopback() {
            return Vec::new();
        }
        let addresses = match self.bind.is_unspecified() {
            true => own_addresses(),
            false => vec![self.bind],
        };
        (self.hostname.iter().cloned())
            .chain(self.given.iter().cloned())
            .chain(
                (addresses.into_iter())
                    .filter(|address| !address.is_loopback())
                    .map(|address| match address {
                        IpAddr::V4(v4) => v4.to_string(),
                        IpAddr::V6(v6) => format!("[{v6}]"),
                    }),
            )
            .collect()
    }

    /// The refusal's text: what was wrong, the names answered, and how to add one.
    fn explain(&self, wrong: Text) -> String {
        let mut names = vec![
            "localhost".to_owned(),
            "127.0.0.1".to_owned(),
            "[::1]".to_owned(),
        ];
        names.extend(self.given.iter().cloned());
        for name in self.network_names() {
            if !names.contains(&name) {
                names.push(name);
            }
        }
        let names = names.join(", ");
        format!("{}\n", text!("unanswered", wrong = wrong, names = names))
    }
}

/// The name in `host` without its port (`[::1]:1111` → `::1`); `None` when it is not
/// a name with an optional port.
fn name_of(host: &str) -> Option<&str> {
    let (name, after) = match host.strip_prefix('[') {
        Some(bracketed) => {
            let (inside, after) = bracketed.split_once(']')?;
            inside.parse::<std::net::Ipv6Addr>().ok()?;
            (inside, after)
        }
        None => host
            .find(':')
            .map_or((host, ""), |colon| host.split_at(colon)),
    };
    let port_fine = after.is_empty()
        || after.strip_prefix(':').is_some_and(|port| {
            port.bytes().all(|b| b.is_ascii_digit()) && port.parse::<u16>().is_ok()
        });
    (!name.is_empty() && port_fine).then_some(name)
}

/// A name fit for `--host`: letters, digits, dots and hyphens, or an address.
fn is_host_name(name: &str) -> bool {
    name.parse::<IpAddr>().is_ok()
        || (!name.is_empty()
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-'))
}

/// `localhost`, `127.0.0.1` (all of 127.x), `::1`.
fn is_loopback_name(name: &str) -> bool {
    name.eq_ignore_ascii_case("localhost")
        || name.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// The addresses of this computer's network interfaces, asked anew each time: a laptop
/// that joins another network gets another address while the preview runs.
fn own_addresses() -> Vec<IpAddr> {
    if_addrs::get_if_addrs()
        .map(|interfaces| interfaces.iter().map(if_addrs::Interface::ip).collect())
        .unwrap_or_default()
}

/// This computer's name, as `hostname` prints it.
#[cfg(unix)]
fn own_hostname() -> Option<String> {
    let mut buffer = [0u8; 256];
    // SAFETY: gethostname writes at most `buffer.len()` bytes into a buffer we own.
    if unsafe { libc::gethostname(buffer.as_mut_ptr().cast(), buffer.len()) } != 0 {
        return None;
    }
    let end = buffer.iter().position(|&b| b == 0)?;
    let name = std::str::from_utf8(&buffer[..end]).ok()?;
    is_host_name(name).then(|| name.to_owned())
}

/// This computer's name, as Windows keeps it.
#[cfg(not(unix))]
fn own_hostname() -> Option<String> {
    std::env::var("COMPUTERNAME")
        .ok()
        .filter(|name| is_host_name(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_host_is_a_name_with_an_optional_port() {
        assert_eq!(name_of("localhost:1111"), Some("localhost"));
        assert_eq!(name_of("localhost"), Some("localhost"));
        assert_eq!(name_of("[::1]:1111"), Some("::1"));
        assert_eq!(name_of("[::1]"), Some("::1"));
        for wrong in [
            "",
            ":1111",
            "localhost:",
            "localhost:x",
            "localhost:1:2",
            "[::1",
            "[evil]:1",
            "::1",
            "a:99999",
        ] {
            assert_eq!(name_of(wrong), None, "{wrong}");
        }
    }

    #[test]
    fn on_loopback_only_loopback_names_and_given_ones_are_answered() {
        let hosts = Hosts::new("127.0.0.1".parse().unwrap(), &["preview.test".to_owned()]).unwrap();
        for own in [
            "localhost:1111",
            "LocalHost:8080",
            "127.0.0.1:1111",
            "127.3.2.1",
            "[::1]:1111",
            "preview.test:1111",
        ] {
            assert!(hosts.admits(own), "{own}");
        }
        for other in [
            "evil.example:1111",
            "0.0.0.0:1111",
            "localhost.evil.example",
            "",
            "[::2]:1111",
        ] {
            assert!(!hosts.admits(other), "{other}");
        }
        assert!(hosts.network_names().is_empty());
    }

    #[test]
    fn a_host_flag_must_be_a_name() {
        for wrong in ["http://preview.test", "preview.test:1111", "", "a b"] {
            let problem =
                Hosts::new("127.0.0.1".parse().unwrap(), &[wrong.to_owned()]).unwrap_err();
            assert!(
                (problem.hint.map(|hint| hint.english()))
                    .unwrap_or_default()
                    .contains("--host preview.mst.nl")
            );
        }
    }
}
