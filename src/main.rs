//! The `diptych` command: reads what the writer typed, calls the library, shows the result.
#![allow(clippy::print_stdout, clippy::print_stderr)]

/// mimalloc instead of the system allocator: rendering allocates and frees many small
/// strings on every thread, and mimalloc's per-thread heaps make that cheaper.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};
use diptych::words::{UiLang, command_line};
use diptych::{BuildOptions, BuildReport, Diagnostic, Severity};

/// The command line. What `--help` says of each command and option is in the writer's
/// language, in `src/words/*.ftl` (`cli-…`): see [`diptych::words::command_line`].
#[derive(Parser)]
#[command(name = "diptych", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    #[arg(long, global = true, value_name = "CODE",
          value_parser = clap::builder::PossibleValuesParser::new(UiLang::CODES))]
    ui_lang: Option<String>,
}

#[derive(Subcommand)]
enum Command {
    Build(BuildArgs),
    Pdf(PdfArgs),
    Serve(ServeArgs),
    Check(CheckArgs),
    Translated(TranslatedArgs),
    Status(StatusArgs),
    New(NewArgs),
    Init(InitArgs),
}

#[derive(Args)]
struct CheckArgs {
    #[command(flatten)]
    site: SiteArgs,
    #[command(flatten)]
    drafts: DraftsArg,
    #[arg(long, value_enum, default_value = "human")]
    format: Format,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Human,
    Json,
}

impl CheckArgs {
    fn run(&self) -> ExitCode {
        let problems = diptych::check::check(&self.site.options(self.drafts.drafts));
        let errors = problems.iter().filter(|d| d.is_error()).count();
        let warnings = problems.len() - errors;
        match self.format {
            Format::Json => {
                let report = serde_json::json!({
                    "errors": errors,
                    "warnings": warnings,
                    "diagnostics": problems,
                });
                emit(&format!("{report:#}\n"));
            }
            Format::Human => {
                show(&problems);
                println!(
                    "{}",
                    diptych::text!("check-summary", errors = errors, warnings = warnings)
                );
            }
        }
        if errors > 0 {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        }
    }
}

#[derive(Args)]
struct StatusArgs {
    #[arg(long, value_name = "FOLDER", default_value = ".")]
    root: PathBuf,
    #[arg(long, value_name = "CODE")]
    lang: Option<String>,
    #[arg(long, value_enum, default_value = "human")]
    format: Format,
}

impl StatusArgs {
    fn run(&self) -> ExitCode {
        let (config, pages) = match diptych::translations::site_status(&self.root) {
            Ok(status) => status,
            Err(problems) => {
                show(&problems);
                eprintln!("{}", diptych::text!("status-fix-first"));
                return ExitCode::FAILURE;
            }
        };
        let shown: Vec<&str> = config
            .languages
            .iter()
            .map(|l| l.code.as_str())
            .filter(|code| {
                self.lang.as_deref().is_none_or(|lang| lang == *code)
                    || *code == config.default_language.as_str()
            })
            .collect();
        let counts = diptych::translations::count(&pages, &shown);
        match self.format {
            Format::Json => {
                let pages: Vec<serde_json::Value> = pages
                    .iter()
                    .map(|page| {
                        let languages: serde_json::Map<String, serde_json::Value> = page
                            .languages
                            .iter()
                            .filter(|l| shown.contains(&l.lang.as_str()))
                            .map(|l| {
                                let cell = serde_json::json!({"status": l.status, "file": l.file});
                                (l.lang.clone(), cell)
                            })
                            .collect();
                        serde_json::json!({"key": page.key, "languages": languages})
                    })
                    .collect();
                emit(&format!(
                    "{:#}\n",
                    serde_json::json!({"counts": counts, "pages": pages})
                ));
            }
            Format::Human => emit(&status_table(&pages, &shown, &counts)),
        }
        ExitCode::SUCCESS
    }
}

