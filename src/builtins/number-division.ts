// Integer division (R7RS 6.2.6): the floor and truncate families, the older quotient, remainder and
// modulo, and gcd and lcm. They take integers of either exactness: (quotient 7.0 2) is 3.0. Inexact
// arguments are divided exactly and the results made inexact, so large flonums divide correctly.
import type { Value } from '../values/value.js';
import { Flonum, floatToExact, inexact, normBig, toBig, bigGcd, isZero } from '../values/number.js';
import { MultipleValues } from '../values/singletons.js';
import { makeError } from '../values/error.js';
import { primitive } from './registry.js';
import { checkInteger } from './check.js';

type Rounding = 'floor' | 'truncate';

/** Quotient and remainder of integers a and b under the rounding of the quotient. */
function divide(who: string, rounding: Rounding, a: Value, b: Value): [Value, Value] {
  checkInteger(who, a);
  checkInteger(who, b);
  if (isZero(b)) throw makeError('range', `${who}: division by zero`, [a, b]);
  if (a instanceof Flonum || b instanceof Flonum) {
    const [q, r] = divide(who, rounding, exactInteger(a), exactInteger(b));
    return [inexact(q), inexact(r)];
  }
  if (typeof a === 'number' && typeof b === 'number') {
    let r = a % b; // truncating: takes the sign of a
    let q = (a - r) / b; // exact: a - r is a multiple of b
    if (rounding === 'floor' && r !== 0 && (r < 0) !== (b < 0)) {
      q -= 1;
      r += b;
    }
    return [q + 0, r + 0]; // + 0: an exact zero is never -0
  }
  const x = toBig(a as number | bigint);
  const y = toBig(b as number | bigint);
  let q = x / y;
  let r = x % y;
  if (rounding === 'floor' && r !== 0n && (r < 0n) !== (y < 0n)) {
    q -= 1n;
    r += y;
  }
  return [normBig(q), normBig(r)];
}

function exactInteger(x: Value): Value {
  return x instanceof Flonum ? floatToExact(x.value) : x;
}

function fixnumRemainder(a: number, b: number): number {
  return (a % b) + 0;
}

function fixnumModulo(a: number, b: number): number {
  const r = a % b;
  return r !== 0 && (r < 0) !== (b < 0) ? r + b : r + 0;
}

function fixnumQuotient(a: number, b: number): number {
  return (a - (a % b)) / b + 0;
}

function fixnumFloorQuotient(a: number, b: number): number {
  const r = a % b;
  const q = (a - r) / b;
  return (r !== 0 && (r < 0) !== (b < 0) ? q - 1 : q) + 0;
}

// The two-fixnum cases are the common ones and skip the general path.
function registerDivision(name: string, rounding: Rounding, fast: (a: number, b: number) => number, pick: 0 | 1): void {
  primitive(name, 2, 2, (a: Value, b: Value) => {
    if (typeof a === 'number' && typeof b === 'number' && b !== 0) return fast(a, b);
    return divide(name, rounding, a, b)[pick];
  });
}

registerDivision('truncate-quotient', 'truncate', fixnumQuotient, 0);
registerDivision('truncate-remainder', 'truncate', fixnumRemainder, 1);
registerDivision('quotient', 'truncate', fixnumQuotient, 0);
registerDivision('remainder', 'truncate', fixnumRemainder, 1);
registerDivision('floor-quotient', 'floor', fixnumFloorQuotient, 0);
registerDivision('floor-remainder', 'floor', fixnumModulo, 1);
registerDivision('modulo', 'floor', fixnumModulo, 1);

primitive('floor/', 2, 2, (a: Value, b: Value) => new MultipleValues(divide('floor/', 'floor', a, b)));
primitive('truncate/', 2, 2, (a: Value, b: Value) => new MultipleValues(divide('truncate/', 'truncate', a, b)));

// ---- gcd and lcm

function gcdPair(a: Value, b: Value): Value {
  if (typeof a === 'number' && typeof b === 'number') {
    a = Math.abs(a);
    b = Math.abs(b);
    while (b !== 0) [a, b] = [b, a % b];
    return a;
  }
  return normBig(bigGcd(toBig(a as number | bigint), toBig(b as number | bigint)));
}

/** Folds the exact values of integer arguments with `step`; inexact if any argument is. */
function integerFold(who: string, start: Value, step: (acc: Value, x: Value) => Value): (...args: Value[]) => Value {
  return (...args) => {
    let acc = start;
    let inexactSeen = false;
    for (const x of args) {
      checkInteger(who, x);
      if (x instanceof Flonum) inexactSeen = true;
      acc = step(acc, exactInteger(x));
    }
    return inexactSeen ? inexact(acc) : acc;
  };
}

primitive('gcd', 0, Infinity, integerFold('gcd', 0, gcdPair));

primitive('lcm', 0, Infinity, integerFold('lcm', 1, (acc, x) => {
  if (acc === 0 || x === 0) return 0;
  const a = toBig(acc as number | bigint);
  const b = toBig(x as number | bigint);
  const l = (a / bigGcd(a, b)) * b;
  return normBig(l < 0n ? -l : l);
}));
