//! The `heartland` command: the app (no subcommand), `validate`, `import`,
//! `export`, `render` (a view, or with `--tour` one slide per step).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand};

use heartland::app::{AppOptions, geo_problem};
use heartland::data::{self, Loaded};
use heartland::geometry::bundled_geo_or_problem;
use heartland::render;
use heartland::state::{State, View};

/// The allocator of the `heartland` binary. Frames allocate and free
/// meshes of a few megabytes; glibc's malloc hands such blocks back to the
/// kernel and takes them again each frame (page faults: a 5× slower frame
/// with every layer on), mimalloc keeps them. Its transparent huge pages
/// are off (Cargo.toml: `no_thp`): they save `heartland render` most of its
/// page faults when memory is plentiful, but after another process has used
/// and freed a lot of it a huge page fault waits for the kernel to compact
/// memory, and a render took up to 130 ms instead of 55 (docs/figures.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Heartland: an atlas of Central Asia, the South Caucasus and the corridors
/// that cross them.
#[derive(Parser, Debug)]
#[command(name = "heartland", version, about)]
struct Cli {
    /// Load the data files from this folder (missing files come from the
    /// bundled data).
    #[arg(long, value_name = "DIR", global = true)]
    data: Option<PathBuf>,

    /// Start with default settings and do not remember anything.
    #[arg(long)]
    fresh: bool,

    /// The language of the window and of rendered figures for this run
    /// (overrides the one remembered and the system's); exports name states
    /// and organizations in it; command-line messages stay English.
    #[arg(long, value_name = "CODE", global = true, value_parser = language_codes())]
    lang: Option<String>,

    /// A view (`*.view.json`) or a tour (`*.tour.json`) to open in the
    /// window, or a data folder to load (like `--data`). A subcommand's name
    /// is taken as the subcommand (write `./validate` for a file of that
    /// name).
    #[arg(value_name = "FILE.view.json|FILE.tour.json|DATA_DIR", value_hint = clap::ValueHint::AnyPath)]
    path: Option<PathBuf>,

    #[command(subcommand)]
    command: Option<Cmd>,
}

