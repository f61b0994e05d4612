// Characters (R7RS 6.6, (scheme char)): Unicode code points, classified by the Unicode properties
// R7RS names, through the JS regexp property escapes.
import type { Value } from '../values/value.js';
import { Char, charOf } from '../values/char.js';
import { charToInteger } from '../values/text.js';
import { upcaseCode, downcaseCode, foldcaseCode } from '../values/case.js';
import { rangeError } from '../values/error.js';
import { primitive } from './registry.js';
import { checkChar, checkFixnum, chainTest } from './check.js';

primitive('char?', 1, 1, (x: Value) => x instanceof Char);
primitive('char->integer', 1, 1, charToInteger);
primitive('integer->char', 1, 1, (n: Value) => {
  const code = checkFixnum('integer->char', n);
  if (code < 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
    throw rangeError('integer->char', 'expected a Unicode scalar value (0..#x10FFFF, not #xD800..#xDFFF)', n);
  }
  return charOf(code);
});

// ---- comparisons
type Order = (a: number, b: number) => boolean;
const ORDERS: [string, Order][] = [
  ['=?', (a, b) => a === b],
  ['<?', (a, b) => a < b],
  ['>?', (a, b) => a > b],
  ['<=?', (a, b) => a <= b],
  ['>=?', (a, b) => a >= b],
];
for (const [suffix, ok] of ORDERS) {
  const name = `char${suffix}`;
  primitive(name, 1, Infinity, (...cs: Value[]) => chainTest(cs, (c) => checkChar(name, c).code, ok));
  const ci = `char-ci${suffix}`;
  primitive(ci, 1, Infinity, (...cs: Value[]) => chainTest(cs, (c) => foldcaseCode(checkChar(ci, c).code), ok));
}

// ---- classification
function property(name: string, re: RegExp): void {
  primitive(name, 1, 1, (c: Value) => re.test(String.fromCodePoint(checkChar(name, c).code)));
}
property('char-alphabetic?', /^\p{Alphabetic}$/u);
property('char-numeric?', /^\p{Nd}$/u);
property('char-whitespace?', /^\p{White_Space}$/u);
property('char-upper-case?', /^\p{Uppercase}$/u);
property('char-lower-case?', /^\p{Lowercase}$/u);

const DECIMAL_DIGIT = /^\p{Nd}$/u;
const isDigit = (code: number): boolean => DECIMAL_DIGIT.test(String.fromCodePoint(code));

/**
 * Unicode encodes every script's decimal digits as runs of ten in order, 0 to 9, and a run of digits
 * is made only of such complete sets; so the value is the distance from the start of the run, mod 10.
 */
export function digitValue(code: number): number | false {
  if (code < 0x80) return code >= 0x30 && code <= 0x39 ? code - 0x30 : false;
  if (!isDigit(code)) return false;
  let start = code;
  while (isDigit(start - 1)) start--;
  return (code - start) % 10;
}
primitive('digit-value', 1, 1, (c: Value) => digitValue(checkChar('digit-value', c).code));

// ---- case
primitive('char-upcase', 1, 1, (c: Value) => charOf(upcaseCode(checkChar('char-upcase', c).code)));
primitive('char-downcase', 1, 1, (c: Value) => charOf(downcaseCode(checkChar('char-downcase', c).code)));
primitive('char-foldcase', 1, 1, (c: Value) => charOf(foldcaseCode(checkChar('char-foldcase', c).code)));
