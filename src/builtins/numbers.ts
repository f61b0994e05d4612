// The R7RS numeric procedures (6.2.6, 6.2.7): predicates, comparison, arithmetic, rounding,
// rationalize, exactness and conversion to and from strings. Integer division lives in
// number-division.ts and the transcendental functions, roots and powers in number-transcendental.ts;
// importing this module registers all three.
//
// All numbers are real (complex numbers are not supported), so number?, complex? and real? agree.
import type { Value } from '../values/value.js';
import {
  Flonum, Ratnum, isNumber, isExact, isExactInteger, isInteger, isRational, add, sub, mul, div, negate,
  compare, numEq, numLt, numGt, numLe, numGe, exact, inexact, floatToExact, normBig, sign, isZero, abs,
} from '../values/number.js';
import { parseNumber, formatNumber } from '../values/number-syntax.js';
import { MString } from '../values/string.js';
import { typeError, rangeError } from '../values/error.js';
import { primitive, variadic, alias } from './registry.js';
import { checkNumber, checkInteger, checkString } from './check.js';
import './number-division.js';
import './number-transcendental.js';

// ---- type predicates

primitive('number?', 1, 1, (x: Value) => isNumber(x));
primitive('complex?', 1, 1, (x: Value) => isNumber(x));
primitive('real?', 1, 1, (x: Value) => isNumber(x));
primitive('rational?', 1, 1, (x: Value) => isRational(x));
primitive('integer?', 1, 1, (x: Value) => isInteger(x));
primitive('exact-integer?', 1, 1, (x: Value) => isExactInteger(x));
primitive('exact?', 1, 1, (x: Value) => isExact(checkNumber('exact?', x)));
primitive('inexact?', 1, 1, (x: Value) => checkNumber('inexact?', x) instanceof Flonum);
primitive('nan?', 1, 1, (x: Value) => checkNumber('nan?', x) instanceof Flonum && Number.isNaN((x as Flonum).value));
primitive('infinite?', 1, 1, (x: Value) => {
  checkNumber('infinite?', x);
  return x instanceof Flonum && (x.value === Infinity || x.value === -Infinity);
});
primitive('finite?', 1, 1, (x: Value) => !(checkNumber('finite?', x) instanceof Flonum) || Number.isFinite((x as Flonum).value));

// ---- comparison

/** A variadic comparison: true when `holds` is true of each adjacent pair; every argument must be a number. */
function comparison(name: string, holds: (a: Value, b: Value) => boolean): void {
  variadic(name, 1, (args: Value[]) => {
    if (args.length === 2) return holds(args[0], args[1]); // checks its arguments itself
    for (const x of args) checkNumber(name, x);
    for (let i = 0; i + 1 < args.length; i++) if (!holds(args[i], args[i + 1])) return false;
    return true;
  });
}

comparison('=', numEq);
comparison('<', numLt);
comparison('>', numGt);
comparison('<=', numLe);
comparison('>=', numGe);

primitive('zero?', 1, 1, (x: Value) => isZero(x));
primitive('positive?', 1, 1, (x: Value) => sign(x, 'positive?') > 0);
primitive('negative?', 1, 1, (x: Value) => sign(x, 'negative?') < 0);
primitive('odd?', 1, 1, (x: Value) => !isEven(checkInteger('odd?', x)));
primitive('even?', 1, 1, (x: Value) => isEven(checkInteger('even?', x)));

function isEven(n: Value): boolean {
  if (typeof n === 'number') return n % 2 === 0;
  if (typeof n === 'bigint') return n % 2n === 0n;
  return (n as Flonum).value % 2 === 0;
}

/** max and min: inexact if any argument is, NaN if any argument is. */
function extremum(name: string, wanted: number): void {
  variadic(name, 1, (args: Value[]) => {
    let best = checkNumber(name, args[0]);
    let inexactSeen = best instanceof Flonum;
    let nanSeen = inexactSeen && Number.isNaN((best as Flonum).value);
    for (let i = 1; i < args.length; i++) {
      const x = checkNumber(name, args[i]);
      if (x instanceof Flonum) {
        inexactSeen = true;
        if (Number.isNaN(x.value)) nanSeen = true;
      }
      if (!nanSeen && compare(x, best, name) === wanted) best = x;
    }
    if (nanSeen) return new Flonum(NaN);
    return inexactSeen ? inexact(best) : best;
  });
}

extremum('max', 1);
extremum('min', -1);

// ---- arithmetic

/** + and *: the identity with no arguments, the argument itself with one, a left fold otherwise. */
function accumulation(name: string, identity: number, op: (a: Value, b: Value) => Value): void {
  variadic(name, 0, (args: Value[]) => {
    if (args.length === 2) return op(args[0], args[1]);
    if (args.length === 1) return checkNumber(name, args[0]);
    let acc: Value = identity;
    for (const x of args) acc = op(acc, x);
    return acc;
  });
}

/** - and /: the inverse of a single argument, a left fold otherwise. */
function inversion(name: string, inverse: (x: Value) => Value, op: (a: Value, b: Value) => Value): void {
  variadic(name, 1, (args: Value[]) => {
    if (args.length === 2) return op(args[0], args[1]);
    if (args.length === 1) return inverse(args[0]);
    let acc = args[0];
    for (let i = 1; i < args.length; i++) acc = op(acc, args[i]);
    return acc;
  });
}

accumulation('+', 0, add);
accumulation('*', 1, mul);
inversion('-', (x) => negate(checkNumber('-', x)), sub);
inversion('/', (x) => div(1, x), div);