/// The counts per language, then one line per page with a column per language.
fn status_table(
    pages: &[diptych::translations::PageStatus],
    shown: &[&str],
    counts: &diptych::translations::Counts,
) -> String {
    let mut table = String::new();
    for (lang, tally) in counts {
        let described = diptych::translations::describe(tally);
        table.push_str(&format!("{lang}: {described}\n"));
    }
    let page = diptych::text!("status-page").to_string();
    let width = pages.iter().map(|p| p.key.len()).max().unwrap_or(0);
    let width = width.max(page.chars().count());
    let column = standing_width();
    table.push_str(&format!("\n{page:width$}"));
    for lang in shown {
        table.push_str(&format!("  {lang:column$}"));
    }
    table.push('\n');
    for page in pages {
        table.push_str(&format!("{:width$}", page.key));
        for cell in page
            .languages
            .iter()
            .filter(|l| shown.contains(&l.lang.as_str()))
        {
            table.push_str(&format!("  {:column$}", cell.status.label().to_string()));
        }
        table.truncate(table.trim_end().len());
        table.push('\n');
    }
    table
}

/// The width of the longest standing's label in the language diptych speaks, to line up
/// the columns after it; "not translated", rare and last in its row, may stick out.
fn standing_width() -> usize {
    use diptych::translations::Standing;
    (Standing::ALL.iter())
        .filter(|standing| **standing != Standing::NotTranslated)
        .map(|standing| standing.label().to_string().chars().count())
        .max()
        .unwrap_or(0)
}

#[derive(Args)]
struct TranslatedArgs {
    #[arg(long, value_name = "FOLDER", default_value = ".")]
    root: PathBuf,
    #[arg(long, conflicts_with = "files")]
    all: bool,
    files: Vec<PathBuf>,
}

impl TranslatedArgs {
    fn run(&self) -> ExitCode {
        if self.files.is_empty() && !self.all {
            return self.list_unrecorded();
        }
        let which = match self.all {
            true => diptych::translations::Which::All,
            false => diptych::translations::Which::Files(&self.files),
        };
        let recorded = diptych::config::load(&self.root, None)
            .and_then(|config| diptych::translations::record(&self.root, &config, which));
        match recorded {
            Ok(files) => {
                for file in &files {
                    println!("{}", diptych::text!("translated-up-to-date", file = file));
                }
                let record = diptych::translations::RECORD_FILE;
                println!(
                    "{}",
                    diptych::text!("translated-recorded", count = files.len(), record = record)
                );
                ExitCode::SUCCESS
            }
            Err(problems) => fail(&problems),
        }
    }

    /// With no file named, records nothing: a translation is up to date only when someone
    /// says so of that file. Lists those that are not, and how to record them.
    fn list_unrecorded(&self) -> ExitCode {
        use diptych::translations::Standing;
        let pages = match diptych::translations::site_status(&self.root) {
            Ok((_, pages)) => pages,
            Err(problems) => return fail(&problems),
        };
        let waiting: Vec<(Standing, PathBuf)> = (pages.iter())
            .flat_map(|page| &page.languages)
            .filter(|cell| matches!(cell.status, Standing::Outdated | Standing::NotRecorded))
            .filter_map(|cell| Some((cell.status, cell.file.clone()?)))
            .collect();
        if waiting.is_empty() {
            println!("{}", diptych::text!("translated-all-up-to-date"));
            return ExitCode::SUCCESS;
        }
        println!("{}", diptych::text!("translated-waiting"));
        let width = standing_width() + 1;
        for (standing, file) in &waiting {
            let label = standing.label().to_string();
            println!("  {label:<width$} {}", file.display());
        }
        println!("{}", diptych::text!("translated-how"));
        ExitCode::SUCCESS
    }
}

#[derive(Args)]
struct NewArgs {
    #[arg(long, value_name = "FOLDER", default_value = ".")]
    root: PathBuf,
    target: String,
}

