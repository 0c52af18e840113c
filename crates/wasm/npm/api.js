// The public functions of `cycleconf`, over the raw wasm exports of crates/wasm
// (src/lib.rs explains the split; src/tape.rs reads what `encodeRequest` writes).
//
// Crossing into WebAssembly is what costs, so the request object is walked here once,
// as JSON.stringify would see it, into
//   - a tape of numbers: 0 null · 1 false · 2 true · 3 x (a number) · 4 n (a string of
//     n UTF-16 units) · 5 n … (an array of n values) · 6 n (k, v)… (an object of n
//     entries: key length k, or −i for the i-th known key, then the value), and
//   - one string holding every key and string value back to back,
// both written straight into buffers in wasm memory (the tape, and the string as
// UTF-8); the answer is read from wasm memory as well (src/lib.rs, "Why the split").
import {
  rawAnswer,
  rawExpand,
  rawKnownKeys,
  rawMemory,
  rawParseLang,
  rawParseNow,
  rawTapeBuffer,
  rawTextBuffer,
  rawTimeZones,
  rawToIcs,
  rawValidate,
  version,
} from "./cycleconf.js";

export { version };

/** The most levels a request may nest: serde_json's limit for JSON text (127 nested
 * containers read, 128 do not), and src/tape.rs's. */
const MAX_DEPTH = 127;

/** Why a request with a lone UTF-16 surrogate is not read (also src/tape.rs's words). */
const LONE_SURROGATE = "a string holds a lone UTF-16 surrogate (half of a character)";

const TAPE = 0;
const JSON_TEXT = 1;
const UNREADABLE = 2;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

const NodeBuffer = typeof globalThis.Buffer === "function" ? globalThis.Buffer : null;
const NO_TAPE = new Float64Array(0);

/** The module's WebAssembly.Memory (read on first use: the module is instantiated only
 * after this file is evaluated), and views of all of it, made again when it grows (its
 * `buffer` is then a new one). */
let memory = null;
let u8 = null;
let f64 = null;
/** In Node, a Buffer view of the memory: its `toString("latin1")` makes ASCII bytes a
 * string several times faster than a TextDecoder does there. */
let nodeBytes = null;

/** The views of the memory as it is now. */
function views() {
  if (memory === null) memory = rawMemory();
  const buffer = memory.buffer;
  if (u8 === null || u8.buffer !== buffer) {
    u8 = new Uint8Array(buffer);
    f64 = new Float64Array(buffer);
    nodeBytes = NodeBuffer ? NodeBuffer.from(buffer) : null;
  }
}

/** Memory bytes `start` to `end`, ASCII, as a string. */
function asciiAt(start, end) {
  return nodeBytes ? nodeBytes.toString("latin1", start, end) : decoder.decode(u8.subarray(start, end));
}

/** A raw export's result when `now` is out of chrono's range (src/lib.rs; the other
 * negative result, BAD_LENGTHS, is a bug in `call`). */
const BAD_NOW = -1;

/** Object keys the core knows (the API's field names), by tape code: a known key is
 * written as its code (−1, −2, …) instead of its text. The list comes from the wasm
 * module (src/lib.rs, `rawKnownKeys`), so both sides read the same table. */
let KEY_CODES = null;

/** The key codes, read on first use (the module is instantiated only after this file
 * is evaluated). */
function keyCodes() {
  const codes = new Map();
  JSON.parse(rawKnownKeys()).forEach((key, i) => codes.set(key, -(i + 1)));
  return codes;
}

/** Whether `for…in` over a plain object sees exactly its own enumerable keys, in
 * `Object.keys` order: true unless someone added an enumerable property to
 * `Object.prototype`. (`for…in` with `o[k]` is the fastest walk V8 has.) */
function plainForIn() {
  for (const _ in Object.prototype) return false;
  return true;
}

/** Writes one request at a time; a fresh one is made when a toJSON re-enters. */
class TapeWriter {
  constructor() {
    this.tape = new Float64Array(1024);
    this.n = 0;
    /** Every key and string value so far, back to back. */
    this.text = "";
    this.busy = false;
    this.forIn = true;
    /** The keys of the last plain object, and their codes (see `plainObject`). */
    this.lastKeys = [];
    this.lastCodes = [];
  }

