// Misuses the shipped types must reject (types.test.mjs expects one error per line
// marked `error:`): proof that the declarations are precise, not `any`.
import { expand, timeZones, toIcs, validate } from "cycleconf";

const req = {};
const a: string = validate(req).valid; // error: boolean is not string
const b: number = expand(req).occurrences[0].start; // error: string is not number
validate(req, { lang: "fr-FR" }); // error: not a Language
validate(req, { now: 1630324800000 }); // error: now is string | Date
const c: string = toIcs(req); // error: string | ValidationReport
const d: string = timeZones()[0].id; // error: id is a number
const e: "bad_code" = validate(req).issues[0].code; // error: not an IssueCode
const f: string = expand(req).summary; // error: string | null

export const used = [a, b, c, d, e, f];
