//! Walking the folders a site is built from (`content/`, `static/`, the theme's templates
//! and static files), following symbolic links only while they stay inside the site folder.
//!
//! A link may gather files from elsewhere in the site (`content/de/shared -> ../shared`),
//! but a link that leads outside the site folder would publish whatever it points to, and
//! one that leads nowhere hides a mistake: both are reported in their place in the walk
//! and not followed, and the walk goes on, so that one run names every such link.

use std::path::{Path, PathBuf};

use walkdir::{DirEntry, FilterEntry, IntoIter, WalkDir};

use crate::diagnostic::Diagnostic;
use crate::words::text;

/// What a walk meets besides the files and folders it may use.
#[derive(Debug)]
pub(crate) enum Refusal {
    /// A link that leads outside the site folder or nowhere: reported, not followed.
    Link(Diagnostic),
    /// A file or folder that could not be read, or a link back to a folder above it.
    Walk(walkdir::Error),
}

/// A walk over one folder of the site, sorted by name, like walkdir following links.
pub(crate) struct Walk<P> {
    entries: FilterEntry<IntoIter, P>,
    site: Site,
}

/// Walks `folder` (relative to the site folder `root`), leaving out the entries `keep`
/// refuses and what links leading outside the site folder point to.
pub(crate) fn folder<P>(root: &Path, folder: &Path, keep: P) -> Walk<P>
where
    P: FnMut(&DirEntry) -> bool,
{
    let entries = WalkDir::new(root.join(folder))
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(keep);
    Walk {
        entries,
        site: Site::new(root),
    }
}

impl<P> Iterator for Walk<P>
where
    P: FnMut(&DirEntry) -> bool,
{
    type Item = Result<DirEntry, Refusal>;

    fn next(&mut self) -> Option<Self::Item> {
        Some(match self.entries.next()? {
            Ok(entry) if entry.path_is_symlink() => self.judge(entry),
            Ok(entry) => Ok(entry),
            Err(error) => Err(self.explain(error)),
        })
    }
}

impl<P> Walk<P>
where
    P: FnMut(&DirEntry) -> bool,
{
    /// An entry reached through a link: kept when the link stays inside the site folder,
    /// otherwise refused and, when it is a folder, not entered.
    fn judge(&mut self, entry: DirEntry) -> Result<DirEntry, Refusal> {
        match self.site.refuse_link(entry.path()) {
            Some(diagnostic) => {
                if entry.file_type().is_dir() {
                    self.entries.skip_current_dir();
                }
                Err(Refusal::Link(diagnostic))
            }
            None => Ok(entry),
        }
    }

    /// walkdir fails on a link it cannot follow (it leads nowhere, or back to a folder
    /// above it), naming the link: one leading out of the site folder or nowhere is
    /// reported as such, the rest as walkdir tells it.
    fn explain(&self, error: walkdir::Error) -> Refusal {
        let link = error.path().filter(|path| path.is_symlink());
        match link.and_then(|link| self.site.refuse_link(link)) {
            Some(diagnostic) => Refusal::Link(diagnostic),
            None => Refusal::Walk(error),
        }
    }
}

/// The site folder, as given (to name files relative to it) and with every link in its
/// path resolved (to compare links' targets with).
struct Site {
    root: PathBuf,
    canonical: PathBuf,
}

impl Site {
    fn new(root: &Path) -> Site {
        Site {
            root: root.to_path_buf(),
            canonical: std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf()),
        }
    }

    /// The problem with the link at `link`, when it leads outside the site folder or to
    /// nothing; `None` when it leads to a file or folder inside the site folder.
    fn refuse_link(&self, link: &Path) -> Option<Diagnostic> {
        let place = link.strip_prefix(&self.root).unwrap_or(link);
        match std::fs::canonicalize(link) {
            Ok(target) if target.starts_with(&self.canonical) => None,
            Ok(target) => Some(leads_outside(place, &target)),
            Err(error) => Some(leads_nowhere(place, link, &error)),
        }
    }
}

/// The link at `place` (relative to the site folder) leads to `target`, outside it.
fn leads_outside(place: &Path, target: &Path) -> Diagnostic {
    Diagnostic::error(text!("link-leads-outside", target = target))
        .in_file(place)
        .with_hint(text!("link-leads-outside-hint"))
}

