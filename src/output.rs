//! Puts the built site on disk: all or nothing, and only what changed.
//!
//! Files are written, as they are made, into a staging folder next to the output folder.
//! A file whose bytes equal the one already in the output folder is not written: at the
//! end it is hard-linked into the staging folder, so it keeps its bytes, its inode and
//! its modification time (`rsync` and upload tools then skip it). Then the staging folder
//! and the output folder trade places in one atomic rename, and the old site is deleted.
//! So a reader, a web server or an interrupted build sees the old site or the new one,
//! never a mix; a failed build leaves the old site as it was. When nothing changed at
//! all, nothing on disk is touched.

use std::io;
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::key::Lookup;
use crate::util::hash::{self, Fingerprint, Stamp};

/// A file of the site as the build made it.
#[derive(Debug)]
pub(crate) struct Made<'a> {
    /// Site path: `de/strategie/index.html`.
    pub path: &'a str,
    /// Of everything it was made from.
    pub fingerprint: Fingerprint,
    /// Its contents.
    pub bytes: &'a [u8],
}

/// Every file of the new site with its fingerprint and what it looked up, whether it
/// was made again or kept from the previous build.
#[derive(Debug, Clone)]
pub struct Produced {
    /// Site path.
    pub path: String,
    /// Of everything it was made from.
    pub fingerprint: Fingerprint,
    /// What it looked up while rendering.
    pub looked_up: Vec<Lookup>,
}

/// What writing changed in the output folder.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Changes {
    /// Files written because their bytes are new.
    pub written: usize,
    /// Files removed because they no longer belong to the site.
    pub removed: usize,
    /// Files left as they were.
    pub unchanged: usize,
}

/// One file of the output as the last build left it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct FileRecord {
    /// Of everything it was made from.
    pub fingerprint: Fingerprint,
    /// Of its bytes.
    pub hash: Fingerprint,
    /// As written.
    pub stamp: Stamp,
    /// What it looked up while rendering (links by key, `url_for()`, images): part of its
    /// inputs.
    pub looked_up: Vec<Lookup>,
}

/// What the last build left in the output folder, as its manifest records it.
#[derive(Debug, Default, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct Previous {
    /// Every file it wrote, by site path.
    pub files: FxHashMap<String, FileRecord>,
    /// Every folder, by site path (`""` for the output folder itself), as it was when the
    /// build finished: a folder whose modification time is the same holds no file that
    /// was added or removed since, so it need not be listed again.
    pub folders: FxHashMap<String, Stamp>,
}

/// Writes one build into one output folder; see the module documentation.
#[derive(Debug)]
pub(crate) struct Writer {
    out: PathBuf,
    staging: PathBuf,
    /// What the previous build wrote, by site path.
    previous: FxHashMap<String, FileRecord>,
    /// The folders the previous build left, by site path.
    folders: FxHashMap<String, Stamp>,
    /// The files in the output folder now, by site path.
    present: FxHashMap<String, Stamp>,
    /// Files handed to [`Writer::put`]: their record, and whether they went to staging.
    made: Mutex<FxHashMap<String, (FileRecord, bool)>>,
}

impl Writer {
    /// Prepares to replace `out`, given the records of the build that wrote it. Removes
    /// what an interrupted build may have left beside it.
    pub(crate) fn open(out: &Path, previous: Previous) -> io::Result<Writer> {
        let name = out
            .file_name()
            .ok_or_else(|| io::Error::other("the output folder needs a name"))?
            .to_string_lossy()
            .into_owned();
        let parent = out.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(parent)?;
        let staging = parent.join(format!(".{name}.tmp-diptych"));
        remove_if_present(&staging)?;
        Ok(Writer {
            present: files_in(out, &previous)?,
            out: out.to_path_buf(),
            staging,
            previous: previous.files,
            folders: previous.folders,
            made: Mutex::new(FxHashMap::default()),
        })
    }

    /// The output folder this writer replaces.
    pub(crate) fn out_dir(&self) -> &Path {
        &self.out
    }

    /// Whether the output folder still holds the file the previous build made at `path`
    /// from inputs with this fingerprint: then it need not be made again.
    pub(crate) fn is_current(&self, path: &str, fingerprint: Fingerprint) -> bool {
        self.previous.get(path).is_some_and(|record| {
            record.fingerprint == fingerprint && self.present.get(path) == Some(&record.stamp)
        })
    }

    /// What the previous build recorded of the file it wrote at `path`.
    pub(crate) fn record(&self, path: &str) -> Option<&FileRecord> {
        self.previous.get(path)
    }

