// The numeric tower: exact integers (JS numbers while they fit in 53 bits, bigint beyond), exact
// rationals (Ratnum, always in lowest terms with a denominator > 1) and flonums (Flonum, boxed so that
// (exact? 1.0) is #f). Every operation returns the canonical form: a bigint that fits in 53 bits is
// turned back into a number, a ratio with denominator 1 into an integer. Exact zero is never -0.
import type { Value } from './value.js';
import { typeError, rangeError, makeError } from './error.js';

export class Flonum {
  constructor(readonly value: number) {}
}

export class Ratnum {
  constructor(readonly num: bigint, readonly den: bigint) {}
}

export const MAX_FIX = Number.MAX_SAFE_INTEGER;
export const MIN_FIX = -Number.MAX_SAFE_INTEGER;

export function flo(x: number): Flonum {
  return new Flonum(x);
}

export function isNumber(x: Value): boolean {
  return typeof x === 'number' || x instanceof Flonum || typeof x === 'bigint' || x instanceof Ratnum;
}

export function isExact(x: Value): boolean {
  return typeof x === 'number' || typeof x === 'bigint' || x instanceof Ratnum;
}

export function isExactInteger(x: Value): boolean {
  return typeof x === 'number' || typeof x === 'bigint';
}

export function isInteger(x: Value): boolean {
  return typeof x === 'number' || typeof x === 'bigint' || (x instanceof Flonum && Number.isInteger(x.value));
}

export function isRational(x: Value): boolean {
  return typeof x === 'number' || typeof x === 'bigint' || x instanceof Ratnum || (x instanceof Flonum && Number.isFinite(x.value));
}

/** Canonical exact integer from a bigint. */
export function normBig(b: bigint): number | bigint {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

export function toBig(x: number | bigint): bigint {
  return typeof x === 'bigint' ? x : BigInt(x);
}

function bigAbs(b: bigint): bigint {
  return b < 0n ? -b : b;
}

export function bigGcd(a: bigint, b: bigint): bigint {
  a = bigAbs(a);
  b = bigAbs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** Canonical exact rational num/den (den != 0). */
export function makeRational(num: bigint, den: bigint): Value {
  if (den === 0n) throw makeError('range', '/: division by zero', []);
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const g = bigGcd(num, den);
  if (g !== 1n) {
    num /= g;
    den /= g;
  }
  return den === 1n ? normBig(num) : new Ratnum(num, den);
}

/** The value of a real number as a JS double (exact values rounded to nearest). */
export function toFloat(x: Value): number {
  if (typeof x === 'number') return x;
  if (x instanceof Flonum) return x.value;
  if (typeof x === 'bigint') return Number(x);
  if (x instanceof Ratnum) return ratToFloat(x.num, x.den);
  throw typeError('inexact', 'a number', x);
}

function ratToFloat(num: bigint, den: bigint): number {
  const n = Number(num);
  const d = Number(den);
  // Both exact as doubles: one IEEE division rounds correctly.
  if (Number.isFinite(n) && Number.isFinite(d) && Math.abs(n) < 2 ** 53 && d < 2 ** 53) return n / d;
  const neg = num < 0n;
  const r = positiveRatToFloat(neg ? -num : num, den);
  return neg ? -r : r;
}

/**
 * a/den rounded to the nearest double (ties to even), by rounding once: take a quotient of 66 or 67
 * bits plus a sticky bit for the remainder, then round it to the precision the result has (53 bits,
 * fewer for a subnormal). Rounding twice (to 64 bits, then to a double) would go wrong at near-ties.
 */
function positiveRatToFloat(a: bigint, den: bigint): number {
  const shift = bitLength(den) - bitLength(a) + 66;
  let q: bigint;
  let inexact: boolean;
  if (shift >= 0) {
    const t = a << BigInt(shift);
    q = t / den;
    inexact = q * den !== t;
  } else {
    const d = den << BigInt(-shift);
    q = a / d;
    inexact = q * d !== a;
  }
  const qbits = bitLength(q);
  const e = qbits - 1 - shift; // a/den lies in [2^e, 2^(e+1))
  const keep = e >= -1022 ? 53 : 1075 + e; // a subnormal has its last bit at 2^-1074
  if (keep < 0) return 0;
  const drop = qbits - keep;
  let mant = q >> BigInt(drop);
  const rest = q - (mant << BigInt(drop));
  const half = 1n << BigInt(drop - 1);
  if (rest > half || (rest === half && (inexact || (mant & 1n) === 1n))) mant += 1n;
  return Number(mant) * 2 ** (drop - shift);
}

export function bitLength(b: bigint): number {
  if (b < 0n) b = -b;
  return b === 0n ? 0 : b.toString(2).length;
}

// Numeric levels for contagion: integers < rationals < flonums.
const INT = 0;
const RAT = 1;
const FLO = 2;

function level(x: Value, who: string): number {
  if (typeof x === 'number' || typeof x === 'bigint') return INT;
  if (x instanceof Flonum) return FLO;
  if (x instanceof Ratnum) return RAT;
  throw typeError(who, 'a number', x);
}

function ratParts(x: Value): [bigint, bigint] {
  if (x instanceof Ratnum) return [x.num, x.den];
  return [toBig(x as number | bigint), 1n];
}

export function add(a: Value, b: Value): Value {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX_FIX && r >= MIN_FIX) return r;
  }
  return addSlow(a, b);
}