/// The link at `place` (relative to the site folder) leads to no file or folder: what it
/// names does not exist, or cannot be reached (a link to itself, a folder that is locked).
fn leads_nowhere(place: &Path, link: &Path, error: &std::io::Error) -> Diagnostic {
    let written = std::fs::read_link(link).unwrap_or_default();
    let message = match error.kind() {
        std::io::ErrorKind::NotFound => text!("link-leads-nowhere-missing", written = &written),
        _ => text!(
            "link-leads-nowhere-unreachable",
            written = &written,
            error = error
        ),
    };
    Diagnostic::error(message)
        .in_file(place)
        .with_hint(text!("link-leads-nowhere-hint"))
}

#[cfg(test)]
mod tests {
    use std::fs;
    use std::os::unix::fs::symlink;

    use super::*;

    /// A site folder with `content/page.md`, and a folder beside it with `outside.md`.
    fn site() -> (tempfile::TempDir, PathBuf) {
        let tmp = tempfile::TempDir::new().unwrap();
        let root = tmp.path().join("site");
        fs::create_dir_all(root.join("content")).unwrap();
        fs::write(root.join("content/page.md"), "inside").unwrap();
        fs::write(tmp.path().join("outside.md"), "outside").unwrap();
        (tmp, root)
    }

    /// The files a walk of `content/` yields and the messages of the links it refuses.
    fn walked(root: &Path) -> (Vec<String>, Vec<String>) {
        let mut files = Vec::new();
        let mut refused = Vec::new();
        for item in folder(root, Path::new("content"), |_| true) {
            match item {
                Ok(entry) if entry.file_type().is_file() => {
                    let path = entry.path().strip_prefix(root).unwrap();
                    files.push(path.display().to_string());
                }
                Ok(_) => {}
                Err(Refusal::Link(diagnostic)) => refused.push(diagnostic.message.english()),
                Err(Refusal::Walk(error)) => panic!("{error}"),
            }
        }
        (files, refused)
    }

    #[test]
    fn a_link_inside_the_site_folder_is_followed() {
        let (_tmp, root) = site();
        fs::create_dir(root.join("shared")).unwrap();
        fs::write(root.join("shared/common.md"), "shared").unwrap();
        symlink("../shared", root.join("content/shared")).unwrap();
        let (files, refused) = walked(&root);
        assert_eq!(files, ["content/page.md", "content/shared/common.md"]);
        assert!(refused.is_empty(), "{refused:?}");
    }

    #[test]
    fn a_link_to_a_file_outside_is_refused() {
        let (tmp, root) = site();
        symlink(
            tmp.path().join("outside.md"),
            root.join("content/linked.md"),
        )
        .unwrap();
        let (files, refused) = walked(&root);
        assert_eq!(files, ["content/page.md"]);
        assert_eq!(refused.len(), 1);
        assert!(refused[0].contains("leads outside the site folder"));
    }

    #[test]
    fn a_link_to_a_folder_outside_is_not_entered() {
        let (tmp, root) = site();
        symlink(tmp.path(), root.join("content/all")).unwrap();
        let (files, refused) = walked(&root);
        assert_eq!(files, ["content/page.md"]);
        assert_eq!(refused.len(), 1);
    }

    #[test]
    fn a_link_through_another_link_is_judged_by_where_it_ends() {
        let (tmp, root) = site();
        symlink(tmp.path().join("outside.md"), root.join("hop.md")).unwrap();
        symlink("../hop.md", root.join("content/linked.md")).unwrap();
        let (files, refused) = walked(&root);
        assert_eq!(files, ["content/page.md"]);
        assert_eq!(refused.len(), 1);
    }

    #[test]
    fn a_link_that_leads_nowhere_is_refused() {
        let (_tmp, root) = site();
        symlink("gone.md", root.join("content/linked.md")).unwrap();
        let (files, refused) = walked(&root);
        assert_eq!(files, ["content/page.md"]);
        assert_eq!(
            refused,
            ["this link leads nowhere: `gone.md` does not exist"]
        );
    }

    #[test]
    fn a_link_to_itself_leads_nowhere() {
        let (_tmp, root) = site();
        symlink("self.md", root.join("content/self.md")).unwrap();
        let (files, refused) = walked(&root);
        assert_eq!(files, ["content/page.md"]);
        assert_eq!(refused.len(), 1);
        assert!(
            refused[0].starts_with("this link leads nowhere: `self.md` cannot be reached"),
            "{refused:?}"
        );
    }

    #[test]
    fn the_site_folder_may_itself_be_reached_through_a_link() {
        let (tmp, root) = site();
        let alias = tmp.path().join("alias");
        symlink(&root, &alias).unwrap();
        symlink("page.md", root.join("content/again.md")).unwrap();
        let (files, refused) = walked(&alias);
        assert_eq!(files, ["content/again.md", "content/page.md"]);
        assert!(refused.is_empty(), "{refused:?}");
    }
}
