import { parseNumber, formatNumber } from '../../src/values/number-syntax.js';
import { Flonum, Ratnum, toFloat, floatToExact, makeRational, sub, compare } from '../../src/values/number.js';
import type { Value } from '../../src/values/value.js';

const flo = (x: number) => new Flonum(x);
const rat = (n: bigint, d: bigint) => new Ratnum(n, d);

/** Like toEqual, but tells -0.0 from 0.0 and NaN from NaN the way eqv? does. */
function expectEqv(got: Value | null, want: Value | null): void {
  if (want instanceof Flonum) {
    expect(got).toBeInstanceOf(Flonum);
    expect(Object.is((got as Flonum).value, want.value)).toBe(true);
  } else {
    expect(got).toEqual(want);
  }
}

describe('parseNumber', () => {
  test('exact integers, any length, with signs', () => {
    expect(parseNumber('0')).toBe(0);
    expect(parseNumber('42')).toBe(42);
    expect(parseNumber('+42')).toBe(42);
    expect(parseNumber('-42')).toBe(-42);
    expect(Object.is(parseNumber('-0'), 0)).toBe(true);
    expect(parseNumber('9007199254740991')).toBe(9007199254740991);
    expect(parseNumber('9007199254740992')).toBe(9007199254740992n);
    expect(parseNumber('-9007199254740992')).toBe(-9007199254740992n);
    expect(parseNumber('123456789012345678901234567890')).toBe(123456789012345678901234567890n);
    expect(parseNumber('000000000000000000000000000007')).toBe(7);
  });

  test('radix prefixes and the radix argument', () => {
    expect(parseNumber('#xff')).toBe(255);
    expect(parseNumber('#XFF')).toBe(255);
    expect(parseNumber('#x-Ff')).toBe(-255);
    expect(parseNumber('#o777')).toBe(511);
    expect(parseNumber('#b1010')).toBe(10);
    expect(parseNumber('#d99')).toBe(99);
    expect(parseNumber('ff', 16)).toBe(255);
    expect(parseNumber('1e2', 16)).toBe(0x1e2);
    expect(parseNumber('#d10', 16)).toBe(10);
    expect(parseNumber('#xffffffffffffffffffff')).toBe(0xffffffffffffffffffffn);
    expect(parseNumber('#b' + '1'.repeat(60))).toBe((1n << 60n) - 1n);
    expect(parseNumber('#b2')).toBeNull();
    expect(parseNumber('#o8')).toBeNull();
    expect(parseNumber('12a')).toBeNull();
    expect(parseNumber('#x1.5')).toBeNull();
    expect(parseNumber('1.5', 16)).toBeNull();
    expect(parseNumber('#x#x1')).toBeNull();
    expect(parseNumber('#q1')).toBeNull();
  });

  test('rationals are normalised', () => {
    expect(parseNumber('1/2')).toEqual(rat(1n, 2n));
    expect(parseNumber('-6/4')).toEqual(rat(-3n, 2n));
    expect(parseNumber('4/2')).toBe(2);
    expect(parseNumber('0/5')).toBe(0);
    expect(parseNumber('#x10/3')).toEqual(rat(16n, 3n));
    expect(parseNumber('1/0')).toBeNull();
    expect(parseNumber('#e1/0')).toBeNull();
    expect(parseNumber('1/0.')).toBeNull();
    expect(parseNumber('1/')).toBeNull();
    expect(parseNumber('/2')).toBeNull();
    expect(parseNumber('1/2/3')).toBeNull();
    expect(parseNumber('1/-2')).toBeNull();
  });

  test('decimals are flonums', () => {
    expectEqv(parseNumber('1.5'), flo(1.5));
    expectEqv(parseNumber('.5'), flo(0.5));
    expectEqv(parseNumber('-.5'), flo(-0.5));
    expectEqv(parseNumber('1.'), flo(1));
    expectEqv(parseNumber('-1.5e-3'), flo(-1.5e-3));
    expectEqv(parseNumber('1e10'), flo(1e10));
    expectEqv(parseNumber('1E+10'), flo(1e10));
    expectEqv(parseNumber('1.e2'), flo(100));
    expectEqv(parseNumber('#d1.25'), flo(1.25));
    expectEqv(parseNumber('-0.0'), flo(-0));
    expectEqv(parseNumber('0.1'), flo(0.1));
    expectEqv(parseNumber('1e400'), flo(Infinity));
    expectEqv(parseNumber('1e-400'), flo(0));
    expectEqv(parseNumber('2.2250738585072011e-308'), flo(2.2250738585072011e-308));
    for (const bad of ['.', '+.', '.e1', '1e', '1e+', '1.2.3', '1..2', 'e1', '1e1.5', '1.5f0', '- 1', ' 1', '1 ']) {
      expect(parseNumber(bad)).toBeNull();
    }
  });

  test('infinities and NaNs', () => {
    expectEqv(parseNumber('+inf.0'), flo(Infinity));
    expectEqv(parseNumber('-inf.0'), flo(-Infinity));
    expectEqv(parseNumber('+INF.0'), flo(Infinity));
    expectEqv(parseNumber('+nan.0'), flo(NaN));
    expectEqv(parseNumber('-nan.0'), flo(NaN));
    expectEqv(parseNumber('#x+inf.0'), flo(Infinity));
    expectEqv(parseNumber('#i-inf.0'), flo(-Infinity));
    expect(parseNumber('inf.0')).toBeNull();
    expect(parseNumber('+inf.1')).toBeNull();
    expect(parseNumber('#e+inf.0')).toBeNull();
    expect(parseNumber('#e+nan.0')).toBeNull();
  });

  test('exactness prefixes, in either order with the radix', () => {
    expect(parseNumber('#e1.5')).toEqual(rat(3n, 2n));
    expect(parseNumber('#e1.2')).toEqual(rat(6n, 5n));
    expect(parseNumber('#e-0.125')).toEqual(rat(-1n, 8n));
    expect(parseNumber('#e1.5e2')).toBe(150);
    expect(parseNumber('#e1e-2')).toEqual(rat(1n, 100n));
    expect(parseNumber('#e.5')).toEqual(rat(1n, 2n));
    expect(parseNumber('#e3.0')).toBe(3);
    expect(parseNumber('#e-0.0')).toBe(0);
    expect(parseNumber('#e1e400')).toBe(10n ** 400n);
    expect(parseNumber('#e1e-400')).toEqual(rat(1n, 10n ** 400n));
    expect(parseNumber('#E1.5')).toEqual(rat(3n, 2n));
    expectEqv(parseNumber('#i1/3'), flo(1 / 3));
    expectEqv(parseNumber('#i3'), flo(3));
    expectEqv(parseNumber('#i-0'), flo(-0));
    expectEqv(parseNumber('#i1/0'), flo(Infinity));
    expectEqv(parseNumber('#i-1/0'), flo(-Infinity));
    expectEqv(parseNumber('#i0/0'), flo(NaN));
    expect(parseNumber('#x#e10')).toBe(16);
    expect(parseNumber('#e#x10')).toBe(16);
    expectEqv(parseNumber('#i#xff'), flo(255));
    expectEqv(parseNumber('#x#iff'), flo(255));
    expect(parseNumber('#e#i1')).toBeNull();
    expect(parseNumber('#e#e1')).toBeNull();
    expect(parseNumber('#e')).toBeNull();
    expect(parseNumber('#e1e99999999')).toBeNull();
  });

  test('non-numbers and complex syntax are null', () => {
    for (const bad of ['', 'abc', '+', '-', '...', '1+', '1+2i', '+i', '-i', '1-i', '1@2', '+inf.0i', '#t', '#\\a', '1a', 'a1', '#', '#x']) {
      expect(parseNumber(bad)).toBeNull();
    }
  });
});

