//! The floors of the crate, enforced: every `crate::` path in `src/` (outside the unit
//! tests) may lead only to a module on the same floor or a lower one, never up, and the
//! top-level modules may not import each other in a circle. The table of floors is the
//! one in `docs/architecture.md`, read here, so the rule a reader sees is the rule the
//! build checks.
//!
//! The scanner is deliberately simple (see docs/architecture.md, "How the check works"):
//! - a file belongs to the top-level module of its path (`src/images/store.rs` → `images`);
//!   `src/lib.rs` and `src/main.rs` are the roof and are not scanned;
//! - a file is read up to a line `#[cfg(test)]` followed by `mod tests`, as the crate
//!   writes its unit tests at the bottom of a file;
//! - lines that start with `//` are comments and skipped;
//! - every `crate::name` is an import of `name` (a `use` line or a path in the code alike),
//!   and `crate::{a::x, b}` of `a` and `b`.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The document that holds the table of floors.
const ARCHITECTURE: &str = "docs/architecture.md";

/// One floor of the table.
#[derive(Debug)]
struct Floor {
    /// 1 at the bottom.
    number: u32,
    name: String,
    /// Whether its modules may import each other (without a circle).
    sideways: bool,
}

/// The floors, and the floor of every top-level module.
struct Table {
    floors: Vec<Floor>,
    floor_of: BTreeMap<String, usize>,
}

impl Table {
    /// Reads the rows of the table in `docs/architecture.md` whose first cell is a number:
    /// `| 1 | utilities | `util`, `diagnostic` | yes |`.
    fn read(text: &str) -> Table {
        let mut table = Table {
            floors: Vec::new(),
            floor_of: BTreeMap::new(),
        };
        for line in text.lines() {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            let Some(number) = cells.get(1).and_then(|cell| cell.parse::<u32>().ok()) else {
                continue;
            };
            assert!(
                cells.len() >= 6,
                "{ARCHITECTURE}: a floor needs 4 cells: {line}"
            );
            for module in cells[3].split(',') {
                let module = module.trim().trim_matches('`').to_owned();
                let earlier = table.floor_of.insert(module.clone(), table.floors.len());
                assert!(
                    earlier.is_none(),
                    "{ARCHITECTURE}: `{module}` has two floors"
                );
            }
            table.floors.push(Floor {
                number,
                name: cells[2].to_owned(),
                sideways: cells[4] == "yes",
            });
        }
        assert!(
            !table.floors.is_empty(),
            "{ARCHITECTURE} has no table of floors"
        );
        table
    }

    fn describe(&self, module: &str) -> String {
        match self.floor_of.get(module) {
            Some(&index) => {
                let floor = &self.floors[index];
                format!("`{module}` (floor {}, {})", floor.number, floor.name)
            }
            None => format!("`{module}` (no floor)"),
        }
    }
}

/// One `crate::` path found in the code.
#[derive(Debug)]
struct Import {
    /// `src/number.rs`.
    file: String,
    line: usize,
    /// The top-level module of the file.
    from: String,
    /// The top-level module the path leads to.
    to: String,
    /// The line as written, trimmed.
    text: String,
}

/// The top-level module a file of `src/` belongs to; `None` for the roof (lib.rs, main.rs).
fn module_of(relative: &Path) -> Option<String> {
    let first = relative.components().next()?.as_os_str().to_str()?;
    let module = first.strip_suffix(".rs").unwrap_or(first);
    (!matches!(module, "lib" | "main")).then(|| module.to_owned())
}

/// Every `.rs` file below `dir`, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|ending| ending == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// The lines of a file's code, numbered from 1: up to its unit tests, comments left out.
fn code_lines(text: &str) -> Vec<(usize, &str)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut code = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        let trimmed = line.trim();
        let next = lines.get(index + 1).map_or("", |next| next.trim());
        if trimmed == "#[cfg(test)]" && next.starts_with("mod tests") {
            break;
        }
        if !trimmed.starts_with("//") {
            code.push((index + 1, *line));
        }
    }
    code
}

/// The top-level modules named by the `crate::` paths of `text`, which starts where a
/// line's code starts; a group `crate::{…}` may go on over the `rest` of the file.
fn targets<'a>(line: &'a str, rest: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut found = Vec::new();
    let mut search = line;
    while let Some(at) = search.find("crate::") {
        let before = search[..at].chars().next_back();
        let after = &search[at + "crate::".len()..];
        search = after;
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$') {
            continue;
        }
        if after.starts_with('{') {
            found.extend(group(after, rest));
            break;
        }
        found.push(identifier(after));
    }
    found.retain(|name| !name.is_empty());
    found
}

/// The first names of each path in a group `{a::x, b, c::{y, z}}`, which may span lines.
fn group<'a>(start: &'a str, rest: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut names = Vec::new();
    let mut depth = 0;
    let mut expecting = false;
    for text in std::iter::once(start).chain(rest) {
        for (index, c) in text.char_indices() {
            match c {
                '{' => {
                    depth += 1;
                    expecting = depth == 1;
                }
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        return names;
                    }
                }
                ',' if depth == 1 => expecting = true,
                c if expecting && (c.is_alphanumeric() || c == '_') => {
                    names.push(identifier(&text[index..]));
                    expecting = false;
                }
                _ => {}
            }
        }
    }
    names
}

fn identifier(text: &str) -> String {
    text.chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect()
}