  /** Room for `cells` more cells. */
  room(cells) {
    if (this.n + cells > this.tape.length) {
      const bigger = new Float64Array(Math.max(this.tape.length * 2, this.n + cells));
      bigger.set(this.tape.subarray(0, this.n));
      this.tape = bigger;
    }
  }

  /** Writes `v` as JSON.stringify's SerializeJSONProperty would see it (`key`: its key,
   * or its index in an array, turned into a string only for a toJSON). */
  value(v, key, depth) {
    const t = typeof v;
    if ((t === "object" && v !== null) || t === "bigint") {
      if (typeof v.toJSON === "function") v = v.toJSON(String(key));
    }
    this.plain(v, depth);
  }

  /** Writes `v` (its toJSON, if any, already applied). */
  plain(v, depth) {
    this.room(2);
    const tape = this.tape;
    switch (typeof v) {
      case "string":
        tape[this.n++] = 4;
        tape[this.n++] = v.length;
        this.text += v;
        return;
      case "number":
        if (v - v === 0) {
          tape[this.n++] = 3;
          tape[this.n++] = v;
        } else {
          tape[this.n++] = 0; // NaN, ±Infinity: null
        }
        return;
      case "boolean":
        tape[this.n++] = v ? 2 : 1;
        return;
      case "bigint":
        throw new TypeError("Do not know how to serialize a BigInt");
      case "object":
        if (v === null) {
          tape[this.n++] = 0;
          return;
        }
        break;
      default:
        // undefined, a function, a symbol: dropped from objects (see `object`), null here.
        tape[this.n++] = 0;
        return;
    }
    if (depth >= MAX_DEPTH) {
      throw new RangeError(`the request nests more than ${MAX_DEPTH} levels deep (or contains itself)`);
    }
    const proto = Object.getPrototypeOf(v);
    if (proto === Object.prototype || proto === null) {
      if (this.forIn) this.plainObject(v, depth);
      else this.object(v, depth);
    } else if (Array.isArray(v)) {
      const len = v.length;
      tape[this.n++] = 5;
      tape[this.n++] = len;
      for (let i = 0; i < len; i++) this.value(v[i], i, depth + 1);
    } else if (v instanceof Number || v instanceof String || v instanceof Boolean) {
      this.plain(v.valueOf(), depth);
    } else {
      this.object(v, depth);
    }
  }

  /** One entry's key (its code, or its length and text); false when JSON.stringify
   * drops the entry (its value is undefined, a function or a symbol). */
  key(k, x) {
    const t = typeof x;
    if (t === "undefined" || t === "function" || t === "symbol") return false;
    this.room(1);
    const code = KEY_CODES.get(k);
    if (code !== undefined) {
      this.tape[this.n++] = code;
    } else {
      this.tape[this.n++] = k.length;
      this.text += k;
    }
    return true;
  }

  /** An object whose prototype is Object.prototype (with no enumerable properties) or
   * null: `for…in` gives its own enumerable keys. The hot loop of a request (one pass
   * per attendee): keys, strings and numbers are written inline, as `key` and `value`
   * would, with the cell index and the text in locals (about 10 % faster than the
   * calls; the text in a local saved another 1.5 µs of 100 attendees). The key
   * codes of the previous such object are kept: objects of one shape (the attendees)
   * have their keys in the same order, and comparing interned strings is cheaper than a
   * Map look-up. */
  plainObject(v, depth) {
    let n = this.n;
    const at = n;
    n += 2; // the count, known at the end
    let count = 0;
    const lastKeys = this.lastKeys;
    const lastCodes = this.lastCodes;
    let j = 0;
    let text = this.text;
    for (const k in v) {
      let code;
      if (lastKeys[j] === k) {
        code = lastCodes[j];
      } else {
        code = KEY_CODES.get(k);
        lastKeys[j] = k;
        lastCodes[j] = code;
      }
      j++;
      let x = v[k];
      let t = typeof x;
      // A toJSON is applied before the key is written: it may drop the entry.
      if (((t === "object" && x !== null) || t === "bigint") && typeof x.toJSON === "function") {
        x = x.toJSON(k);
        t = typeof x;
      }
      if (t === "undefined" || t === "function" || t === "symbol") continue;
      count++;
      if (n + 3 > this.tape.length) {
        this.n = n;
        this.room(3);
      }
      const tape = this.tape;
      if (code !== undefined) {
        tape[n++] = code;
      } else {
        tape[n++] = k.length;
        text += k;
      }
      if (t === "string") {
        tape[n++] = 4;
        tape[n++] = x.length;
        text += x;
      } else if (t === "number" && x - x === 0) {
        tape[n++] = 3;
        tape[n++] = x;
      } else {
        this.n = n;
        this.text = text;
        this.plain(x, depth + 1);
        text = this.text;
        n = this.n;
      }
    }
    this.tape[at] = 6;
    this.tape[at + 1] = count;
    this.n = n;
    this.text = text;
  }