#[derive(Subcommand, Debug)]
enum Cmd {
    /// Check a data folder and list every problem (exit 0 clean, 1 problems).
    Validate {
        /// The folder to check (default: the bundled data).
        dir: Option<PathBuf>,
    },
    /// Draw a view of the map to a PNG, SVG or PDF, without a display.
    Render {
        /// The file to write, its format by its extension (.png, .svg,
        /// .pdf), `-` for the standard output (PNG unless --format says);
        /// with `--tour`: a folder for PNG slides, or a .pdf handout; with
        /// `--grid` (small multiples) or a view compared side by side: one
        /// figure of panels, PNG, SVG or PDF.
        #[arg(long, value_name = "FILE.png|FILE.svg|FILE.pdf|-|DIR")]
        out: PathBuf,
        /// The format, whatever the extension: png, svg or pdf.
        #[arg(long, value_name = "png|svg|pdf", value_parser = render::parse_format)]
        format: Option<render::Format>,
        /// Image size in pixels.
        #[arg(long, default_value = "1600x1000", value_parser = render::parse_size)]
        size: [u32; 2],
        /// A saved view (`*.view.json`) to draw; `-` reads the standard input.
        #[arg(long, value_name = "FILE")]
        view: Option<PathBuf>,
        /// A tour (`*.tour.json`): write one PNG per step, with its title and
        /// caption, into the `--out` folder (`01-<title>.png`, …).
        #[arg(long, value_name = "FILE", conflicts_with = "view")]
        tour: Option<PathBuf>,
        /// Pixels per point: how much text and lines are enlarged. By default
        /// 1 up to 1600x1000 and the image's size over 1600x1000 beyond, so a
        /// 3840x2160 slide is as legible as the window.
        #[arg(long)]
        scale: Option<f32>,
        #[command(flatten)]
        motion: MotionArgs,
    },
    /// Write what a view shows (relations, memberships, corridors, stance),
    /// each row with its source and evidence: CSV files into a folder, or
    /// one JSON document.
    Export {
        /// `csv` (a folder of one file per kind) or `json` (one file).
        #[arg(long, value_parser = heartland::export::ExportFormat::parse)]
        format: heartland::export::ExportFormat,
        /// The folder (csv) or file (json; `-` for the standard output) to
        /// write.
        #[arg(long, value_name = "PATH")]
        out: PathBuf,
        /// A saved view (`*.view.json`); without one, the default view.
        #[arg(long, value_name = "FILE")]
        view: Option<PathBuf>,
    },
    /// Import files (CSV relations or memberships, Correlates of War IGO,
    /// UN roll-calls, GeoJSON) into a data folder, with the loader's checks:
    /// bad rows are listed with file, line and column, the valid ones imported.
    /// Without `--into`, only checks the files against the data.
    Import {
        /// The data folder to write (made from the bundled data when it holds
        /// no data files yet). The bundled data itself is never written.
        #[arg(long, value_name = "DIR")]
        into: Option<PathBuf>,
        /// The source id (in `sources.json`) cited by imported records that
        /// name none.
        #[arg(long, value_name = "ID")]
        source: Option<String>,
        /// A period that starts inside an open one (still true) with another
        /// status or score ends it there (the open one's last day is the day
        /// before); without this, that is a conflict and is not imported.
        #[arg(long)]
        supersede: bool,
        /// The files to import (docs/import.md); `-` reads the standard input.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Write the man pages and the bash, zsh and fish completions into a
    /// folder (used when packaging; see packaging/build.sh).
    #[command(hide = true)]
    PackageFiles {
        /// The folder to write (made if missing).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
}

/// The codes `--lang` accepts, each with its language's own name.
fn language_codes() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(
        heartland::i18n::LANGUAGES
            .map(|(locale, name)| clap::builder::PossibleValue::new(locale.code()).help(name)),
    )
}

fn main() -> ExitCode {
    heartland::app::launch_step("main");
    let cli = Cli::parse();
    // `--lang`: the window's and the figures' language, and that of the
    // data's problems this command prints (`Problem::shown`); without it
    // the command line speaks English.
    let lang = cli
        .lang
        .as_deref()
        .and_then(heartland::i18n::Locale::from_code);
    if let Some(locale) = lang {
        heartland::i18n::set_locale(locale);
    }
    if let (Some(path), Some(_)) = (&cli.path, &cli.command) {
        Cli::command()
            .error(
                clap::error::ErrorKind::ArgumentConflict,
                format!(
                    "'{}' opens in the window; it cannot be given with a subcommand",
                    path.display()
                ),
            )
            .exit();
    }
    match cli.command {
        None => {
            let options = match window_options(cli.data, cli.fresh, cli.path) {
                Ok(options) => AppOptions { lang, ..options },
                Err(message) => {
                    eprintln!("heartland: {message}");
                    return ExitCode::from(2);
                }
            };
            match heartland::app::run(options) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("heartland: could not open the window: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Some(Cmd::Validate { dir }) => {
            let dir = dir.or(cli.data);
            if let Some(dir) = &dir
                && !dir.is_dir()
            {
                eprintln!("heartland validate: {}: not a folder", dir.display());
                return ExitCode::from(2);
            }
            let mut out = std::io::stdout().lock();
            ExitCode::from(data::validate::run(dir.as_deref(), &mut out))
        }
        Some(Cmd::Import {
            into,
            source,
            supersede,
            files,
        }) => import_command(into.as_deref(), source.as_deref(), supersede, &files),
        Some(Cmd::PackageFiles { out }) => match package_files(&out) {
            Ok(files) => {
                for f in files {
                    println!("wrote {}", f.display());
                }
                ExitCode::SUCCESS
            }
            Err(message) => {
                eprintln!("heartland package-files: {message}");
                ExitCode::FAILURE
            }
        },
        Some(Cmd::Export { format, out, view }) => {
            match export_command(format, &out, view.as_deref(), cli.data.as_deref()) {
                Ok(files) => {
                    for f in files {
                        println!("wrote {}", f.display());
                    }
                    ExitCode::SUCCESS
                }
                Err(message) => {
                    eprintln!("heartland export: {message}");
                    ExitCode::FAILURE
                }
            }
        }
        Some(Cmd::Render {
            out,
            format,
            size,
            view,
            tour,
            scale,
            motion,
        }) => {
            let scale = scale.unwrap_or_else(|| render::export_scale(size));
            // A figure's words in the language `HEARTLAND_LOCALE` names;
            // English without it.
            if let Some(locale) = heartland::i18n::locale_from_env() {
                heartland::i18n::set_locale(locale);
            }
            let result = match &tour {
                _ if motion.applies(&out) => motion_command(
                    &motion,
                    (&out, format),
                    (size, scale),
                    (view.as_deref(), tour.as_deref()),
                    cli.data.as_deref(),
                ),
                Some(tour) => tour_command(tour, &out, format, (size, scale), cli.data.as_deref()),
                None => render::Format::for_output(&out, format).and_then(|format| {
                    render_command(
                        &out,
                        format,
                        (size, scale),
                        view.as_deref(),
                        cli.data.as_deref(),
                    )
                }),
            };
            match result {
                Ok(()) => ExitCode::SUCCESS,
                Err(message) => {
                    eprintln!("heartland render: {message}");
                    ExitCode::FAILURE
                }
            }
        }
    }
}

/// `heartland render`'s arguments for animations and small multiples.
#[derive(clap::Args, Debug)]
struct MotionArgs {
    /// Years: a range (`1991..2024`) drawn as an animation into `--out
    /// FILE.gif` or `FILE.mp4` (MP4 needs ffmpeg on the PATH), one frame per
    /// year; or years (`1995,2005,2015,2025`) drawn as small multiples with
    /// `--grid`.
    #[arg(long, value_name = "FIRST..LAST|YEAR,YEAR,…", value_parser = years_arg)]
    years: Option<Years>,
    /// Frames per second of an animation (default 2; a tour: one step every
    /// 5 seconds, 0.2).
    #[arg(long, value_parser = render::motion::parse_fps)]
    fps: Option<f32>,
    /// Small multiples: columns x rows panels (`2x2`), one per year of `--years`, in one
    /// figure with one legend: PNG, SVG or PDF by the extension of `--out`.
    #[arg(long, value_name = "COLUMNSxROWS", value_parser = render::motion::parse_grid, requires = "years", conflicts_with = "tour")]
    grid: Option<[u32; 2]>,
}

/// The years of `--years`, in order.
#[derive(Clone, Debug)]
struct Years(Vec<i32>);

fn years_arg(s: &str) -> Result<Years, String> {
    render::motion::parse_years(s).map(Years)
}

impl MotionArgs {
    /// Whether `render` writes an animation or small multiples (an
    /// animation file, or any of these arguments).
    fn applies(&self, out: &Path) -> bool {
        self.years.is_some()
            || self.fps.is_some()
            || self.grid.is_some()
            || render::motion::AnimationFormat::of_path(out).is_some()
    }
}

/// `heartland render` of an animation (a view over `--years`, or a tour's
/// steps) or of small multiples (`--grid`).
fn motion_command(
    motion: &MotionArgs,
    (out, chosen): (&Path, Option<render::Format>),
    (size, scale): ([u32; 2], f32),
    (view, tour): (Option<&Path>, Option<&Path>),
    data_dir: Option<&Path>,
) -> Result<(), String> {
    use render::motion::{self, AnimationFormat};
    if let Some(grid) = motion.grid {
        let years = motion
            .years
            .as_ref()
            .map(|y| y.0.as_slice())
            .unwrap_or_default();
        motion::check_grid(grid, years.len())?;
        let Some(format) = chosen.or_else(|| render::Format::of_path(out)) else {
            return Err(format!(
                "--out {}: small multiples are one figure; give --out FILE.png, FILE.svg or FILE.pdf",
                out.display()
            ));
        };
        check_out_file(out)?;
        let (state, dataset) = view_and_data(view, data_dir)?;
        motion::check_years(years, motion::data_years(&dataset))?;
        let (geo, geo_error) = bundled_geo_or_problem();
        if let Some(e) = geo_error {
            return Err(geo_problem(&e).to_string());
        }
        let panels = render::panels::Panels::years(&dataset, &state, years, grid[0] as usize);
        return render::render_panels_to_file(
            geo,
            &dataset,
            (&state, &panels),
            (size, scale),
            format,
            out,
        )
        .map_err(|e| e.to_string());
    }
    let format = AnimationFormat::of_path(out).ok_or_else(|| {
        format!(
            "--out {}: an animation is written as FILE.gif or FILE.mp4 (or give --grid COLUMNSxROWS \
             for small multiples in one PNG, SVG or PDF)",
            out.display()
        )
    })?;
    if out.as_os_str() != "-" {
        check_out_file(out)?;
    }
    let (frames, dataset, shown) = match (tour, &motion.years) {
        (Some(_), Some(_)) => {
            return Err(
                "--years with --tour: a tour's animation has one frame per step, each in its own year; give one of them"
                    .to_owned(),
            );
        }
        (Some(tour_path), None) => {
            let shown = tour_path.display().to_string();
            let bytes = data::read_user_file(tour_path, data::MAX_VIEW_BYTES)?;
            let dataset = data_with_warnings(load_data(data_dir));
            let tour =
                heartland::tour::Tour::load(data::text::strip_boms(&bytes), &shown, &dataset)
                    .map_err(|errors| {
                        errors
                            .iter()
                            .map(heartland::tour::TourError::shown)
                            .collect::<Vec<_>>()
                            .join("\n")
                    })?;
            for w in tour.warnings(&shown) {
                eprintln!("warning: {}", w.shown());
            }
            (motion::tour_frames(&tour, &dataset), dataset, shown)
        }
        (None, years) => {
            let (state, dataset) = view_and_data(view, data_dir)?;
            let years = match years {
                Some(years) => years.0.clone(),
                None => {
                    return Err(format!(
                        "--out {}: an animation needs the years to show (--years 1991..2024) or a tour (--tour FILE)",
                        out.display()
                    ));
                }
            };
            motion::check_years(&years, motion::data_years(&dataset))?;
            let shown = view.map_or_else(
                || "the default view".to_owned(),
                |v| v.display().to_string(),
            );
            (motion::year_frames(&state, &years), dataset, shown)
        }
    };
    let fps = motion.fps.unwrap_or(if tour.is_some() {
        motion::DEFAULT_TOUR_FPS
    } else {
        motion::DEFAULT_FPS
    });
    let (geo, geo_error) = bundled_geo_or_problem();
    if let Some(e) = geo_error {
        return Err(geo_problem(&e).to_string());
    }
    let settings = motion::AnimationSettings {
        size,
        scale,
        fps,
        framing: render::Framing::View,
    };
    motion::write_animation(
        &geo,
        &dataset,
        &frames,
        settings,
        (out, format),
        motion::Job::default(),
    )
    .map_err(|e| e.to_string())?;
    if out.as_os_str() != "-" {
        println!(
            "{shown}: {} frame{} written to {} ({}x{}, {fps} per second)",
            frames.len(),
            if frames.len() == 1 { "" } else { "s" },
            out.display(),
            size[0],
            size[1]
        );
    }
    Ok(())
}

/// The state a view file describes (the default view without one), and the
/// data (a folder's, or the bundled), with the data's problems printed as
/// warnings.
fn view_and_data(
    view: Option<&Path>,
    data_dir: Option<&Path>,
) -> Result<(State, heartland::model::Dataset), String> {
    let state = view_state(view)?;
    Ok((state, data_with_warnings(load_data(data_dir))))
}

/// The state a view file describes (the default view without one).
fn view_state(view: Option<&Path>) -> Result<State, String> {
    let mut state = State::default();
    if let Some(path) = view {
        let bytes = data::read_user_file(path, data::MAX_VIEW_BYTES)?;
        let bytes = data::text::strip_boms(&bytes);
        let view = View::from_json(bytes, &path.display().to_string()).map_err(|e| e.shown())?;
        state.apply_view(&view);
    }
    Ok(state)
}

/// The dataset loaded, its problems printed as warnings.
fn data_with_warnings(loaded: Loaded) -> heartland::model::Dataset {
    let Loaded { dataset, problems } = loaded;
    for p in &problems {
        eprintln!("warning: {}", p.shown());
    }
    dataset
}

/// The data of a folder, or the bundled data.
fn load_data(data_dir: Option<&Path>) -> Loaded {
    match data_dir {
        Some(dir) => data::load_dir(dir),
        None => data::load_bundled(),
    }
}

/// `heartland import`: read the folder (or the bundled data), import and
/// merge each file, list every problem, then save the folder with the app's
/// save code (atomic, with backups). Exit 0 when clean, 1 when some records
/// were refused (the valid ones are still saved), 2 when nothing could be
/// done.
fn import_command(
    into: Option<&Path>,
    source: Option<&str>,
    supersede: bool,
    files: &[PathBuf],
) -> ExitCode {
    use heartland::data::import::{ImportOptions, MergeOptions, import_path, merge_with};
    use heartland::data::save::{DataFolder, FolderLock};

    let source = match source.map(heartland::model::SourceId::try_from).transpose() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("heartland import: --source: {e}");
            return ExitCode::from(2);
        }
    };
    // The folder is locked from before it is read until it is saved, so
    // that two imports (or an import and a window's save) never both read
    // one version and both save over it.
    let mut created = false;
    let (mut folder, mut dataset) = match into {
        Some(dir) => {
            if dir.exists() && !dir.is_dir() {
                eprintln!(
                    "heartland import: --into {}: {}",
                    dir.display(),
                    heartland::i18n::tr(
                        "importer-cli-into-file",
                        "this is a file, not a folder; give the folder to import into (a new one is made where there is none)"
                    )
                );
                return ExitCode::from(2);
            }
            if !dir.exists() {
                if let Err(e) = std::fs::create_dir_all(dir) {
                    eprintln!(
                        "heartland import: --into {}: {}",
                        dir.display(),
                        heartland::i18n::trf(
                            "importer-cli-cannot-make-folder",
                            "cannot make the folder ({ $error })",
                            &[("error", &e)]
                        )
                    );
                    return ExitCode::from(2);
                }
                created = true;
            }
            let opened = FolderLock::acquire_with(dir, IMPORT_LOCK_WAIT, &mut || {
                eprintln!(
                    "{}",
                    heartland::i18n::trf(
                        "importer-cli-waiting",
                        "waiting for another Heartland to finish writing { $folder }…",
                        &[("folder", &dir.display())]
                    )
                );
            })
            .and_then(|lock| DataFolder::open_locked(dir, lock));
            match opened {
                Ok((folder, loaded)) => {
                    if !folder.holds_no_data_file() {
                        for p in &loaded.problems {
                            eprintln!(
                                "{}",
                                heartland::i18n::trf(
                                    "importer-cli-warning",
                                    "warning: { $problem }",
                                    &[("problem", &p.shown())]
                                )
                            );
                        }
                    }
                    (Some(folder), loaded.dataset)
                }
                Err(e) => {
                    eprintln!("heartland import: {e}");
                    remove_if_created(dir, created);
                    return ExitCode::from(2);
                }
            }
        }
        None => (None, data::load_bundled().dataset),
    };
    let options = ImportOptions {
        source,
        progress: None,
        cancel: None,
    };
    let mut problems = 0usize;
    for file in files {
        let imported = import_path(file, &dataset, &options);
        let report = merge_with(&mut dataset, imported, MergeOptions { supersede });
        // In the language of --lang (English without it).
        for p in &report.problems {
            eprintln!("{}", p.shown());
        }
        problems += report.problems.len();
        println!("{}", import_summary(&shown_name(file), &report, supersede));
    }
    let (Some(dir), Some(folder)) = (into, folder.as_mut()) else {
        println!(
            "{}",
            heartland::i18n::tr(
                "importer-cli-checked-only",
                "checked only: give --into DIR to write a data folder"
            )
        );
        return ExitCode::from(u8::from(problems > 0));
    };
    match folder.save_all(&dataset) {
        Ok(_) => {
            println!(
                "{}",
                heartland::i18n::trf(
                    "importer-cli-saved",
                    "saved { $folder }",
                    &[("folder", &dir.display())]
                )
            );
            ExitCode::from(u8::from(problems > 0))
        }
        Err(e) => {
            eprintln!("heartland import: {e}");
            remove_if_created(dir, created);
            ExitCode::from(2)
        }
    }
}