describe('formatNumber', () => {
  test('exact numbers in every radix', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-42)).toBe('-42');
    expect(formatNumber(255, 16)).toBe('ff');
    expect(formatNumber(-255, 2)).toBe('-11111111');
    expect(formatNumber(8, 8)).toBe('10');
    expect(formatNumber(2n ** 100n)).toBe('1267650600228229401496703205376');
    expect(formatNumber(rat(-3n, 4n))).toBe('-3/4');
    expect(formatNumber(rat(255n, 256n), 16)).toBe('ff/100');
  });

  test('flonums print the shortest form, always inexact-looking', () => {
    const cases: [number, string][] = [
      [1, '1.0'], [0.5, '0.5'], [123.456, '123.456'], [1e21, '1.0e21'], [1.5e-7, '1.5e-7'], [1e100, '1.0e100'],
      [-0, '-0.0'], [0, '0.0'], [-2.5, '-2.5'], [0.1, '0.1'], [1e20, '100000000000000000000.0'],
      [5e-324, '5.0e-324'], [1.7976931348623157e308, '1.7976931348623157e308'], [1 / 3, '0.3333333333333333'],
      [Infinity, '+inf.0'], [-Infinity, '-inf.0'], [NaN, '+nan.0'],
    ];
    for (const [x, s] of cases) expect(formatNumber(flo(x))).toBe(s);
  });

  test('flonums in other radixes are #i and the exact value', () => {
    expect(formatNumber(flo(255), 16)).toBe('#iff');
    expect(formatNumber(flo(0.5), 2)).toBe('#i1/10');
    expect(formatNumber(flo(-0), 8)).toBe('#i-0');
    expect(formatNumber(flo(Infinity), 2)).toBe('+inf.0');
  });

  test('rejects non-numbers', () => {
    expect(() => formatNumber('x' as unknown as Value)).toThrow('number->string: expected a number');
  });
});

