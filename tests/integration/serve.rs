//! `diptych serve` through the real binary: a page is served, an edit shows up, a broken
//! file shows the error panel over the last good page, a fix clears it, a new page joins
//! the listings in every language; the print editions and the sitemap (made on request)
//! follow the edits; requests cannot leave the site; Ctrl-C stops it. `refusals` holds what
//! the preview and the desk refuse, `limits` how they hold up under many and slow clients.

mod drafts;
mod limits;
mod refusals;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::support::{
    diptych, edit, fixture, read, shipped_site,
    shipped_site_with_one_outdated_and_one_missing_translation, walk,
};

/// A running preview server, stopped with Ctrl-C when dropped.
struct Server {
    child: Child,
    address: String,
    /// What it printed after the line that says where it listens.
    output: Arc<Mutex<Vec<String>>>,
}

impl Server {
    fn start(site: &Path) -> Server {
        Server::start_with(site, &[])
    }

    fn start_with(site: &Path, options: &[&str]) -> Server {
        Server::spawn(Server::command(site, options))
    }

    /// A server started with `options` and the environment variables `env`.
    fn start_with_env(site: &Path, options: &[&str], env: &[(&str, &str)]) -> Server {
        let mut command = Server::command(site, options);
        command.envs(env.iter().copied());
        Server::spawn(command)
    }

    /// `diptych serve` on a free port for `site`, to be started by [`Server::spawn`]; as a
    /// writer runs it, without Rust's own panic reports.
    fn command(site: &Path, options: &[&str]) -> Command {
        let mut command = Command::new(assert_cmd::cargo::cargo_bin("diptych"));
        command
            .args(["serve", "--port", "0", "--root"])
            .arg(site)
            .args(options)
            .env_remove("RUST_BACKTRACE");
        command
    }

    /// Starts `command` and waits until it says where it listens.
    fn spawn(mut command: Command) -> Server {
        let mut child = command
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let address = lines
            .find_map(|line| {
                let line = line.ok()?;
                let rest = line.strip_prefix("Serving the site at http://")?;
                Some(rest.split('/').next()?.to_owned())
            })
            .expect("the server never said where it listens");
        // Keep reading its output, so that it never blocks on a full pipe.
        let output = Arc::new(Mutex::new(Vec::new()));
        let kept = Arc::clone(&output);
        std::thread::spawn(move || {
            for line in lines.map_while(Result::ok) {
                kept.lock().unwrap().push(line);
            }
        });
        Server {
            child,
            address,
            output,
        }
    }

