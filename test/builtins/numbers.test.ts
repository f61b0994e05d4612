import '../../src/builtins/numbers.js';
import { builtinTable } from '../../src/builtins/registry.js';
import { Primitive } from '../../src/values/procedure.js';
import { parseNumber, formatNumber } from '../../src/values/number-syntax.js';
import { Flonum, isNumber } from '../../src/values/number.js';
import { MultipleValues } from '../../src/values/singletons.js';
import { MString } from '../../src/values/string.js';
import { SchemeError, ErrorObject, setValueDescriber } from '../../src/values/error.js';
import type { Value } from '../../src/values/value.js';

const table = builtinTable();

function call(name: string, ...args: Value[]): Value {
  const p = table.get(name);
  if (!(p instanceof Primitive)) throw new Error(`no primitive ${name}`);
  if (args.length < p.min || args.length > p.max) throw new Error(`${name}: bad arity ${args.length}`);
  return p.fn(...args);
}

/** A number from its written form, so tests read like Scheme: num('1/2'), num('-0.0'). */
function num(text: string): Value {
  const v = parseNumber(text);
  if (v === null) throw new Error(`not a number: ${text}`);
  return v;
}

function show(v: Value): string {
  if (v instanceof MultipleValues) return v.values.map(show).join(' ');
  if (isNumber(v)) return formatNumber(v);
  if (v instanceof MString) return JSON.stringify(v.toString());
  return String(v);
}

/** Calls `name` on the written arguments and returns the result as written: ev('+', '1/2', '0.5') is "1.0". */
function ev(name: string, ...args: string[]): string {
  return show(call(name, ...args.map(num)));
}

function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof SchemeError && e.payload instanceof ErrorObject) return e.payload.message.toString();
    throw e;
  }
  throw new Error('no error raised');
}

function evError(name: string, ...args: Value[]): string {
  return errorOf(() => call(name, ...args));
}

const str = (s: string) => new MString(s);

// The printer installs the real describer; these tests stand in for it so messages show numbers as written.
beforeAll(() => setValueDescriber(show));

describe('predicates', () => {
  test('type predicates accept anything', () => {
    for (const p of ['number?', 'complex?', 'real?']) {
      expect(call(p, 1)).toBe(true);
      expect(call(p, num('1/2'))).toBe(true);
      expect(call(p, num('+nan.0'))).toBe(true);
      expect(call(p, str('1'))).toBe(false);
    }
    expect(call('rational?', num('6/10'))).toBe(true);
    expect(call('rational?', num('3.5'))).toBe(true);
    expect(call('rational?', num('-inf.0'))).toBe(false);
    expect(call('rational?', num('+nan.0'))).toBe(false);
    expect(call('rational?', 'x')).toBe(false);
    expect(call('integer?', num('3.0'))).toBe(true);
    expect(call('integer?', num('8/4'))).toBe(true);
    expect(call('integer?', num('2.5'))).toBe(false);
    expect(call('integer?', num('+inf.0'))).toBe(false);
    expect(call('integer?', 2n ** 70n)).toBe(true);
    expect(call('integer?', null)).toBe(false);
    expect(call('exact-integer?', 32)).toBe(true);
    expect(call('exact-integer?', num('32.0'))).toBe(false);
    expect(call('exact-integer?', num('32/5'))).toBe(false);
    expect(call('exact-integer?', true)).toBe(false);
  });

  test('exactness and special values', () => {
    expect(call('exact?', num('3.0'))).toBe(false);
    expect(call('exact?', num('#e3.0'))).toBe(true);
    expect(call('exact?', num('1/3'))).toBe(true);
    expect(call('inexact?', num('3.'))).toBe(true);
    expect(call('inexact?', 2n ** 64n)).toBe(false);
    expect(evError('exact?', 'a')).toBe('exact?: expected a number, got a');
    expect(call('nan?', num('+nan.0'))).toBe(true);
    expect(call('nan?', 32)).toBe(false);
    expect(call('infinite?', num('-inf.0'))).toBe(true);
    expect(call('infinite?', num('+nan.0'))).toBe(false);
    expect(call('infinite?', 3)).toBe(false);
    expect(call('finite?', 3)).toBe(true);
    expect(call('finite?', num('1/3'))).toBe(true);
    expect(call('finite?', num('+inf.0'))).toBe(false);
    expect(call('finite?', num('+nan.0'))).toBe(false);
    expect(evError('nan?', null)).toMatch(/^nan\?: expected a number/);
  });

  test('sign and parity', () => {
    expect(call('zero?', 0)).toBe(true);
    expect(call('zero?', num('-0.0'))).toBe(true);
    expect(call('zero?', num('1/2'))).toBe(false);
    expect(call('positive?', num('1/2'))).toBe(true);
    expect(call('positive?', -(2n ** 80n))).toBe(false);
    expect(call('negative?', -(2n ** 80n))).toBe(true);
    expect(call('positive?', num('+nan.0'))).toBe(false);
    expect(call('negative?', num('-0.0'))).toBe(false);
    expect(call('odd?', 3)).toBe(true);
    expect(call('odd?', -3)).toBe(true);
    expect(call('even?', 0)).toBe(true);
    expect(call('even?', 2n ** 70n)).toBe(true);
    expect(call('odd?', 2n ** 70n + 1n)).toBe(true);
    expect(call('even?', num('4.0'))).toBe(true);
    expect(call('odd?', num('1e300'))).toBe(false);
    expect(evError('odd?', num('1.5'))).toBe('odd?: expected an integer, got 1.5');
    expect(evError('zero?', 'x')).toMatch(/^zero\?: expected a number/);
  });
});

