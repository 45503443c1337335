//! Writing a file so that a reader (a browser, an editor, the next build) sees the old
//! file or the new one, never half of one.

use std::io;
use std::path::Path;

/// Writes `bytes` to `path` aside (a temporary file in the same folder), then renames it
/// into place in one step. The folder must exist.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let folder = match path.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder,
        _ => Path::new("."),
    };
    let mut staged = tempfile::NamedTempFile::new_in(folder)?;
    io::Write::write_all(&mut staged, bytes)?;
    staged.persist(path).map_err(|error| error.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_is_replaced_and_nothing_is_left_beside_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("record.yaml");
        std::fs::write(&path, "old").unwrap();
        write_atomically(&path, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
