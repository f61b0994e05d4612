// The written form of numbers, both ways: parseNumber reads the R7RS number syntax (section 7.1.1) for
// the reader and string->number, formatNumber writes what `write` and number->string print. Each is the
// other's inverse: parseNumber(formatNumber(x, r), r) is eqv? to x for every number and radix.
//
// Complex numbers are not supported, so "1+2i", "+i" and "1@2" are not numbers (R7RS 6.2.7 lets
// string->number return #f for them in an implementation whose numbers are all real).
import type { Value } from './value.js';
import { Flonum, Ratnum, makeRational, normBig, toBig, toFloat, floatToExact } from './number.js';
import { typeError } from './error.js';

const HASH = 35; // '#'
const PLUS = 43;
const MINUS = 45;
const DOT = 46;
const SLASH = 47;
const LOWER_E = 101;

// How many digits of each radix surely fit in 53 bits, so that parseInt reads them exactly.
const SAFE_DIGITS: Record<number, number> = { 2: 53, 8: 17, 10: 15, 16: 13 };

// The largest decimal exponent an exact decimal may have: #e1e400 is fine, #e1e99999999 would need a
// bigint of hundreds of megabytes, so it counts as a number the implementation cannot represent.
const MAX_EXACT_EXPONENT = 100000;

type Exactness = 'e' | 'i' | null;

/** The number `text` denotes in the R7RS syntax, or null when it is not a number we can represent. */
export function parseNumber(text: string, radix = 10): Value | null {
  if (!mayStartNumber(text.charCodeAt(0), radix)) return null; // most tokens are symbols: reject them cheaply
  const s = text.toLowerCase();
  let i = 0;
  let exactness: Exactness = null;
  let radixGiven = false;
  while (s.charCodeAt(i) === HASH) {
    const p = s[i + 1];
    if (p === 'e' || p === 'i') {
      if (exactness !== null) return null;
      exactness = p;
    } else {
      const r = p === 'x' ? 16 : p === 'o' ? 8 : p === 'b' ? 2 : p === 'd' ? 10 : 0;
      if (r === 0 || radixGiven) return null;
      radix = r;
      radixGiven = true;
    }
    i += 2;
  }
  return parseReal(s, i, radix, exactness);
}

function mayStartNumber(c: number, radix: number): boolean {
  if ((c >= 48 && c <= 57) || c === PLUS || c === MINUS || c === DOT || c === HASH) return true;
  return radix === 16 && ((c >= 97 && c <= 102) || (c >= 65 && c <= 70));
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87; // a-f (the text is lowercased)
  return 99;
}

/** The end of the run of radix digits that starts at i. */
function scanDigits(s: string, i: number, radix: number): number {
  while (i < s.length && digitValue(s.charCodeAt(i)) < radix) i++;
  return i;
}

/** The non-negative exact integer written by the digits s[from, to). */
function digitsToInteger(s: string, from: number, to: number, radix: number): number | bigint {
  if (to - from <= SAFE_DIGITS[radix]) return parseInt(s.slice(from, to), radix);
  const digits = s.slice(from, to);
  const prefix = radix === 16 ? '0x' : radix === 8 ? '0o' : radix === 2 ? '0b' : '';
  return normBig(BigInt(prefix + digits));
}

function parseReal(s: string, start: number, radix: number, exactness: Exactness): Value | null {
  const c = s.charCodeAt(start);
  const signed = c === PLUS || c === MINUS;
  const neg = c === MINUS;
  const i = signed ? start + 1 : start;
  if (signed && s.length - i === 5) {
    const special = s.slice(i);
    if (special === 'inf.0' || special === 'nan.0') {
      if (exactness === 'e') return null;
      return new Flonum(special === 'nan.0' ? NaN : neg ? -Infinity : Infinity);
    }
  }
  const intEnd = scanDigits(s, i, radix);
  if (intEnd === s.length) {
    if (intEnd === i) return null;
    return finishInteger(digitsToInteger(s, i, intEnd, radix), neg, exactness);
  }
  const next = s.charCodeAt(intEnd);
  if (next === SLASH && intEnd > i) {
    const denEnd = scanDigits(s, intEnd + 1, radix);
    if (denEnd !== s.length || denEnd === intEnd + 1) return null;
    const num = digitsToInteger(s, i, intEnd, radix);
    const den = digitsToInteger(s, intEnd + 1, denEnd, radix);
    return finishRatio(num, den, neg, exactness);
  }
  if (radix === 10 && (next === DOT || next === LOWER_E)) return parseDecimal(s, start, i, intEnd, exactness);
  return null;
}

function finishInteger(n: number | bigint, neg: boolean, exactness: Exactness): Value {
  if (exactness === 'i') {
    const x = toFloat(n);
    return new Flonum(neg ? -x : x); // "#i-0" is -0.0: the sign was written
  }
  if (!neg) return n;
  return typeof n === 'number' ? 0 - n : normBig(-n); // 0 - n: exact zero is never -0
}

function finishRatio(num: number | bigint, den: number | bigint, neg: boolean, exactness: Exactness): Value | null {
  if (den === 0) {
    // An exact ratio with a zero denominator is no number; an inexact one is the IEEE quotient.
    if (exactness !== 'i') return null;
    return new Flonum(num === 0 ? NaN : neg ? -Infinity : Infinity);
  }
  const q = makeRational(neg ? -toBig(num) : toBig(num), toBig(den));
  if (exactness !== 'i') return q;
  const x = toFloat(q);
  return new Flonum(neg && x === 0 ? -0 : x);
}

