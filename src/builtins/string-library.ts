// SRFI 13's first-order string procedures beyond those in strings.ts: padding, taking and dropping
// from either end, concatenation, case-blind prefixes, and MIT's backward and exhaustive searches.
// Indexes count code points, as everywhere. What takes a character or a predicate is in
// lib-lisp/44-strings.scm.
import type { Value } from '../values/value.js';
import { MString } from '../values/string.js';
import { arrayToList } from '../values/pair.js';
import { foldcaseString } from '../values/case.js';
import { rangeError, typeError } from '../values/error.js';
import { primitive } from './registry.js';
import { checkString, checkChar, checkRange, checkIndex, checkListElements } from './check.js';

/** s[start, end) as code points. */
function codesOf(who: string, s: Value, start?: Value, end?: Value): number[] {
  const str = checkString(who, s);
  const [from, to] = checkRange(who, str.length, start, end);
  return str.codeArray(from, to);
}

function checkLength(who: string, n: Value): number {
  if (typeof n === 'number' && n >= 0) return n;
  throw typeError(who, 'a non-negative exact integer', n);
}

/**
 * (string-pad s n [char start end]): s[start, end) made n long, by adding char (a space) on the left,
 * or by dropping characters from the left; string-pad-right does both on the right.
 */
function pad(who: string, left: boolean) {
  return (s: Value, n: Value, fill?: Value, start?: Value, end?: Value): MString => {
    const codes = codesOf(who, s, start, end);
    const len = checkLength(who, n);
    const c = fill === undefined ? 0x20 : checkChar(who, fill).code;
    if (codes.length >= len) return MString.fromCodes(left ? codes.slice(codes.length - len) : codes.slice(0, len));
    const padding = new Array<number>(len - codes.length).fill(c);
    return MString.fromCodes(left ? padding.concat(codes) : codes.concat(padding));
  };
}
primitive('string-pad', 2, 5, pad('string-pad', true));
primitive('string-pad-right', 2, 5, pad('string-pad-right', false));

/** The first n (from the left) or last n characters of s, or what is left without them. */
function part(who: string, fromLeft: boolean, keep: boolean) {
  return (s: Value, n: Value): MString => {
    const str = checkString(who, s);
    const k = checkIndex(who, n, str.length, true);
    const cut = fromLeft ? k : str.length - k;
    return keep === fromLeft ? str.substring(0, cut) : str.substring(cut, str.length);
  };
}
primitive('string-take', 2, 2, part('string-take', true, true));
primitive('string-drop', 2, 2, part('string-drop', true, false));
primitive('string-take-right', 2, 2, part('string-take-right', false, true));
primitive('string-drop-right', 2, 2, part('string-drop-right', false, false));

primitive('string-concatenate', 1, 1, (list: Value) =>
  new MString(checkListElements('string-concatenate', list).map((s) => checkString('string-concatenate', s).toString()).join('')),
);

primitive('string-prefix-ci?', 2, 2, (prefix: Value, s: Value) =>
  foldcaseString(checkString('string-prefix-ci?', s).toString()).startsWith(foldcaseString(checkString('string-prefix-ci?', prefix).toString())),
);
primitive('string-suffix-ci?', 2, 2, (suffix: Value, s: Value) =>
  foldcaseString(checkString('string-suffix-ci?', s).toString()).endsWith(foldcaseString(checkString('string-suffix-ci?', suffix).toString())),
);

/** Where the code points of pattern occur in text[start, end), every start index, in order. */
function occurrences(pattern: number[], text: number[], start: number, end: number): number[] {
  const found: number[] = [];
  for (let i = start; i + pattern.length <= end; i++) {
    let k = 0;
    while (k < pattern.length && text[i + k] === pattern[k]) k++;
    if (k === pattern.length) found.push(i);
  }
  return found;
}

/** MIT's (string-search-backward pattern string end): the index just after the last match ending by end. */
primitive('string-search-backward', 2, 3, (pattern: Value, s: Value, end?: Value) => {
  const pat = checkString('string-search-backward', pattern).codeArray();
  const text = checkString('string-search-backward', s).codeArray();
  const e = end === undefined ? text.length : checkIndex('string-search-backward', end, text.length, true);
  for (let i = e - pat.length; i >= 0; i--) {
    let k = 0;
    while (k < pat.length && text[i + k] === pat[k]) k++;
    if (k === pat.length) return i + pat.length;
  }
  return false;
});

/** MIT's (string-search-all pattern string [start end]): every index where pattern starts. */
primitive('string-search-all', 2, 4, (pattern: Value, s: Value, start?: Value, end?: Value) => {
  const pat = checkString('string-search-all', pattern).codeArray();
  const str = checkString('string-search-all', s);
  const [from, to] = checkRange('string-search-all', str.length, start, end);
  if (pat.length === 0) throw rangeError('string-search-all', 'expected a non-empty pattern', pattern);
  return arrayToList(occurrences(pat, str.codeArray(), from, to));
});