describe('comparison', () => {
  test('variadic and transitive', () => {
    expect(call('=', 1)).toBe(true);
    expect(call('<', 1, 2, 3)).toBe(true);
    expect(call('<', 1, 3, 2)).toBe(false);
    expect(call('<=', 1, 1, 2)).toBe(true);
    expect(call('>', 3, 2, 1)).toBe(true);
    expect(call('>=', 3, 3, 4)).toBe(false);
    expect(call('=', 1, num('1.0'), num('2/2'))).toBe(true);
    expect(call('=', num('1/3'), num('0.3333333333333333'))).toBe(false);
    const big = 2n ** 1000n;
    const inexactBig = call('inexact', big);
    expect(call('=', big - 1n, inexactBig)).toBe(false);
    expect(call('=', inexactBig, big + 1n)).toBe(false);
    expect(call('=', inexactBig, big)).toBe(true);
    expect(call('<', big - 1n, inexactBig, big + 1n)).toBe(true);
    expect(call('<', 1, num('+inf.0'))).toBe(true);
    expect(call('>', big, num('-inf.0'))).toBe(true);
    expect(call('=', num('0.0'), num('-0.0'))).toBe(true);
  });

  test('NaN compares false', () => {
    const nan = num('+nan.0');
    for (const op of ['=', '<', '>', '<=', '>=']) {
      expect(call(op, nan, 1)).toBe(false);
      expect(call(op, 1, nan)).toBe(false);
      expect(call(op, nan, nan)).toBe(false);
      expect(call(op, 1, 1, nan)).toBe(false);
    }
  });

  test('every argument must be a number', () => {
    expect(evError('<', 1, 'a')).toBe('<: expected a number, got a');
    expect(evError('<', 'a')).toBe('<: expected a number, got a');
    expect(evError('=', 1, 2, 'a')).toBe('=: expected a number, got a');
    expect(evError('>=', 2, 1, str('x'), 0)).toMatch(/^>=: expected a number/);
  });

  test('max and min with inexact contagion', () => {
    expect(ev('max', '3', '4')).toBe('4');
    expect(ev('max', '3.9', '4')).toBe('4.0');
    expect(ev('max', '1', '2.0')).toBe('2.0');
    expect(ev('min', '1', '2.0')).toBe('1.0');
    expect(ev('min', '1/2', '1/3', '2')).toBe('1/3');
    expect(ev('max', '5')).toBe('5');
    expect(ev('max', '1', '+nan.0', '3')).toBe('+nan.0');
    expect(ev('min', '-inf.0', '3')).toBe('-inf.0');
    expect(show(call('max', 2n ** 80n, 1))).toBe(String(2n ** 80n));
    expect(evError('max', 1, 'x')).toBe('max: expected a number, got x');
  });
});