function addSlow(a: Value, b: Value): Value {
  const l = Math.max(level(a, '+'), level(b, '+'));
  if (l === FLO) return new Flonum(toFloat(a) + toFloat(b));
  if (l === INT) return normBig(toBig(a as number | bigint) + toBig(b as number | bigint));
  const [an, ad] = ratParts(a);
  const [bn, bd] = ratParts(b);
  return makeRational(an * bd + bn * ad, ad * bd);
}

export function sub(a: Value, b: Value): Value {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= MAX_FIX && r >= MIN_FIX) return r;
  }
  return subSlow(a, b);
}

function subSlow(a: Value, b: Value): Value {
  // An exact zero minus a flonum is its negation: (- 0.0) is -0.0 however it is compiled (R7RS 6.2.4).
  if (a === 0 && b instanceof Flonum) return new Flonum(-b.value);
  const l = Math.max(level(a, '-'), level(b, '-'));
  if (l === FLO) return new Flonum(toFloat(a) - toFloat(b));
  if (l === INT) return normBig(toBig(a as number | bigint) - toBig(b as number | bigint));
  const [an, ad] = ratParts(a);
  const [bn, bd] = ratParts(b);
  return makeRational(an * bd - bn * ad, ad * bd);
}

export function mul(a: Value, b: Value): Value {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r <= MAX_FIX && r >= MIN_FIX) return r + 0; // + 0 turns an exact -0 into 0
  }
  return mulSlow(a, b);
}

function mulSlow(a: Value, b: Value): Value {
  const l = Math.max(level(a, '*'), level(b, '*'));
  if (l === FLO) return new Flonum(toFloat(a) * toFloat(b));
  if (l === INT) return normBig(toBig(a as number | bigint) * toBig(b as number | bigint));
  const [an, ad] = ratParts(a);
  const [bn, bd] = ratParts(b);
  return makeRational(an * bn, ad * bd);
}

export function div(a: Value, b: Value): Value {
  const l = Math.max(level(a, '/'), level(b, '/'));
  if (l === FLO) {
    // Dividing by an exact zero is an error even when the dividend is inexact (R7RS 6.2.6).
    if (b === 0) throw makeError('range', '/: division by zero', [a, b]);
    return new Flonum(toFloat(a) / toFloat(b));
  }
  if (typeof a === 'number' && typeof b === 'number' && b !== 0) {
    const q = a / b;
    if (Number.isInteger(q)) return q + 0;
  }
  const [an, ad] = ratParts(a);
  const [bn, bd] = ratParts(b);
  if (bn === 0n) throw makeError('range', '/: division by zero', [a, b]);
  return makeRational(an * bd, ad * bn);
}

