// The package's public surface. Every type below is generated from the Rust types of
// crates/wasm (wasm-bindgen + tsify) into cycleconf.d.ts.
export { validate, expand, toIcs, timeZones, version } from "./cycleconf.js";
export type {
  Expansion,
  Issue,
  IssueCode,
  Language,
  Occurrence,
  OccurrenceFlag,
  Options,
  Severity,
  TimeZone,
  ValidationReport,
} from "./cycleconf.js";