describe('arithmetic', () => {
  test('+ and * are variadic and exact', () => {
    expect(ev('+')).toBe('0');
    expect(ev('*')).toBe('1');
    expect(ev('+', '3')).toBe('3');
    expect(ev('+', '-0.0')).toBe('-0.0');
    expect(ev('+', '1', '2', '3', '4')).toBe('10');
    expect(ev('+', '1/2', '1/3')).toBe('5/6');
    expect(ev('+', '1/2', '1/2')).toBe('1');
    expect(ev('+', '1/2', '0.5')).toBe('1.0');
    expect(ev('*', '99999999999', '99999999999')).toBe('9999999999800000000001');
    expect(ev('*', '2/3', '3/2')).toBe('1');
    expect(ev('*', '4', '1.5', '2')).toBe('12.0');
    expect(ev('+', '9007199254740991', '1')).toBe('9007199254740992');
    expect(show(call('-', 9007199254740992n, 1))).toBe('9007199254740991');
    expect(typeof call('-', 9007199254740992n, 1)).toBe('number');
    expect(evError('+', 1, 'a')).toBe('+: expected a number, got a');
    expect(evError('+', 'a')).toBe('+: expected a number, got a');
    expect(evError('*', 1, 2, true)).toBe('*: expected a number, got true');
  });

  test('- and / with one argument invert', () => {
    expect(ev('-', '3', '4')).toBe('-1');
    expect(ev('-', '3', '4', '5')).toBe('-6');
    expect(ev('-', '3')).toBe('-3');
    expect(ev('-', '0.0')).toBe('-0.0');
    expect(ev('-', '-0.0')).toBe('0.0');
    expect(ev('-', '1/2')).toBe('-1/2');
    expect(ev('-', '0')).toBe('0');
    expect(ev('/', '3', '4', '5')).toBe('3/20');
    expect(ev('/', '3')).toBe('1/3');
    expect(ev('/', '6', '3')).toBe('2');
    expect(ev('/', '1/2')).toBe('2');
    expect(ev('/', '2.0')).toBe('0.5');
    expect(ev('/', '1', '0.0')).toBe('+inf.0');
    expect(ev('/', '0.0', '0.0')).toBe('+nan.0');
    expect(ev('/', '-8', '12')).toBe('-2/3');
  });

  test('division by exact zero is an error', () => {
    expect(evError('/', 1, 0)).toBe('/: division by zero');
    expect(evError('/', 0)).toBe('/: division by zero');
    expect(evError('/', num('1.5'), 0)).toBe('/: division by zero');
    expect(evError('/', 1, 2, 0)).toBe('/: division by zero');
  });

  test('abs and square', () => {
    expect(ev('abs', '-7')).toBe('7');
    expect(ev('abs', '-7/2')).toBe('7/2');
    expect(ev('abs', '-0.0')).toBe('0.0');
    expect(ev('abs', '-inf.0')).toBe('+inf.0');
    expect(show(call('abs', -(2n ** 70n)))).toBe(String(2n ** 70n));
    expect(show(call('abs', -9007199254740991))).toBe('9007199254740991');
    expect(ev('square', '42')).toBe('1764');
    expect(ev('square', '2.0')).toBe('4.0');
    expect(ev('square', '-2/3')).toBe('4/9');
    expect(ev('square', '99999999999')).toBe('9999999999800000000001');
    expect(evError('abs', 'x')).toBe('abs: expected a number, got x');
    expect(evError('square', 'x')).toBe('square: expected a number, got x');
  });
});