/// What `heartland import` did with one file, in the language of `--lang`:
/// `file: added 2 countries, …, 0 already recorded; 1 problem`.
fn import_summary(
    file: &str,
    report: &heartland::data::import::MergeReport,
    supersede: bool,
) -> String {
    use heartland::i18n::{trf, trn};
    let a = &report.added;
    let superseded = if supersede {
        trf(
            "importer-cli-superseded",
            ", { $count } superseded",
            &[("count", &report.superseded)],
        )
    } else {
        String::new()
    };
    let parts: [(&str, String); 10] = [
        ("file", file.to_owned()),
        (
            "countries",
            trn(
                "importer-cli-countries",
                "{ $count } country",
                "{ $count } countries",
                a.countries,
                &[],
            ),
        ),
        (
            "organizations",
            trn(
                "importer-cli-organizations",
                "{ $count } organization",
                "{ $count } organizations",
                a.organizations,
                &[],
            ),
        ),
        (
            "memberships",
            trn(
                "importer-cli-memberships",
                "{ $count } membership",
                "{ $count } memberships",
                a.memberships,
                &[],
            ),
        ),
        (
            "periods",
            trn(
                "importer-cli-periods",
                "{ $count } relation period ({ $replaced } replaced)",
                "{ $count } relation periods ({ $replaced } replaced)",
                a.periods,
                &[("replaced", &report.replaced)],
            ),
        ),
        (
            "places",
            trn(
                "importer-cli-places",
                "{ $count } place",
                "{ $count } places",
                a.places,
                &[],
            ),
        ),
        (
            "corridors",
            trn(
                "importer-cli-corridors",
                "{ $count } corridor",
                "{ $count } corridors",
                a.corridors,
                &[],
            ),
        ),
        (
            "stances",
            trn(
                "importer-cli-stances",
                "{ $count } stance",
                "{ $count } stances",
                a.stances,
                &[],
            ),
        ),
        ("superseded", superseded),
        (
            "problems",
            trn(
                "importer-cli-problems",
                "{ $count } problem",
                "{ $count } problems",
                report.problems.len(),
                &[],
            ),
        ),
    ];
    let mut args: Vec<(&str, &dyn std::fmt::Display)> = parts
        .iter()
        .map(|(name, value)| (*name, value as &dyn std::fmt::Display))
        .collect();
    args.push(("recorded", &report.already_recorded));
    trf(
        "importer-cli-summary",
        "{ $file }: added { $countries }, { $organizations }, { $memberships }, { $periods }, { $places }, { $corridors }, { $stances }, { $recorded } already recorded{ $superseded }; { $problems }",
        &args,
    )
}

