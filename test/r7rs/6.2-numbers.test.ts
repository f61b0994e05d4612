// R7RS 6.2 Numbers: the predicates, comparison and arithmetic of 6.2.6. Division, rounding, roots,
// powers, exactness and (scheme complex) are in 6.2-numbers-operations.test.ts, number syntax in
// 6.2-numbers-io.test.ts.
//
// Complex numbers are not supported (all numbers are real), so the report's examples written with
// complex literals (3+4i, -2.5+0.0i, 3.0+inf.0i, +nan.0+5.0i) cannot be read as numbers; what this
// system does instead is tested: string->number gives #f for them, as 6.2.7 allows.
import { newSession, reportExamples, examples, errors } from './report.js';

const s = newSession();

describe('6.2.6 numerical type predicates', () => {
  reportExamples(s, [
    ['(complex? 3)', '#t'],
    ['(real? 3)', '#t'],
    ['(real? #e1e10)', '#t'],
    ['(real? +inf.0)', '#t'],
    ['(real? +nan.0)', '#t'],
    ['(rational? -inf.0)', '#f'],
    ['(rational? 3.5)', '#t'],
    ['(rational? 6/10)', '#t'],
    ['(rational? 6/3)', '#t'],
    ['(integer? 3.0)', '#t'],
    ['(integer? 8/4)', '#t'],
  ]);

  describe('the examples with non-real literals read no number', () => {
    examples(s, [
      ['(string->number "3+4i")', '#f'],
      ['(string->number "-2.5+0i")', '#f'],
      ['(string->number "-2.5+0.0i")', '#f'],
      ['(string->number "3+0i")', '#f'],
      ['(string->number "3.0+inf.0i")', '#f'],
      ['(string->number "+nan.0+5.0i")', '#f'],
      ['(string->number "1+2i")', '#f'],
      ['(string->number "+i")', '#f'],
      ['(string->number "1@2")', '#f'],
    ]);
  });

  examples(s, [
    ["(number? 'a)", '#f'],
    ['(number? "1")', '#f'],
    ['(complex? 1.5)', '#t'],
    ["(complex? 'a)", '#f'],
    ["(real? '(1))", '#f'],
    ['(rational? +inf.0)', '#f'],
    ['(rational? +nan.0)', '#f'],
    ['(rational? 1e300)', '#t'],
    ['(rational? "1/2")', '#f'],
    ['(integer? 3.5)', '#f'],
    ['(integer? 1/2)', '#f'],
    ['(integer? +inf.0)', '#f'],
    ['(integer? +nan.0)', '#f'],
    ['(integer? -0.0)', '#t'],
    ['(integer? 1e300)', '#t'],
    ['(integer? (expt 2 100))', '#t'],
    ["(integer? 'a)", '#f'],
  ]);
});

describe('exact?, inexact?, exact-integer?', () => {
  reportExamples(s, [
    ['(exact? 3.0)', '#f'],
    ['(exact? #e3.0)', '#t'],
    ['(inexact? 3.)', '#t'],
    ['(exact-integer? 32)', '#t'],
    ['(exact-integer? 32.0)', '#f'],
    ['(exact-integer? 32/5)', '#f'],
  ]);
  examples(s, [
    ['(exact? 1/2)', '#t'],
    ['(exact? (expt 2 100))', '#t'],
    ['(inexact? +nan.0)', '#t'],
    ['(inexact? 1)', '#f'],
    ['(exact-integer? (expt 2 100))', '#t'],
    ["(exact-integer? 'a)", '#f'],
  ]);
  errors(s, [
    ["(exact? 'a)", /^exact\?: /],
    ['(inexact? "1")', /^inexact\?: /],
  ]);
});

describe('finite?, infinite?, nan?', () => {
  reportExamples(s, [
    ['(finite? 3)', '#t'],
    ['(finite? +inf.0)', '#f'],
    ['(infinite? 3)', '#f'],
    ['(infinite? +inf.0)', '#t'],
    ['(infinite? +nan.0)', '#f'],
    ['(nan? +nan.0)', '#t'],
    ['(nan? 32)', '#f'],
  ]);
  examples(s, [
    ['(finite? -inf.0)', '#f'],
    ['(finite? +nan.0)', '#f'],
    ['(finite? 1e308)', '#t'],
    ['(finite? 1/3)', '#t'],
    ['(infinite? -inf.0)', '#t'],
    ['(nan? 1.5)', '#f'],
    ['(nan? (/ 0. 0.))', '#t'],
  ]);
  errors(s, [
    ["(nan? 'a)", /^nan\?: /],
    ["(finite? 'a)", /^finite\?: /],
    ["(infinite? 'a)", /^infinite\?: /],
  ]);
});

