//! Kill during save: a child process (this test binary, run again with an
//! environment variable that makes it the saver) saves a data folder in a
//! loop, alternating two versions that differ in every file; it is killed
//! with SIGKILL at random moments, over 200 times. After each kill every
//! data file and every backup in the folder equals either the old or the
//! new version (and so parses), nothing else is there but left-over
//! temporary files, and the folder loads with no problem.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test helpers: a failed step is a failed test"
)]
#![cfg(unix)]

use std::io::BufRead as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

use heartland::data::save::{BACKUP_SUFFIX, DataFolder, is_temporary_name};
use heartland::data::write::all_files;
use heartland::data::{FileKind, load_dir};

/// Set in the child: the folder to save into.
const CHILD_ENV: &str = "HEARTLAND_SAVE_KILL_CHILD";
const KILLS: usize = 200;

/// The child: open the folder, then save version B, version A, B, … until
/// killed, telling the parent on stdout when each save starts and ends.
fn saver(dir: &Path) {
    let (a, b) = crate::save_common::versions();
    let versions = [b, a];
    let (mut folder, loaded) = DataFolder::open(dir).unwrap();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    println!("@ready");
    loop {
        for ds in &versions {
            println!("@start");
            folder.save_all(ds).unwrap();
            println!("@done");
        }
    }
}

/// A small deterministic generator of kill delays (xorshift).
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

/// A saver child process and what it last said on stdout: 0 nothing,
/// 1 ready, 2 a save started, 3 a save done.
struct Saver {
    child: std::process::Child,
    ready: mpsc::Receiver<()>,
    last: Arc<AtomicU8>,
    reader: std::thread::JoinHandle<()>,
}

impl Saver {
    /// Run this test binary again as the saver of `dir`.
    fn spawn(dir: &Path) -> Self {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "save_kill::kill_during_save",
                "--exact",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_ENV, dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, ready) = mpsc::channel();
        let last = Arc::new(AtomicU8::new(0));
        let state = Arc::clone(&last);
        let reader = std::thread::spawn(move || {
            for line in std::io::BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                // The test harness may print its own words before a marker.
                let value = match line.trim_end().rsplit(' ').next() {
                    Some("@ready") => {
                        let _ = tx.send(());
                        1
                    }
                    Some("@start") => 2,
                    Some("@done") => 3,
                    _ => continue,
                };
                state.store(value, Ordering::SeqCst);
            }
        });
        Self {
            child,
            ready,
            last,
            reader,
        }
    }

    /// Wait until it has opened the folder and starts saving.
    fn wait_ready(&self) {
        self.ready
            .recv_timeout(Duration::from_secs(30))
            .expect("the saver starts");
    }

    /// SIGKILL it and reap it; what it last said.
    fn kill(mut self) -> u8 {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
        // The pipe is closed: the reader reads what is left and ends.
        self.reader.join().unwrap();
        self.last.load(Ordering::SeqCst)
    }
}

#[test]
fn kill_during_save() {
    if let Some(dir) = std::env::var_os(CHILD_ENV) {
        saver(Path::new(&dir));
        return;
    }
    let (version_a, version_b) = crate::save_common::versions();
    let a = all_files(&version_a);
    let b = all_files(&version_b);
    for ((kind, x), (_, y)) in a.iter().zip(&b) {
        assert_ne!(x, y, "{kind:?}: the two versions differ in every file");
    }
    // Two folders: while the saver of one is killed and its folder checked,
    // the next saver starts up on the other (start-up is most of the time).
    let dirs = [tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap()];
    for dir in &dirs {
        // Version A saved over B, so that every file has a backup.
        let mut folder = DataFolder::create(dir.path(), &version_b).unwrap();
        folder.save_all(&version_a).unwrap();
    }

    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let started = Instant::now();
    let (mut mid_save, mut mixed) = (0, 0);
    let mut next = Saver::spawn(dirs[0].path());
    for round in 0..KILLS {
        let saver = next;
        saver.wait_ready();
        next = Saver::spawn(dirs[(round + 1) % 2].path());
        // A save of all seven files takes a few milliseconds.
        std::thread::sleep(Duration::from_micros(rng.below(8_000)));
        if saver.kill() == 2 {
            mid_save += 1;
        }
        let dir = dirs[round % 2].path();

        let mut versions = Vec::new();
        for ((kind, old), (_, new)) in a.iter().zip(&b) {
            let backup = format!("{}{BACKUP_SUFFIX}", kind.file_name());
            for name in [kind.file_name(), backup.as_str()] {
                let bytes = std::fs::read(dir.join(name))
                    .unwrap_or_else(|e| panic!("round {round}: {name} must exist: {e}"));
                let which = if &bytes == old {
                    'A'
                } else if &bytes == new {
                    'B'
                } else {
                    panic!(
                        "round {round}: {name} is neither version ({} bytes)",
                        bytes.len()
                    )
                };
                if name == kind.file_name() {
                    versions.push(which);
                }
            }
        }
        if versions.contains(&'A') && versions.contains(&'B') {
            mixed += 1;
        }
        for entry in std::fs::read_dir(dir).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            let data = FileKind::from_file_name(&name).is_some()
                || name
                    .strip_suffix(BACKUP_SUFFIX)
                    .and_then(FileKind::from_file_name)
                    .is_some();
            assert!(
                data || is_temporary_name(&name),
                "round {round}: unexpected file {name}"
            );
        }
        if round % 20 == 0 {
            let loaded = load_dir(dir);
            assert!(
                loaded.problems.is_empty(),
                "round {round}: {:?}",
                loaded.problems
            );
        }
    }
    next.kill();
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "{KILLS} kills in {seconds:.1} s: {mid_save} during a save, {mixed} left files of both versions"
    );
    assert!(
        mid_save >= KILLS / 2,
        "most kills must land during a save ({mid_save} of {KILLS})"
    );
    assert!(
        mixed > 0,
        "some kills must land between two files of a save"
    );
}