/// A file as named in messages (`-`: the standard input).
fn shown_name(file: &Path) -> String {
    if file.as_os_str() == "-" {
        heartland::data::import::STDIN_NAME.to_owned()
    } else {
        heartland::data::text::escaped(&file.display().to_string()).into_owned()
    }
}

/// How long `heartland import` waits for another writer of its folder.
const IMPORT_LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(30);

/// Remove the folder `dir` again if this run made it and it is still
/// empty (a failed import leaves nothing behind).
fn remove_if_created(dir: &Path, created: bool) {
    if created {
        let _ = std::fs::remove_dir(dir);
    }
}

/// `heartland export`: load, apply the view, compute what it shows, write.
fn export_command(
    format: heartland::export::ExportFormat,
    out: &Path,
    view: Option<&Path>,
    data_dir: Option<&Path>,
) -> Result<Vec<PathBuf>, String> {
    use heartland::export::ExportFormat;
    let to_stdout = out.as_os_str() == "-";
    match format {
        ExportFormat::Csv if to_stdout => {
            return Err(
                "--out -: a CSV export is a folder of several files and cannot go to the standard output; give a folder, or use --format json --out - "
                    .to_owned(),
            );
        }
        ExportFormat::Json if !to_stdout => check_out_file(out)?,
        ExportFormat::Csv | ExportFormat::Json => {}
    }
    let (state, dataset) = view_and_data(view, data_dir)?;
    let shown = heartland::shown::Shown::compute(&dataset, &state);
    let export = heartland::export::Export::of(&dataset, &shown).with_comparison(&dataset, &state);
    if let Some(note) = heartland::export::nothing_shown_note(&export, &state, &shown) {
        eprintln!("heartland export: note: {note}");
    }
    if to_stdout {
        export
            .write_json_to(&mut std::io::stdout().lock())
            .map_err(|e| e.to_string())?;
        return Ok(Vec::new());
    }
    export.write(format, out).map_err(|e| e.to_string())
}