export function negate(a: Value): Value {
  // 0 - 0.0 would be 0.0, but the negation of 0.0 is -0.0 (R7RS 6.2.4)
  if (a instanceof Flonum) return new Flonum(-a.value);
  return sub(0, a);
}

/** The absolute value of a real number. */
export function abs(x: Value, who = 'abs'): Value {
  if (typeof x === 'number') return Math.abs(x);
  if (typeof x === 'bigint') return x < 0n ? -x : x;
  if (x instanceof Ratnum) return x.num < 0n ? new Ratnum(-x.num, x.den) : x;
  if (x instanceof Flonum) return new Flonum(Math.abs(x.value));
  throw typeError(who, 'a number', x);
}

/** Three-way comparison of two real numbers; NaN compares as unordered (returns NaN). */
export function compare(a: Value, b: Value, who: string): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  const la = level(a, who);
  const lb = level(b, who);
  if (la === FLO || lb === FLO) {
    const x = toFloat(a);
    const y = toFloat(b);
    if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
    // An exact number compared with a flonum is compared exactly when the flonum is finite.
    if (la === FLO && lb === FLO) return x < y ? -1 : x > y ? 1 : 0;
    // An exact number is finite however large (toFloat may have overflowed it): only the flonum's
    // infinity decides.
    if (la === FLO && !Number.isFinite(x)) return x > 0 ? 1 : -1;
    if (lb === FLO && !Number.isFinite(y)) return y > 0 ? -1 : 1;
    return compareExact(la === FLO ? floatToExact(x) : a, lb === FLO ? floatToExact(y) : b);
  }
  return compareExact(a, b);
}

function compareExact(a: Value, b: Value): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  const [an, ad] = ratParts(a);
  const [bn, bd] = ratParts(b);
  const l = an * bd;
  const r = bn * ad;
  return l < r ? -1 : l > r ? 1 : 0;
}

export function numEq(a: Value, b: Value): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  return compare(a, b, '=') === 0;
}
export function numLt(a: Value, b: Value): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  return compare(a, b, '<') < 0;
}
export function numGt(a: Value, b: Value): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a > b;
  return compare(a, b, '>') > 0;
}
export function numLe(a: Value, b: Value): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a <= b;
  return compare(a, b, '<=') <= 0;
}
export function numGe(a: Value, b: Value): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a >= b;
  return compare(a, b, '>=') >= 0;
}

/** The exact rational equal to a finite double. */
export function floatToExact(x: number): Value {
  if (Number.isInteger(x)) return Math.abs(x) <= MAX_FIX ? x + 0 : BigInt(x);
  // x = m * 2^e exactly, with m an odd integer
  let e = 0;
  let m = x;
  while (!Number.isInteger(m)) {
    m *= 2;
    e++;
  }
  return makeRational(BigInt(m), 1n << BigInt(e));
}

export function exact(x: Value, who = 'exact'): Value {
  if (x instanceof Flonum) {
    if (!Number.isFinite(x.value)) throw rangeError(who, 'no exact representation', x);
    return floatToExact(x.value);
  }
  level(x, who);
  return x;
}

export function inexact(x: Value): Flonum {
  if (x instanceof Flonum) return x;
  return new Flonum(toFloat(x));
}

export function isZero(x: Value): boolean {
  if (typeof x === 'number') return x === 0;
  if (x instanceof Flonum) return x.value === 0;
  level(x, 'zero?');
  return false;
}

/** Sign of a real: -1, 0, 1 (NaN for a NaN flonum). */
export function sign(x: Value, who: string): number {
  if (typeof x === 'number') return Math.sign(x);
  if (typeof x === 'bigint') return x < 0n ? -1 : 1;
  if (x instanceof Ratnum) return x.num < 0n ? -1 : 1;
  if (x instanceof Flonum) return Number.isNaN(x.value) ? NaN : Math.sign(x.value);
  throw typeError(who, 'a real number', x);
}