describe('integer division', () => {
  test('the R7RS examples', () => {
    expect(ev('floor/', '5', '2')).toBe('2 1');
    expect(ev('floor/', '-5', '2')).toBe('-3 1');
    expect(ev('floor/', '5', '-2')).toBe('-3 -1');
    expect(ev('floor/', '-5', '-2')).toBe('2 -1');
    expect(ev('truncate/', '5', '2')).toBe('2 1');
    expect(ev('truncate/', '-5', '2')).toBe('-2 -1');
    expect(ev('truncate/', '5', '-2')).toBe('-2 1');
    expect(ev('truncate/', '-5', '-2')).toBe('2 -1');
    expect(ev('truncate/', '-5.0', '-2')).toBe('2.0 -1.0');
    expect(call('floor/', 5, 2)).toBeInstanceOf(MultipleValues);
  });

  test('each single-result procedure agrees with the pairs', () => {
    const pairs: [number, number][] = [[17, 5], [-17, 5], [17, -5], [-17, -5], [0, 3], [15, 5], [-15, 5], [1, 1]];
    for (const [a, b] of pairs) {
      const [fq, fr] = ev('floor/', String(a), String(b)).split(' ');
      const [tq, tr] = ev('truncate/', String(a), String(b)).split(' ');
      expect(ev('floor-quotient', String(a), String(b))).toBe(fq);
      expect(ev('floor-remainder', String(a), String(b))).toBe(fr);
      expect(ev('modulo', String(a), String(b))).toBe(fr);
      expect(ev('truncate-quotient', String(a), String(b))).toBe(tq);
      expect(ev('quotient', String(a), String(b))).toBe(tq);
      expect(ev('truncate-remainder', String(a), String(b))).toBe(tr);
      expect(ev('remainder', String(a), String(b))).toBe(tr);
      expect(Number(fq) * b + Number(fr)).toBe(a);
      expect(Number(tq) * b + Number(tr)).toBe(a);
      expect(Math.floor(a / b)).toBe(Number(fq));
      expect(Math.trunc(a / b)).toBe(Number(tq));
    }
    expect(Object.is(call('remainder', -4, 2), 0)).toBe(true);
    expect(Object.is(call('quotient', 0, -5), 0)).toBe(true);
    expect(Object.is(call('modulo', -4, 2), 0)).toBe(true);
  });

  test('large fixnums divide exactly', () => {
    const m = Number.MAX_SAFE_INTEGER;
    expect(call('quotient', m, m - 1)).toBe(1);
    expect(call('remainder', m, m - 1)).toBe(1);
    expect(call('quotient', m, 3)).toBe(3002399751580330);
    expect(call('floor-quotient', -m, 2)).toBe(-4503599627370496);
    expect(call('modulo', -m, 2)).toBe(1);
  });

  test('bigints and inexact integers', () => {
    const big = 10n ** 30n + 7n;
    expect(show(call('quotient', big, 10))).toBe('100000000000000000000000000000');
    expect(show(call('remainder', big, 10))).toBe('7');
    expect(show(call('modulo', -big, 10))).toBe('3');
    expect(show(call('floor/', -big, 10n ** 20n))).toBe('-10000000001 99999999999999999993');
    expect(typeof call('quotient', 2n ** 60n, 2n ** 30n)).toBe('number');
    expect(ev('quotient', '7.0', '2')).toBe('3.0');
    expect(ev('modulo', '-7', '2.0')).toBe('1.0');
    expect(ev('remainder', '1e300', '7')).toBe(show(call('inexact', call('remainder', call('exact', num('1e300')), 7))));
    expect(ev('floor-quotient', '-7.0', '2.0')).toBe('-4.0');
  });

  test('errors', () => {
    expect(evError('quotient', 1, 0)).toBe('quotient: division by zero');
    expect(evError('modulo', 1, num('0.0'))).toBe('modulo: division by zero');
    expect(evError('floor/', 2n ** 70n, 0)).toBe('floor/: division by zero');
    expect(evError('quotient', num('1.5'), 2)).toBe('quotient: expected an integer, got 1.5');
    expect(evError('remainder', 7, num('1/2'))).toBe('remainder: expected an integer, got 1/2');
    expect(evError('truncate/', 'a', 1)).toBe('truncate/: expected an integer, got a');
    expect(evError('modulo', 1, num('+inf.0'))).toBe('modulo: expected an integer, got +inf.0');
  });

  test('gcd and lcm', () => {
    expect(ev('gcd', '32', '-36')).toBe('4');
    expect(ev('gcd')).toBe('0');
    expect(ev('gcd', '-5')).toBe('5');
    expect(ev('gcd', '0', '0')).toBe('0');
    expect(ev('lcm', '32', '-36')).toBe('288');
    expect(ev('lcm', '32.0', '-36')).toBe('288.0');
    expect(ev('lcm')).toBe('1');
    expect(ev('lcm', '0', '5')).toBe('0');
    expect(ev('lcm', '-7')).toBe('7');
    expect(ev('gcd', '12', '18', '27')).toBe('3');
    expect(show(call('gcd', 2n ** 100n, 6n ** 50n))).toBe(String(2n ** 50n));
    expect(show(call('lcm', 2n ** 60n, 3n ** 40n))).toBe(String(2n ** 60n * 3n ** 40n));
    expect(show(call('lcm', 99999999977, 99999999989))).toBe(String(99999999977n * 99999999989n));
    expect(evError('gcd', 1, num('1/2'))).toBe('gcd: expected an integer, got 1/2');
  });
});