/// Refuse, before any work, an output path that is a device, a named pipe
/// or a folder (it is written only at the end).
fn check_out_file(out: &Path) -> Result<(), String> {
    heartland::data::save::resolve_target(out)
        .map(|_| ())
        .map_err(|e| e.to_string())
}

/// `heartland render`: load, apply the view, draw, write.
fn render_command(
    out: &Path,
    format: render::Format,
    (size, scale): ([u32; 2], f32),
    view: Option<&Path>,
    data_dir: Option<&Path>,
) -> Result<(), String> {
    render::timings::start();
    if out.as_os_str() != "-" {
        check_out_file(out)?;
    }
    let state = view_state(view)?;
    render::timings::mark("view read");
    // The map geometry (only the level of detail the view draws) is decoded
    // on another thread meanwhile the data is read: a few milliseconds of a
    // process that lasts a few dozen.
    // Meanwhile too, the figure is laid out (fonts, what is shown, title,
    // legend, foot: no geometry needed), unless it is a figure of panels.
    let panels = state
        .compare
        .as_ref()
        .is_some_and(|c| c.mode == heartland::state::CompareMode::SideBySide);
    let (dataset, early, geo) = std::thread::scope(|scope| {
        let geo = scope.spawn(|| {
            let geo = render::bundled_geo_for(&state, size, scale);
            render::timings::mark("map geometry decoded (thread)");
            geo
        });
        // And the figure's fonts are set up (a third thread: the first
        // steps are short, so all three end sooner than two would).
        let warm = (!panels).then(|| {
            scope.spawn(|| {
                let warm = render::warm_renderer(&state, (size, scale));
                render::timings::mark("fonts set up (thread)");
                warm
            })
        });
        let dataset = data_with_warnings(load_data(data_dir));
        render::timings::mark("data read and checked");
        let early = warm.map(|warm| match warm.join() {
            Ok(warm) => warm.and_then(|warm| render::lay_out_view_with(warm, &dataset, &state)),
            Err(_) => render::lay_out_view(&dataset, &state, (size, scale)),
        });
        render::timings::mark("shown, figure laid out");
        (dataset, early, geo.join())
    });
    let early = early.transpose().map_err(|e| e.to_string())?;
    let geo = match geo {
        Ok(Ok(geo)) => geo,
        Ok(Err(e)) => return Err(format!("the map geometry could not be loaded: {e}")),
        Err(_) => return Err("the map geometry could not be loaded".to_owned()),
    };
    if let Some(done) = side_by_side(&dataset, &state, (size, scale), (format, out)) {
        return done;
    }
    match format {
        render::Format::Png => {
            render::render_bundled_to_file((geo, early), &dataset, &state, size, scale, out).map(
                |leftovers| {
                    // The process ends now: the drawing's memory and the
                    // data need not be freed one block at a time (nor
                    // handed back to the system by the allocator at exit).
                    #[expect(
                        clippy::mem_forget,
                        reason = "heartland render exits right after; nothing needs dropping"
                    )]
                    {
                        std::mem::forget(leftovers);
                        std::mem::forget(dataset);
                    }
                },
            )
        }
        render::Format::Svg | render::Format::Pdf => render::render_bundled_vector(
            (geo, early),
            &dataset,
            &state,
            (size, scale),
            format,
            out,
        ),
    }
    .map_err(|e| e.to_string())
}