  /** Any other object: its own enumerable string keys, as JSON.stringify takes them. */
  object(v, depth) {
    const keys = Object.keys(v);
    const at = this.n;
    this.tape[this.n] = 6;
    this.n += 2; // the count, known at the end
    let count = 0;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      let x = v[k];
      const t = typeof x;
      // A toJSON is applied before the key is written: it may drop the entry.
      if (((t === "object" && x !== null) || t === "bigint") && typeof x.toJSON === "function") {
        x = x.toJSON(k);
      }
      if (this.key(k, x)) {
        count++;
        this.plain(x, depth + 1);
      }
    }
    this.tape[at + 1] = count;
  }
}

const shared = new TapeWriter();

/** The request as the raw exports take it: [kind, tape, text]. */
function encodeRequest(request) {
  if (typeof request === "string") return [JSON_TEXT, NO_TAPE, request];
  if (KEY_CODES === null) KEY_CODES = keyCodes();
  const w = shared.busy ? new TapeWriter() : shared;
  w.busy = true;
  w.n = 0;
  w.text = "";
  w.forIn = plainForIn();
  try {
    w.value(request, "", 0);
    const text = w.text;
    // A lone surrogate (half of a character) has no UTF-8: JSON.stringify escapes it and
    // a JSON parser rejects the escape. Say so, as for the text, instead of replacing it.
    if (text.isWellFormed?.() === false) return [UNREADABLE, NO_TAPE, LONE_SURROGATE];
    return [TAPE, w.tape.subarray(0, w.n), text];
  } catch (error) {
    return [UNREADABLE, NO_TAPE, errorMessage(error)];
  } finally {
    w.text = "";
    w.busy = false;
  }
}

function errorMessage(error) {
  try {
    if (error instanceof Error) return error.message;
    if (typeof error === "string") return error;
  } catch {
    // fall through
  }
  return "the value cannot be converted to JSON";
}

const NOW_ERROR = 'cycleconf: options.now must be a UTC "YYYY-MM-DD HH:mm" string or a valid Date';
const LANG_ERROR = 'cycleconf: options.lang must be "en-US" or "zh-CN"';

/** The last `now` string and `lang` string and what the module made of them: a caller
 * passes the same options call after call, and a look-up here is cheaper than a string
 * crossing into wasm. */
let lastNowText = null;
let lastNowMs = Number.NaN;
let lastLangText = null;
let lastLangCode = -1;

/** `options.now` as JavaScript milliseconds (NaN when malformed). */
function nowMillis(now) {
  if (now === undefined || now === null) return Date.now();
  if (typeof now === "string") {
    if (now !== lastNowText) {
      lastNowMs = rawParseNow(now);
      lastNowText = now;
    }
    return lastNowMs;
  }
  if (now instanceof Date) return now.getTime();
  return Number.NaN;
}

/** `options.lang` as the module's number: 0 en-US, 1 zh-CN, −1 unknown. */
function langCode(lang) {
  if (lang === undefined || lang === null) return 0;
  if (typeof lang !== "string") return -1;
  if (lang !== lastLangText) {
    lastLangCode = rawParseLang(lang);
    lastLangText = lang;
  }
  return lastLangCode;
}

/** `options.now` as the raw exports take it (JavaScript milliseconds). A malformed
 * option is a TypeError: a bug in the calling code, not bad input. */
function optionNow(options) {
  if (options === undefined || options === null) return Date.now();
  if (typeof options !== "object") throw new TypeError("cycleconf: options must be an object");
  const now = nowMillis(options.now);
  if (Number.isNaN(now)) throw new TypeError(NOW_ERROR);
  return now;
}