impl NewArgs {
    fn run(&self) -> ExitCode {
        let created = diptych::config::load(&self.root, None)
            .and_then(|config| diptych::scaffold::create(&self.root, &config, &self.target));
        match created {
            Ok(created) => {
                let width = (created.iter())
                    .map(|made| made.file.display().to_string().chars().count())
                    .max()
                    .unwrap_or(0);
                for made in &created {
                    let file = made.file.display().to_string();
                    match &made.path {
                        Some(path) => println!(
                            "{}  http://{PREVIEW_ADDRESS}:{PREVIEW_PORT}/{path}",
                            diptych::text!("created-file", file = format!("{file:width$}"))
                        ),
                        None => println!("{}", diptych::text!("created-file", file = file)),
                    }
                }
                println!("\n{}", diptych::text!("new-pages-are-drafts"));
                ExitCode::SUCCESS
            }
            Err(problems) => fail(&problems),
        }
    }
}

#[derive(Args)]
struct InitArgs {
    #[arg(default_value = ".")]
    folder: PathBuf,
    #[arg(long, value_name = "CODES", default_value = diptych::init::DEFAULT_LANGUAGES)]
    languages: String,
    #[arg(long, value_name = "NAME")]
    name: Option<String>,
}

impl InitArgs {
    fn run(&self) -> ExitCode {
        match diptych::init::create(&self.folder, &self.languages, self.name.as_deref()) {
            Ok(files) => {
                let folder = self.folder.display().to_string();
                println!("{}", diptych::text!("init-made", folder = folder.as_str()));
                for file in &files {
                    println!("  {}", diptych::text!("created-file", file = file));
                }
                println!("\n{}", diptych::text!("init-next"));
                if self.folder != std::path::Path::new(".") {
                    let quoted = if folder.contains(' ') {
                        format!("\"{folder}\"")
                    } else {
                        folder
                    };
                    println!("  cd {quoted}");
                }
                println!("  diptych serve     ({})", diptych::text!("init-serve"));
                println!("  diptych build     ({})", diptych::text!("init-build"));
                ExitCode::SUCCESS
            }
            Err(problems) => {
                show(&problems);
                ExitCode::FAILURE
            }
        }
    }
}

#[derive(Args)]
struct PdfArgs {
    #[command(flatten)]
    site: SiteArgs,
    #[command(flatten)]
    drafts: DraftsArg,
    #[command(flatten)]
    output: OutArgs,
    #[arg(long, value_name = "EDITION", default_value = "all")]
    edition: Vec<String>,
}

impl PdfArgs {
    fn run(&self) -> ExitCode {
        let started = Instant::now();
        let options = BuildOptions {
            out: self.output.out.clone(),
            ..self.site.options(self.drafts.drafts)
        };
        match diptych::print::make_pdfs(&options, &self.edition) {
            Ok(report) => {
                show(&report.warnings);
                for printed in &report.printed {
                    let pdf = &printed.path;
                    let (edition, pages) = (printed.edition.as_str(), printed.pages);
                    println!(
                        "{}",
                        diptych::text!("pdf-printed", edition = edition, pdf = pdf, pages = pages)
                    );
                }
                let seconds = format!("{:.1}", started.elapsed().as_secs_f64());
                let rounds = report.rounds;
                println!(
                    "{}",
                    diptych::text!("pdf-rounds", rounds = rounds, seconds = seconds)
                );
                ExitCode::SUCCESS
            }
            Err(problems) => fail(&problems),
        }
    }
}

/// Where the site is and how to build it: shared by `build`, `pdf`, `check` and `serve`.
#[derive(Args)]
struct SiteArgs {
    #[arg(long, value_name = "FOLDER", default_value = ".")]
    root: PathBuf,
    #[arg(long, value_name = "URL")]
    base_url: Option<String>,
    #[arg(long)]
    strict: bool,
}

impl SiteArgs {
    /// The build these arguments ask for, with drafts or without.
    fn options(&self, drafts: bool) -> BuildOptions {
        BuildOptions {
            root: self.root.clone(),
            base_url: self.base_url.clone(),
            drafts,
            strict: self.strict,
            ..BuildOptions::default()
        }
    }
}

/// Whether drafts are built: they are left out of what `build`, `pdf` and `check` look at
/// unless asked for (`serve` shows them unless told not to).
#[derive(Args)]
struct DraftsArg {
    #[arg(long)]
    drafts: bool,
}