    /// Takes a newly made file: written to staging unless the output folder already holds
    /// these bytes.
    pub(crate) fn put(&self, file: Made) -> io::Result<()> {
        let relative = safe_relative(file.path)?;
        let hash = hash::of_bytes(file.bytes);
        let record = |stamp| FileRecord {
            fingerprint: file.fingerprint,
            hash,
            stamp,
            looked_up: Vec::new(),
        };
        let entry = match self.present_with_bytes(file.path, hash, file.bytes) {
            Some(stamp) => (record(stamp), false),
            None => {
                let target = self.staging.join(relative);
                if let Some(dir) = target.parent() {
                    std::fs::create_dir_all(dir)?;
                }
                std::fs::write(&target, file.bytes)?;
                (record(Stamp::of(&std::fs::metadata(&target)?)), true)
            }
        };
        self.lock_made().insert(file.path.to_owned(), entry);
        Ok(())
    }

    /// Whether no file was handed over since [`Writer::open`].
    pub(crate) fn made_nothing(&self) -> bool {
        self.lock_made().is_empty()
    }

    /// Makes the new site the output folder. `produced` lists every file of the new site;
    /// those not [`put`](Writer::put) must be [current](Writer::is_current). Returns the
    /// records for the next build and what changed.
    pub(crate) fn commit(mut self, produced: &[Produced]) -> io::Result<(Previous, Changes)> {
        let made = std::mem::take(self.made.get_mut().unwrap_or_else(|e| e.into_inner()));
        let mut records = FxHashMap::with_capacity_and_hasher(produced.len(), Default::default());
        let mut to_link = Vec::new();
        let mut changes = Changes::default();
        for output in produced {
            let record = match made.get(&output.path) {
                Some((record, written)) => {
                    if *written {
                        changes.written += 1;
                    } else {
                        to_link.push(output.path.as_str());
                    }
                    FileRecord {
                        looked_up: output.looked_up.clone(),
                        ..record.clone()
                    }
                }
                // Not made again: kept as the last build wrote it, record and all.
                None => {
                    to_link.push(output.path.as_str());
                    self.previous.remove(&output.path).ok_or_else(|| {
                        io::Error::other(format!("`{}` was never made", output.path))
                    })?
                }
            };
            records.insert(output.path.clone(), record);
        }
        changes.unchanged = to_link.len();
        changes.removed = self
            .present
            .keys()
            .filter(|path| !records.contains_key(path.as_str()))
            .count();
        if changes.written == 0 && changes.removed == 0 {
            remove_if_present(&self.staging)?;
            let left = Previous {
                files: records,
                folders: self.folders,
            };
            return Ok((left, changes));
        }
        if let Err(error) = self.replace_output(&to_link) {
            // The output folder is as it was; what was staged for it goes.
            let _ = remove_if_present(&self.staging);
            return Err(error);
        }
        let folders = folder_stamps(&self.out, records.keys());
        Ok((
            Previous {
                files: records,
                folders,
            },
            changes,
        ))
    }

    /// Completes the staging folder with the unchanged files and trades it for the output
    /// folder. Fails before the trade when the old output could not be removed after it,
    /// so that a failure leaves the output folder exactly as it was.
    fn replace_output(&self, unchanged: &[&str]) -> io::Result<()> {
        std::fs::create_dir_all(&self.staging)?;
        for path in unchanged {
            link_unchanged(&self.out.join(path), &self.staging.join(path))?;
        }
        if self.out.exists() {
            refuse_read_only_folders(&self.out)?;
        }
        swap_into_place(&self.staging, &self.out)?;
        remove_if_present(&self.staging)
    }

    /// Removes the staging folder of a build that failed; the output folder is untouched.
    pub(crate) fn abandon(self) {
        let _ = std::fs::remove_dir_all(&self.staging);
    }

    /// The stamp of the output folder's file at `path` when it holds exactly `bytes`:
    /// known from the previous build's record when the file is still the one it wrote,
    /// else found by reading it.
    fn present_with_bytes(&self, path: &str, hash: Fingerprint, bytes: &[u8]) -> Option<Stamp> {
        let stamp = *self.present.get(path)?;
        match self.previous.get(path) {
            Some(record) if record.stamp == stamp => (record.hash == hash).then_some(stamp),
            _ if stamp.size != bytes.len() as u64 => None,
            _ => std::fs::read(self.out.join(path))
                .ok()
                .filter(|old| old == bytes)
                .map(|_| stamp),
        }
    }

