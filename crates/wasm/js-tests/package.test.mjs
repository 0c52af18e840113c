// The packed `cycleconf` tarball, installed into a fresh project and used as a consumer
// would: the seed's example, the zone table, iCalendar, malformed input, options.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";

import { exampleRequest, installConsumer, workspaceVersion } from "./support.mjs";

const NOW = "2021-08-30 12:00";
let cc;
let consumer;

before(async () => {
  consumer = await installConsumer();
  cc = consumer.mod;
});
after(() => consumer?.cleanup());

describe("installed package", () => {
  test("has the contract's exports, version and exports map", () => {
    for (const name of ["validate", "expand", "toIcs", "timeZones"]) {
      assert.equal(typeof cc[name], "function", name);
    }
    const pkg = JSON.parse(
      readFileSync(join(consumer.dir, "node_modules/cycleconf/package.json"), "utf8"),
    );
    assert.equal(pkg.name, "cycleconf");
    assert.equal(pkg.version, workspaceVersion());
    assert.equal(cc.version(), workspaceVersion());
    assert.equal(pkg.type, "module");
    assert.deepEqual(Object.keys(pkg.exports["."]), ["types", "node", "default"]);
    assert.equal(pkg.dependencies, undefined, "the package has no dependencies");
  });
});

describe("the seed's example request", () => {
  test("validates with warnings only", () => {
    const report = cc.validate(exampleRequest(), { now: NOW });
    assert.equal(report.valid, true);
    assert.ok(report.issues.length > 0, "Huawei's example sends string booleans");
    for (const issue of report.issues) {
      assert.equal(issue.severity, "warning", JSON.stringify(issue));
    }
    assert.deepEqual(
      report.issues.map((i) => i.code),
      ["string_boolean", "string_boolean", "string_boolean"],
    );
  });

  test("also validates when given as JSON text", () => {
    const text = readFileSync(
      new URL("../../core/tests/fixtures/example_request.json", import.meta.url),
      "utf8",
    );
    assert.deepEqual(cc.validate(text, { now: NOW }), cc.validate(exampleRequest(), { now: NOW }));
  });

  test("expands to the three daily meetings at 20:00 Beijing time", () => {
    const x = cc.expand(exampleRequest(), { now: NOW });
    assert.deepEqual(
      x.occurrences.map((o) => [o.start, o.localStart, o.utcOffsetMinutes]),
      [
        ["2021-08-31 12:00", "2021-08-31T20:00", 480],
        ["2021-09-01 12:00", "2021-09-01T20:00", 480],
        ["2021-09-02 12:00", "2021-09-02T20:00", 480],
      ],
    );
    assert.equal(x.truncated, false);
    assert.equal(x.effectiveEndDate, "2021-09-02");
    assert.deepEqual(x.timeZone, {
      id: 56,
      iana: "Asia/Shanghai",
      label: "(GMT+08:00) Beijing, Chongqing, Hong Kong, Urumqi, Taipei",
    });
    assert.equal(typeof x.summary, "string");
  });

  test("toIcs gives an iCalendar with one event per meeting", () => {
    const ics = cc.toIcs(exampleRequest(), { now: NOW });
    assert.equal(typeof ics, "string");
    assert.ok(ics.startsWith("BEGIN:VCALENDAR\r\n"), ics.slice(0, 40));
    assert.ok(ics.trimEnd().endsWith("END:VCALENDAR"));
    assert.equal(ics.match(/^BEGIN:VEVENT\r$/gm)?.length, 3);
    assert.match(ics, /^SUMMARY:Regular Recurring Meeting\r$/m);
    // DTSTAMP is `now` (the core never reads a clock).
    assert.match(ics, /^DTSTAMP:20210830T120000Z\r$/m);
  });

  test("messages follow lang", () => {
    const en = cc.validate(exampleRequest(), { now: NOW, lang: "en-US" });
    const zh = cc.validate(exampleRequest(), { now: NOW, lang: "zh-CN" });
    assert.deepEqual(
      zh.issues.map((i) => i.code),
      en.issues.map((i) => i.code),
    );
    assert.match(zh.issues[0].message, /[\u4e00-\u9fff]/);
    assert.doesNotMatch(en.issues[0].message, /[\u4e00-\u9fff]/);
  });
});

