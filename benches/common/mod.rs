//! Helpers shared by the benches that time frames one by one.

use std::time::Duration;

/// Frame times, sorted, summarised as "n frames, median, p99, slowest".
pub fn frame_summary(mut times: Vec<Duration>) -> String {
    if times.is_empty() {
        return "0 frames".to_owned();
    }
    times.sort_unstable();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    format!(
        "{} frames, median {:.2} ms, p99 {:.2} ms, slowest {:.2} ms",
        times.len(),
        ms(times[times.len() / 2]),
        ms(times[times.len() * 99 / 100]),
        ms(times[times.len() - 1]),
    )
}