describe('fractions and rounding', () => {
  test('numerator and denominator', () => {
    expect(ev('numerator', '6/4')).toBe('3');
    expect(ev('denominator', '6/4')).toBe('2');
    expect(ev('denominator', '1.5')).toBe('2.0');
    expect(ev('numerator', '1.5')).toBe('3.0');
    expect(ev('denominator', '0.5')).toBe('2.0');
    expect(ev('denominator', '0')).toBe('1');
    expect(ev('denominator', '0.0')).toBe('1.0');
    expect(ev('numerator', '-7')).toBe('-7');
    expect(ev('numerator', '-7/9')).toBe('-7');
    expect(show(call('denominator', num('1/' + String(2n ** 80n))))).toBe(String(2n ** 80n));
    expect(evError('numerator', num('+inf.0'))).toBe('numerator: expected a rational number, got +inf.0');
    expect(evError('denominator', 'x')).toBe('denominator: expected a number, got x');
  });

  test('the R7RS examples', () => {
    const cases: [string, string, string][] = [
      ['floor', '-4.3', '-5.0'], ['ceiling', '-4.3', '-4.0'], ['truncate', '-4.3', '-4.0'], ['round', '-4.3', '-4.0'],
      ['floor', '3.5', '3.0'], ['ceiling', '3.5', '4.0'], ['truncate', '3.5', '3.0'], ['round', '3.5', '4.0'],
      ['round', '7/2', '4'], ['round', '7', '7'],
    ];
    for (const [f, x, r] of cases) expect(ev(f, x)).toBe(r);
  });

  test('round to even, exact rationals exactly', () => {
    const cases: [string, string][] = [
      ['2.5', '2.0'], ['-2.5', '-2.0'], ['0.5', '0.0'], ['-0.5', '-0.0'], ['1.5', '2.0'], ['-1.5', '-2.0'],
      ['0.49999999999999994', '0.0'], ['5/2', '2'], ['-5/2', '-2'], ['3/2', '2'], ['-3/2', '-2'], ['7/3', '2'],
      ['-7/3', '-2'], ['8/3', '3'], ['-8/3', '-3'], ['1e300', '1.0e300'], ['+inf.0', '+inf.0'], ['+nan.0', '+nan.0'],
    ];
    for (const [x, r] of cases) expect(ev('round', x)).toBe(r);
    expect(ev('floor', '-7/2')).toBe('-4');
    expect(ev('ceiling', '-7/2')).toBe('-3');
    expect(ev('truncate', '-7/2')).toBe('-3');
    expect(ev('floor', '7/2')).toBe('3');
    expect(ev('ceiling', '7/2')).toBe('4');
    expect(ev('truncate', '7/2')).toBe('3');
    expect(ev('floor', '-inf.0')).toBe('-inf.0');
    const huge = num(String(10n ** 30n) + '/7');
    expect(show(call('floor', huge))).toBe('142857142857142857142857142857');
    expect(show(call('round', huge))).toBe('142857142857142857142857142857');
    expect(evError('round', 'x')).toBe('round: expected a number, got x');
  });

  test('rationalize', () => {
    expect(ev('rationalize', '#e.3', '1/10')).toBe('1/3');
    expect(ev('rationalize', '1/3', '1/100')).toBe('1/3');
    expect(ev('rationalize', '.3', '1/10')).toBe('0.3333333333333333');
    expect(ev('rationalize', '3/10', '1/10')).toBe('1/3');
    expect(ev('rationalize', '-3/10', '1/10')).toBe('-1/3');
    expect(ev('rationalize', '3/10', '-1/10')).toBe('1/3');
    expect(ev('rationalize', '1/4', '1/4')).toBe('0');
    expect(ev('rationalize', '5', '1/2')).toBe('5');
    expect(ev('rationalize', '22/7', '0')).toBe('22/7');
    expect(ev('rationalize', '3.14159', '0.001')).toBe(show(call('inexact', num('201/64'))));
    expect(ev('rationalize', '+inf.0', '3')).toBe('+inf.0');
    expect(ev('rationalize', '3', '+inf.0')).toBe('0.0');
    expect(ev('rationalize', '+inf.0', '+inf.0')).toBe('+nan.0');
    expect(ev('rationalize', '+nan.0', '1')).toBe('+nan.0');
    expect(evError('rationalize', 'x', 1)).toBe('rationalize: expected a number, got x');
  });
});

