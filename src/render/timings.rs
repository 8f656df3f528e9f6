//! `HEARTLAND_TIMINGS=1`: where the time of `heartland render` goes, one
//! line per step on the standard error (reading the view and the data,
//! decoding the map, laying out, painting, rasterising, encoding,
//! writing), each with its own time and the time since the first mark.
//! Without the variable nothing is measured or printed.

use std::sync::Mutex;
use std::sync::OnceLock;
use std::time::Instant;

/// Whether `HEARTLAND_TIMINGS` is set (to anything but `0` or nothing).
pub fn enabled() -> bool {
    static ENABLED: OnceLock<bool> = OnceLock::new();
    *ENABLED.get_or_init(|| {
        std::env::var_os("HEARTLAND_TIMINGS").is_some_and(|v| !v.is_empty() && v != "0")
    })
}

/// The first mark and the last one.
static MARKS: Mutex<Option<(Instant, Instant)>> = Mutex::new(None);

/// Start measuring (the first step's time counts from here).
pub fn start() {
    if enabled()
        && let Ok(mut marks) = MARKS.lock()
    {
        let now = Instant::now();
        *marks = Some((now, now));
    }
}

/// The step `what` has ended: print its time and the total so far.
pub fn mark(what: &str) {
    if !enabled() {
        return;
    }
    let Ok(mut marks) = MARKS.lock() else {
        return;
    };
    let now = Instant::now();
    let (first, last) = marks.unwrap_or((now, now));
    let ms = |d: std::time::Duration| d.as_secs_f64() * 1e3;
    eprintln!(
        "timing: {what:<32} {:8.2} ms   (total {:8.2} ms)",
        ms(now - last),
        ms(now - first)
    );
    *marks = Some((first, now));
}
