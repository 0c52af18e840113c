// The package's public surface. The functions are written in api.js over the raw wasm
// exports; every type they take and return is generated from the Rust types of
// crates/wasm (wasm-bindgen + tsify) into cycleconf.d.ts, whose type part scripts/npm.sh
// writes to types.d.ts (without the wasm loader's declarations, which need the DOM
// library).
import type { Expansion, Options, TimeZone, ValidationReport } from "./types.js";

/**
 * Validates a request body (an object, or its JSON text) and, when it validates, the
 * series it makes: the `cycleconf check --json` object. Bad input gives a report, never
 * an exception; only a malformed option throws a `TypeError`.
 */
export function validate(request: unknown, options?: Options): ValidationReport;

/**
 * The meetings the server will create for a request body, with the zone, a summary and
 * every issue: the `cycleconf expand --json` object. When the request has errors,
 * `occurrences` is empty and `issues` says why.
 */
export function expand(request: unknown, options?: Options): Expansion;

/**
 * The series as an iCalendar (RFC 5545) file (`DTSTAMP` = `now`); when the request has an
 * error, the validation report instead (tell them apart with `typeof result === "string"`).
 */
export function toIcs(request: unknown, options?: Options): string | ValidationReport;

/** The 77 rows of the Huawei time zone table, in `timeZoneID` order. */
export function timeZones(): TimeZone[];

/** The version of the package. */
export function version(): string;

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
} from "./types.js";