describe('transcendental functions', () => {
  test('results are flonums', () => {
    expect(ev('exp', '0')).toBe('1.0');
    expect(ev('exp', '1')).toBe(formatNumber(new Flonum(Math.E)));
    expect(ev('log', '1')).toBe('0.0');
    expect(ev('log', '0')).toBe('-inf.0');
    expect(ev('log', '-1.0')).toBe('+nan.0');
    expect(ev('log', '100', '10')).toBe('2.0');
    expect(ev('log', '8', '2')).toBe('3.0');
    expect(ev('sin', '0')).toBe('0.0');
    expect(ev('cos', '0')).toBe('1.0');
    expect(ev('tan', '0.0')).toBe('0.0');
    expect(ev('asin', '1')).toBe(formatNumber(new Flonum(Math.PI / 2)));
    expect(ev('acos', '1')).toBe('0.0');
    expect(ev('asin', '2.0')).toBe('+nan.0');
    expect(ev('atan', '1')).toBe(formatNumber(new Flonum(Math.PI / 4)));
    expect(ev('atan', '1', '-1')).toBe(formatNumber(new Flonum((3 * Math.PI) / 4)));
    expect(ev('atan', '-0.0', '1')).toBe('-0.0');
    expect(ev('atan', '0.0', '-1')).toBe(formatNumber(new Flonum(Math.PI)));
    expect(ev('atan', '-0.0', '-1')).toBe(formatNumber(new Flonum(-Math.PI)));
    expect(ev('exp', '+inf.0')).toBe('+inf.0');
    expect(ev('exp', '-inf.0')).toBe('0.0');
  });

  test('log of exact numbers beyond the range of doubles', () => {
    const big = 10n ** 400n;
    expect(Math.abs((call('log', big) as Flonum).value - 400 * Math.LN10)).toBeLessThan(1e-9);
    expect(Math.abs((call('log', num('1/' + String(big))) as Flonum).value + 400 * Math.LN10)).toBeLessThan(1e-9);
    expect(Math.abs((call('log', big, 10) as Flonum).value - 400)).toBeLessThan(1e-9);
  });

  test('errors name the procedure', () => {
    expect(evError('exp', 'x')).toBe('exp: expected a number, got x');
    expect(evError('atan', 1, 'x')).toBe('atan: expected a number, got x');
    expect(evError('log', 2, str('e'))).toBe('log: expected a number, got "e"');
  });
});