/// Where a command that writes the site puts it.
#[derive(Args)]
struct OutArgs {
    #[arg(long, value_name = "FOLDER")]
    out: Option<PathBuf>,
}

#[derive(Args)]
struct BuildArgs {
    #[command(flatten)]
    site: SiteArgs,
    #[command(flatten)]
    drafts: DraftsArg,
    #[command(flatten)]
    output: OutArgs,
}

impl BuildArgs {
    fn run(&self) -> ExitCode {
        let started = Instant::now();
        let options = BuildOptions {
            out: self.output.out.clone(),
            ..self.site.options(self.drafts.drafts)
        };
        match diptych::build(&options) {
            Ok(report) => {
                show(&report.warnings);
                println!("{}", summary(&report, started.elapsed().as_secs_f64()));
                ExitCode::SUCCESS
            }
            Err(problems) => fail(&problems),
        }
    }
}

/// Writes a report to standard output; a reader that stops early (`| head`) is no error.
fn emit(text: &str) {
    use std::io::Write;
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}

fn fail(problems: &[Diagnostic]) -> ExitCode {
    show(problems);
    let errors = problems.iter().filter(|d| d.is_error()).count();
    eprintln!("{}", diptych::text!("nothing-written", errors = errors));
    ExitCode::FAILURE
}

fn show(diagnostics: &[Diagnostic]) {
    for diagnostic in diagnostics {
        eprintln!("{diagnostic}");
    }
}

fn summary(report: &BuildReport, seconds: f64) -> String {
    let per_language: Vec<String> = (report.documents_per_language.iter())
        .map(|(language, count)| {
            let (name, code) = (language.name.as_str(), language.code.as_str());
            let text = diptych::text!("summary-language", count = *count, name = name, code = code);
            text.to_string()
        })
        .collect();
    let warnings = report
        .warnings
        .iter()
        .filter(|d| d.severity == Severity::Warning)
        .count();
    let changes = &report.changes;
    let out = &report.out_dir;
    let written = if changes.written == 0 && changes.removed == 0 {
        diptych::text!("summary-nothing-changed", out = out)
    } else {
        let (written, removed, unchanged) = (changes.written, changes.removed, changes.unchanged);
        let out = out.as_path();
        diptych::text!(
            "summary-written",
            written = written,
            removed = removed,
            unchanged = unchanged,
            out = out
        )
    };
    let images = match report.images {
        0 => String::new(),
        count => {
            let encoded = report.images_encoded;
            format!(
                " {}",
                diptych::text!("summary-images", count = count, encoded = encoded)
            )
        }
    };
    let pages: usize = report.documents_per_language.iter().map(|(_, n)| n).sum();
    let built = diptych::text!(
        "summary-built",
        pages = pages,
        languages = per_language.join(", "),
        warnings = warnings
    );
    let seconds = format!("{seconds:.2}");
    let took = diptych::text!("summary-took", seconds = seconds);
    format!("{built}{images} {written} {took}")
}

/// Where the preview listens unless told otherwise: `new` prints its pages' addresses there.
const PREVIEW_ADDRESS: &str = "127.0.0.1";
/// The preview's port unless told otherwise.
const PREVIEW_PORT: u16 = 1111;

#[derive(Args)]
struct ServeArgs {
    #[command(flatten)]
    site: SiteArgs,
    #[arg(long)]
    no_drafts: bool,
    #[arg(long, hide = true, conflicts_with = "no_drafts")]
    drafts: bool,
    #[arg(long, default_value_t = PREVIEW_PORT)]
    port: u16,
    #[arg(long, value_name = "ADDRESS", default_value = PREVIEW_ADDRESS)]
    bind: std::net::IpAddr,
    #[arg(long)]
    open: bool,
    #[arg(long)]
    allow_desk_writes: bool,
    #[arg(long = "host", value_name = "NAME")]
    hosts: Vec<String>,
    /// Started by a double-click on the program: the console window is the writer's only
    /// view of the preview, so it says what the window is and how to stop it.
    #[arg(skip)]
    double_clicked: bool,
}

