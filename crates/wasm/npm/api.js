// The public functions of `cycleconf`, over the raw wasm exports of crates/wasm
// (src/lib.rs explains the split; src/tape.rs reads what `encodeRequest` writes).
//
// Crossing into WebAssembly is what costs, so the request object is walked here once,
// as JSON.stringify would see it, into
//   - a tape of numbers: 0 null · 1 false · 2 true · 3 x (a number) · 4 n (a string of
//     n UTF-16 units) · 5 n … (an array of n values) · 6 n (k, v)… (an object of n
//     entries: key length k, or −i for the i-th known key, then the value), and
//   - one string holding every key and string value back to back,
// which reach wasm memory as two copies (the tape, and the string as UTF-8).
import { rawExpand, rawKnownKeys, rawTimeZones, rawToIcs, rawValidate, version } from "./cycleconf.js";

export { version };

/** Nesting limit, the same as serde_json's for JSON text (and src/tape.rs's). */
const MAX_DEPTH = 128;

const TAPE = 0;
const JSON_TEXT = 1;
const UNREADABLE = 2;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** ASCII bytes as a string: in Node a Buffer view's `toString("latin1")` (several times
 * faster than a TextDecoder there); elsewhere (browsers, bundlers) the TextDecoder. */
const NodeBuffer = typeof globalThis.Buffer === "function" ? globalThis.Buffer : null;
const asciiSlice = NodeBuffer
  ? (bytes, start, end) => NodeBuffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString("latin1")
  : (bytes, start, end) => decoder.decode(bytes.subarray(start, end));
const NO_TAPE = new Float64Array(0);

/** One reused buffer for the UTF-8 text (the wasm side copies it at once): no new
 * ArrayBuffer per call. A UTF-16 unit takes at most 3 bytes. */
let utf8 = new Uint8Array(4096);

/** `text` as UTF-8, in the shared buffer (valid until the next call). */
function toUtf8(text) {
  if (text.length * 3 > utf8.length) utf8 = new Uint8Array(text.length * 3);
  const { written } = encoder.encodeInto(text, utf8);
  return utf8.subarray(0, written);
}

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
   * would, with the cell index in a local (about 10 % faster than the calls). The key
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
      const x = v[k];
      const t = typeof x;
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
        this.text += k;
      }
      if (t === "string") {
        tape[n++] = 4;
        tape[n++] = x.length;
        this.text += x;
      } else if (t === "number" && x - x === 0) {
        tape[n++] = 3;
        tape[n++] = x;
      } else {
        this.n = n;
        this.value(x, k, depth + 1);
        n = this.n;
      }
    }
    this.tape[at] = 6;
    this.tape[at + 1] = count;
    this.n = n;
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
      const x = v[k];
      if (this.key(k, x)) {
        count++;
        this.value(x, k, depth + 1);
      }
    }
    this.tape[at + 1] = count;
  }
}

const shared = new TapeWriter();

/** The request as the raw exports take it: [kind, tape, UTF-8 text]. */
function encodeRequest(request) {
  if (typeof request === "string") return [JSON_TEXT, NO_TAPE, toUtf8(request)];
  if (KEY_CODES === null) KEY_CODES = keyCodes();
  const w = shared.busy ? new TapeWriter() : shared;
  w.busy = true;
  w.n = 0;
  w.text = "";
  w.forIn = plainForIn();
  try {
    w.value(request, "", 0);
    return [TAPE, w.tape.subarray(0, w.n), toUtf8(w.text)];
  } catch (error) {
    return [UNREADABLE, NO_TAPE, toUtf8(errorMessage(error))];
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

/** `options.now` and `options.lang` (the wasm side checks them). */
function readOptions(options) {
  if (options === undefined || options === null) return [undefined, undefined];
  if (typeof options !== "object") throw new TypeError("cycleconf: options must be an object");
  return [options.now, options.lang];
}

function call(raw, request, options) {
  const [now, lang] = readOptions(options);
  const [kind, tape, text] = encodeRequest(request);
  return raw(kind, tape, text, now, lang);
}

const FLAG_NAMES = ["shifted", "ambiguous", "offsetChanged"];

function flagList(bits) {
  const flags = [];
  for (let i = 0; i < FLAG_NAMES.length; i++) if (bits & (1 << i)) flags.push(FLAG_NAMES[i]);
  return flags;
}

/** Validates a request body: `{ valid, issues }` (the `cycleconf check --json` object). */
export function validate(request, options) {
  return JSON.parse(call(rawValidate, request, options));
}

/** The meetings the server will create, the zone, a summary and every issue (the
 * `cycleconf expand --json` object). */
export function expand(request, options) {
  const bytes = call(rawExpand, request, options);
  const cut = bytes.indexOf(10 /* \n */);
  if (cut < 0) return JSON.parse(decoder.decode(bytes));
  const out = JSON.parse(decoder.decode(bytes.subarray(0, cut)));
  const s = asciiSlice(bytes, cut + 1, bytes.length);
  // 66 chars a meeting: start, end, localStart, localEnd (16 each), then the offset as
  // one char (70 + minutes / 15) and the flags as one char ('0' + bits).
  const count = out.occurrences;
  const occurrences = new Array(count);
  for (let i = 0, t = 0; i < count; i++, t += 66) {
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
  out.occurrences = occurrences;
  return out;
}

/** The series as an iCalendar file, or the validation report when the request has an
 * error (tell them apart with `typeof result === "string"`). */
export function toIcs(request, options) {
  const s = call(rawToIcs, request, options);
  return s.charCodeAt(0) === 123 /* { */ ? JSON.parse(s) : s;
}

/** The 77 rows of the Huawei time zone table: `[{ id, iana, label }]`. */
export function timeZones() {
  return JSON.parse(rawTimeZones());
}
