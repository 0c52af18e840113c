//! The form's components, one module per area.

pub mod attendees;
pub mod basics;
pub mod controls;
pub mod issues;
pub mod preview;
pub mod recurrence;
pub mod sections;
pub mod send;
pub mod success;
