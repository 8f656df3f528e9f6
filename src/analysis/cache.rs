//! [`MetricsCache`]: metrics per (data generation, year, filter key),
//! computed once and shared, and time series of one state's metric.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Arc;

use super::{Metric, Metrics};
use crate::model::CountryCode;

/// Entries kept before the cache is emptied (a year slider over 30 years
/// with a few filter combinations stays far below).
pub const CACHE_CAPACITY: usize = 1_024;

/// Cached [`Metrics`] keyed on the data generation (bumped by the caller
/// whenever the dataset changes), the year and a filter key the caller
/// supplies (the dimensions, threshold, derived kind… shown). Entries of an
/// older generation are dropped when a newer one is stored. Lookups never
/// depend on hash-map order.
#[derive(Debug)]
pub struct MetricsCache<K> {
    generation: u64,
    entries: HashMap<(i32, K), Arc<Metrics>>,
    computed: usize,
}

impl<K> Default for MetricsCache<K> {
    fn default() -> Self {
        Self {
            generation: 0,
            entries: HashMap::new(),
            computed: 0,
        }
    }
}

impl<K: Eq + Hash + Clone> MetricsCache<K> {
    /// An empty cache.
    pub fn new() -> Self {
        Self::default()
    }

    /// The cached metrics for `(generation, year, key)`, if any.
    pub fn get(&self, generation: u64, year: i32, key: &K) -> Option<Arc<Metrics>> {
        if generation != self.generation {
            return None;
        }
        self.entries.get(&(year, key.clone())).cloned()
    }

    /// The metrics for `(generation, year, key)`: cached, or computed by
    /// `compute` and stored.
    pub fn get_or_compute(
        &mut self,
        generation: u64,
        year: i32,
        key: &K,
        compute: impl FnOnce() -> Metrics,
    ) -> Arc<Metrics> {
        if let Some(m) = self.get(generation, year, key) {
            return m;
        }
        let metrics = Arc::new(compute());
        self.insert(generation, year, key.clone(), Arc::clone(&metrics));
        metrics
    }

    /// Store metrics computed elsewhere (for example on a worker thread).
    /// Metrics of a generation older than the cache's are not stored.
    pub fn insert(&mut self, generation: u64, year: i32, key: K, metrics: Arc<Metrics>) {
        if generation < self.generation {
            return;
        }
        if generation != self.generation || self.entries.len() >= CACHE_CAPACITY {
            self.entries.clear();
            self.generation = generation;
        }
        self.computed += 1;
        self.entries.insert((year, key), metrics);
    }

    /// `metric` of `state` in each of `years`, using and filling the cache;
    /// `compute(year)` gives the metrics of a year not cached yet. `None`
    /// where the state is not in that year's graph or has no value.
    pub fn series(
        &mut self,
        generation: u64,
        key: &K,
        years: impl IntoIterator<Item = i32>,
        state: CountryCode,
        metric: Metric,
        mut compute: impl FnMut(i32) -> Metrics,
    ) -> Vec<(i32, Option<f64>)> {
        years
            .into_iter()
            .map(|year| {
                let m = self.get_or_compute(generation, year, key, || compute(year));
                (year, m.state(state).and_then(|s| s.value(metric)))
            })
            .collect()
    }

    /// Entries held.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True if nothing is held.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// How many metrics were stored since the cache was made (each one a
    /// computation or an insert): lets tests see cache hits.
    pub fn computed(&self) -> usize {
        self.computed
    }
}