/// Every `crate::` path of `src/` that leads out of its own top-level module.
fn imports(src: &Path) -> Vec<Import> {
    let mut found = Vec::new();
    for path in rust_files(src) {
        let relative = path.strip_prefix(src).unwrap();
        let Some(from) = module_of(relative) else {
            continue;
        };
        let text = std::fs::read_to_string(&path).unwrap();
        let lines = code_lines(&text);
        for (position, (number, line)) in lines.iter().enumerate() {
            let rest = lines[position + 1..].iter().map(|(_, line)| *line);
            for to in targets(line, rest) {
                if to == from {
                    continue;
                }
                found.push(Import {
                    file: format!("src/{}", relative.display()),
                    line: *number,
                    from: from.clone(),
                    to,
                    text: line.trim().to_owned(),
                });
            }
        }
    }
    found
}

/// The imports that break the table: to a module without a floor, to a higher floor, or
/// sideways on a floor whose modules may not import each other.
fn wrong_way(table: &Table, imports: &[Import]) -> Vec<String> {
    let mut problems = Vec::new();
    for import in imports {
        let (from, to) = (
            table.floor_of.get(&import.from),
            table.floor_of.get(&import.to),
        );
        let why = match (from, to) {
            (Some(from), Some(to)) if to > from => "imports from a higher floor",
            (Some(from), Some(to)) if to == from && !table.floors[*from].sideways => {
                "imports from its own floor, whose modules may not import each other"
            }
            (Some(_), Some(_)) => continue,
            _ => "involves a module the table of floors does not list",
        };
        problems.push(format!(
            "{}:{}: {} {why}: {}\n    {}",
            import.file,
            import.line,
            table.describe(&import.from),
            table.describe(&import.to),
            import.text
        ));
    }
    problems
}

/// The circles between top-level modules (strongly connected components of more than
/// one module), each with one import per step.
fn circles(imports: &[Import]) -> Vec<String> {
    let mut graph: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for import in imports {
        graph.entry(&import.from).or_default().insert(&import.to);
        graph.entry(&import.to).or_default();
    }
    let reach: BTreeMap<&str, BTreeSet<&str>> = graph
        .keys()
        .map(|module| (*module, reaches(&graph, module)))
        .collect();
    let mut done = BTreeSet::new();
    let mut found = Vec::new();
    for module in graph.keys() {
        if done.contains(module) {
            continue;
        }
        let circle: BTreeSet<&str> = (reach[module].iter())
            .filter(|other| reach[*other].contains(module))
            .copied()
            .collect();
        done.extend(circle.iter().copied());
        if circle.len() < 2 {
            continue;
        }
        let mut text = format!(
            "a circle of {} modules: {}",
            circle.len(),
            circle.iter().copied().collect::<Vec<_>>().join(", ")
        );
        for import in imports {
            if circle.contains(import.from.as_str()) && circle.contains(import.to.as_str()) {
                let _ = write!(
                    text,
                    "\n    {}:{}: {} → {}: {}",
                    import.file, import.line, import.from, import.to, import.text
                );
            }
        }
        found.push(text);
    }
    found
}

/// The modules `start` leads to, itself included.
fn reaches<'a>(graph: &BTreeMap<&'a str, BTreeSet<&'a str>>, start: &'a str) -> BTreeSet<&'a str> {
    let mut seen = BTreeSet::from([start]);
    let mut stack = vec![start];
    while let Some(module) = stack.pop() {
        for next in &graph[module] {
            if seen.insert(next) {
                stack.push(next);
            }
        }
    }
    seen
}

/// Top-level modules of `src/` missing from the table, and modules of the table that are
/// not in `src/`.
fn unlisted(table: &Table, src: &Path) -> Vec<String> {
    let present: BTreeSet<String> = rust_files(src)
        .iter()
        .filter_map(|path| module_of(path.strip_prefix(src).unwrap()))
        .collect();
    let listed: BTreeSet<String> = table.floor_of.keys().cloned().collect();
    let missing = (present.difference(&listed))
        .map(|module| format!("`{module}` is in src/ but has no floor in {ARCHITECTURE}"));
    let stale = (listed.difference(&present))
        .map(|module| format!("`{module}` has a floor in {ARCHITECTURE} but is not in src/"));
    missing.chain(stale).collect()
}

#[test]
fn imports_go_only_down_the_floors_and_never_in_a_circle() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let table = Table::read(&std::fs::read_to_string(root.join(ARCHITECTURE)).unwrap());
    let src = root.join("src");
    let imports = imports(&src);
    let mut problems = unlisted(&table, &src);
    problems.extend(wrong_way(&table, &imports));
    problems.extend(circles(&imports));
    assert!(
        problems.is_empty(),
        "{} problem(s) with the floors of {ARCHITECTURE}:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_scanner_finds_paths_and_groups_and_skips_comments_and_unit_tests() {
    let text = "use crate::key::Key;\n\
                // use crate::serve;\n\
                use crate::{config::Config,\n    render::{self, SiteFiles}, lang};\n\
                fn f() { crate::suggest::did_you_mean(); $crate::x; my_crate::y; }\n\
                #[cfg(test)]\nmod tests {\n    use crate::build;\n}\n";
    let lines = code_lines(text);
    let found: Vec<String> = (0..lines.len())
        .flat_map(|i| targets(lines[i].1, lines[i + 1..].iter().map(|(_, l)| *l)))
        .collect();
    assert_eq!(found, ["key", "config", "render", "lang", "suggest"]);
}