describe("timeZones()", () => {
  test("returns the 77 rows in id order", () => {
    const zones = cc.timeZones();
    assert.equal(zones.length, 77);
    assert.deepEqual(
      zones.map((z) => z.id),
      Array.from({ length: 77 }, (_, i) => i + 1),
    );
    for (const z of zones) {
      assert.deepEqual(Object.keys(z), ["id", "iana", "label"]);
      assert.match(z.label, /^\(GMT/);
      assert.match(z.iana, /^[A-Za-z_]+(\/[A-Za-z_+\-0-9]+)*$/);
    }
    assert.equal(zones[55].iana, "Asia/Shanghai");
  });
});

describe("options", () => {
  test("now accepts the string forms and a Date alike", () => {
    const req = exampleRequest();
    const want = cc.expand(req, { now: NOW });
    for (const now of ["2021-08-30T12:00", "2021-08-30 12:00:00", new Date(Date.UTC(2021, 7, 30, 12))]) {
      assert.deepEqual(cc.expand(req, { now }), want, String(now));
    }
  });

  test("now defaults to the current time", () => {
    // The example's dates are in 2021: in the past for today's clock.
    const report = cc.validate(exampleRequest());
    assert.equal(report.valid, false);
    assert.ok(report.issues.some((i) => i.code === "start_date_in_past"));
    assert.deepEqual(cc.validate(exampleRequest(), {}), report);
    assert.deepEqual(cc.validate(exampleRequest(), { now: undefined, lang: null }), report);
  });

  test("a malformed option is a TypeError (a bug in the caller, not bad input)", () => {
    const req = exampleRequest();
    for (const options of [
      { now: "yesterday" },
      { now: "2021-02-30 12:00" },
      { now: 1630324800000 },
      { now: new Date(Number.NaN) },
      { lang: "fr-FR" },
      { lang: 1 },
    ]) {
      assert.throws(() => cc.validate(req, options), TypeError, JSON.stringify(options));
      assert.throws(() => cc.expand(req, options), TypeError, JSON.stringify(options));
    }
  });
});

describe("malformed input returns a report, never throws", () => {
  const cyclic = { mediaTypes: "Voice" };
  cyclic.self = cyclic;
  let deep = {};
  for (let i = 0; i < 200_000; i++) deep = { a: deep };
  let nested = [];
  for (let i = 0; i < 1_000; i++) nested = [nested];
  const throwing = new Proxy(
    {},
    {
      ownKeys() {
        throw new Error("proxy says no");
      },
    },
  );
  const cases = [
    ["undefined", undefined, "wrong_type"],
    ["null", null, "wrong_type"],
    ["a number", 42, "wrong_type"],
    ["a boolean", true, "wrong_type"],
    ["an array", [1, 2, 3], "wrong_type"],
    ["a function", () => 1, "wrong_type"],
    ["a symbol", Symbol("request"), "wrong_type"],
    ["a string that is not JSON", "subject: weekly", "invalid_json"],
    ["an empty string", "", "invalid_json"],
    ["truncated JSON text", '{"mediaTypes": "Voice", "cycleParams": {', "invalid_json"],
    ["JSON text of a number", "42", "wrong_type"],
    ["a cyclic object", cyclic, "invalid_json"],
    ["a BigInt", { length: 10n }, "invalid_json"],
    ["an object nested 200,000 deep", deep, "invalid_json"],
    ["an array nested 1,000 deep", nested, "invalid_json"],
    ["a proxy that throws", throwing, "invalid_json"],
  ];
  for (const [name, input, code] of cases) {
    test(name, () => {
      const report = cc.validate(input, { now: NOW });
      assert.equal(report.valid, false);
      assert.equal(report.issues.length, 1, JSON.stringify(report));
      assert.equal(report.issues[0].code, code);
      assert.equal(report.issues[0].severity, "error");
      assert.equal(report.issues[0].path, "");
      assert.equal(typeof report.issues[0].message, "string");

      const x = cc.expand(input, { now: NOW });
      assert.deepEqual(x.occurrences, []);
      assert.equal(x.timeZone, null);
      assert.deepEqual(x.issues, report.issues);

      const ics = cc.toIcs(input, { now: NOW });
      assert.equal(typeof ics, "object");
      assert.deepEqual(ics, report);
    });
  }

  test("the module still works after all of them", () => {
    assert.equal(cc.validate(exampleRequest(), { now: NOW }).valid, true);
  });

  test("JSON.stringify's view of the object is what is validated", () => {
    // Dates become strings, undefined members vanish: as in a real request body.
    const req = { ...exampleRequest(), groupuri: undefined, extra: new Date(0) };
    const report = cc.validate(req, { now: NOW });
    assert.equal(report.valid, true);
    assert.ok(report.issues.some((i) => i.code === "unknown_field" && i.path === "extra"));
    assert.ok(!report.issues.some((i) => i.path === "groupuri"));
  });
});

describe("an object is read as JSON.stringify reads it", () => {
  // Each request, given as an object, must give exactly what its JSON.stringify text
  // gives (api.js walks objects itself instead of calling JSON.stringify).
  const proto = { inheritedField: "not own: ignored" };
  const withProto = Object.assign(Object.create(proto), exampleRequest());
  const hidden = exampleRequest();
  Object.defineProperty(hidden, "hiddenField", { value: 1, enumerable: false });
  hidden[Symbol("s")] = "symbol keys are skipped";
  const holes = exampleRequest();
  holes.cycleParams.point = [1, , 3]; // eslint-disable-line no-sparse-arrays
  const cases = [
    ["toJSON gets its key (an index for array items)", {
      ...exampleRequest(),
      attendees: [0, 1].map(() => ({ toJSON: (k) => ({ name: `A${k}`, email: `a${k}@example.com`, typeofKey: typeof k }) })),
      subject: { toJSON: (k) => `subject from key ${k}` },
    }],
    ["boxed primitives", { ...exampleRequest(), subject: new String("boxed"), length: new Number(60), isAutoRecord: new Boolean(false) }],
    ["undefined, functions and symbols", { ...exampleRequest(), groupuri: undefined, vmrID: () => 1, language: Symbol("x"), attendees: [undefined, () => 1] }],
    ["NaN, Infinity, -0, 1e21, 2^53 + 2", { ...exampleRequest(), length: Number.NaN, encryptMode: -0, concurrentParticipants: 1e21, recordType: Infinity, vmrFlag: 2 ** 53 + 2 }],
    ["a Date and nested toJSON", { ...exampleRequest(), extra: new Date(0), confConfigInfo: { toJSON: () => ({ guestPwd: { toJSON: () => "12" } }) } }],
    ["inherited, non-enumerable and symbol keys", withProto],
    ["non-enumerable and symbol keys", hidden],
    ["array holes", holes],
    ["a toJSON that calls the package again", {
      ...exampleRequest(),
      subject: { toJSON: () => (cc.expand({ ...exampleRequest(), attendees: [{ name: "n", email: "e@x.io" }] }, { now: NOW }).occurrences.length > 0 ? "re-entered" : "?") },
    }],
    // The walk reuses the previous object's key codes when its keys come in the same
    // order: objects of other orders, unknown and skipped keys, and a nested object
    // between them must still read right.
    ["attendees of mixed key orders", {
      ...exampleRequest(),
      attendees: [
        { name: "a", email: "a@example.com", role: 1 },
        { name: "b", email: "b@example.com", role: 0 },
        { email: "c@example.com", name: "c", role: "0" },
        { name: "d", emial: "d@example.com", role: 0 },
        { name: "e", email: undefined, phone: "+8613800000000", role: 0 },
        { name: "f", email: "f@example.com", role: 0, extra: { email: 5, name: [1] } },
        { name: "g", email: "not an email", role: 0 },
        { nam: "h", email: "h@example.com", role: 2 },
      ],
    }],
    ["getters and non-ASCII text", { ...exampleRequest(), get subject() { return "周会 — café 😀"; }, "键": "unknown, non-ASCII key" }],
    ["a toJSON that gives undefined drops its key", {
      ...exampleRequest(),
      extra: { toJSON: () => undefined },
      attendees: [{ name: "a", email: "a@example.com", extra: { toJSON: () => undefined } }, { toJSON: () => undefined }],
    }],
    ["a toJSON that gives undefined, in an object with a prototype", Object.assign(Object.create(proto), {
      ...exampleRequest(),
      extra: { toJSON: () => () => 1 },
    })],
  ];
  test("nesting: 127 levels are read, 128 are not, as for JSON text", () => {
    // `levels` containers: the body and levels - 1 arrays in it.
    const nest = (levels) => {
      let v = 0;
      for (let i = 1; i < levels; i++) v = [v];
      return { ...exampleRequest(), extra: v };
    };
    for (const [levels, code] of [[127, null], [128, "invalid_json"]]) {
      const req = nest(levels);
      for (const input of [req, JSON.stringify(req)]) {
        const report = cc.validate(input, { now: NOW });
        const codes = report.issues.map((i) => i.code);
        if (code === null) assert.ok(!codes.includes("invalid_json"), JSON.stringify(codes));
        else assert.deepEqual(codes, [code], typeof input);
      }
    }
  });
  test("a lone surrogate (half of a character) is invalid_json, as in the JSON text", () => {
    for (const req of [
      { ...exampleRequest(), subject: "\uD83D" },
      { ...exampleRequest(), extra: ["\uD83D", "\uDE00"] }, // one character split in two
    ]) {
      for (const input of [req, JSON.stringify(req)]) {
        const report = cc.validate(input, { now: NOW });
        assert.deepEqual(report.issues.map((i) => i.code), ["invalid_json"], typeof input);
      }
      const message = cc.validate(req, { now: NOW }).issues[0].message;
      assert.match(message, /lone UTF-16 surrogate/);
    }
  });
  test("a toJSON that calls the package with other options leaves the outer call's options", () => {
    const req = {
      ...exampleRequest(),
      // In 2030 the example's dates are past: the inner report is not valid.
      subject: { toJSON: () => (cc.validate(exampleRequest(), { now: "2030-01-01 00:00", lang: "en-US" }).valid ? "?" : "inner ran") },
    };
    const outer = cc.validate(req, { now: NOW, lang: "zh-CN" });
    assert.deepEqual(outer, cc.validate(JSON.stringify(req), { now: NOW, lang: "zh-CN" }));
    // The outer clock (NOW, not 2030) and language (zh-CN, not en-US).
    assert.equal(outer.valid, true, JSON.stringify(outer));
    assert.ok(outer.issues.length > 0);
    assert.ok(outer.issues.every((i) => /[\u4e00-\u9fff]/.test(i.message)), JSON.stringify(outer));
  });
  for (const [name, req] of cases) {
    test(name, () => {
      const text = JSON.stringify(req);
      assert.deepEqual(cc.validate(req, { now: NOW }), cc.validate(text, { now: NOW }));
      assert.deepEqual(cc.expand(req, { now: NOW }), cc.expand(text, { now: NOW }));
    });
  }
});