    fn lock_made(&self) -> std::sync::MutexGuard<'_, FxHashMap<String, (FileRecord, bool)>> {
        self.made.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Every file in the output folder (none when there is none), by site path, with its
/// stamp. With the folders of the last build known, only the files it wrote are looked at,
/// and only folders changed since are listed for others; else every folder is read, in
/// parallel. On a large site this is most of a no-change build.
fn files_in(out: &Path, previous: &Previous) -> io::Result<FxHashMap<String, Stamp>> {
    if !out.is_dir() {
        return Ok(FxHashMap::default());
    }
    if previous.folders.is_empty() {
        return Ok(files_below(out, "")?.into_iter().collect());
    }
    let mut present: FxHashMap<String, Stamp> = previous
        .files
        .par_iter()
        .filter_map(|(path, _)| {
            let metadata = std::fs::symlink_metadata(out.join(path)).ok()?;
            metadata
                .is_file()
                .then(|| (path.clone(), Stamp::of(&metadata)))
        })
        .collect();
    let changed: Vec<&String> = previous
        .folders
        .par_iter()
        .filter(|(folder, stamp)| {
            std::fs::metadata(out.join(folder))
                .map(|m| Stamp::of(&m))
                .ok()
                != Some(**stamp)
        })
        .map(|(folder, _)| folder)
        .collect();
    for folder in changed {
        present.extend(unrecorded_in(out, folder, previous)?);
    }
    Ok(present)
}

/// The files in `folder` (and in folders below it that the last build did not leave) that
/// the last build did not write.
fn unrecorded_in(
    out: &Path,
    folder: &str,
    previous: &Previous,
) -> io::Result<Vec<(String, Stamp)>> {
    let entries = match std::fs::read_dir(out.join(folder)) {
        Ok(entries) => entries.collect::<io::Result<Vec<_>>>()?,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(error) => return Err(error),
    };
    let mut found = Vec::new();
    for entry in entries {
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = if folder.is_empty() {
            name
        } else {
            format!("{folder}/{name}")
        };
        if entry.file_type()?.is_dir() {
            if !previous.folders.contains_key(&path) {
                found.extend(files_below(&entry.path(), &format!("{path}/"))?);
            }
        } else if !previous.files.contains_key(&path) {
            found.push((path, Stamp::of(&entry.metadata()?)));
        }
    }
    Ok(found)
}

/// The stamp of every folder that holds one of `files`, the output folder (`""`) included.
fn folder_stamps<'a>(
    out: &Path,
    files: impl Iterator<Item = &'a String>,
) -> FxHashMap<String, Stamp> {
    let mut folders: Vec<&str> = vec![""];
    for file in files {
        let mut path = file.as_str();
        while let Some((folder, _)) = path.rsplit_once('/') {
            folders.push(folder);
            path = folder;
        }
    }
    folders.sort_unstable();
    folders.dedup();
    folders
        .par_iter()
        .filter_map(|folder| {
            let metadata = std::fs::metadata(out.join(folder)).ok()?;
            Some((folder.to_string(), Stamp::of(&metadata)))
        })
        .collect()
}

fn files_below(dir: &Path, prefix: &str) -> io::Result<Vec<(String, Stamp)>> {
    let entries = std::fs::read_dir(dir)?.collect::<io::Result<Vec<_>>>()?;
    let found = entries
        .par_iter()
        .map(|entry| {
            let path = format!("{prefix}{}", entry.file_name().to_string_lossy());
            if entry.file_type()?.is_dir() {
                files_below(&entry.path(), &format!("{path}/"))
            } else {
                Ok(vec![(path, Stamp::of(&entry.metadata()?))])
            }
        })
        .collect::<io::Result<Vec<_>>>()?;
    Ok(found.into_iter().flatten().collect())
}

/// Puts the old file into the new site as it is: a hard link, or a copy with the old
/// modification time where the file system has no hard links.
fn link_unchanged(old: &Path, new: &Path) -> io::Result<()> {
    if let Some(dir) = new.parent() {
        std::fs::create_dir_all(dir)?;
    }
    if std::fs::hard_link(old, new).is_ok() {
        return Ok(());
    }
    std::fs::copy(old, new)?;
    let modified = std::fs::metadata(old)?.modified()?;
    std::fs::File::options()
        .write(true)
        .open(new)?
        .set_modified(modified)
}

/// Makes `staging` the output folder `out`; the old output ends up at `staging`.
fn swap_into_place(staging: &Path, out: &Path) -> io::Result<()> {
    if !out.exists() {
        return std::fs::rename(staging, out);
    }
    if exchange(staging, out).is_ok() {
        return Ok(());
    }
    // No atomic exchange on this system: two renames, the old site set aside in between.
    let aside = staging.with_extension("old");
    remove_if_present(&aside)?;
    std::fs::rename(out, &aside)?;
    if let Err(error) = std::fs::rename(staging, out) {
        let _ = std::fs::rename(&aside, out);
        return Err(error);
    }
    std::fs::rename(&aside, staging)
}

/// An error naming the first folder under `root` (itself included) whose files cannot be
/// removed: the old site is removed after the new one takes its place, and a removal that
/// stops half-way would leave neither.
fn refuse_read_only_folders(root: &Path) -> io::Result<()> {
    for entry in walkdir::WalkDir::new(root) {
        let entry = entry.map_err(io::Error::other)?;
        if entry.file_type().is_dir() && !can_change(entry.path()) {
            return Err(io::Error::new(
                io::ErrorKind::PermissionDenied,
                format!("`{}` is read-only", entry.path().display()),
            ));
        }
    }
    Ok(())
}

