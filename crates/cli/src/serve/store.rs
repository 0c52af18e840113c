//! The emulator's in-memory store of created series (for list and cancel).

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use cycleconf_core::model::ConferenceInfo;

use super::ids;

/// The series created so far, in creation order, indexed by `conferenceID`.
#[derive(Debug, Default)]
pub struct Store {
    inner: Mutex<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    next_seq: u64,
    by_seq: BTreeMap<u64, Arc<ConferenceInfo>>,
    seq_by_id: HashMap<String, u64>,
}

/// One page of the list.
#[derive(Debug, Clone)]
pub struct Page {
    /// How many series are stored in total.
    pub count: usize,
    /// The series of the page, in creation order.
    pub data: Vec<Arc<ConferenceInfo>>,
}

impl Store {
    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panic while holding the lock cannot leave the maps inconsistent (each
        // operation is a single insert or remove), so a poisoned lock is still usable.
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Draws a `conferenceID` no stored series has, builds the series with it and
    /// stores it.
    pub fn create(&self, build: impl FnOnce(String) -> ConferenceInfo) -> Arc<ConferenceInfo> {
        let mut inner = self.lock();
        let mut id = ids::conference_id();
        while inner.seq_by_id.contains_key(&id) {
            id = ids::conference_id();
        }
        let conf = Arc::new(build(id.clone()));
        let seq = inner.next_seq;
        inner.next_seq += 1;
        inner.by_seq.insert(seq, Arc::clone(&conf));
        inner.seq_by_id.insert(id, seq);
        conf
    }

    /// Removes the series `conference_id`; whether it existed.
    pub fn cancel(&self, conference_id: &str) -> bool {
        let mut inner = self.lock();
        match inner.seq_by_id.remove(conference_id) {
            Some(seq) => inner.by_seq.remove(&seq).is_some(),
            None => false,
        }
    }

    /// Up to `limit` series starting at `offset`, plus the total count.
    pub fn page(&self, offset: usize, limit: usize) -> Page {
        let inner = self.lock();
        Page {
            count: inner.by_seq.len(),
            data: inner
                .by_seq
                .values()
                .skip(offset)
                .take(limit)
                .cloned()
                .collect(),
        }
    }

    /// How many series are stored.
    pub fn len(&self) -> usize {
        self.lock().by_seq.len()
    }

    /// Whether no series is stored.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
