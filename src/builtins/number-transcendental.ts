// The transcendental functions, roots and powers (R7RS 6.2.6): exp, log, the trigonometric functions,
// sqrt, exact-integer-sqrt and expt; and (scheme complex) as far as it applies to real numbers.
//
// Complex numbers are not supported. Where the true result would be non-real, an inexact argument gives
// NaN as IEEE 754 (and R7RS 6.2.4) allow: (sqrt -4.0), (log -1.0), (asin 2.0) are +nan.0. An exact
// argument has no NaN to fall back on, so (sqrt -4) and (expt -8 1/3) are errors that say so.
import type { Value } from '../values/value.js';
import {
  Flonum, Ratnum, isExact, div, normBig, toBig, toFloat, sign, isZero, bitLength, abs, inexact,
} from '../values/number.js';
import { MultipleValues } from '../values/singletons.js';
import { makeError, rangeError, typeError } from '../values/error.js';
import { primitive } from './registry.js';
import { checkNumber } from './check.js';

/** The argument as a double, after checking it is a number. */
function real(who: string, x: Value): number {
  if (typeof x === 'number') return x;
  return toFloat(checkNumber(who, x));
}

function unary(name: string, f: (x: number) => number): void {
  primitive(name, 1, 1, (x: Value) => new Flonum(f(real(name, x))));
}

unary('exp', Math.exp);
unary('sin', Math.sin);
unary('cos', Math.cos);
unary('tan', Math.tan);
unary('asin', Math.asin);
unary('acos', Math.acos);

primitive('atan', 1, 2, (y: Value, x?: Value) => {
  if (x === undefined) return new Flonum(Math.atan(real('atan', y)));
  return new Flonum(Math.atan2(real('atan', y), real('atan', x)));
});

const LN2 = Math.LN2;

/** Natural log of a positive bigint, also beyond the range of doubles. */
function bigLog(n: bigint): number {
  const excess = bitLength(n) - 1000;
  if (excess <= 0) return Math.log(Number(n));
  return Math.log(Number(n >> BigInt(excess))) + excess * LN2;
}

/** Natural log of a number; exact arguments too large or too small for a double still get their log. */
function logOf(who: string, x: Value): number {
  if (typeof x === 'bigint' && x > 0n) return bigLog(x);
  if (x instanceof Ratnum && x.num > 0n) {
    const f = toFloat(x);
    return f > 1e-300 && f < 1e300 ? Math.log(f) : bigLog(x.num) - bigLog(x.den);
  }
  return Math.log(real(who, x));
}

primitive('log', 1, 2, (z: Value, base?: Value) => {
  if (base === undefined) return new Flonum(logOf('log', z));
  return new Flonum(logOf('log', z) / logOf('log', base));
});

// ---- integer roots

/** floor(sqrt(n)) for n >= 0. */
export function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  if (n < 1n << 52n) {
    const m = Number(n);
    let s = Math.floor(Math.sqrt(m));
    while (s * s > m) s--;
    while ((s + 1) * (s + 1) <= m) s++;
    return BigInt(s);
  }
  return iroot(n, 2);
}

/** floor(n^(1/k)) for n >= 0 and k >= 2, by Newton's method from above. */
function iroot(n: bigint, k: number): bigint {
  if (n < 2n) return n;
  const bits = bitLength(n);
  if (k >= bits) return 1n; // 2^k > n
  const K = BigInt(k);
  let x = 1n << BigInt(Math.ceil(bits / k)); // at least the root
  for (;;) {
    const y = ((K - 1n) * x + n / x ** (K - 1n)) / K;
    if (y >= x) return x;
    x = y;
  }
}

/** The exact k-th root of a non-negative exact rational, or null if it has none. */
function exactRoot(x: Value, k: number): Value | null {
  const [num, den] = x instanceof Ratnum ? [x.num, x.den] : [toBig(x as number | bigint), 1n];
  const K = BigInt(k);
  const rn = iroot(num, k);
  if (rn ** K !== num) return null;
  const rd = iroot(den, k);
  if (rd ** K !== den) return null;
  return rd === 1n ? normBig(rn) : new Ratnum(rn, rd); // roots of coprime numbers are coprime
}

primitive('exact-integer-sqrt', 1, 1, (k: Value) => {
  if ((typeof k !== 'number' && typeof k !== 'bigint') || k < 0) {
    throw typeError('exact-integer-sqrt', 'a non-negative exact integer', k);
  }
  const n = toBig(k);
  const s = isqrt(n);
  return new MultipleValues([normBig(s), normBig(n - s * s)]);
});

primitive('sqrt', 1, 1, (x: Value) => {
  if (x instanceof Flonum) return new Flonum(Math.sqrt(x.value));
  checkNumber('sqrt', x);
  if (sign(x, 'sqrt') < 0) {
    throw rangeError('sqrt', 'negative argument, complex numbers are not supported', x);
  }
  return exactRoot(x, 2) ?? new Flonum(inexactSqrt(x));
});

