//! Random identifiers shaped like Huawei's: 9-digit conference IDs, 32-hex sub-meeting
//! and request IDs, 6-digit passwords, 48-hex join-link keys, the access token.
//!
//! Drawn from `rand`'s thread-local generator (ChaCha, seeded from the OS): cheap, and
//! unpredictable enough for passwords and tokens of a local emulator.

use rand::Rng;
use rand::distr::Alphanumeric;

/// `n` random lowercase hex digits.
pub fn hex(n: usize) -> String {
    use std::fmt::Write as _;
    let mut rng = rand::rng();
    let mut s = String::with_capacity(n + 32);
    while s.len() < n {
        // 32 digits per draw; writing to a String cannot fail.
        let _ = write!(s, "{:032x}", rng.random::<u128>());
    }
    s.truncate(n);
    s
}

/// A request id: 32 hex digits.
pub fn request_id() -> String {
    hex(32)
}

/// A sub-meeting id (`cycleSubConfID`): 32 hex digits.
pub fn sub_conf_id() -> String {
    hex(32)
}

/// A conference id: 9 digits, not starting with 0.
pub fn conference_id() -> String {
    rand::rng()
        .random_range(100_000_000u32..1_000_000_000)
        .to_string()
}

/// A meeting password: 6 digits (may start with 0).
pub fn password() -> String {
    format!("{:06}", rand::rng().random_range(0u32..1_000_000))
}

/// An access token: 32 ASCII letters and digits.
pub fn token() -> String {
    rand::rng()
        .sample_iter(&Alphanumeric)
        .take(32)
        .map(char::from)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        for n in [0, 1, 32, 33, 48, 100] {
            let h = hex(n);
            assert_eq!(h.len(), n);
            assert!(h.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')));
        }
        let id = conference_id();
        assert_eq!(id.len(), 9);
        assert!(!id.starts_with('0'));
        assert!(id.bytes().all(|b| b.is_ascii_digit()));
        let p = password();
        assert_eq!(p.len(), 6);
        assert!(p.bytes().all(|b| b.is_ascii_digit()));
        let t = token();
        assert_eq!(t.len(), 32);
        assert!(t.bytes().all(|b| b.is_ascii_alphanumeric()));
        assert_ne!(request_id(), request_id());
    }
}