/**
 * A decimal: digits [. digits] [e [sign] digits] from `digitsStart`, the sign (if any) at `start`.
 * Inexact decimals are read by JS, which rounds correctly; exact ones are computed from the digits.
 */
function parseDecimal(s: string, start: number, digitsStart: number, intEnd: number, exactness: Exactness): Value | null {
  let i = intEnd;
  let fracEnd = intEnd;
  if (s.charCodeAt(i) === DOT) {
    fracEnd = scanDigits(s, i + 1, 10);
    if (fracEnd === i + 1 && intEnd === digitsStart) return null; // "." alone, "+.e5"
    i = fracEnd;
  } else if (intEnd === digitsStart) {
    return null;
  }
  let exponent = 0;
  if (i < s.length) {
    if (s.charCodeAt(i) !== LOWER_E) return null;
    let j = i + 1;
    const c = s.charCodeAt(j);
    if (c === PLUS || c === MINUS) j++;
    const expEnd = scanDigits(s, j, 10);
    if (expEnd === j || expEnd !== s.length) return null;
    exponent = Number(s.slice(i + 1, expEnd));
  }
  if (exactness !== 'e') return new Flonum(Number(s.slice(start)));
  const intDigits = s.slice(digitsStart, intEnd);
  const fracDigits = intEnd === fracEnd ? '' : s.slice(intEnd + 1, fracEnd);
  const mantissa = BigInt(intDigits + fracDigits || '0');
  const neg = s.charCodeAt(start) === MINUS;
  if (mantissa === 0n) return 0;
  const scale = exponent - fracDigits.length;
  if (Math.abs(scale) > MAX_EXACT_EXPONENT) return null;
  const signed = neg ? -mantissa : mantissa;
  if (scale >= 0) return normBig(signed * 10n ** BigInt(scale));
  return makeRational(signed, 10n ** BigInt(-scale));
}

/**
 * The external representation of a number in a radix (2, 8, 10 or 16; the caller checks which).
 *
 * Flonums in radix 10 get the shortest digits that read back to the same double (what JS's
 * Number.prototype.toString computes), always with a decimal point or an exponent so they read back
 * inexact. R7RS leaves the form of a flonum in another radix open, and there is no decimal point outside
 * radix 10, so a finite flonum is written there as "#i" followed by its exact value in that radix:
 * (number->string 0.5 2) is "#i1/10" and (number->string 255.0 16) is "#iff". That reads back eqv? to the
 * flonum, since every finite double is a binary fraction; "#i" is an exactness prefix, not a radix prefix.
 * (Chibi's Scheme-level number->string simply does not handle non-integral flonums in other radixes.)
 */
export function formatNumber(v: Value, radix = 10): string {
  if (typeof v === 'number' || typeof v === 'bigint') return v.toString(radix);
  if (v instanceof Flonum) return formatFlonum(v.value, radix);
  if (v instanceof Ratnum) return `${v.num.toString(radix)}/${v.den.toString(radix)}`;
  throw typeError('number->string', 'a number', v);
}

function formatFlonum(x: number, radix: number): string {
  if (Number.isNaN(x)) return '+nan.0';
  if (x === Infinity) return '+inf.0';
  if (x === -Infinity) return '-inf.0';
  if (radix !== 10) return Object.is(x, -0) ? '#i-0' : '#i' + formatNumber(floatToExact(x), radix);
  if (Object.is(x, -0)) return '-0.0';
  // R7RS 6.2.7: a decimal point whenever one can be used, so 1e21 is written 1.0e21
  const s = String(x).replace('e+', 'e');
  const e = s.indexOf('e');
  if (e >= 0) return s.includes('.') ? s : `${s.slice(0, e)}.0${s.slice(e)}`;
  return s.includes('.') ? s : s + '.0';
}

/**
 * Whether a token is R7RS syntax for a non-real complex number (1+2i, -i, 1.5@2): this system has no
 * complex numbers, and such a token must not quietly read as a symbol.
 */
export function isComplexSyntax(text: string): boolean {
  let s = text.toLowerCase();
  while (s.length > 2 && s[0] === '#' && 'eixobd'.includes(s[1])) s = s.slice(2);
  const real = (t: string) => t === '' || parseNumber(t) !== null;
  const at = s.indexOf('@');
  if (at > 0) return real(s.slice(0, at)) && s.slice(at + 1) !== '' && parseNumber(s.slice(at + 1)) !== null;
  if (!s.endsWith('i') || s.endsWith('inf.0') && !s.endsWith('inf.0i')) return false;
  const body = s.slice(0, -1);
  if (body === '+' || body === '-') return true;
  // the sign that starts the imaginary part: the last + or - that is not a leading sign or an exponent's
  for (let i = body.length - 1; i >= 0; i--) {
    const c = body[i];
    if ((c === '+' || c === '-') && (i === 0 || body[i - 1] !== 'e')) {
      const imag = body.slice(i);
      return real(body.slice(0, i)) && (imag === '+' || imag === '-' || parseNumber(imag) !== null);
    }
  }
  return false;
}