    /// What it printed after saying where it listens, once a line holds `last`
    /// (at most ten seconds).
    fn output_until(&self, last: &str) -> String {
        let started = Instant::now();
        loop {
            let output = self.output.lock().unwrap().join("\n");
            if output.contains(last) || started.elapsed() > Duration::from_secs(10) {
                return output;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The port it listens on.
    fn port(&self) -> &str {
        self.address.rsplit(':').next().unwrap_or_default()
    }

    /// Status and body of a request sent as written (no client tidies the path).
    fn request(&self, method: &str, path: &str) -> (u16, String) {
        self.send(method, path, "", "")
    }

    /// Status and whole response of a request with extra header lines and a form body,
    /// naming the preview `localhost`.
    fn send(&self, method: &str, path: &str, headers: &str, form: &str) -> (u16, String) {
        let host = format!("Host: localhost:{}\r\n", self.port());
        self.send_as(method, path, &format!("{host}{headers}"), form)
    }

    /// [`Server::send`] with exactly these header lines: no `Host` unless given.
    fn send_as(&self, method: &str, path: &str, headers: &str, form: &str) -> (u16, String) {
        self.raw(
            format!(
                "{method} {path} HTTP/1.1\r\nConnection: close\r\n{headers}\
                 Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{form}",
                form.len()
            )
            .as_bytes(),
        )
    }

    /// Status and whole response of `request`, sent byte for byte.
    fn raw(&self, request: &[u8]) -> (u16, String) {
        let mut stream = self.connect();
        stream.write_all(request).unwrap();
        answer(&mut stream)
    }

    /// A connection to it that waits at most ten seconds for each read.
    fn connect(&self) -> TcpStream {
        let stream = TcpStream::connect(&self.address).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        stream
    }

    fn get(&self, path: &str) -> String {
        let (status, body) = self.request("GET", path);
        assert_eq!(status, 200, "GET {path}:\n{body}");
        body
    }

    /// Waits (at most ten seconds) until `path` is served with a body that `ready` accepts.
    fn wait_for(&self, path: &str, what: &str, ready: impl Fn(&str) -> bool) -> String {
        let started = Instant::now();
        loop {
            let (_, body) = self.request("GET", path);
            if ready(&body) {
                return body;
            }
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "{path} never showed {what}:\n{body}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Ctrl-C, and how the server ended.
    fn interrupt(mut self) -> std::process::ExitStatus {
        let pid = libc::pid_t::try_from(self.child.id()).unwrap();
        // SAFETY: sending a signal to our own child process.
        unsafe { libc::kill(pid, libc::SIGINT) };
        let started = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "Ctrl-C did not stop the server"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

/// Status and whole response read from `stream` until the server closes it.
fn answer(stream: &mut TcpStream) -> (u16, String) {
    let mut response = Vec::new();
    let _ = stream.read_to_end(&mut response);
    let response = String::from_utf8_lossy(&response).into_owned();
    let status = response
        .split(' ')
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap_or(0);
    (status, response)
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

#[test]
fn edits_show_up_errors_show_over_the_last_good_page_and_ctrl_c_stops_it() {
    let site = fixture("trilingual");
    let root = site.path();
    let server = Server::start(root);
    let page = server.get("/nl/strategie/ambities/");
    assert!(page.contains("Onze doelen"), "{page}");
    assert!(
        page.contains("/__diptych/events"),
        "no reload script:\n{page}"
    );

    edit(
        root,
        "content/strategie/ambities.nl.md",
        "Onze doelen",
        "Onze nieuwe doelen",
    );
    server.wait_for("/nl/strategie/ambities/", "the edit", |body| {
        body.contains("Onze nieuwe doelen")
    });

    edit(
        root,
        "content/strategie/pijlers.nl.md",
        "title: Pijlers",
        "titel: Pijlers",
    );
    let broken = server.wait_for("/nl/strategie/pijlers/", "the error panel", |body| {
        body.contains("diptych-problems")
    });
    assert!(
        broken.contains("De site kan niet worden gebouwd"),
        "{broken}"
    );
    assert!(broken.contains("unknown key `titel`"), "{broken}");
    assert!(
        broken.contains("content/strategie/pijlers.nl.md:2:1"),
        "{broken}"
    );
    assert!(
        broken.contains("<h1>Pijlers</h1>"),
        "the last good page is gone:\n{broken}"
    );

    edit(
        root,
        "content/strategie/pijlers.nl.md",
        "titel: Pijlers",
        "title: Pijlers",
    );
    server.wait_for("/nl/strategie/pijlers/", "the fix", |body| {
        !body.contains("diptych-problems")
    });

    let page = "---\ntitle: Nieuw centrum\nweight: 5\n---\nTekst.\n";
    for lang in ["nl", "de", "en"] {
        std::fs::write(
            root.join(format!("content/strategie/nieuw.{lang}.md")),
            page,
        )
        .unwrap();
    }
    for listing in ["/nl/strategie/", "/de/strategie/"] {
        server.wait_for(listing, "the new page", |body| {
            body.contains("Nieuw centrum")
        });
    }
    assert!(
        server.interrupt().success(),
        "the server did not stop cleanly"
    );
}

#[test]
fn requests_cannot_leave_the_site() {
    let site = fixture("trilingual");
    let server = Server::start(site.path());
    let secret = std::fs::read_to_string(site.path().join("site.yaml")).unwrap();
    for path in [
        "/../site.yaml",
        "/%2e%2e/site.yaml",
        "/..%2fsite.yaml",
        "/nl/%2E%2E/%2E%2E/site.yaml",
        "//etc/passwd",
        "/nl\\..\\..\\site.yaml",
        "/nl%5c..%5csite.yaml",
        "/site.yaml%00.html",
        "/content/strategie/ambities.nl.md",
    ] {
        let (status, body) = server.request("GET", path);
        assert!(matches!(status, 400 | 404), "{path} gave {status}:\n{body}");
        assert!(
            !body.contains(secret.lines().next().unwrap()),
            "{path} leaked site.yaml"
        );
    }
    let (missing, body) = server.request("GET", "/nl/nergens/");
    assert_eq!(missing, 404);
    assert!(
        body.contains("<html"),
        "not the site's own 404 page:\n{body}"
    );
    assert_eq!(server.request("POST", "/nl/").0, 405);
    assert_eq!(server.request("DELETE", "/nl/").0, 405);
    let (head, body) = server.request("HEAD", "/nl/");
    assert_eq!(head, 200);
    assert!(!body.contains("<html"), "HEAD sent a body");
}

#[test]
fn built_sites_never_hold_the_reload_script() {
    let site = fixture("trilingual");
    assert!(diptych(site.path(), &["build"]).status.success());
    for file in walk(&site.path().join("public")) {
        let text = String::from_utf8_lossy(&std::fs::read(&file).unwrap()).into_owned();
        assert!(
            !text.contains("__diptych"),
            "{} holds the reload script",
            file.display()
        );
    }
}

#[test]
fn the_print_editions_and_the_sitemap_are_served_as_a_build_would_write_them() {
    let site = shipped_site();
    let root = site.path();
    let server = Server::start(root);
    let edition = server.get("/nl/brochure/");
    assert!(edition.contains("Bouwen aan de zorg van de toekomst"));
    edit(
        root,
        "content/strategie/_index.nl.md",
        "## Bouwen aan de zorg van de toekomst",
        "## Samen bouwen aan de zorg van de toekomst",
    );
    server.wait_for("/nl/brochure/", "the edit in the print edition", |body| {
        body.contains("Samen bouwen aan de zorg")
    });
    let bilingual = server.get("/brochure/");
    assert!(bilingual.contains("Samen bouwen aan de zorg"));
    edit(
        root,
        "content/strategie/_index.de.md",
        "slug: strategie",
        "slug: kurs",
    );
    server.wait_for("/sitemap.xml", "the new address in the sitemap", |body| {
        body.contains("/de/kurs/")
    });
    assert!(server.interrupt().success());
}

#[test]
fn the_translation_desk_shows_where_every_page_stands() {
    let site = shipped_site_with_one_outdated_and_one_missing_translation();
    let root = site.path();
    let server = Server::start(root);
    let desk = server.get("/_desk/");
    assert!(desk.contains("<h1>Translation desk</h1>"), "{desk}");
    let counts = desk
        .lines()
        .find(|line| line.starts_with("<li><span lang=\"de\">"))
        .unwrap_or_else(|| panic!("no German counts:\n{desk}"));
    for (count, status) in [
        ("27 up to date", "up+to+date"),
        ("1 outdated", "outdated"),
        ("1 missing", "missing"),
    ] {
        let link = format!("<a href=\"/_desk/?lang=de&amp;status={status}\">{count}</a>");
        assert!(counts.contains(&link), "{counts}");
    }
    let row = |key: &str| {
        desk.lines()
            .find(|line| line.contains(&format!("<code>{key}</code>")))
            .unwrap_or_else(|| panic!("no row for {key}:\n{desk}"))
            .to_owned()
    };
    assert!(row("strategie/pijlers.md").contains(
        "<td class=\"outdated\"><strong>outdated</strong> \
         <a href=\"/_desk/compare?key=strategie/pijlers.md&amp;lang=de\""
    ));
    assert!(row("over-mst/contact.md").contains(
        "<td class=\"missing\"><strong>missing</strong> \
         <a href=\"/_desk/compare?key=over-mst/contact.md&amp;lang=de\""
    ));
    let outdated_only = server.get("/_desk/?lang=de&status=outdated");
    assert!(outdated_only.contains("strategie/pijlers.md"));
    assert!(!outdated_only.contains("over-mst/contact.md"));
    assert!(
        desk.contains("/__diptych/events"),
        "the desk follows rebuilds"
    );
    assert!(!root.join("public/_desk").exists());
    assert!(server.interrupt().success());
}

/// The form the desk's view of `key` in German carries, as `token=…&file=…`.
fn record_form(server: &Server, key: &str) -> String {
    let view = server.get(&format!("/_desk/compare?key={key}&lang=de"));
    let value = |name: &str| {
        let start = format!("name=\"{name}\" value=\"");
        let at = view
            .find(&start)
            .unwrap_or_else(|| panic!("no {name}:\n{view}"))
            + start.len();
        view[at..].split('"').next().unwrap_or_default().to_owned()
    };
    format!("token={}&file={}", value("token"), value("file"))
}

#[test]
fn a_translations_view_marks_the_changed_source_words_and_pairs_the_sections() {
    let site = shipped_site_with_one_outdated_and_one_missing_translation();
    let root = site.path();
    edit(
        root,
        "content/strategie/pijlers.nl.md",
        "## ",
        "## Vernieuwd: ",
    );
    let server = Server::start(root);
    let view = server.get("/_desk/compare?key=strategie/pijlers.md&lang=de");
    assert!(view.contains("Status: <strong>outdated</strong>"), "{view}");
    let changes = view
        .split("<h2 id=\"changes\">")
        .nth(1)
        .and_then(|rest| rest.split("</section>").next())
        .unwrap_or_else(|| panic!("no changes:\n{view}"));
    assert!(changes.contains("<h3>Title</h3>"), "{changes}");
    assert!(changes.contains("<ins>Nieuw,</ins> Drie"), "{changes}");
    assert!(changes.contains("<ins>Vernieuwd:</ins>"), "{changes}");
    assert!(
        !changes.contains("<del>"),
        "nothing was removed:\n{changes}"
    );
    assert!(changes.contains("paragraphs unchanged"), "{changes}");
    let source = read(root, "content/strategie/pijlers.nl.md");
    let headings = source.lines().filter(|l| l.starts_with("## ")).count();
    let rows = view.matches("<tr><td lang=\"nl\">").count();
    assert_eq!(
        rows,
        headings + 2,
        "title, text before the first heading, one per heading"
    );
    assert!(view.contains("<td lang=\"de\">"), "{view}");
    assert!(
        view.contains("id=\"nl-") && view.contains("id=\"de-"),
        "ids kept apart"
    );
    let missing = server.get("/_desk/compare?key=over-mst/contact.md&lang=de");
    assert!(
        missing.contains("There is no Deutsch page yet."),
        "{missing}"
    );
    assert!(!missing.contains("<form"), "nothing to record");
    let (status, _) = server.request("GET", "/_desk/compare?key=nergens.md&lang=de");
    assert_eq!(status, 404);
    assert!(server.interrupt().success());
}

#[test]
fn the_desk_records_a_translation_only_for_a_request_from_its_own_page() {
    let site = shipped_site_with_one_outdated_and_one_missing_translation();
    let root = site.path();
    let server = Server::start(root);
    let record = || read(root, "content/translations.yaml");
    let before = record();
    let form = record_form(&server, "strategie/pijlers.md");
    let file = form.split("&file=").nth(1).unwrap_or_default().to_owned();
    let own = format!("Origin: http://localhost:{}\r\n", server.port());
    for (headers, body, what) in [
        (own.as_str(), format!("file={file}"), "without the token"),
        (
            own.as_str(),
            format!("token=0123&file={file}"),
            "with a wrong token",
        ),
        (
            "Origin: http://elsewhere.example\r\n",
            form.clone(),
            "from another origin",
        ),
        (
            "Sec-Fetch-Site: cross-site\r\n",
            form.clone(),
            "from another site",
        ),
    ] {
        let (status, response) = server.send("POST", "/_desk/translated", headers, &body);
        assert_eq!(status, 403, "{what}:\n{response}");
        assert!(response.contains("Not recorded"), "{response}");
        assert_eq!(record(), before, "a request {what} changed the record");
    }
    let (status, response) = server.send("POST", "/_desk/translated", &own, &form);
    assert_eq!(status, 303, "{response}");
    assert!(
        response.contains("location: /_desk/compare?key=strategie/pijlers.md&lang=de"),
        "{response}"
    );
    assert_ne!(record(), before);
    let view = server.get("/_desk/compare?key=strategie/pijlers.md&lang=de");
    assert!(
        view.contains("Status: <strong>up to date</strong>"),
        "{view}"
    );
    let desk = server.get("/_desk/");
    assert!(desk.contains(">28 up to date</a>, <a "), "{desk}");
    assert!(!desk.contains("outdated</a>"), "{desk}");
    let kept = read(root, "content/translations.sources.yaml");
    assert!(
        kept.contains("title: Nieuw, "),
        "the source text as recorded is kept"
    );
    assert!(server.interrupt().success());
}

#[test]
fn open_to_the_network_the_desk_records_only_when_allowed() {
    let site = shipped_site_with_one_outdated_and_one_missing_translation();
    let root = site.path();
    let server = Server::start_with(root, &["--bind", "0.0.0.0"]);
    let said = server.output_until("translation desk");
    assert!(
        said.contains("The preview is open to the network: anyone on it can read the site."),
        "{said}"
    );
    assert!(
        said.contains(
            "The translation desk does not record translations; start with --allow-desk-writes"
        ),
        "{said}"
    );
    let view = server.get("/_desk/compare?key=strategie/pijlers.md&lang=de");
    assert!(!view.contains("<form method=\"post\""), "{view}");
    assert!(view.contains("--allow-desk-writes"), "{view}");
    let file = "file=content%2Fstrategie%2Fpijlers.de.md";
    let (status, _) = server.send("POST", "/_desk/translated", "", file);
    assert_eq!(status, 403);
    drop(server);
    let allowed = Server::start_with(root, &["--bind", "0.0.0.0", "--allow-desk-writes"]);
    let said = allowed.output_until("translation desk");
    assert!(
        said.contains("The translation desk records translations from anyone on the network"),
        "{said}"
    );
    let form = record_form(&allowed, "strategie/pijlers.md");
    let (status, response) = allowed.send("POST", "/_desk/translated", "", &form);
    assert_eq!(status, 303, "{response}");
    assert!(allowed.interrupt().success());
}

/// The address of the stylesheet a served page links to.
fn stylesheet_of(page: &str) -> String {
    let start = page.find("rel=\"stylesheet\" href=\"").expect(page) + 23;
    let end = start + page[start..].find('"').unwrap();
    page[start..end].to_owned()
}

#[test]
fn the_hashed_stylesheet_is_served_and_pages_point_at_its_new_name_after_an_edit() {
    let site = fixture("trilingual");
    let root = site.path();
    let server = Server::start(root);
    let old = stylesheet_of(&server.get("/nl/strategie/ambities/"));
    assert!(old.starts_with("/style.") && old != "/style.css", "{old}");
    assert!(server.get(&old).contains("color: black"));

    edit(root, "themes/plain/static/style.css", "black", "navy");
    let page = server.wait_for("/nl/strategie/ambities/", "the new name", |body| {
        body.contains("rel=\"stylesheet\"") && !body.contains(&old)
    });
    let new = stylesheet_of(&page);
    assert!(server.get(&new).contains("color: navy"));
    assert_eq!(
        server.request("GET", &old).0,
        404,
        "the old name is still served"
    );
    for other in ["/de/strategie/ambitionen/", "/en/"] {
        assert_eq!(stylesheet_of(&server.get(other)), new, "{other}");
    }
}

/// The text that makes a page panic while rendered, for `DIPTYCH_TEST_PANIC_ON`: no real
/// input is known to make diptych panic (those found are fixed).
const PANIC_MARK: &str = "diptych-test-panic-mark";

#[test]
fn a_page_diptych_cannot_render_shows_the_panel_and_the_server_stays_up() {
    let site = fixture("trilingual");
    let root = site.path();
    let server = Server::start_with_env(root, &[], &[("DIPTYCH_TEST_PANIC_ON", PANIC_MARK)]);
    server.get("/nl/strategie/pijlers/");
    let marked = format!("## Basis\n\n{PANIC_MARK}");
    edit(root, "content/strategie/pijlers.nl.md", "## Basis", &marked);
    let broken = server.wait_for("/nl/strategie/pijlers/", "the error panel", |body| {
        body.contains("diptych-problems")
    });
    assert!(
        broken.contains("diptych could not render this page: this is a bug in diptych"),
        "{broken}"
    );
    assert!(
        broken.contains("content/strategie/pijlers.nl.md"),
        "{broken}"
    );
    assert!(broken.contains("<h1>Pijlers</h1>"), "{broken}");
    let other = server.get("/de/strategie/ambitionen/");
    assert!(other.contains("diptych-problems"), "{other}");

    edit(root, "content/strategie/pijlers.nl.md", &marked, "## Basis");
    server.wait_for("/nl/strategie/pijlers/", "the fix", |body| {
        !body.contains("diptych-problems") && body.contains("<h1>Pijlers</h1>")
    });
    assert!(
        server.interrupt().success(),
        "the server did not stop cleanly"
    );
}

#[test]
fn folders_deleted_and_restored_are_watched_again() {
    let site = fixture("trilingual");
    let root = site.path();
    let server = Server::start(root);
    server.get("/nl/strategie/ambities/");
    let aside = tempfile::TempDir::new_in(root.parent().unwrap()).unwrap();
    // As `git stash` or `git checkout` do: the folder goes, and comes back as a new one.
    for part in ["content", "i18n", "themes"] {
        std::fs::rename(root.join(part), aside.path().join(part)).unwrap();
        server.wait_for("/nl/strategie/ambities/", "the error panel", |body| {
            body.contains("diptych-problems")
        });
        crate::support::copy_dir(&aside.path().join(part), &root.join(part));
        server.wait_for("/nl/strategie/ambities/", "the restored site", |body| {
            body.contains("Onze doelen") && !body.contains("diptych-problems")
        });
    }
    edit(
        root,
        "content/strategie/ambities.nl.md",
        "Onze doelen",
        "Onze teruggekeerde doelen",
    );
    server.wait_for(
        "/nl/strategie/ambities/",
        "an edit in the restored folder",
        |body| body.contains("Onze teruggekeerde doelen"),
    );
    let theme_file = std::fs::read_dir(root.join("themes/plain/templates"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .find(|path| std::fs::read_to_string(path).is_ok_and(|text| text.contains("</body>")))
        .expect("a template with a body");
    let template = std::fs::read_to_string(&theme_file).unwrap();
    std::fs::write(
        &theme_file,
        template.replacen("</body>", "<p>Teruggezet thema</p></body>", 1),
    )
    .unwrap();
    server.wait_for(
        "/nl/strategie/ambities/",
        "an edit in the restored theme",
        |body| body.contains("Teruggezet thema"),
    );
    // An editor that saves site.yaml by writing a new file and renaming it over the old.
    let config = read(root, "site.yaml").replace("name: English", "name: Engels");
    std::fs::write(root.join("site.yaml.new"), config).unwrap();
    std::fs::rename(root.join("site.yaml.new"), root.join("site.yaml")).unwrap();
    server.wait_for(
        "/nl/strategie/ambities/",
        "the replaced site.yaml",
        |body| body.contains("Engels"),
    );
    assert!(server.interrupt().success());
}