/** sqrt of a positive exact number that is not a perfect square, also beyond the range of doubles. */
function inexactSqrt(x: Value): number {
  const f = toFloat(x);
  if (f > 1e-300 && f < 1e300) return Math.sqrt(f);
  if (typeof x === 'bigint') return Number(isqrt(x));
  return Math.exp(logOf('sqrt', x) / 2);
}

// ---- expt

/** Exact powers beyond this many bits are refused rather than left to exhaust memory. */
const MAX_POWER_BITS = 1 << 28;

primitive('expt', 2, 2, (base: Value, power: Value) => {
  checkNumber('expt', base);
  checkNumber('expt', power);
  if (isExact(base) && isZero(base)) {
    // 0^z is 1 for z = 0, 0 for z > 0 and an error otherwise (R7RS 6.2.6)
    const s = sign(power, 'expt');
    if (Number.isNaN(s)) return power;
    if (s === 0) return power instanceof Flonum ? new Flonum(1) : 1;
    if (s > 0) return power instanceof Flonum ? new Flonum(0) : 0;
    throw makeError('range', 'expt: division by zero', [base, power]);
  }
  if (isExact(base) && isExact(power)) {
    if (!(power instanceof Ratnum)) return exactPower(base, toBig(power as number | bigint));
    return exactRationalPower(base, power);
  }
  return new Flonum(floatPower(base, power));
});

function exactPower(base: Value, e: bigint): Value {
  if (e < 0n) return div(1, exactPower(base, -e));
  if (base === 1 || e === 0n) return 1;
  if (base === -1) return e % 2n === 0n ? 1 : -1;
  if (base instanceof Ratnum) return new Ratnum(bigPower(base.num, e), bigPower(base.den, e)); // stays in lowest terms
  return normBig(bigPower(toBig(base as number | bigint), e));
}

function bigPower(b: bigint, e: bigint): bigint {
  if (b === 1n || e === 0n) return 1n;
  if (b === -1n) return e % 2n === 0n ? 1n : -1n;
  if (BigInt(bitLength(b) - 1) * e > BigInt(MAX_POWER_BITS)) {
    throw makeError('range', 'expt: result too large to represent exactly', [normBig(b), normBig(e)]);
  }
  return b ** e;
}

/** An exact base to an exact non-integer power p/q: exact when the base has an exact q-th root. */
function exactRationalPower(base: Value, power: Ratnum): Value {
  if (sign(base, 'expt') < 0) {
    throw makeError('range', 'expt: negative base with a non-integer exponent, complex numbers are not supported', [base, power]);
  }
  if (power.den <= 1024n) {
    const root = exactRoot(base, Number(power.den));
    if (root !== null) return exactPower(root, power.num);
  }
  return new Flonum(floatPower(base, power));
}

/** base^power in doubles; an exact base outside the range of doubles goes through its logarithm. */
function floatPower(base: Value, power: Value): number {
  const b = toFloat(base);
  const p = toFloat(power);
  if (isExact(base) && (!Number.isFinite(b) || b === 0) && sign(base, 'expt') > 0) {
    return Math.exp(p * logOf('expt', base));
  }
  return Math.pow(b, p);
}

// ---- (scheme complex) on real numbers

// Every number is real: its real part is itself, its imaginary part an exact 0, its magnitude its
// absolute value and its angle 0 or pi. make-rectangular and make-polar give a number only when it is
// real; with any other imaginary part they say that complex numbers are not supported.
primitive('real-part', 1, 1, (z: Value) => checkNumber('real-part', z));
primitive('imag-part', 1, 1, (z: Value) => {
  checkNumber('imag-part', z);
  return 0;
});
primitive('magnitude', 1, 1, (z: Value) => abs(z, 'magnitude'));
primitive('angle', 1, 1, (z: Value) => {
  if (z instanceof Flonum) return new Flonum(Math.atan2(0, z.value));
  return sign(z, 'angle') < 0 ? new Flonum(Math.PI) : 0;
});

function unsupported(who: string, part: string, x: Value): never {
  throw rangeError(who, `complex numbers are not supported, so the ${part} must be zero`, x);
}

primitive('make-rectangular', 2, 2, (x: Value, y: Value) => {
  checkNumber('make-rectangular', x);
  if (!isZero(checkNumber('make-rectangular', y))) unsupported('make-rectangular', 'imaginary part', y);
  return y instanceof Flonum ? inexact(x) : x;
});
primitive('make-polar', 2, 2, (r: Value, theta: Value) => {
  checkNumber('make-polar', r);
  if (r === 0) return checkNumber('make-polar', theta) instanceof Flonum ? new Flonum(0) : 0; // 0 at any angle
  if (!isZero(checkNumber('make-polar', theta))) unsupported('make-polar', 'angle', theta);
  return theta instanceof Flonum ? inexact(r) : r;
});