describe('= < > <= >=', () => {
  examples(s, [
    ['(= 1 1.0 1)', '#t'],
    ['(= 1 1 2)', '#f'],
    ['(< 1 2 3)', '#t'],
    ['(< 1 2 2)', '#f'],
    ['(> 3 2 1)', '#t'],
    ['(> 3 2 2)', '#f'],
    ['(<= 1 2 2 3)', '#t'],
    ['(<= 1 3 2)', '#f'],
    ['(>= 3 2 2 1)', '#t'],
    ['(>= 1 2)', '#f'],
    ['(= 1/2 0.5)', '#t'],
    ['(< 1/3 0.3333333333333333)', '#f'],
    // NaN compares false with everything
    ['(= +nan.0 +nan.0)', '#f'],
    ['(< 1 +nan.0)', '#f'],
    ['(> +nan.0 1)', '#f'],
    ['(<= +nan.0 +inf.0)', '#f'],
    ['(< 1 2 +nan.0)', '#f'],
    // negative zero equals zero
    ['(= 0.0 -0.0)', '#t'],
    ['(< -0.0 0.0)', '#f'],
    ['(= 0 -0.0)', '#t'],
    ['(< -inf.0 -1e308 0 1e308 +inf.0)', '#t'],
    // transitive: exact and inexact are compared exactly (the report's note on big)
    ['(let ((big (expt 2 1000))) (list (= (- big 1) (inexact big)) (= (inexact big) (+ big 1)) (= (- big 1) (+ big 1))))', '(#f #f #f)'],
    ['(= (expt 2 53) (+ (inexact (expt 2 53)) 0))', '#t'],
    ['(< (expt 2 53) (+ (expt 2 53) 1) (inexact (+ (expt 2 53) 2)))', '#t'],
    ['(= (+ (expt 2 53) 1) (inexact (+ (expt 2 53) 1)))', '#f'],
    ['(< 9007199254740993 9007199254740992.0)', '#f'],
  ]);
  errors(s, [
    ["(= 1 'a)", /^=: /],
    ["(< 1 2 'a)", /^<: /],
    ['(> "1" 0)', /^>: /],
    ["(<= 'a 1)", /^<=: /],
    ["(>= 1 'a)", /^>=: /],
  ]);
});

describe('zero? positive? negative? odd? even?', () => {
  examples(s, [
    ['(zero? 0)', '#t'],
    ['(zero? 0.0)', '#t'],
    ['(zero? -0.0)', '#t'],
    ['(zero? 1e-300)', '#f'],
    ['(zero? +nan.0)', '#f'],
    ['(positive? 1/2)', '#t'],
    ['(positive? 0)', '#f'],
    ['(positive? -0.0)', '#f'],
    ['(positive? +inf.0)', '#t'],
    ['(negative? -1/2)', '#t'],
    ['(negative? -0.0)', '#f'],
    ['(negative? -inf.0)', '#t'],
    ['(negative? (- (expt 2 100)))', '#t'],
    ['(odd? 3)', '#t'],
    ['(odd? -3)', '#t'],
    ['(odd? 3.0)', '#t'],
    ['(odd? (+ (expt 2 100) 1))', '#t'],
    ['(even? 0)', '#t'],
    ['(even? -2)', '#t'],
    ['(even? 2.0)', '#t'],
    ['(even? (expt 2 100))', '#t'],
  ]);
  errors(s, [
    ["(zero? 'a)", /^zero\?: /],
    ["(positive? 'a)", /^positive\?: /],
    ["(negative? 'a)", /^negative\?: /],
    ['(odd? 1.5)', /^odd\?: /],
    ['(even? 1/2)', /^even\?: /],
    ['(odd? +inf.0)', /^odd\?: /],
  ]);
});

