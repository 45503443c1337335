//! Puts the built site on disk, all or nothing.
//!
//! Everything is written into a fresh staging folder next to the output folder; only
//! when every file is written is the old output swapped out and the new one moved into
//! its place. A failed build, or one that fails while writing, leaves the previous
//! output as it was.

use std::io;
use std::path::{Component, Path, PathBuf};

use crate::render::SiteFiles;

/// Writes `files` as the new contents of `out`, replacing what was there.
pub fn write_atomically(files: &SiteFiles, out: &Path) -> io::Result<()> {
    let name = out
        .file_name()
        .ok_or_else(|| io::Error::other("the output folder needs a name"))?
        .to_string_lossy()
        .into_owned();
    let parent = out.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent)?;
    let staging = parent.join(format!(".{name}.tmp-diptych"));
    let previous = parent.join(format!(".{name}.old-diptych"));
    remove_if_present(&staging)?;
    remove_if_present(&previous)?;
    if let Err(error) = write_all(files, &staging) {
        let _ = std::fs::remove_dir_all(&staging);
        return Err(error);
    }
    if out.exists() {
        std::fs::rename(out, &previous)?;
    }
    if let Err(error) = std::fs::rename(&staging, out) {
        let _ = std::fs::rename(&previous, out);
        return Err(error);
    }
    remove_if_present(&previous)
}

fn write_all(files: &SiteFiles, folder: &Path) -> io::Result<()> {
    std::fs::create_dir_all(folder)?;
    for (site_path, bytes) in files {
        let target = folder.join(safe_relative(site_path)?);
        if let Some(dir) = target.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(target, bytes)?;
    }
    Ok(())
}

/// A site path as a relative file path that cannot leave the output folder.
fn safe_relative(site_path: &str) -> io::Result<PathBuf> {
    let path = Path::new(site_path);
    if path
        .components()
        .all(|component| matches!(component, Component::Normal(_)))
    {
        Ok(path.to_path_buf())
    } else {
        Err(io::Error::other(format!(
            "refusing to write `{site_path}` outside the output folder"
        )))
    }
}

fn remove_if_present(path: &Path) -> io::Result<()> {
    match std::fs::remove_dir_all(path) {
        Err(error) if error.kind() != io::ErrorKind::NotFound => Err(error),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_cannot_escape() {
        assert!(safe_relative("nl/index.html").is_ok());
        assert!(safe_relative("../x").is_err());
        assert!(safe_relative("/etc/passwd").is_err());
        assert!(safe_relative("nl/../../x").is_err());
    }
}
