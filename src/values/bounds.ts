// Index and range checks shared by every indexed sequence (vectors, strings, bytevectors, lists), so
// that open-coded accessors and the built-ins report a bad index with the same words:
// "vector-ref: index out of range 0..2, got 5".
import type { Value } from './value.js';
import { typeError, rangeError, type SchemeError } from './error.js';

/** A non-negative exact integer below `limit`; `inclusive` lets it equal the limit (end indexes). */
export function checkIndex(who: string, x: Value, limit: number, inclusive = false): number {
  if (typeof x === 'number' && x >= 0 && (x < limit || (inclusive && x === limit))) return x;
  throw indexError(who, x, limit, inclusive);
}

/** The error for an index x that is not below `limit` (or at most `limit`, when inclusive). */
export function indexError(who: string, x: Value, limit: number, inclusive = false): SchemeError {
  if (typeof x !== 'number' && typeof x !== 'bigint') return typeError(who, 'an exact integer index', x);
  const top = inclusive ? limit : limit - 1;
  return rangeError(who, top < 0 ? 'index out of range (no valid index)' : `index out of range 0..${top}`, x);
}

/** Optional [start, end) arguments of the sequence procedures (string-copy, vector-fill! ...). */
export function checkRange(who: string, length: number, start: Value, end: Value): [number, number] {
  const s = start === undefined ? 0 : checkIndex(who, start, length, true);
  const e = end === undefined ? length : checkIndex(who, end, length, true);
  if (s > e) throw rangeError(who, `end must not be before start ${s}`, e);
  return [s, e];
}
