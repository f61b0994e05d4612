// R7RS 6.2.6 continued: integer division, gcd and lcm, numerator and denominator, rounding,
// rationalize, the transcendental functions, square, sqrt, exact-integer-sqrt, expt, (scheme complex)
// on real numbers, and exact and inexact.
import { newSession, reportExamples, examples, errors } from './report.js';

const s = newSession();

describe('floor/ and truncate/ and their parts', () => {
  reportExamples(s, [
    ['(floor/ 5 2)', '2 1'],
    ['(floor/ -5 2)', '-3 1'],
    ['(floor/ 5 -2)', '-3 -1'],
    ['(floor/ -5 -2)', '2 -1'],
    ['(truncate/ 5 2)', '2 1'],
    ['(truncate/ -5 2)', '-2 -1'],
    ['(truncate/ 5 -2)', '-2 1'],
    ['(truncate/ -5 -2)', '2 -1'],
    ['(truncate/ -5.0 -2)', '2.0 -1.0'],
  ]);
  examples(s, [
    // n1 = n2 * quotient + remainder for every combination of signs
    [`(let loop ((cases '((7 2) (-7 2) (7 -2) (-7 -2) (6 3) (-6 3) (0 5) (1 7))) (ok #t))
        (if (null? cases) ok
            (let ((a (caar cases)) (b (cadar cases)))
              (loop (cdr cases)
                    (and ok (= a (+ (* b (floor-quotient a b)) (floor-remainder a b)))
                            (= a (+ (* b (truncate-quotient a b)) (truncate-remainder a b))))))))`, '#t'],
    ['(floor-quotient -7 2)', '-4'],
    ['(floor-remainder -7 2)', '1'],
    ['(truncate-quotient -7 2)', '-3'],
    ['(truncate-remainder -7 2)', '-1'],
    ['(floor/ -5.0 2)', '-3.0 1.0'],
    ['(floor/ 5 -2.0)', '-3.0 -1.0'],
    ['(truncate/ 7.0 2.0)', '3.0 1.0'],
    ['(floor/ 0 3)', '0 0'],
    ['(floor/ -6 3)', '-2 0'],
    ['(truncate-remainder -6 3.0)', '0.0'],
    ['(floor/ (expt 10 30) 7)', '142857142857142857142857142857 1'],
    ['(floor/ (- (expt 10 30)) 7)', '-142857142857142857142857142858 6'],
    ['(truncate/ (- (expt 10 30)) 7)', '-142857142857142857142857142857 -1'],
    ['(floor-quotient 1e300 1)', '1.0e300'],
    ['(call-with-values (lambda () (floor/ 7 2)) list)', '(3 1)'],
  ]);
  errors(s, [
    ['(floor/ 5 0)', /^floor\/: division by zero/],
    ['(truncate/ 5 0)', /^truncate\/: division by zero/],
    ['(floor-quotient 5 0)', /^floor-quotient: division by zero/],
    ['(floor-remainder 5 0.0)', /^floor-remainder: division by zero/],
    ['(truncate-quotient 1 0)', /^truncate-quotient: division by zero/],
    ['(truncate-remainder 1 0)', /^truncate-remainder: division by zero/],
    ['(floor/ 5.5 2)', /^floor\/: /],
    ['(truncate/ 5 1/2)', /^truncate\/: /],
    ["(floor-quotient 'a 1)", /^floor-quotient: /],
  ]);
});

describe('quotient, remainder, modulo', () => {
  examples(s, [
    ['(quotient 13 4)', '3'],
    ['(remainder 13 4)', '1'],
    ['(modulo 13 4)', '1'],
    ['(quotient -13 4)', '-3'],
    ['(remainder -13 4)', '-1'],
    ['(modulo -13 4)', '3'],
    ['(quotient 13 -4)', '-3'],
    ['(remainder 13 -4)', '1'],
    ['(modulo 13 -4)', '-3'],
    ['(modulo -13 -4)', '-1'],
    ['(remainder -13 -4.0)', '-1.0'],
    ['(modulo 13.0 4)', '1.0'],
    ['(quotient 7.0 2)', '3.0'],
    ['(remainder 6 -3)', '0'],
    ['(modulo (expt 2 100) 7)', '2'],
  ]);
  errors(s, [
    ['(quotient 1 0)', /^quotient: division by zero/],
    ['(remainder 1 0)', /^remainder: division by zero/],
    ['(modulo 1 0)', /^modulo: division by zero/],
    ['(quotient 1.5 1)', /^quotient: /],
    ["(modulo 'a 2)", /^modulo: /],
  ]);
});