/// `serve`'s options alone, to read the preview a double-click starts from clap's defaults.
#[derive(Parser)]
struct ServeOnly {
    #[command(flatten)]
    serve: ServeArgs,
}

/// mimalloc's `mi_option_purge_delay` (mimalloc.h; the crate names no constant for it).
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// A preview rebuilds again and again: freed memory stays with the allocator for a second
/// (instead of mimalloc's 10 ms), so the next rebuild reuses it rather than fault it in
/// anew from the system, which made rebuilds of a large site up to three times slower.
/// Never giving memory back was no faster and let the server grow under load.
fn keep_freed_memory() {
    // SAFETY: sets a plain option of the allocator in use; any value is valid.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, 1000) };
}

impl ServeArgs {
    /// The preview a double-click starts: `diptych serve --open` in the current folder.
    fn for_double_click() -> Self {
        let mut args = ServeOnly::parse_from(["diptych", "--open"]).serve;
        args.double_clicked = true;
        args
    }

    fn run(&self) -> ExitCode {
        keep_freed_memory();
        let options = diptych::serve::ServeOptions {
            build: self.site.options(!self.no_drafts),
            bind: self.bind,
            port: self.port,
            allow_desk_writes: self.allow_desk_writes,
            hosts: self.hosts.clone(),
        };
        let open = self.open;
        let double_clicked = self.double_clicked;
        let report = move |event: diptych::serve::Event| {
            if let diptych::serve::Event::Listening(address) = &event {
                if open {
                    // A browser that cannot be started only means the writer opens the address.
                    let _ = open::that_detached(format!("http://{address}/"));
                }
                if double_clicked {
                    println!("{}", double_click::preview_window_text(*address));
                    return;
                }
            }
            show_serve_event(event);
        };
        match diptych::serve::serve(options, report) {
            Ok(()) => ExitCode::SUCCESS,
            Err(problems) => fail(&problems),
        }
    }
}

fn show_serve_event(event: diptych::serve::Event) {
    use diptych::serve::Event;
    match event {
        Event::Listening(address) => {
            let address = address.to_string();
            println!("{}", diptych::text!("serve-listening", address = address));
        }
        Event::OpenToNetwork {
            addresses,
            desk_records,
        } => show_open_to_network(&addresses, desk_records),
        Event::Rebuilt {
            changed,
            rendered,
            millis,
            warnings,
        } => {
            show(&warnings);
            let millis = format!("{millis:.0}");
            println!(
                "{}",
                diptych::text!(
                    "serve-rebuilt",
                    changed = changed,
                    rendered = rendered,
                    millis = millis
                )
            );
        }
        Event::Failed(problems) => {
            show(&problems);
            eprintln!("{}", diptych::text!("serve-failed"));
        }
    }
}

/// Keeps Rust's panic report (a message with a source location, and a backtrace) from the
/// writer's terminal: a panic caught while rendering a page comes back as that page's
/// diagnostic, and any other is told in plain words. With `RUST_BACKTRACE` set, developers
/// get Rust's own report, for caught panics too.
fn report_bugs_in_plain_words() {
    if std::env::var_os("RUST_BACKTRACE").is_some() {
        return;
    }
    std::panic::set_hook(Box::new(|info| {
        if diptych::diagnostic::panic_is_caught() {
            return;
        }
        let detail = info.payload_as_str().unwrap_or("no message");
        let place = (info.location())
            .map(|at| format!(", at {}:{}", at.file(), at.line()))
            .unwrap_or_default();
        let (message, hint) = diptych::diagnostic::bug_words(
            diptych::diagnostic::BugIn::Site,
            &format!("{detail}{place}"),
        );
        eprintln!("{}", Diagnostic::error(message).with_hint(hint));
    }));
}