/// Whether this process may add and remove files in `folder`.
#[cfg(unix)]
fn can_change(folder: &Path) -> bool {
    use std::os::unix::ffi::OsStrExt;
    let Ok(path) = std::ffi::CString::new(folder.as_os_str().as_bytes()) else {
        return false;
    };
    // SAFETY: a valid NUL-terminated path that lives across the call.
    unsafe { libc::access(path.as_ptr(), libc::W_OK | libc::X_OK) == 0 }
}

#[cfg(not(unix))]
fn can_change(folder: &Path) -> bool {
    std::fs::metadata(folder).is_ok_and(|m| !m.permissions().readonly())
}

/// Swaps two paths in one atomic step (Linux `renameat2` with `RENAME_EXCHANGE`).
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let c_path = |path: &Path| {
        CString::new(path.as_os_str().as_bytes()).map_err(|_| io::Error::other("NUL in a path"))
    };
    let (a, b) = (c_path(a)?, c_path(b)?);
    // SAFETY: both are valid NUL-terminated paths that live across the call.
    let result = unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if result == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> io::Result<()> {
    Err(io::Error::other("no atomic exchange here"))
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

    fn produced(path: &str) -> Produced {
        Produced {
            path: path.to_owned(),
            fingerprint: 7,
            looked_up: Vec::new(),
        }
    }

    fn write_site(out: &Path, previous: Previous, files: &[(&str, &str)]) -> (Previous, Changes) {
        let writer = Writer::open(out, previous).unwrap();
        for (path, text) in files {
            writer
                .put(Made {
                    path,
                    fingerprint: 7,
                    bytes: text.as_bytes(),
                })
                .unwrap();
        }
        let all: Vec<Produced> = files.iter().map(|(path, _)| produced(path)).collect();
        writer.commit(&all).unwrap()
    }

    #[test]
    fn paths_cannot_escape() {
        assert!(safe_relative("nl/index.html").is_ok());
        assert!(safe_relative("../x").is_err());
        assert!(safe_relative("/etc/passwd").is_err());
        assert!(safe_relative("nl/../../x").is_err());
    }

    #[test]
    fn unchanged_files_keep_their_inode_and_stale_ones_go() {
        use std::os::unix::fs::MetadataExt;
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let (records, changes) = write_site(
            &out,
            Previous::default(),
            &[("a.html", "A"), ("b/c.html", "C"), ("old.html", "O")],
        );
        assert_eq!(changes.written, 3);
        let inode = std::fs::metadata(out.join("a.html")).unwrap().ino();
        let (_, changes) = write_site(&out, records, &[("a.html", "A"), ("b/c.html", "C2")]);
        assert_eq!(
            changes,
            Changes {
                written: 1,
                removed: 1,
                unchanged: 1
            }
        );
        assert_eq!(std::fs::metadata(out.join("a.html")).unwrap().ino(), inode);
        assert_eq!(std::fs::read_to_string(out.join("b/c.html")).unwrap(), "C2");
        assert!(!out.join("old.html").exists());
        assert!(!dir.path().join(".public.tmp-diptych").exists());
    }

    #[test]
    fn a_file_added_by_hand_is_found_without_listing_unchanged_folders() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let files = [("a.html", "A"), ("b/c.html", "C"), ("d/e/f.html", "F")];
        let (left, _) = write_site(&out, Previous::default(), &files);
        assert_eq!(
            left.folders
                .keys()
                .map(String::as_str)
                .collect::<std::collections::BTreeSet<_>>(),
            ["", "b", "d", "d/e"].into()
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(out.join("d/e/stray.html"), "?").unwrap();
        std::fs::create_dir_all(out.join("b/new")).unwrap();
        std::fs::write(out.join("b/new/deep.html"), "?").unwrap();
        let present = files_in(&out, &left).unwrap();
        let mut found: Vec<&str> = present.keys().map(String::as_str).collect();
        found.sort_unstable();
        assert_eq!(
            found,
            [
                "a.html",
                "b/c.html",
                "b/new/deep.html",
                "d/e/f.html",
                "d/e/stray.html"
            ]
        );
        let (_, changes) = write_site(&out, left, &files);
        assert_eq!(changes.removed, 2);
        assert!(!out.join("d/e/stray.html").exists());
    }

    #[test]
    fn without_records_equal_bytes_are_still_found() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write_site(&out, Previous::default(), &[("a.html", "A")]);
        let (_, changes) = write_site(&out, Previous::default(), &[("a.html", "A")]);
        assert_eq!(
            changes,
            Changes {
                written: 0,
                removed: 0,
                unchanged: 1
            }
        );
    }
}