describe('gcd and lcm', () => {
  reportExamples(s, [
    ['(gcd 32 -36)', '4'],
    ['(gcd)', '0'],
    ['(lcm 32 -36)', '288'],
    ['(lcm 32.0 -36)', '288.0'],
    ['(lcm)', '1'],
  ]);
  examples(s, [
    ['(gcd 0 5)', '5'],
    ['(gcd -5)', '5'],
    ['(gcd 12 18 27)', '3'],
    ['(gcd 4.0 6)', '2.0'],
    ['(gcd (expt 2 100) (expt 6 50))', '1125899906842624'],
    ['(lcm 4 6 10)', '60'],
    ['(lcm 0 5)', '0'],
    ['(lcm -3)', '3'],
  ]);
  errors(s, [
    ['(gcd 1/2 3)', /^gcd: /],
    ['(lcm 1.5 2)', /^lcm: /],
    ["(gcd 'a)", /^gcd: /],
  ]);
});

describe('numerator and denominator', () => {
  reportExamples(s, [
    ['(numerator (/ 6 4))', '3'],
    ['(denominator (/ 6 4))', '2'],
    ['(denominator (inexact (/ 6 4)))', '2.0'],
  ]);
  examples(s, [
    ['(numerator 5)', '5'],
    ['(denominator 5)', '1'],
    ['(denominator 0)', '1'],
    ['(numerator -1/2)', '-1'],
    ['(denominator -1/2)', '2'],
    ['(numerator 0.5)', '1.0'],
    ['(denominator 0.75)', '4.0'],
    ['(numerator 3.0)', '3.0'],
  ]);
  errors(s, [
    ['(numerator +inf.0)', /^numerator: /],
    ["(denominator 'a)", /^denominator: /],
  ]);
});

describe('floor, ceiling, truncate, round', () => {
  reportExamples(s, [
    ['(floor -4.3)', '-5.0'],
    ['(ceiling -4.3)', '-4.0'],
    ['(truncate -4.3)', '-4.0'],
    ['(round -4.3)', '-4.0'],
    ['(floor 3.5)', '3.0'],
    ['(ceiling 3.5)', '4.0'],
    ['(truncate 3.5)', '3.0'],
    ['(round 3.5)', '4.0'],
    ['(round 7/2)', '4'],
    ['(round 7)', '7'],
  ]);
  examples(s, [
    ['(round 2.5)', '2.0'],
    ['(round -2.5)', '-2.0'],
    ['(round 0.5)', '0.0'],
    ['(round 1.5)', '2.0'],
    ['(round -3.5)', '-4.0'],
    ['(round 5/2)', '2'],
    ['(round -5/2)', '-2'],
    ['(round -7/2)', '-4'],
    ['(round 7/3)', '2'],
    ['(floor 5/2)', '2'],
    ['(floor -5/2)', '-3'],
    ['(ceiling 5/2)', '3'],
    ['(ceiling -5/2)', '-2'],
    ['(truncate -5/2)', '-2'],
    ['(floor -0.5)', '-1.0'],
    ['(ceiling -0.5)', '-0.0'],
    ['(truncate -0.5)', '-0.0'],
    ['(round -0.4)', '-0.0'],
    ['(floor +inf.0)', '+inf.0'],
    ['(ceiling -inf.0)', '-inf.0'],
    ['(round +nan.0)', '+nan.0'],
    ['(floor 7)', '7'],
    ['(exact (floor 2.5))', '2'],
    ['(round 4503599627370497.0)', '4503599627370497.0'],
  ]);
  errors(s, [
    ["(floor 'a)", /^floor: /],
    ["(round 'a)", /^round: /],
    ['(ceiling "1")', /^ceiling: /],
    ["(truncate 'a)", /^truncate: /],
  ]);
});