describe('max and min', () => {
  reportExamples(s, [
    ['(max 3 4)', '4'],
    ['(max 3.9 4)', '4.0'],
  ]);
  examples(s, [
    ['(max 1)', '1'],
    ['(min 3 4)', '3'],
    ['(min 3.9 4)', '3.9'],
    ['(min 1 2.0)', '1.0'],
    ['(max 1/2 1/3)', '1/2'],
    ['(max -inf.0 +inf.0)', '+inf.0'],
    ['(max 1 +nan.0)', '+nan.0'],
    ['(min (expt 2 100) (expt 3 100))', '1267650600228229401496703205376'],
  ]);
  errors(s, [
    ["(max 'a 1)", /^max: /],
    ["(min 1 'a)", /^min: /],
  ]);
});

describe('+ * - /', () => {
  reportExamples(s, [
    ['(+ 3 4)', '7'],
    ['(+ 3)', '3'],
    ['(+)', '0'],
    ['(* 4)', '4'],
    ['(*)', '1'],
    ['(- 3 4)', '-1'],
    ['(- 3 4 5)', '-6'],
    ['(- 3)', '-3'],
    ['(/ 3 4 5)', '3/20'],
    ['(/ 3)', '1/3'],
  ]);
  examples(s, [
    ['(+ 1/2 1/2)', '1'],
    ['(+ 1/2 0.5)', '1.0'],
    ['(* 1/2 4)', '2'],
    ['(* 1.5 2)', '3.0'],
    ['(- 1/2)', '-1/2'],
    ['(/ 6 3)', '2'],
    ['(/ 6 4)', '3/2'],
    ['(/ -6 4)', '-3/2'],
    ['(/ 6 -4)', '-3/2'],
    ['(/ 1.0 4)', '0.25'],
    ['(/ 0.5)', '2.0'],
    ['(+ (expt 2 62) (expt 2 62))', '9223372036854775808'],
    ['(- (expt 2 62) (expt 2 62))', '0'],
    ['(* 99999999999 99999999999)', '9999999999800000000001'],
    ['(+ 9007199254740991 1)', '9007199254740992'],
    ['(* -1 9007199254740993)', '-9007199254740993'],
    // infinities, NaN and signed zeros as in IEEE 754 (6.2.4)
    ['(+ +inf.0 1)', '+inf.0'],
    ['(* -2 +inf.0)', '-inf.0'],
    ['(+ +inf.0 -inf.0)', '+nan.0'],
    ['(/ 1 0.0)', '+inf.0'],
    ['(/ 1 -0.0)', '-inf.0'],
    ['(/ 0.0 0.0)', '+nan.0'],
    ['(/ 0 0.0)', '+nan.0'],
    ['(- 0.0)', '-0.0'],
    ['(- -0.0)', '0.0'],
    ['(let ((x 0.0)) (- x))', '-0.0'],
    ['(apply - (list 0.0))', '-0.0'],
    ['(+ -0.0 -0.0)', '-0.0'],
    ['(- -0.0 0.0)', '-0.0'],
    ['(* -1.0 0)', '-0.0'], // an exact zero times a flonum is the IEEE product
    ['(+ 1 +nan.0)', '+nan.0'],
  ]);
  errors(s, [
    ['(/ 1 0)', /^\/: division by zero/],
    ['(/ 1.0 0)', /^\/: division by zero/],
    ['(/ 1 2 0)', /^\/: division by zero/],
    ['(/ 0)', /^\/: division by zero/],
    ["(+ 1 'a)", /^\+: /],
    ["(* 'a 2)", /^\*: /],
    ['(- "1")', /^-: /],
    ["(/ 1 'a)", /^\/: /],
    ["(+ 'a)", /^\+: /],
  ]);
});

describe('abs', () => {
  reportExamples(s, [['(abs -7)', '7']]);
  examples(s, [
    ['(abs 7)', '7'],
    ['(abs -1/2)', '1/2'],
    ['(abs -7.5)', '7.5'],
    ['(abs -0.0)', '0.0'],
    ['(abs -inf.0)', '+inf.0'],
    ['(abs (- (expt 2 100)))', '1267650600228229401496703205376'],
    ['(abs -9007199254740991)', '9007199254740991'],
  ]);
  errors(s, [["(abs 'a)", /^abs: /]]);
});
