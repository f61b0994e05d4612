// Argument checks shared by the built-ins. Each returns the value with its proper type or throws the
// one-line error every built-in uses: "<who>: expected <what>, got <value>".
import type { Value } from '../values/value.js';
import { Pair, listToArray } from '../values/pair.js';
import { MString } from '../values/string.js';
import { Char } from '../values/char.js';
import { Sym } from '../values/symbol.js';
import { Procedure } from '../values/procedure.js';
import { typeError, rangeError } from '../values/error.js';
import { isNumber, isInteger } from '../values/number.js';
import { checkIndex, checkRange } from '../values/bounds.js';

export function checkPair(who: string, x: Value): Pair {
  if (x instanceof Pair) return x;
  throw typeError(who, 'a pair', x);
}

export function checkList(who: string, x: Value): Value {
  // proper-list check without allocating
  let slow = x;
  let fast = x;
  for (;;) {
    if (fast === null) return x;
    if (!(fast instanceof Pair)) break;
    fast = fast.cdr;
    if (fast === null) return x;
    if (!(fast instanceof Pair)) break;
    fast = fast.cdr;
    slow = (slow as Pair).cdr;
    if (fast === slow) break;
  }
  throw typeError(who, 'a proper list', x);
}

/** The elements of a proper list, as an array. */
export function checkListElements(who: string, x: Value): Value[] {
  const items = listToArray(x);
  if (items === null) throw typeError(who, 'a proper list', x);
  return items;
}

export function checkString(who: string, x: Value): MString {
  if (x instanceof MString) return x;
  throw typeError(who, 'a string', x);
}

export function checkChar(who: string, x: Value): Char {
  if (x instanceof Char) return x;
  throw typeError(who, 'a character', x);
}

export function checkSymbol(who: string, x: Value): Sym {
  if (x instanceof Sym) return x;
  throw typeError(who, 'a symbol', x);
}

export function checkVector(who: string, x: Value): Value[] {
  if (Array.isArray(x)) return x;
  throw typeError(who, 'a vector', x);
}

export function checkBytevector(who: string, x: Value): Uint8Array {
  if (x instanceof Uint8Array) return x;
  throw typeError(who, 'a bytevector', x);
}

export function checkProcedure(who: string, x: Value): Procedure {
  if (x instanceof Procedure) return x;
  throw typeError(who, 'a procedure', x);
}

export function checkNumber(who: string, x: Value): Value {
  if (isNumber(x)) return x;
  throw typeError(who, 'a number', x);
}

/** An integer, exact or inexact (quotient, gcd, odd? ... accept 4.0 as well as 4). */
export function checkInteger(who: string, x: Value): Value {
  if (isInteger(x)) return x;
  throw typeError(who, 'an integer', x);
}

/** An exact integer that fits in a JS number (indexes, counts, code points). */
export function checkFixnum(who: string, x: Value): number {
  if (typeof x === 'number') return x;
  throw typeError(who, 'an exact integer', x);
}

// The index checks live with the values, where the open-coded accessors use them too.
export { checkIndex, checkRange };

const MAX_LENGTH = 2 ** 32 - 1;

/**
 * The `at` of (string-copy! to at from start end) and its kin: an index into `to`, whose length is
 * `toLength`, that leaves room for the `count` elements being copied.
 */
export function checkCopyTarget(who: string, at: Value, toLength: number, count: number): number {
  const i = checkIndex(who, at, toLength, true);
  if (toLength - i < count) {
    throw rangeError(who, `index leaves room for ${toLength - i} of the ${count} elements to copy`, at);
  }
  return i;
}

/** A length or count: a non-negative exact integer small enough to allocate (make-vector, iota ...). */
export function checkCount(who: string, x: Value): number {
  if (typeof x === 'number' && x >= 0 && x <= MAX_LENGTH) return x;
  if (typeof x === 'number' || typeof x === 'bigint') throw rangeError(who, `length out of range 0..${MAX_LENGTH}`, x);
  throw typeError(who, 'a non-negative exact integer', x);
}

export function checkBoolean(who: string, x: Value): boolean {
  if (x === true || x === false) return x;
  throw typeError(who, 'a boolean', x);
}

/**
 * (op a b c ...) for a transitive op (char<?, string=?, boolean=? ...): every argument is checked by
 * `convert`, even after the answer is known, and each adjacent pair is compared.
 */
export function chainTest<T>(args: Value[], convert: (x: Value) => T, ok: (a: T, b: T) => boolean): boolean {
  let prev = convert(args[0]);
  let result = true;
  for (let i = 1; i < args.length; i++) {
    const next = convert(args[i]);
    if (result && !ok(prev, next)) result = false;
    prev = next;
  }
  return result;
}

export function checkByte(who: string, x: Value): number {
  if (typeof x === 'number' && x >= 0 && x <= 255) return x;
  throw typeError(who, 'a byte (an exact integer 0..255)', x);
}