/// `heartland render` of a view compared side by side: two panels in one
/// PNG, SVG or PDF; `None` for any other view.
fn side_by_side(
    dataset: &heartland::model::Dataset,
    state: &heartland::state::State,
    (size, scale): ([u32; 2], f32),
    (format, out): (render::Format, &Path),
) -> Option<Result<(), String>> {
    let panels = render::panels::Panels::side_by_side(dataset, state)?;
    // Two maps: every level of detail may be drawn.
    let (geo, geo_error) = bundled_geo_or_problem();
    if let Some(e) = geo_error {
        return Some(Err(geo_problem(&e).to_string()));
    }
    Some(
        render::render_panels_to_file(geo, dataset, (state, &panels), (size, scale), format, out)
            .map_err(|e| e.to_string()),
    )
}

/// `heartland render --tour`: load the data and the tour, check the tour
/// against the data (every bad step is reported), write one PNG per step
/// into a folder, or one PDF page per step (`--out handout.pdf`).
fn tour_command(
    tour_path: &Path,
    out_dir: &Path,
    format: Option<render::Format>,
    (size, scale): ([u32; 2], f32),
    data_dir: Option<&Path>,
) -> Result<(), String> {
    if out_dir.as_os_str() == "-" {
        return Err(
            "--out -: a tour is written as one PNG per step into a folder, or as a PDF handout; give a folder or a .pdf file"
                .to_owned(),
        );
    }
    let handout = match format.or_else(|| render::Format::of_path(out_dir)) {
        Some(render::Format::Pdf) => true,
        Some(render::Format::Svg) => {
            return Err(format!(
                "{}: a tour is written as a PDF handout (.pdf) or as PNG slides into a folder, not as SVG",
                out_dir.display()
            ));
        }
        Some(render::Format::Png) | None => false,
    };
    if handout {
        check_out_file(out_dir)?;
    }
    let shown = tour_path.display().to_string();
    let bytes = data::read_user_file(tour_path, data::MAX_VIEW_BYTES)?;
    let Loaded { dataset, problems } = load_data(data_dir);
    for p in &problems {
        eprintln!("warning: {}", p.shown());
    }
    let tour = heartland::tour::Tour::load(data::text::strip_boms(&bytes), &shown, &dataset)
        .map_err(|errors| {
            errors
                .iter()
                .map(heartland::tour::TourError::shown)
                .collect::<Vec<_>>()
                .join("\n")
        })?;
    for w in tour.warnings(&shown) {
        eprintln!("warning: {}", w.shown());
    }
    let (geo, geo_error) = bundled_geo_or_problem();
    if let Some(e) = geo_error {
        return Err(geo_problem(&e).to_string());
    }
    if handout {
        let pages = render::render_tour_pdf(geo, &dataset, &tour, size, scale, out_dir)
            .map_err(|e| e.to_string())?;
        println!(
            "{}: a handout of {} pages written to {}",
            shown,
            pages,
            out_dir.display()
        );
        return Ok(());
    }
    let written = render::render_tour(geo, &dataset, &tour, size, scale, out_dir)
        .map_err(|e| e.to_string())?;
    println!(
        "{}: {} slides written to {}",
        shown,
        written.len(),
        out_dir.display()
    );
    Ok(())
}

