// Strings (R7RS 6.7, 6.9's UTF-8 conversions, (scheme char)'s case procedures) and a few first-order
// string procedures from SRFI 13, Guile and MIT. Strings are MStrings indexed by code point; mutators
// change the MString in place.
import type { Value } from '../values/value.js';
import { MString } from '../values/string.js';
import { Char, charOf } from '../values/char.js';
import { arrayToList } from '../values/pair.js';
import { stringRef, stringSet, stringLength, checkMutableString } from '../values/text.js';
import { foldcaseString } from '../values/case.js';
import { UNSPECIFIED } from '../values/singletons.js';
import { primitive, variadic } from './registry.js';
import {
  checkString, checkChar, checkVector, checkBytevector, checkListElements, checkCount, checkIndex, checkRange,
  checkCopyTarget, chainTest,
} from './check.js';

primitive('string?', 1, 1, (x: Value) => x instanceof MString);
primitive('make-string', 1, 2, (k: Value, fill?: Value) => {
  const n = checkCount('make-string', k);
  const code = fill === undefined ? 0x20 : checkChar('make-string', fill).code;
  return new MString(String.fromCodePoint(code).repeat(n));
});
variadic('string', 0, (chars: Value[]) => MString.fromCodes(chars.map((c) => checkChar('string', c).code)));
primitive('string-length', 1, 1, stringLength);
primitive('string-ref', 2, 2, stringRef);
primitive('string-set!', 3, 3, stringSet);

/** The [start, end) part of s as a new string: substring, string-copy. */
function copyPart(who: string, s: Value, start: Value, end: Value): MString {
  const str = checkString(who, s);
  const [from, to] = checkRange(who, str.length, start, end);
  return str.substring(from, to);
}
primitive('substring', 2, 3, (s: Value, start: Value, end?: Value) => copyPart('substring', s, start, end));
primitive('string-copy', 1, 3, (s: Value, start?: Value, end?: Value) => copyPart('string-copy', s, start, end));
variadic('string-append', 0, (strings: Value[]) =>
  new MString(strings.map((s) => checkString('string-append', s).toString()).join('')),
);

primitive('string-copy!', 3, 5, (to: Value, at: Value, from: Value, start?: Value, end?: Value) => {
  const dst = checkMutableString('string-copy!', to);
  const src = checkString('string-copy!', from);
  const [s, e] = checkRange('string-copy!', src.length, start, end);
  dst.copyFrom(checkCopyTarget('string-copy!', at, dst.length, e - s), src, s, e);
  return UNSPECIFIED;
});
primitive('string-fill!', 2, 4, (str: Value, fill: Value, start?: Value, end?: Value) => {
  const s = checkMutableString('string-fill!', str);
  const code = checkChar('string-fill!', fill).code;
  const [from, to] = checkRange('string-fill!', s.length, start, end);
  s.fill(code, from, to);
  return UNSPECIFIED;
});

// ---- conversions
/** The characters of s in [start, end). */
function charsOf(who: string, s: Value, start: Value, end: Value): Char[] {
  const str = checkString(who, s);
  const [from, to] = checkRange(who, str.length, start, end);
  return str.codeArray(from, to).map(charOf);
}
/** A string of the characters in `items`, all of which must be characters. */
function stringOfChars(who: string, items: Value[]): MString {
  return MString.fromCodes(items.map((c) => checkChar(who, c).code));
}
primitive('string->list', 1, 3, (s: Value, start?: Value, end?: Value) => arrayToList(charsOf('string->list', s, start, end)));
primitive('list->string', 1, 1, (list: Value) => stringOfChars('list->string', checkListElements('list->string', list)));
primitive('string->vector', 1, 3, (s: Value, start?: Value, end?: Value) => charsOf('string->vector', s, start, end));
primitive('vector->string', 1, 3, (v: Value, start?: Value, end?: Value) => {
  const vec = checkVector('vector->string', v);
  const [from, to] = checkRange('vector->string', vec.length, start, end);
  return stringOfChars('vector->string', vec.slice(from, to));
});

const utf8Encoder = new TextEncoder();
// Invalid sequences decode to U+FFFD rather than failing; a leading byte-order mark is kept as U+FEFF.
const utf8Decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
primitive('string->utf8', 1, 3, (s: Value, start?: Value, end?: Value) =>
  utf8Encoder.encode(copyPart('string->utf8', s, start, end).toString()),
);
primitive('utf8->string', 1, 3, (bv: Value, start?: Value, end?: Value) => {
  const bytes = checkBytevector('utf8->string', bv);
  const [from, to] = checkRange('utf8->string', bytes.length, start, end);
  return new MString(utf8Decoder.decode(bytes.subarray(from, to)));
});