describe('roots and powers', () => {
  test('sqrt is exact on exact squares', () => {
    expect(ev('sqrt', '16')).toBe('4');
    expect(ev('sqrt', '0')).toBe('0');
    expect(ev('sqrt', '1/4')).toBe('1/2');
    expect(ev('sqrt', '9/4')).toBe('3/2');
    expect(ev('sqrt', '2')).toBe('1.4142135623730951');
    expect(ev('sqrt', '1/2')).toBe(formatNumber(new Flonum(Math.sqrt(0.5))));
    expect(ev('sqrt', '16.0')).toBe('4.0');
    expect(ev('sqrt', '-0.0')).toBe('-0.0');
    expect(ev('sqrt', '-4.0')).toBe('+nan.0');
    expect(ev('sqrt', '+inf.0')).toBe('+inf.0');
    expect(show(call('sqrt', 10n ** 100n))).toBe(String(10n ** 50n));
    expect(show(call('sqrt', (2n ** 80n + 1n) ** 2n))).toBe(String(2n ** 80n + 1n));
    expect(show(call('sqrt', 10n ** 101n))).toBe(formatNumber(new Flonum(Math.sqrt(1e101))));
    expect(Math.abs((call('sqrt', 10n ** 401n) as Flonum).value / (Math.sqrt(10) * 1e200) - 1)).toBeLessThan(1e-15);
    expect(evError('sqrt', -4)).toBe('sqrt: negative argument, complex numbers are not supported, got -4');
    expect(evError('sqrt', num('-1/4'))).toMatch(/^sqrt: negative argument/);
    expect(evError('sqrt', 'x')).toBe('sqrt: expected a number, got x');
  });

  test('exact-integer-sqrt', () => {
    expect(ev('exact-integer-sqrt', '4')).toBe('2 0');
    expect(ev('exact-integer-sqrt', '5')).toBe('2 1');
    expect(ev('exact-integer-sqrt', '0')).toBe('0 0');
    expect(ev('exact-integer-sqrt', '1')).toBe('1 0');
    expect(ev('exact-integer-sqrt', '9007199254740991')).toBe('94906265 118490766');
    const n = 10n ** 60n + 12345n;
    expect(show(call('exact-integer-sqrt', n))).toBe(`${10n ** 30n} 12345`);
    for (let k = 0; k < 200; k++) {
      const m = BigInt(Math.floor(Math.random() * 2 ** 53)) * BigInt(Math.floor(Math.random() * 2 ** 53)) + BigInt(k);
      const [s, r] = (call('exact-integer-sqrt', m > 9007199254740991n ? m : Number(m)) as MultipleValues).values.map((v) => BigInt(v as number | bigint));
      expect(s * s + r).toBe(m);
      expect((s + 1n) * (s + 1n) > m).toBe(true);
      expect(r >= 0n).toBe(true);
    }
    expect(evError('exact-integer-sqrt', -1)).toBe('exact-integer-sqrt: expected a non-negative exact integer, got -1');
    expect(evError('exact-integer-sqrt', num('4.0'))).toMatch(/^exact-integer-sqrt: expected a non-negative exact integer/);
  });

  test('expt stays exact on exact arguments', () => {
    expect(show(call('expt', 2, 100))).toBe('1267650600228229401496703205376');
    expect(ev('expt', '0', '0')).toBe('1');
    expect(ev('expt', '0', '5')).toBe('0');
    expect(ev('expt', '2', '10')).toBe('1024');
    expect(ev('expt', '2', '-2')).toBe('1/4');
    expect(ev('expt', '-2', '3')).toBe('-8');
    expect(ev('expt', '-2', '-3')).toBe('-1/8');
    expect(ev('expt', '2/3', '3')).toBe('8/27');
    expect(ev('expt', '2/3', '-2')).toBe('9/4');
    expect(ev('expt', '1', String(10n ** 30n))).toBe('1');
    expect(ev('expt', '-1', String(10n ** 30n + 1n))).toBe('-1');
    expect(ev('expt', '7', '0')).toBe('1');
    expect(show(call('expt', 10, 30))).toBe(String(10n ** 30n));
    expect(typeof call('expt', 2, 52)).toBe('number');
    expect(typeof call('expt', 2, 53)).toBe('bigint');
  });

  test('expt with rational exponents is exact when a root is', () => {
    expect(ev('expt', '4', '1/2')).toBe('2');
    expect(ev('expt', '8', '2/3')).toBe('4');
    expect(ev('expt', '8', '-1/3')).toBe('1/2');
    expect(ev('expt', '27/8', '1/3')).toBe('3/2');
    expect(show(call('expt', 2n ** 300n, num('1/100')))).toBe('8');
    expect(ev('expt', '2', '1/2')).toBe('1.4142135623730951');
    expect(ev('expt', '0', '1/2')).toBe('0');
    expect(evError('expt', -8, num('1/3'))).toMatch(/^expt: negative base with a non-integer exponent/);
  });

  test('expt with inexact arguments', () => {
    expect(ev('expt', '2.0', '3')).toBe('8.0');
    expect(ev('expt', '2', '3.0')).toBe('8.0');
    expect(ev('expt', '4', '0.5')).toBe('2.0');
    expect(ev('expt', '0.0', '0')).toBe('1.0');
    expect(ev('expt', '0', '0.0')).toBe('1.0');
    expect(ev('expt', '0', '2.5')).toBe('0.0');
    expect(ev('expt', '0', '+nan.0')).toBe('+nan.0');
    expect(ev('expt', '0.0', '-1')).toBe('+inf.0');
    expect(ev('expt', '-8.0', '1/3')).toBe('+nan.0');
    expect(ev('expt', '2.0', '-1')).toBe('0.5');
    expect(Math.abs((call('expt', 10n ** 400n + 1n, num('0.5')) as Flonum).value / 1e200 - 1)).toBeLessThan(1e-12);
  });

  test('expt errors', () => {
    expect(evError('expt', 0, -1)).toBe('expt: division by zero');
    expect(evError('expt', 0, num('-1.5'))).toBe('expt: division by zero');
    expect(evError('expt', 'x', 2)).toBe('expt: expected a number, got x');
    expect(evError('expt', 2, 'x')).toBe('expt: expected a number, got x');
    expect(evError('expt', 3, 2n ** 40n)).toBe('expt: result too large to represent exactly');
  });
});