describe('rationalize', () => {
  reportExamples(s, [
    ['(rationalize (exact .3) 1/10)', '1/3'],
    ['(rationalize .3 1/10)', '0.3333333333333333'],
  ]);
  examples(s, [
    ['(rationalize 1/3 0)', '1/3'],
    ['(rationalize 3/10 1/10)', '1/3'],
    ['(rationalize -3/10 1/10)', '-1/3'],
    ['(rationalize 1/4 1/4)', '0'],
    ['(rationalize 5 1/2)', '5'],
    ['(rationalize 2/7 1/7)', '1/3'],
    ['(rationalize +inf.0 3)', '+inf.0'],
    ['(rationalize 3 +inf.0)', '0.0'],
    ['(rationalize +nan.0 1)', '+nan.0'],
  ]);
});

describe('exp log sin cos tan asin acos atan', () => {
  examples(s, [
    ['(exp 0)', '1.0'],
    ['(exp 1)', '2.718281828459045'],
    ['(log 1)', '0.0'],
    ['(log (exp 2))', '2.0'],
    ['(log 100 10)', '2.0'],
    ['(log 8 2)', '3.0'],
    ['(log 0.0)', '-inf.0'],
    ['(log +inf.0)', '+inf.0'],
    ['(< 230 (log (expt 10 100)) 231)', '#t'],
    ['(sin 0)', '0.0'],
    ['(cos 0)', '1.0'],
    ['(tan 0)', '0.0'],
    ['(asin 1)', '1.5707963267948966'],
    ['(acos 1)', '0.0'],
    ['(acos -1)', '3.141592653589793'],
    ['(atan 1)', '0.7853981633974483'],
    ['(atan 1 1)', '0.7853981633974483'],
    ['(atan 1 0)', '1.5707963267948966'],
    ['(atan -1 0)', '-1.5707963267948966'],
    ['(atan 0 -1)', '3.141592653589793'],
    ['(atan 0.0 1)', '0.0'],
    ['(atan -0.0 1)', '-0.0'],
    ['(atan -0.0 -1)', '-3.141592653589793'],
    ['(atan 0.0 -0.0)', '3.141592653589793'],
    ['(atan -0.0 0.0)', '-0.0'],
    ['(inexact? (sin 1))', '#t'],
    // non-real results of inexact arguments are NaN (6.2.4)
    ['(asin 2.0)', '+nan.0'],
    ['(log -1.0)', '+nan.0'],
  ]);
  errors(s, [
    ["(exp 'a)", /^exp: /],
    ["(log 'a)", /^log: /],
    ["(sin 'a)", /^sin: /],
    ["(atan 1 'a)", /^atan: /],
  ]);
});

describe('square, sqrt, exact-integer-sqrt', () => {
  reportExamples(s, [
    ['(square 42)', '1764'],
    ['(square 2.0)', '4.0'],
    ['(sqrt 9)', '3'],
    ['(exact-integer-sqrt 4)', '2 0'],
    ['(exact-integer-sqrt 5)', '2 1'],
  ]);
  examples(s, [
    ['(square 1/2)', '1/4'],
    ['(square -3)', '9'],
    ['(square (expt 2 40))', '1208925819614629174706176'],
    ['(sqrt 16.0)', '4.0'],
    ['(sqrt 2)', '1.4142135623730951'],
    ['(sqrt 1/4)', '1/2'],
    ['(sqrt 0)', '0'],
    ['(sqrt -0.0)', '-0.0'],
    ['(sqrt +inf.0)', '+inf.0'],
    ['(sqrt (expt 10 100))', '100000000000000000000000000000000000000000000000000'],
    ['(exact? (sqrt 15))', '#f'],
    ['(sqrt -4.0)', '+nan.0'],
    ['(exact-integer-sqrt 0)', '0 0'],
    ['(exact-integer-sqrt 1)', '1 0'],
    ['(exact-integer-sqrt 17)', '4 1'],
    ['(exact-integer-sqrt (+ (expt 10 40) 1))', '100000000000000000000 1'],
  ]);
  errors(s, [
    // (sqrt -1) is +i in the report; this system has no complex numbers
    ['(sqrt -1)', /^sqrt: .*complex numbers are not supported/],
    ["(square 'a)", /^square: /],
    ["(sqrt 'a)", /^sqrt: /],
    ['(exact-integer-sqrt -1)', /^exact-integer-sqrt: /],
    ['(exact-integer-sqrt 4.0)', /^exact-integer-sqrt: /],
    ['(exact-integer-sqrt 1/4)', /^exact-integer-sqrt: /],
  ]);
});