/// Says plainly that others can read the preview, where, and what the desk does.
fn show_open_to_network(addresses: &[String], desk_records: bool) {
    println!("{}", diptych::text!("serve-open-to-network"));
    if !addresses.is_empty() {
        let or = diptych::text!("or").to_string();
        let addresses = addresses.join(&format!(" {or} "));
        println!(
            "{}",
            diptych::text!("serve-others-open", addresses = addresses)
        );
    }
    if desk_records {
        println!("{}", diptych::text!("serve-desk-records"));
    } else {
        println!("{}", diptych::text!("serve-desk-does-not-record"));
    }
}

/// Chooses the language diptych speaks in: `--ui-lang` (`asked`), then the environment.
fn speak(asked: Option<UiLang>) {
    let lang =
        asked.unwrap_or_else(|| diptych::words::from_environment(|name| std::env::var(name).ok()));
    diptych::words::set_language(lang);
}

/// Reads the command line, with clap's help and complaints in the writer's language; a
/// mistake in it is said, and ends the run with clap's exit code 2.
fn parse() -> Result<Cli, ExitCode> {
    let mut command = command_line::translate(Cli::command(), diptych::words::language());
    let typed: Vec<String> = (std::env::args_os())
        .map(|arg| arg.to_string_lossy().into_owned())
        .collect();
    (command.try_get_matches_from_mut(&typed))
        .and_then(|matches| Cli::from_arg_matches(&matches))
        .map_err(
            |error| match command_line::explain(&error, &command, &typed) {
                Some((message, hint)) => {
                    eprintln!("{}", Diagnostic::error(message).with_hint(hint));
                    ExitCode::from(2)
                }
                // Help and version (printed to the terminal), and clap's rarer complaints.
                None => error.exit(),
            },
        )
}

fn main() -> ExitCode {
    report_bugs_in_plain_words();
    let started = double_click::how_started();
    if started != double_click::Start::CommandLine {
        speak(None);
    }
    match started {
        double_click::Start::CommandLine => {
            speak(command_line::language_asked(std::env::args_os()));
            match parse() {
                Ok(cli) => run(cli.command),
                Err(code) => code,
            }
        }
        double_click::Start::Preview => {
            let code = ServeArgs::for_double_click().run();
            if code != ExitCode::SUCCESS {
                // The problems are in this window, which closes when the program ends.
                double_click::wait_for_enter();
            }
            code
        }
        double_click::Start::Explain => {
            println!("{}", double_click::no_site_text());
            double_click::wait_for_enter();
            ExitCode::FAILURE
        }
    }
}

fn run(command: Command) -> ExitCode {
    match command {
        Command::Build(args) => args.run(),
        Command::Pdf(args) => args.run(),
        Command::Serve(args) => args.run(),
        Command::Check(args) => args.run(),
        Command::Translated(args) => args.run(),
        Command::Status(args) => args.run(),
        Command::New(args) => args.run(),
        Command::Init(args) => args.run(),
    }
}

/// A start by double-click: a writer who double-clicks `diptych.exe` in the file explorer
/// has no command line to type a command in, and Windows closes the console window it
/// opened as soon as the program ends. Started so, diptych starts the preview of the site
/// in the folder it was started in, or says what it needs and waits before the window
/// closes. Everywhere else a start without a command shows the help, as it always did.
mod double_click {
    use std::net::SocketAddr;
    use std::path::Path;

    /// What the program does, from how it was started.
    #[derive(Debug, PartialEq, Eq)]
    pub(crate) enum Start {
        /// Read the command line (with no command, clap shows the help).
        CommandLine,
        /// Start the preview of the site in the current folder and open it in the browser.
        Preview,
        /// Say that this folder is no site folder and what to do, then wait for Enter.
        Explain,
    }

    /// Decides from how the program was started: `arguments` after its name, whether the
    /// console window was opened for this program alone (as for a double-click, not a
    /// terminal), and whether the current folder has a `site.yaml`.
    pub(crate) fn decide(arguments: usize, own_console: bool, site_here: bool) -> Start {
        match (arguments, own_console, site_here) {
            (0, true, true) => Start::Preview,
            (0, true, false) => Start::Explain,
            _ => Start::CommandLine,
        }
    }