describe('exactness conversion', () => {
  test('exact and inexact', () => {
    expect(ev('exact', '2.0')).toBe('2');
    expect(ev('exact', '0.5')).toBe('1/2');
    expect(ev('exact', '-0.0')).toBe('0');
    expect(ev('exact', '0.1')).toBe('3602879701896397/36028797018963968');
    expect(ev('exact', '1e20')).toBe('100000000000000000000');
    expect(ev('exact', '1/3')).toBe('1/3');
    expect(ev('inexact', '1/3')).toBe('0.3333333333333333');
    expect(ev('inexact', '2')).toBe('2.0');
    expect(ev('inexact', '0.5')).toBe('0.5');
    expect(ev('exact->inexact', '1/4')).toBe('0.25');
    expect(ev('inexact->exact', '0.25')).toBe('1/4');
    expect(show(call('inexact', 10n ** 400n))).toBe('+inf.0');
    expect(show(call('exact', call('inexact', 2n ** 100n)))).toBe(String(2n ** 100n));
    expect(evError('exact', num('+inf.0'))).toBe('exact: no exact representation, got +inf.0');
    expect(evError('exact', num('+nan.0'))).toBe('exact: no exact representation, got +nan.0');
    expect(evError('inexact', 'x')).toBe('inexact: expected a number, got x');
  });
});

describe('numbers and strings', () => {
  test('number->string', () => {
    expect(show(call('number->string', 255, 16))).toBe('"ff"');
    expect(show(call('number->string', 255))).toBe('"255"');
    expect(show(call('number->string', -10, 2))).toBe('"-1010"');
    expect(show(call('number->string', num('1/3'), 8))).toBe('"1/3"');
    expect(show(call('number->string', num('1.0')))).toBe('"1.0"');
    expect(show(call('number->string', num('1e21')))).toBe('"1.0e21"');
    expect(show(call('number->string', 2n ** 100n, 16))).toBe('"10000000000000000000000000"');
    expect(call('number->string', 1)).toBeInstanceOf(MString);
    expect(evError('number->string', 1, 3)).toBe('number->string: expected a radix of 2, 8, 10 or 16, got 3');
    expect(evError('number->string', 'x')).toBe('number->string: expected a number, got x');
  });

  test('string->number', () => {
    expect(show(call('string->number', str('100')))).toBe('100');
    expect(show(call('string->number', str('100'), 16))).toBe('256');
    expect(show(call('string->number', str('1e2')))).toBe('100.0');
    expect(show(call('string->number', str('#o177'), 16))).toBe('127');
    expect(show(call('string->number', str('#e1.2')))).toBe('6/5');
    expect(call('string->number', str('abc'))).toBe(false);
    expect(call('string->number', str(''))).toBe(false);
    expect(call('string->number', str('1/0'))).toBe(false);
    expect(call('string->number', str('1+2i'))).toBe(false);
    expect(show(call('string->number', str('abc'), 16))).toBe('2748');
    expect(evError('string->number', 'x')).toBe('string->number: expected a string, got x');
    expect(evError('string->number', str('1'), 7)).toBe('string->number: expected a radix of 2, 8, 10 or 16, got 7');
  });

  test('number->string and string->number are inverse for random numbers', () => {
    const view = new DataView(new ArrayBuffer(8));
    for (let k = 0; k < 300; k++) {
      view.setUint32(0, (Math.random() * 2 ** 32) >>> 0);
      view.setUint32(4, (Math.random() * 2 ** 32) >>> 0);
      const x = new Flonum(view.getFloat64(0));
      for (const radix of [2, 8, 10, 16]) {
        const back = call('string->number', call('number->string', x, radix), radix) as Flonum;
        expect(back).toBeInstanceOf(Flonum);
        expect(Object.is(back.value, x.value) || (Number.isNaN(back.value) && Number.isNaN(x.value))).toBe(true);
      }
    }
  });
});
