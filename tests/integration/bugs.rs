//! What a bug in diptych does to a build: a page it cannot render is an error naming that
//! page's file, in plain words, without Rust's panic report; nothing is written. The bug is
//! provoked with `DIPTYCH_TEST_PANIC_ON` (a page holding its text panics while rendered):
//! no real input is known to make diptych panic, and those found are fixed (see `fuzz_site`).

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use crate::support::{diptych, edit, fixture, walk};

const PANIC_MARK: &str = "diptych-test-panic-mark";

fn output_files(out: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    (walk(out).into_iter())
        .map(|path| (path.clone(), fs::read(&path).unwrap()))
        .collect()
}

#[test]
fn a_page_diptych_cannot_render_fails_the_build_naming_its_file_and_writes_nothing() {
    let site = fixture("trilingual");
    let root = site.path();
    assert!(diptych(root, &["build"]).status.success());
    let before = output_files(&root.join("public"));
    edit(
        root,
        "content/strategie/pijlers.nl.md",
        "## Basis",
        &format!("## Basis\n\nNieuw. {PANIC_MARK}"),
    );
    let output = crate::support::diptych_command()
        .args(["build", "--root"])
        .arg(root)
        .env("DIPTYCH_TEST_PANIC_ON", PANIC_MARK)
        .env_remove("RUST_BACKTRACE")
        .output()
        .unwrap();
    let errors = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{errors}");
    assert!(
        errors.contains("diptych could not render this page: this is a bug in diptych"),
        "{errors}"
    );
    assert!(
        errors.contains("content/strategie/pijlers.nl.md"),
        "{errors}"
    );
    assert!(errors.contains("please report it"), "{errors}");
    for rust_words in ["panicked", "backtrace", "RUST_BACKTRACE"] {
        assert!(!errors.contains(rust_words), "{errors}");
    }
    assert_eq!(output_files(&root.join("public")), before);
}