describe('round trips', () => {
  function randomDouble(): number {
    const view = new DataView(new ArrayBuffer(8));
    view.setUint32(0, (Math.random() * 2 ** 32) >>> 0);
    view.setUint32(4, (Math.random() * 2 ** 32) >>> 0);
    return view.getFloat64(0);
  }

  test('parseNumber(formatNumber(x)) is x for random doubles in every radix', () => {
    for (let k = 0; k < 1500; k++) {
      const x = randomDouble();
      for (const radix of [10, 2, 8, 16]) expectEqv(parseNumber(formatNumber(flo(x), radix), radix), flo(x));
    }
    for (const x of [0.1, 1 / 3, 2 ** 53, 2 ** -1074, -(2 ** -1022), 1e23, 9007199254740993]) {
      expectEqv(parseNumber(formatNumber(flo(x))), flo(x));
    }
  });

  test('exact numbers round-trip in every radix', () => {
    const values: Value[] = [0, 1, -1, 2n ** 200n, -(3n ** 90n), rat(-7n, 3n), rat(1n, 2n ** 70n), 9007199254740991];
    for (const v of values) {
      for (const radix of [2, 8, 10, 16]) expect(parseNumber(formatNumber(v, radix), radix)).toEqual(v);
    }
  });
});

describe('exact to inexact conversion rounds correctly', () => {
  /** Checks that x is a double nearest to q (ties to even) by comparing exactly with its neighbours. */
  function expectNearest(q: Value, x: number): void {
    const err = (y: number) => {
      const d = sub(floatToExact(y), q);
      return compare(d, 0, 't') < 0 ? sub(0, d) : d;
    };
    const e = err(x);
    for (const y of [nextDown(x), nextUp(x)]) {
      if (!Number.isFinite(y)) continue;
      expect(compare(e, err(y), 't')).toBeLessThanOrEqual(0);
    }
  }
  function nextUp(x: number): number {
    const v = new DataView(new ArrayBuffer(8));
    v.setFloat64(0, x);
    const b = v.getBigUint64(0);
    v.setBigUint64(0, x >= 0 ? b + 1n : b - 1n);
    return v.getFloat64(0);
  }
  function nextDown(x: number): number {
    return -nextUp(-x);
  }

  test('big ratios, near-ties and subnormals', () => {
    const big = 2n ** 200n;
    const cases: [bigint, bigint][] = [
      [big + 1n, 3n], [10n ** 30n, 7n], [1n, 3n * big], [(1n << 53n) + 1n, 1n << 300n],
      [(1n << 54n) + 1n, 2n], [1n, 2n ** 1074n], [3n, 2n ** 1076n], [1n, 2n ** 1075n], [1n, 2n ** 1075n - 1n],
      [1n, 10n ** 320n], [10n ** 320n, 3n], [((1n << 53n) + 1n) * (big + 1n), big],
    ];
    for (const [n, d] of cases) {
      const q = makeRational(n, d);
      const x = toFloat(q);
      if (Number.isFinite(x) && x !== 0) expectNearest(q, x);
    }
    expect(toFloat(makeRational(1n, 2n ** 1075n))).toBe(0); // a tie with zero rounds to even
    expect(toFloat(makeRational(1n, 2n ** 1075n - 1n))).toBe(5e-324);
    expect(toFloat(makeRational(10n ** 400n, 3n))).toBe(Infinity);
  });

  test('matches JS decimal parsing on random decimals', () => {
    for (let k = 0; k < 500; k++) {
      const digits = String(Math.floor(Math.random() * 1e15)) + String(Math.floor(Math.random() * 1e15));
      const e = Math.floor(Math.random() * 600) - 300;
      const text = `${digits}e${e}`;
      expectEqv(parseNumber('#i' + formatNumber(parseNumber('#e' + text))), flo(Number(text)));
    }
  });
});
