//! Where Chromium, Google Chrome or Microsoft Edge may be installed, per system: the program
//! names looked for on the PATH, then the standard install paths. `diptych pdf` prints with
//! the first one found.
//!
//! The search is a pure function of the PATH's folders, the environment and a test for
//! whether a file exists, so that the Windows and macOS layouts are tested on any system.

use std::path::{Path, PathBuf};

/// Program names of Chromium, Chrome and Edge on the PATH, in order of preference.
const NAMES: &[&str] = &[
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
    "chrome",
    "microsoft-edge",
    "msedge",
];

/// Where Linux packages and installers put them.
const LINUX_PATHS: &[&str] = &[
    "/opt/google/chrome/chrome",
    "/usr/bin/chromium",
    "/snap/bin/chromium",
    "/opt/microsoft/msedge/msedge",
];

/// Where the macOS installers put them.
const MACOS_PATHS: &[&str] = &[
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
    "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
];

/// The Windows install folders (environment variables) and the program below each.
const WINDOWS_FOLDERS: &[&str] = &["ProgramFiles", "ProgramFiles(x86)", "LocalAppData"];
const WINDOWS_PROGRAMS: &[&str] = &[
    r"Google\Chrome\Application\chrome.exe",
    r"Microsoft\Edge\Application\msedge.exe",
];

/// The system whose install paths are searched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum System {
    /// Linux and other Unix systems.
    Linux,
    /// macOS.
    MacOs,
    /// Windows: program names end in `.exe`.
    Windows,
}

impl System {
    /// The system diptych runs on.
    pub(crate) fn current() -> Self {
        if cfg!(windows) {
            System::Windows
        } else if cfg!(target_os = "macos") {
            System::MacOs
        } else {
            System::Linux
        }
    }
}

/// Where a browser is looked for: the names on the PATH, and the install paths.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Places {
    /// Program names looked for in each PATH folder (`chrome.exe` on Windows).
    pub names: Vec<String>,
    /// The PATH's folders, in order.
    pub path_dirs: Vec<PathBuf>,
    /// The standard install paths of this system, after the PATH.
    pub install_paths: Vec<PathBuf>,
}

impl Places {
    /// The places of `system`, with the PATH's folders and the environment (`env("ProgramFiles")`)
    /// given, so that any system's layout can be worked out on any other.
    pub(crate) fn of(
        system: System,
        path_dirs: Vec<PathBuf>,
        env: impl Fn(&str) -> Option<String>,
    ) -> Self {
        let exe = if system == System::Windows {
            ".exe"
        } else {
            ""
        };
        let names = NAMES.iter().map(|name| format!("{name}{exe}")).collect();
        let install_paths = match system {
            System::Linux => LINUX_PATHS.iter().map(PathBuf::from).collect(),
            System::MacOs => MACOS_PATHS.iter().map(PathBuf::from).collect(),
            System::Windows => windows_paths(env),
        };
        Places {
            names,
            path_dirs,
            install_paths,
        }
    }

    /// The first place where `exists` finds a program: the PATH first, folder by folder.
    pub(crate) fn find(&self, exists: impl Fn(&Path) -> bool) -> Option<PathBuf> {
        let on_path = self
            .path_dirs
            .iter()
            .flat_map(|dir| self.names.iter().map(move |name| dir.join(name)));
        on_path
            .chain(self.install_paths.iter().cloned())
            .find(|candidate| exists(candidate))
    }
}

/// `%ProgramFiles%\Google\Chrome\Application\chrome.exe` and the others, for the folders
/// the environment names (a Windows without `ProgramFiles(x86)` leaves those out).
fn windows_paths(env: impl Fn(&str) -> Option<String>) -> Vec<PathBuf> {
    WINDOWS_FOLDERS
        .iter()
        .filter_map(|variable| env(variable))
        .flat_map(|folder| {
            let folder = folder.trim_end_matches('\\').to_owned();
            WINDOWS_PROGRAMS
                .iter()
                .map(move |program| PathBuf::from(format!(r"{folder}\{program}")))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn windows_env(variable: &str) -> Option<String> {
        match variable {
            "ProgramFiles" => Some(r"C:\Program Files".to_owned()),
            "ProgramFiles(x86)" => Some(r"C:\Program Files (x86)".to_owned()),
            "LocalAppData" => Some(r"C:\Users\anna\AppData\Local".to_owned()),
            _ => None,
        }
    }

    #[test]
    fn edge_in_program_files_x86_is_found_on_windows() {
        let places = Places::of(System::Windows, Vec::new(), windows_env);
        let edge = r"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe";
        let found = places.find(|path| path == Path::new(edge));
        assert_eq!(found, Some(PathBuf::from(edge)));
        assert_eq!(places.install_paths.len(), 6);
        assert!(places.names.contains(&"chrome.exe".to_owned()));
    }

    #[test]
    fn chrome_for_one_user_is_found_on_windows() {
        let places = Places::of(System::Windows, Vec::new(), windows_env);
        let chrome = r"C:\Users\anna\AppData\Local\Google\Chrome\Application\chrome.exe";
        assert_eq!(
            places.find(|path| path == Path::new(chrome)),
            Some(PathBuf::from(chrome))
        );
    }

    #[test]
    fn a_windows_without_the_x86_folder_skips_it() {
        let env = |variable: &str| (variable == "ProgramFiles").then(|| r"D:\Apps\".to_owned());
        let places = Places::of(System::Windows, Vec::new(), env);
        assert_eq!(
            places.install_paths,
            [
                PathBuf::from(r"D:\Apps\Google\Chrome\Application\chrome.exe"),
                PathBuf::from(r"D:\Apps\Microsoft\Edge\Application\msedge.exe"),
            ]
        );
    }

    #[test]
    fn edge_is_found_in_applications_on_macos() {
        let places = Places::of(System::MacOs, Vec::new(), |_| None);
        let edge = "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge";
        assert_eq!(
            places.find(|path| path == Path::new(edge)),
            Some(PathBuf::from(edge))
        );
    }

    #[test]
    fn the_path_comes_before_the_install_paths() {
        let dirs = vec![PathBuf::from("/home/anna/bin"), PathBuf::from("/usr/bin")];
        let places = Places::of(System::Linux, dirs, |_| None);
        let found = places.find(|path| {
            path == Path::new("/usr/bin/google-chrome") || path == Path::new("/snap/bin/chromium")
        });
        assert_eq!(found, Some(PathBuf::from("/usr/bin/google-chrome")));
        let snap = places.find(|path| path == Path::new("/snap/bin/chromium"));
        assert_eq!(snap, Some(PathBuf::from("/snap/bin/chromium")));
    }

    #[test]
    fn nothing_installed_finds_nothing() {
        let places = Places::of(System::Linux, vec![PathBuf::from("/usr/bin")], |_| None);
        assert_eq!(places.find(|_| false), None);
    }
}
