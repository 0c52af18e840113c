// Parity with the CLI: on generated requests (cycles, intervals, points, DST zones,
// dates around the transitions, lengths, loose forms, invalid ones), npm `expand` is the
// very object `cycleconf expand --json` prints (same keys, same order, same values),
// and likewise `validate` / `check --json` and `toIcs` / `ics`.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { cliBinary, exampleRequest, installConsumer, prng, runCli } from "./support.mjs";

const COUNT = 72;
const NOW = "2026-01-15 08:00";

// Zones with daylight saving time (north and south), half-hour offsets, none, and ids
// that are unofficial (74–77) or unknown.
const ZONES = [13, 26, 27, 29, 66, 71, 17, 18, 4, 5, 42, 37, 63, 56, 60, 49, 1, 74, 77];
const DATES = [
  "2026-03-01", "2026-03-08", "2026-03-27", "2026-03-29", "2026-04-05", "2026-09-28",
  "2026-10-04", "2026-10-25", "2026-10-31", "2026-11-01", "2026-02-28", "2026-01-31",
  "2026-12-31", "2027-02-28",
];

function addDays(date, days) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Request number `i` of the generated set. */
function generate(i) {
  const r = prng(0xc0ffee + i);
  const cycle = r.pick(["Day", "Week", "Week", "Month", "Month", ...(i % 17 === 5 ? ["Year"] : [])]);
  const startDate = r.pick(DATES);
  const req = {
    subject: `Series ${i}`,
    mediaTypes: r.pick(["Voice", "Voice,HDVideo", "Data,Voice,HDVideo", "Video"]),
    length: r.pick([15, 30, 45, 60, 90, 120, 240, 1440, ...(i % 13 === 7 ? [10, 2000] : [])]),
    timeZoneID: r.chance(0.15) ? r.pick(ZONES) : String(r.pick(ZONES)),
    cycleParams: {
      startDate,
      endDate: addDays(startDate, r.pick([0, 3, 20, 60, 120, 200, 364, ...(i % 11 === 3 ? [-1, 400] : [])])),
      cycle,
    },
  };
  const c = req.cycleParams;
  if (r.chance(0.8)) c.interval = r.int(1, cycle === "Day" ? 15 : cycle === "Week" ? 5 : 3);
  if (i % 19 === 4) c.interval = 9;
  if (cycle === "Week" && r.chance(0.85)) {
    c.point = Array.from({ length: r.int(1, 4) }, () => r.int(0, 6));
  }
  if (cycle === "Month" && r.chance(0.85)) {
    c.point = Array.from({ length: r.int(1, 3) }, () => r.pick([1, 15, 28, 29, 30, 31]));
  }
  if (i % 23 === 9) c.point = [7, 40];
  if (r.chance(0.5)) c.preRemindDays = r.pick([0, 1, 3, 7, 30]);
  // startTime: absent, empty, or a UTC time on startDate (some land in DST gaps/overlaps).
  const st = r.int(0, 3);
  if (st === 1) req.startTime = "";
  if (st >= 2) {
    req.startTime = `${startDate} ${String(r.int(0, 23)).padStart(2, "0")}:${r.pick(["00", "15", "30", "45"])}`;
  }
  if (r.chance(0.3)) {
    req.attendees = Array.from({ length: r.int(1, 4) }, (_, k) =>
      k === 2 ? { name: "No contact" } : { name: `Person ${k}`, email: `p${k}@example.com`, role: k === 0 ? 1 : 0 },
    );
  }
  if (r.chance(0.2)) req.confConfigInfo = { isSendNotify: "false", isSendSms: r.pick([true, "true"]) };
  if (i % 29 === 11) delete req.mediaTypes;
  if (i % 31 === 6) c.startDate = "2026-02-30";
  if (i % 37 === 8) req.unknownThing = 1;
  return req;
}

let cc;
let consumer;
let bin;

before(async () => {
  consumer = await installConsumer();
  cc = consumer.mod;
  bin = cliBinary();
});
after(() => consumer?.cleanup());

describe(`npm and CLI agree on ${COUNT} generated requests`, () => {
  const requests = [exampleRequest(), ...Array.from({ length: COUNT }, (_, i) => generate(i))];
  const seen = { valid: 0, invalid: 0, flagged: 0, truncated: 0, zones: new Set(), cycles: new Set() };

  requests.forEach((req, i) => {
    test(`request ${i}: ${req.cycleParams?.cycle} zone ${req.timeZoneID} from ${req.cycleParams?.startDate}`, () => {
      const args = ["--now", NOW];
      const cliExpand = runCli(bin, ["expand", "--json", ...args], req, consumer.dir);
      assert.ok([0, 1].includes(cliExpand.status), cliExpand.stderr);
      const fromCli = JSON.parse(cliExpand.stdout);
      const fromNpm = cc.expand(req, { now: NOW });
      assert.deepStrictEqual(fromNpm, fromCli);
      // Same keys in the same order, all the way down.
      assert.equal(JSON.stringify(fromNpm), JSON.stringify(fromCli));

      const cliCheck = runCli(bin, ["check", "--json", ...args], req, consumer.dir);
      const report = cc.validate(req, { now: NOW });
      assert.equal(JSON.stringify(report), JSON.stringify(JSON.parse(cliCheck.stdout)));
      assert.equal(cliCheck.status, report.valid ? 0 : 1);

      const cliIcs = runCli(bin, ["ics", ...args], req, consumer.dir);
      const ics = cc.toIcs(req, { now: NOW });
      if (report.valid) {
        assert.equal(cliIcs.status, 0, cliIcs.stderr);
        assert.equal(ics, cliIcs.stdout);
      } else {
        assert.equal(cliIcs.status, 1);
        assert.deepStrictEqual(ics, report);
      }

      seen[report.valid ? "valid" : "invalid"] += 1;
      if (fromNpm.occurrences.some((o) => o.flags.length > 0)) seen.flagged += 1;
      if (fromNpm.truncated) seen.truncated += 1;
      if (fromNpm.timeZone) seen.zones.add(fromNpm.timeZone.iana);
      seen.cycles.add(req.cycleParams?.cycle);
    });
  });

  test("the generated set covers what it should", () => {
    assert.ok(requests.length >= 50);
    assert.ok(seen.valid >= 25, `valid: ${seen.valid}`);
    assert.ok(seen.invalid >= 10, `invalid: ${seen.invalid}`);
    assert.ok(seen.flagged >= 5, `with DST flags: ${seen.flagged}`);
    assert.ok(seen.truncated >= 1, `truncated: ${seen.truncated}`);
    for (const iana of ["America/New_York", "Europe/London", "Australia/Sydney"]) {
      assert.ok(seen.zones.has(iana), `${iana} in ${[...seen.zones]}`);
    }
    assert.deepEqual([...seen.cycles].sort(), ["Day", "Month", "Week", "Year"]);
  });
});