primitive('abs', 1, 1, (x: Value) => abs(x));

primitive('square', 1, 1, (x: Value) => mul(checkNumber('square', x), x));

// ---- numerator, denominator, rounding

/** The exact rational a rational argument stands for; flonums must be finite. */
function exactRational(who: string, x: Value): Value {
  if (x instanceof Flonum) {
    if (!Number.isFinite(x.value)) throw typeError(who, 'a rational number', x);
    return floatToExact(x.value);
  }
  return checkNumber(who, x);
}

function fraction(who: string, part: (q: Value) => Value): (x: Value) => Value {
  return (x) => {
    const r = part(exactRational(who, x));
    return x instanceof Flonum ? inexact(r) : r;
  };
}

primitive('numerator', 1, 1, fraction('numerator', (q) => (q instanceof Ratnum ? normBig(q.num) : q)));
primitive('denominator', 1, 1, fraction('denominator', (q) => (q instanceof Ratnum ? normBig(q.den) : 1)));

/** floor of num/den for den > 0 (bigint division truncates). */
function floorDiv(num: bigint, den: bigint): bigint {
  const q = num / den;
  return q * den !== num && num < 0n ? q - 1n : q;
}

function floorNumber(x: Value): Value {
  if (x instanceof Ratnum) return normBig(floorDiv(x.num, x.den));
  if (x instanceof Flonum) return new Flonum(Math.floor(x.value));
  return checkNumber('floor', x);
}

function ceilingNumber(x: Value): Value {
  if (x instanceof Ratnum) return normBig(floorDiv(x.num, x.den) + 1n); // a Ratnum is never an integer
  if (x instanceof Flonum) return new Flonum(Math.ceil(x.value));
  return checkNumber('ceiling', x);
}

function truncateNumber(x: Value): Value {
  if (x instanceof Ratnum) return normBig(x.num / x.den);
  if (x instanceof Flonum) return new Flonum(Math.trunc(x.value));
  return checkNumber('truncate', x);
}

/** Rounds to the nearest integer, to even on a tie. */
function roundNumber(x: Value): Value {
  if (x instanceof Ratnum) {
    if (x.den === 2n) {
      // exactly halfway: the even one of floor and floor + 1
      const f = floorDiv(x.num, 2n);
      return normBig(f % 2n === 0n ? f : f + 1n);
    }
    return normBig(floorDiv(2n * x.num + x.den, 2n * x.den));
  }
  if (x instanceof Flonum) return new Flonum(roundHalfEven(x.value));
  return checkNumber('round', x);
}

function roundHalfEven(x: number): number {
  const r = Math.round(x); // ties go up
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

primitive('floor', 1, 1, floorNumber);
primitive('ceiling', 1, 1, ceilingNumber);
primitive('truncate', 1, 1, truncateNumber);
primitive('round', 1, 1, roundNumber);

// ---- rationalize

primitive('rationalize', 2, 2, (x: Value, y: Value) => {
  checkNumber('rationalize', x);
  checkNumber('rationalize', y);
  const inexactResult = x instanceof Flonum || y instanceof Flonum;
  if (inexactResult) {
    const fx = x instanceof Flonum ? x.value : 0;
    const fy = y instanceof Flonum ? Math.abs(y.value) : 0;
    if (Number.isNaN(fx) || Number.isNaN(fy)) return new Flonum(NaN);
    if (fy === Infinity) return new Flonum(Math.abs(fx) === Infinity ? NaN : 0);
    if (Math.abs(fx) === Infinity) return x;
  }
  const ex = exact(x, 'rationalize');
  const ey = exact(y, 'rationalize');
  const tolerance = sign(ey, 'rationalize') < 0 ? negate(ey) : ey;
  const r = simplestBetween(sub(ex, tolerance), add(ex, tolerance));
  return inexactResult ? inexact(r) : r;
});

/** The simplest rational in [lo, hi] (smallest numerator and denominator), by continued fractions. */
function simplestBetween(lo: Value, hi: Value): Value {
  if (sign(lo, 'rationalize') > 0) return simplestPositive(lo, hi);
  if (sign(hi, 'rationalize') < 0) return negate(simplestPositive(negate(hi), negate(lo)));
  return 0;
}

function simplestPositive(lo: Value, hi: Value): Value {
  const whole = floorNumber(lo);
  if (numEq(whole, lo)) return whole;
  if (numLt(whole, floorNumber(hi))) return add(whole, 1);
  // lo and hi share their integer part: it plus 1 / (the simplest between the reciprocals of the rests)
  return add(whole, div(1, simplestPositive(div(1, sub(hi, whole)), div(1, sub(lo, whole)))));
}

// ---- exactness

primitive('exact', 1, 1, (x: Value) => exact(x));
primitive('inexact', 1, 1, (x: Value) => inexact(checkNumber('inexact', x)));
alias('inexact->exact', 'exact');
alias('exact->inexact', 'inexact');

// ---- numbers and strings

function checkRadix(who: string, radix: Value): number {
  if (radix === undefined) return 10;
  if (radix === 2 || radix === 8 || radix === 10 || radix === 16) return radix;
  throw rangeError(who, 'expected a radix of 2, 8, 10 or 16', radix);
}

primitive('number->string', 1, 2, (z: Value, radix?: Value) => {
  return new MString(formatNumber(checkNumber('number->string', z), checkRadix('number->string', radix)));
});

primitive('string->number', 1, 2, (s: Value, radix?: Value) => {
  const text = checkString('string->number', s).toString();
  return parseNumber(text, checkRadix('string->number', radix)) ?? false;
});