/// The window's options from the command line: `--data DIR`, `--fresh`, and
/// the positional path (a data folder is loaded like `--data`; a view or a
/// tour is opened once the window is up).
fn window_options(
    data: Option<PathBuf>,
    fresh: bool,
    path: Option<PathBuf>,
) -> Result<AppOptions, String> {
    let mut data_dir = data;
    let mut open = None;
    if let Some(path) = path {
        if path.is_dir() {
            if let Some(dir) = &data_dir {
                return Err(format!(
                    "two data folders given ({} and --data {}); give one",
                    path.display(),
                    dir.display()
                ));
            }
            data_dir = Some(path);
        } else if path.is_file() {
            open = Some(path);
        } else {
            return Err(format!(
                "{}: no such file or folder (Heartland opens views *.view.json, tours \
                 *.tour.json and data folders)",
                path.display()
            ));
        }
    }
    Ok(AppOptions {
        data_dir,
        fresh,
        intro: false,
        open,
        lang: None,
    })
}

/// `heartland package-files`: the man pages (`heartland.1` and one per
/// subcommand) and the completions for bash, zsh and fish, generated from
/// the command-line definition, written into `out`.
fn package_files(out: &Path) -> Result<Vec<PathBuf>, String> {
    use clap_complete::Shell;

    let failed = |e: std::io::Error| format!("{}: {e}", out.display());
    std::fs::create_dir_all(out).map_err(failed)?;
    let mut cmd = Cli::command();
    let mut written = Vec::new();
    clap_mangen::generate_to(cmd.clone(), out).map_err(failed)?;
    let mut pages: Vec<PathBuf> = std::fs::read_dir(out)
        .map_err(failed)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "1"))
        .collect();
    pages.sort();
    written.extend(pages);
    for shell in [Shell::Bash, Shell::Zsh, Shell::Fish] {
        let file = clap_complete::generate_to(shell, &mut cmd, "heartland", out).map_err(failed)?;
        written.push(file);
    }
    Ok(written)
}