    /// How this run was started.
    pub(crate) fn how_started() -> Start {
        let arguments = std::env::args_os().len().saturating_sub(1);
        // Asked only when they matter, so a run with a command never looks.
        let own_console = arguments == 0 && console_is_own();
        decide(
            arguments,
            own_console,
            own_console && Path::new("site.yaml").is_file(),
        )
    }

    /// Whether Windows opened the console window for this program alone: it does so for a
    /// console program started from the file explorer. Started from a terminal, the
    /// terminal's shell shares the console, so there are at least two processes on it.
    #[cfg(windows)]
    fn console_is_own() -> bool {
        #[link(name = "kernel32")]
        unsafe extern "system" {
            fn GetConsoleProcessList(process_ids: *mut u32, count: u32) -> u32;
        }
        let mut process_ids = [0u32; 2];
        // SAFETY: the function writes at most `count` ids into the array it is given, which
        // has that many; it returns how many processes share the console (0 for none).
        let sharing = unsafe { GetConsoleProcessList(process_ids.as_mut_ptr(), 2) };
        sharing == 1
    }

    /// Other systems start a terminal program from a terminal: no double-click to detect.
    #[cfg(not(windows))]
    fn console_is_own() -> bool {
        false
    }

    /// What the preview window says once the preview is ready.
    pub(crate) fn preview_window_text(address: SocketAddr) -> String {
        let (folder, address) = (current_folder(), address.to_string());
        diptych::text!("double-click-preview", folder = folder, address = address).to_string()
    }

    /// What the window says when diptych was started in a folder without a site.
    pub(crate) fn no_site_text() -> String {
        let folder = current_folder();
        diptych::text!("double-click-no-site", folder = folder).to_string()
    }

    fn current_folder() -> String {
        std::env::current_dir()
            .map(|folder| folder.display().to_string())
            .unwrap_or_else(|_| diptych::text!("double-click-this-folder").to_string())
    }

    /// Keeps the window open until the writer has read it.
    pub(crate) fn wait_for_enter() {
        use std::io::Write;
        print!("\n{}", diptych::text!("double-click-press-enter"));
        let _ = std::io::stdout().flush();
        let _ = std::io::stdin().read_line(&mut String::new());
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn a_double_click_in_a_site_folder_starts_the_preview() {
            assert_eq!(decide(0, true, true), Start::Preview);
        }

        #[test]
        fn a_double_click_outside_a_site_folder_explains() {
            assert_eq!(decide(0, true, false), Start::Explain);
        }

        #[test]
        fn a_command_line_is_read_as_always() {
            // From a terminal (the console is shared), with or without arguments.
            assert_eq!(decide(0, false, true), Start::CommandLine);
            assert_eq!(decide(0, false, false), Start::CommandLine);
            assert_eq!(decide(2, false, true), Start::CommandLine);
            // A program that opens a new console for `diptych build` still builds.
            assert_eq!(decide(1, true, true), Start::CommandLine);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The long help of `command` and of each of its commands, as `--help` shows them.
    fn every_help(mut command: clap::Command) -> Vec<String> {
        let mut helps = vec![command.render_long_help().to_string()];
        for subcommand in command.get_subcommands_mut() {
            helps.push(subcommand.render_long_help().to_string());
        }
        helps
    }

    /// A command or option without its message shows the message's id; clap's own English
    /// words show where they were not replaced.
    #[test]
    fn every_command_and_option_has_its_help_in_every_language() {
        for lang in [UiLang::Nl, UiLang::De, UiLang::En] {
            for help in every_help(command_line::translate(Cli::command(), lang)) {
                assert!(
                    !help.contains("cli-"),
                    "{lang:?}: a message is missing:\n{help}"
                );
                if lang != UiLang::En {
                    for english in [
                        "Usage", "Options", "Commands", "Print", "default:", "possible",
                    ] {
                        assert!(!help.contains(english), "{lang:?}: `{english}` in\n{help}");
                    }
                }
            }
        }
    }
}
