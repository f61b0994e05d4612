// R7RS 6.2 as programs see it: exactness, bignums, rationals and flonums together, and how they print.
// (The number representation itself is tested in test/values.)
import { newSession, evalString, errorOf } from './helpers.js';

const session = newSession();
const ev = (text: string) => evalString(session, text);

describe('exactness', () => {
  test('exact and inexact numbers, and conversions between them', () => {
    expect(ev('(list (exact? 1/2) (inexact? 0.5) (exact? 3) (inexact? 3.0))')).toBe('(#t #t #t #t)');
    expect(ev('(list (exact 2.5) (exact 2.0) (inexact 1/4) (exact->inexact 1/3))')).toBe('(5/2 2 0.25 0.3333333333333333)');
  });

  test('inexactness is contagious; exact operations stay exact', () => {
    expect(ev('(list (+ 1/2 0.5) (* 2 1.5) (+ 1/2 1/2) (- 5 5))')).toBe('(1.0 3.0 1 0)');
  });

  test('= compares values across exactness; eqv? does not', () => {
    expect(ev('(list (= 1 1.0) (eqv? 1 1.0) (eqv? 1.5 1.5) (= 1/2 0.5))')).toBe('(#t #f #t #t)');
  });
});

describe('integers of any size', () => {
  test('results grow past 2^53 without losing digits, and shrink back', () => {
    expect(ev('(expt 2 100)')).toBe('1267650600228229401496703205376');
    expect(ev('(* 99999999999 99999999999)')).toBe('9999999999800000000001');
    expect(ev('(- (expt 2 64) (expt 2 64) -1)')).toBe('1');
    expect(ev('(quotient (expt 10 30) 7)')).toBe('142857142857142857142857142857');
  });

  test('factorial 30 by a loop', () => {
    expect(ev('(let loop ((n 30) (acc 1)) (if (= n 0) acc (loop (- n 1) (* acc n))))')).toBe('265252859812191058636308480000000');
  });

  test('integer division', () => {
    expect(ev('(list (quotient 17 5) (remainder 17 5) (modulo -7 2) (remainder -7 2) (floor-quotient -7 2) (truncate-quotient -7 2))')).toBe('(3 2 1 -1 -4 -3)');
    expect(ev('(call-with-values (lambda () (exact-integer-sqrt 17)) list)')).toBe('(4 1)');
  });
});

describe('rationals', () => {
  test('are kept in lowest terms', () => {
    expect(ev('(list (/ 6 4) (/ 6 3) (+ 1/2 1/3) (numerator 6/4) (denominator 6/4) (/ -1 2))')).toBe('(3/2 2 5/6 3 2 -1/2)');
  });

  test('rounding', () => {
    expect(ev('(list (round 7/2) (round 5/2) (floor -7/2) (ceiling -7/2) (truncate -7/2))')).toBe('(4 2 -4 -3 -3)');
  });
});

describe('flonums', () => {
  test('print in the shortest form that reads back the same', () => {
    expect(ev('(list 1.0 -0.0 1e21 1e-7 123.456 (/ 1. 3) 0.1 (+ 0.1 0.2))')).toBe('(1.0 -0.0 1.0e21 1.0e-7 123.456 0.3333333333333333 0.1 0.30000000000000004)');
  });

  test('infinities and NaN', () => {
    expect(ev('(list (/ 1 0.) (- (/ 1 0.)) (/ 0. 0.))')).toBe('(+inf.0 -inf.0 +nan.0)');
    expect(ev('(list (nan? (/ 0. 0.)) (infinite? -inf.0) (finite? 1e308))')).toBe('(#t #t #t)');
  });

  test('round to even, and exact results of inexact operations where R7RS asks', () => {
    expect(ev('(list (round 2.5) (round 3.5) (round -2.5) (sqrt 16) (sqrt 2) (exact (floor 2.5)))')).toBe('(2.0 4.0 -2.0 4 1.4142135623730951 2)');
  });
});

describe('number syntax and conversion', () => {
  test('string->number and number->string', () => {
    expect(ev('(list (string->number "#xff") (string->number "1/3") (string->number "-1.5e2") (string->number "abc") (number->string 255 16) (number->string 1/3))')).toBe(
      '(255 1/3 -150.0 #f "ff" "1/3")',
    );
  });

  test('the numeric predicates', () => {
    expect(ev("(list (integer? 2.0) (rational? 1/2) (real? 1.5) (exact-integer? (expt 2 64)) (exact-integer? 2.0) (rational? +inf.0) (number? 'a))")).toBe(
      '(#t #t #t #t #f #f #f)',
    );
  });
});

describe('numeric errors', () => {
  test('division by an exact zero is an error; by an inexact zero gives an infinity', () => {
    expect(errorOf(session, '(/ 1 0)')).toBe('/: division by zero');
    expect(errorOf(session, '(/ 1.5 0)')).toBe('/: division by zero');
    expect(ev('(/ 1 0.)')).toBe('+inf.0');
  });

  test('arithmetic on a non-number names the procedure', () => {
    expect(errorOf(session, '(* 2 "3")')).toBe('*: expected a number, got "3"');
  });
});
