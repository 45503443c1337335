//! When the computer says no: an output folder diptych may not change, a content folder it
//! may not read, a disk that fills up during the build. Each gets one clear message, and
//! the output folder stays byte for byte as it was, with nothing left beside it.
//!
//! Permissions do not hold for root, and the tests run as root in CI: there the builds run
//! as the user `nobody`, on a copy of the site and of the binary that `nobody` owns.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use tempfile::TempDir;

use crate::support::{copy_dir, edit, snapshot, staging_left_behind};

/// The uid and gid of `nobody`, the ordinary user the builds run as when the tests are root.
const NOBODY: u32 = 65534;

/// A copy of the `trilingual` fixture and of the binary, owned by the user who builds.
struct UserSite {
    _tmp: TempDir,
    root: PathBuf,
    binary: PathBuf,
}

impl UserSite {
    fn new() -> UserSite {
        let tmp = TempDir::new().unwrap();
        let root = tmp.path().join("site");
        copy_dir(Path::new("tests/sites/trilingual"), &root);
        let binary = tmp.path().join("diptych");
        fs::copy(assert_cmd::cargo::cargo_bin("diptych"), &binary).unwrap();
        if is_root() {
            for path in [tmp.path().to_path_buf(), binary.clone()]
                .into_iter()
                .chain(crate::support::walk(&root))
                .chain(folders(&root))
            {
                std::os::unix::fs::chown(&path, Some(NOBODY), Some(NOBODY)).unwrap();
            }
        }
        UserSite {
            _tmp: tmp,
            root,
            binary,
        }
    }

    fn out(&self) -> PathBuf {
        self.root.join("public")
    }

    /// `diptych build`, as an ordinary user.
    fn build(&self) -> Output {
        let mut command = if is_root() {
            let mut command = Command::new("runuser");
            command.args(["-u", "nobody", "--"]).arg(&self.binary);
            command
        } else {
            Command::new(&self.binary)
        };
        crate::support::in_english(&mut command)
            .arg("build")
            .arg("--root")
            .arg(&self.root)
            .output()
            .unwrap()
    }
}

fn is_root() -> bool {
    // SAFETY: no arguments, no side effects.
    unsafe { libc::geteuid() == 0 }
}

/// Every folder below `root`, itself included.
fn folders(root: &Path) -> Vec<PathBuf> {
    let mut found = vec![root.to_path_buf()];
    for entry in fs::read_dir(root).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(folders(&path));
        }
    }
    found
}

fn set_mode(path: &Path, mode: u32) {
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn a_read_only_output_folder_fails_the_build_and_stays_as_it_was() {
    let site = UserSite::new();
    let first = site.build();
    assert!(first.status.success(), "{}", stderr(&first));
    let before = snapshot(&site.out());
    edit(
        &site.root,
        "content/strategie/pijlers.nl.md",
        "title: Pijlers",
        "title: Nieuwe pijlers",
    );
    set_mode(&site.out(), 0o555);
    let failed = site.build();
    let message = stderr(&failed);
    assert_eq!(failed.status.code(), Some(1), "{message}");
    assert!(message.contains("is read-only"), "{message}");
    assert!(
        message.contains("the previous output is unchanged"),
        "{message}"
    );
    assert!(!message.contains("panicked"), "{message}");
    assert_eq!(
        before,
        snapshot(&site.out()),
        "the output folder changed although the build failed"
    );
    assert_eq!(staging_left_behind(&site.root), Vec::<String>::new());
    set_mode(&site.out(), 0o755);
    let fixed = site.build();
    assert!(fixed.status.success(), "{}", stderr(&fixed));
    let page = fs::read_to_string(site.out().join("nl/strategie/pijlers/index.html")).unwrap();
    assert!(
        page.contains("Nieuwe pijlers"),
        "the next build did not publish"
    );
    assert_eq!(staging_left_behind(&site.root), Vec::<String>::new());
}

#[test]
fn a_content_folder_diptych_may_not_read_is_named_as_such() {
    let site = UserSite::new();
    let folder = site.root.join("content/strategie");
    set_mode(&folder, 0o000);
    let failed = site.build();
    set_mode(&folder, 0o755);
    let message = stderr(&failed);
    assert_eq!(failed.status.code(), Some(1), "{message}");
    assert!(
        message
            .contains("error: diptych is not allowed to read this folder\n--> content/strategie"),
        "{message}"
    );
    assert!(
        message.contains("give your user account permission to read the folder"),
        "{message}"
    );
    assert!(
        !message.contains("there is no page"),
        "a folder that cannot be read is not a missing page:\n{message}"
    );
    assert!(!site.out().exists(), "a failed build wrote output");
}

#[test]
fn a_full_disk_is_one_message_and_the_previous_output_stays() {
    let site = TempDir::new().unwrap();
    copy_dir(Path::new("tests/sites/trilingual"), site.path());
    let disk = TempDir::new().unwrap();
    let report = TempDir::new().unwrap();
    let big_page = site.path().join("content/strategie/pijlers.nl.md");
    // In a mount namespace of its own, a 400 kB disk holds one build of the fixture but
    // not a page of a megabyte more.
    let script = r#"set -e
        mount -t tmpfs -o size=400k tmpfs "$1"
        "$2" build --root "$3" --out "$1/out" > /dev/null
        cp -a "$1/out" "$4/before"
        head -c 1000000 /dev/zero | tr '\0' 'x' >> "$5"
        set +e
        "$2" build --root "$3" --out "$1/out" 2> "$4/stderr"
        echo $? > "$4/code"
        cp -a "$1/." "$4/after""#;
    let mut command = Command::new("unshare");
    if !is_root() {
        command.args(["--user", "--map-root-user"]);
    }
    let output = crate::support::in_english(&mut command)
        .args(["--mount", "sh", "-c", script, "sh"])
        .arg(disk.path())
        .arg(assert_cmd::cargo::cargo_bin("diptych"))
        .arg(site.path())
        .arg(report.path())
        .arg(&big_page)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "this test needs root or user namespaces to mount a small disk:\n{}",
        stderr(&output)
    );
    let message = fs::read_to_string(report.path().join("stderr")).unwrap();
    let code = fs::read_to_string(report.path().join("code")).unwrap();
    assert_eq!(code.trim(), "1", "{message}");
    assert_eq!(
        message.matches("error: ").count(),
        1,
        "one full disk, one message:\n{message}"
    );
    assert!(
        message.contains("error: the disk is full: the site cannot be written"),
        "{message}"
    );
    assert!(
        message.contains("the previous output is unchanged"),
        "{message}"
    );
    assert_eq!(
        snapshot(&report.path().join("before")),
        snapshot(&report.path().join("after/out")),
        "the previous output changed"
    );
    assert_eq!(
        staging_left_behind(&report.path().join("after")),
        Vec::<String>::new()
    );
}