/** `options.lang` as the raw exports take it (0 en-US, 1 zh-CN); `options` is known to
 * be an object or nothing (`optionNow` runs first). */
function optionLang(options) {
  if (options === undefined || options === null) return 0;
  const lang = langCode(options.lang);
  if (lang < 0) throw new TypeError(LANG_ERROR);
  return lang;
}

/** Where the last answer starts in memory (`call` returns its length). */
let answerAt = 0;

/** Calls a raw export on the request; returns the length of its answer, which is at
 * `answerAt` in memory until the next call into the module (read it at once). */
function call(raw, request, options) {
  // Read before the walk, which may run a toJSON that calls the package again.
  const now = optionNow(options);
  const lang = optionLang(options);
  const [kind, tape, text] = encodeRequest(request);
  // A UTF-16 unit takes at most 3 bytes of UTF-8.
  const room = text.length * 3;
  const tapeAt = rawTapeBuffer(tape.length);
  const textAt = rawTextBuffer(room);
  views();
  f64.set(tape, tapeAt / 8);
  const { written } = encoder.encodeInto(text, u8.subarray(textAt, textAt + room));
  const length = raw(kind, tape.length, written, now, lang);
  if (length === BAD_NOW) {
    throw new TypeError(options?.now == null ? "cycleconf: the clock is out of range" : NOW_ERROR);
  }
  // BAD_LENGTHS: the buffers were not reserved as written above (a bug here).
  if (length < 0) throw new Error(`cycleconf: internal error ${length}`);
  answerAt = rawAnswer();
  views();
  return length;
}

const FLAG_NAMES = ["shifted", "ambiguous", "offsetChanged"];

function flagList(bits) {
  const flags = [];
  for (let i = 0; i < FLAG_NAMES.length; i++) if (bits & (1 << i)) flags.push(FLAG_NAMES[i]);
  return flags;
}

/** Validates a request body: `{ valid, issues }` (the `cycleconf check --json` object).
 * (The JSON answers are ASCII: src/lib.rs, `AsciiFormatter`.) */
export function validate(request, options) {
  const length = call(rawValidate, request, options);
  return JSON.parse(asciiAt(answerAt, answerAt + length));
}

/** The meetings the server will create, the zone, a summary and every issue (the
 * `cycleconf expand --json` object). */
export function expand(request, options) {
  const length = call(rawExpand, request, options);
  // One string for the whole answer (one copy out of wasm memory).
  const s = asciiAt(answerAt, answerAt + length);
  const newline = s.indexOf("\n");
  if (newline < 0) return JSON.parse(s);
  // The object's values as an array (core: OccurrenceForm::Compact), then the meetings.
  const head = JSON.parse(s.slice(0, newline));
  // 66 chars a meeting: start, end, localStart, localEnd (16 each), then the offset as
  // one char (70 + minutes / 15) and the flags as one char ('0' + bits).
  const count = head[0];
  const occurrences = new Array(count);
  for (let i = 0, t = newline + 1; i < count; i++, t += 66) {
    const bits = s.charCodeAt(t + 65) - 48;
    occurrences[i] = {
      start: s.slice(t, t + 16),
      end: s.slice(t + 16, t + 32),
      localStart: s.slice(t + 32, t + 48),
      localEnd: s.slice(t + 48, t + 64),
      utcOffsetMinutes: (s.charCodeAt(t + 64) - 70) * 15,
      flags: bits === 0 ? [] : flagList(bits),
    };
  }
  return {
    occurrences,
    truncated: head[1],
    effectiveEndDate: head[2],
    effectivePreRemindDays: head[3],
    timeZone: head[4] === null ? null : { id: head[4], iana: head[5], label: head[6] },
    summary: head[7],
    issues: head[8],
  };
}

/** The series as an iCalendar file, or the validation report when the request has an
 * error (tell them apart with `typeof result === "string"`). */
export function toIcs(request, options) {
  const length = call(rawToIcs, request, options);
  const s = decoder.decode(u8.subarray(answerAt, answerAt + length));
  return s.charCodeAt(0) === 123 /* { */ ? JSON.parse(s) : s;
}

/** The 77 rows of the Huawei time zone table: `[{ id, iana, label }]`. */
export function timeZones() {
  return JSON.parse(rawTimeZones());
}