// ---- comparison, by code point
/**
 * Compares two JS strings by code point. Comparing UTF-16 units directly would put U+10000 and above
 * before U+E000..U+FFFF, so the first difference is looked at as whole code points.
 */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length - b.length;
  return (a.codePointAt(i) as number) - (b.codePointAt(i) as number);
}

type Order = (d: number) => boolean;
const ORDERS: [string, Order][] = [
  ['=?', (d) => d === 0],
  ['<?', (d) => d < 0],
  ['>?', (d) => d > 0],
  ['<=?', (d) => d <= 0],
  ['>=?', (d) => d >= 0],
];
for (const [suffix, ok] of ORDERS) {
  const name = `string${suffix}`;
  primitive(name, 1, Infinity, (...ss: Value[]) =>
    chainTest(ss, (s) => checkString(name, s).toString(), (a, b) => ok(compareText(a, b))),
  );
  const ci = `string-ci${suffix}`;
  primitive(ci, 1, Infinity, (...ss: Value[]) =>
    chainTest(ss, (s) => foldcaseString(checkString(ci, s).toString()), (a, b) => ok(compareText(a, b))),
  );
}

// ---- case: the full mappings, so a result may be longer than its argument ("ß" -> "SS")
primitive('string-upcase', 1, 1, (s: Value) => new MString(checkString('string-upcase', s).toString().toUpperCase()));
primitive('string-downcase', 1, 1, (s: Value) => new MString(checkString('string-downcase', s).toString().toLowerCase()));
primitive('string-foldcase', 1, 1, (s: Value) => new MString(foldcaseString(checkString('string-foldcase', s).toString())));

// ---- SRFI 13, Guile and MIT extras
primitive('string-null?', 1, 1, (s: Value) => checkString('string-null?', s).length === 0);
primitive('string-reverse', 1, 1, (s: Value) => MString.fromCodes(checkString('string-reverse', s).codeArray().reverse()));
primitive('string-prefix?', 2, 2, (prefix: Value, s: Value) =>
  checkString('string-prefix?', s).toString().startsWith(checkString('string-prefix?', prefix).toString()),
);
primitive('string-suffix?', 2, 2, (suffix: Value, s: Value) =>
  checkString('string-suffix?', s).toString().endsWith(checkString('string-suffix?', suffix).toString()),
);

primitive('string-join', 1, 2, (list: Value, delimiter?: Value) => {
  const sep = delimiter === undefined ? ' ' : checkString('string-join', delimiter).toString();
  const parts = checkListElements('string-join', list).map((s) => checkString('string-join', s).toString());
  return new MString(parts.join(sep));
});
/** Guile's (string-split "a,b,,c" #\,) => ("a" "b" "" "c"). */
primitive('string-split', 2, 2, (s: Value, c: Value) => {
  const text = checkString('string-split', s).toString();
  const sep = String.fromCodePoint(checkChar('string-split', c).code);
  return arrayToList(text.split(sep).map((part) => new MString(part)));
});

/** The code point index of the first occurrence of `pattern` in `s` at or after `start`, or #f. */
function search(who: string, pattern: Value, s: Value, start: Value): number | false {
  const pat = checkString(who, pattern).toString();
  const str = checkString(who, s);
  const from = start === undefined ? 0 : checkIndex(who, start, str.length, true);
  const text = str.toString();
  if (text.length === str.length) {
    const i = text.indexOf(pat, from);
    return i < 0 ? false : i;
  }
  const i = text.indexOf(pat, unitOffset(text, from));
  return i < 0 ? false : codePointCount(text, i);
}
/** The UTF-16 offset of code point index `index` in text. */
function unitOffset(text: string, index: number): number {
  let u = 0;
  for (let k = 0; k < index; k++) u += (text.codePointAt(u) as number) > 0xffff ? 2 : 1;
  return u;
}
/** How many code points the first `units` UTF-16 units of text hold. */
function codePointCount(text: string, units: number): number {
  let n = 0;
  for (let u = 0; u < units; n++) u += (text.codePointAt(u) as number) > 0xffff ? 2 : 1;
  return n;
}
primitive('string-search-forward', 2, 3, (pattern: Value, s: Value, start?: Value) =>
  search('string-search-forward', pattern, s, start),
);
/** SRFI 13's (string-contains s1 s2): where s2 occurs in s1. */
primitive('string-contains', 2, 2, (s1: Value, s2: Value) => search('string-contains', s2, s1, undefined));
