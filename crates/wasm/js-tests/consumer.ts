// A TypeScript consumer of the package: `tsc --noEmit --strict` must accept it against
// the shipped declarations (types.test.mjs copies it into a project that installed the
// tarball). Every value below is typed by the package; nothing is `any`.
import {
  expand,
  timeZones,
  toIcs,
  validate,
  type Expansion,
  type Issue,
  type IssueCode,
  type Occurrence,
  type OccurrenceFlag,
  type Options,
  type TimeZone,
  type ValidationReport,
} from "cycleconf";

const request = {
  mediaTypes: "Voice,HDVideo",
  length: 60,
  timeZoneID: "13",
  cycleParams: { startDate: "2026-10-20", endDate: "2027-06-30", cycle: "Week", point: [2] },
};
const options: Options = { now: "2026-10-01 00:00", lang: "zh-CN" };

const report: ValidationReport = validate(request, options);
const valid: boolean = report.valid;
const firstError: Issue | undefined = report.issues.find((i) => i.severity === "error");
const code: IssueCode | undefined = firstError?.code;
const huawei: string | undefined = firstError?.huaweiCode;

const x: Expansion = expand(JSON.stringify(request), { now: new Date() });
const meetings: Occurrence[] = x.occurrences;
const offsets: number[] = meetings.map((m) => m.utcOffsetMinutes);
const flags: OccurrenceFlag[] = meetings.flatMap((m) => m.flags);
const endDate: string | null = x.effectiveEndDate;
const zoneLabel: string | undefined = x.timeZone?.label;
const summary: string | null = x.summary;

const ics = toIcs(request);
const text: string = typeof ics === "string" ? ics : ics.issues.map((i) => i.message).join("\n");

const zones: TimeZone[] = timeZones();
const ids: number[] = zones.map((z) => z.id);

// Unknown input is accepted (and reported), as at run time.
const fromUser: unknown = JSON.parse("42");
const bad: ValidationReport = validate(fromUser);

function describe(c: IssueCode): string {
  switch (c) {
    case "start_date_in_past":
      return "pick a later start";
    case "utc_offset_changes":
      return "daylight saving time";
    default:
      return c;
  }
}

export const used = [
  valid, code, huawei, offsets, flags, endDate, zoneLabel, summary, text, ids, bad,
  describe("no_meetings"),
];