describe('expt', () => {
  examples(s, [
    ['(expt 2 10)', '1024'],
    ['(expt 2 -2)', '1/4'],
    ['(expt 2.0 3)', '8.0'],
    ['(expt 2 0.5)', '1.4142135623730951'],
    ['(expt 4 1/2)', '2'],
    ['(expt 8 2/3)', '4'],
    ['(expt 1/2 2)', '1/4'],
    ['(expt -2 3)', '-8'],
    ['(expt 2 100)', '1267650600228229401496703205376'],
    // 0^z is 1 when z is zero, 0 when z is positive (6.2.6)
    ['(expt 0 0)', '1'],
    ['(expt 0 2)', '0'],
    ['(expt 0.0 0)', '1.0'],
    ['(expt 0 0.0)', '1.0'],
    ['(expt 0.0 2)', '0.0'],
    ['(expt 0 2.5)', '0.0'],
    ['(expt 1.5 0)', '1.0'],
    ['(expt 7 0)', '1'],
  ]);
  errors(s, [
    ['(expt 0 -1)', /^expt: /],
    ["(expt 'a 2)", /^expt: /],
    ["(expt 2 'a)", /^expt: /],
    ['(expt -8 1/3)', /^expt: .*complex numbers are not supported/],
  ]);
});

describe('(scheme complex) on real numbers', () => {
  examples(s, [
    ['(real-part 1.5)', '1.5'],
    ['(real-part -3)', '-3'],
    ['(imag-part 1.5)', '0'],
    ['(imag-part 1/2)', '0'],
    ['(magnitude -5)', '5'],
    ['(magnitude -1/2)', '1/2'],
    ['(magnitude 2.5)', '2.5'],
    ['(angle 1)', '0'],
    ['(angle 2.0)', '0.0'],
    ['(angle -1)', '3.141592653589793'],
    ['(angle -1.0)', '3.141592653589793'],
    ['(make-rectangular 1 0)', '1'],
    ['(make-rectangular 1/2 0.0)', '0.5'],
    ['(make-polar 2 0)', '2'],
    ['(make-polar 2.5 0.0)', '2.5'],
    ['(make-polar 0 1)', '0'],
    ['(= (magnitude -7) (abs -7))', '#t'],
  ]);
  errors(s, [
    ['(make-rectangular 1 2)', /^make-rectangular: complex numbers are not supported/],
    ['(make-polar 1 2)', /^make-polar: complex numbers are not supported/],
    ["(real-part 'a)", /^real-part: /],
    ["(imag-part 'a)", /^imag-part: /],
    ["(magnitude 'a)", /^magnitude: /],
    ["(angle 'a)", /^angle: /],
  ]);
});

describe('exact and inexact', () => {
  examples(s, [
    ['(exact 2.5)', '5/2'],
    ['(exact 2.0)', '2'],
    ['(exact -0.0)', '0'],
    ['(exact 0.1)', '3602879701896397/36028797018963968'],
    ['(exact 1e20)', '100000000000000000000'],
    ['(exact 1/3)', '1/3'],
    ['(exact 7)', '7'],
    ['(inexact 1/3)', '0.3333333333333333'],
    ['(inexact 7)', '7.0'],
    ['(inexact 1.5)', '1.5'],
    ['(inexact (expt 2 100))', '1.2676506002282294e30'],
    ['(inexact (/ (expt 10 400) (+ (expt 10 399) 1)))', '10.0'],
    ['(exact (inexact 12345678901234567))', '12345678901234568'],
    ['(exact->inexact 1/4)', '0.25'],
    ['(inexact->exact 0.25)', '1/4'],
    ['(eq? exact inexact->exact)', '#t'],
    ['(eq? inexact exact->inexact)', '#t'],
    ['(exact? (exact 1.5))', '#t'],
    ['(inexact? (inexact 1))', '#t'],
  ]);
  errors(s, [
    ['(exact +inf.0)', /^exact: /],
    ['(exact -inf.0)', /^exact: /],
    ['(exact +nan.0)', /^exact: /],
    ["(exact 'a)", /^exact: /],
    ['(inexact "1")', /^inexact: /],
  ]);
});
