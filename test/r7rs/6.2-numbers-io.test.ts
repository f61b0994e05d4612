// R7RS 6.2.5 and 6.2.7: the syntax of numbers, number->string and string->number in every radix.
import { newSession, reportExamples, examples, errors } from './report.js';

const s = newSession();

describe('number->string', () => {
  examples(s, [
    ['(number->string 42)', '"42"'],
    ['(number->string -42)', '"-42"'],
    ['(number->string 255 16)', '"ff"'],
    ['(number->string -255 16)', '"-ff"'],
    ['(number->string 255 8)', '"377"'],
    ['(number->string 5 2)', '"101"'],
    ['(number->string -7 2)', '"-111"'],
    ['(number->string 10 10)', '"10"'],
    ['(number->string (expt 2 64) 16)', '"10000000000000000"'],
    ['(number->string (expt 10 25))', '"10000000000000000000000000"'],
    ['(number->string 1/3)', '"1/3"'],
    ['(number->string -1/3 2)', '"-1/11"'],
    ['(number->string 1.5)', '"1.5"'],
    ['(number->string 100.0)', '"100.0"'],
    ['(number->string 0.1)', '"0.1"'],
    ['(number->string -0.0)', '"-0.0"'],
    ['(number->string 1e21)', '"1.0e21"'],
    ['(number->string 1.5e-7)', '"1.5e-7"'],
    ['(number->string +inf.0)', '"+inf.0"'],
    ['(number->string -inf.0)', '"-inf.0"'],
    ['(number->string +nan.0)', '"+nan.0"'],
    // never a radix prefix
    ['(string-ref (number->string 255 16) 0)', '#\\f'],
    // the shortest digits that read back to the same flonum
    ['(number->string 0.30000000000000004)', '"0.30000000000000004"'],
    ['(number->string 123456789.123)', '"123456789.123"'],
  ]);

  describe('reads back as the same number in its radix', () => {
    examples(s, [
      [`(let loop ((xs (list 0 1 -1 17 -255 (expt 2 70) (- (expt 3 50)) 1/3 -22/7 0.5 -0.1 1e300 -1.5e-300 123.456 -0.0 +inf.0 -inf.0))
                    (ok #t))
          (if (null? xs) ok
              (loop (cdr xs)
                    (and ok (let check ((radixes '(2 8 10 16)))
                              (or (null? radixes)
                                  (and (eqv? (car xs) (string->number (number->string (car xs) (car radixes)) (car radixes)))
                                       (check (cdr radixes)))))))))`, '#t'],
      ['(let ((x (string->number "+nan.0"))) (nan? (string->number (number->string x 2) 2)))', '#t'],
    ]);
  });

  errors(s, [
    ['(number->string 10 3)', /^number->string: /],
    ['(number->string 10 1)', /^number->string: /],
    ["(number->string 'a)", /^number->string: /],
    ['(number->string "10")', /^number->string: /],
  ]);
});

describe('string->number', () => {
  reportExamples(s, [
    ['(string->number "100")', '100'],
    ['(string->number "100" 16)', '256'],
    ['(string->number "1e2")', '100.0'],
  ]);
  examples(s, [
    ['(string->number "#o177")', '127'],
    ['(string->number "#o177" 16)', '127'],
    ['(string->number "#x-ff")', '-255'],
    ['(string->number "#XFF")', '255'],
    ['(string->number "FF" 16)', '255'],
    ['(string->number "#b101")', '5'],
    ['(string->number "#b-101")', '-5'],
    ['(string->number "101" 2)', '5'],
    ['(string->number "17" 8)', '15'],
    ['(string->number "#d10" 16)', '10'],
    ['(string->number "-17")', '-17'],
    ['(string->number "+17")', '17'],
    ['(string->number "1/2")', '1/2'],
    ['(string->number "-6/4")', '-3/2'],
    ['(string->number "a/b" 16)', '10/11'],
    ['(string->number "1.")', '1.0'],
    ['(string->number ".5")', '0.5'],
    ['(string->number "-.5e-2")', '-0.005'],
    ['(string->number "1E2")', '100.0'],
    ['(string->number "1e400")', '+inf.0'],
    ['(string->number "#e1.5")', '3/2'],
    ['(string->number "#e1.2")', '6/5'],
    ['(string->number "#e1e3")', '1000'],
    ['(string->number "#i1/3")', '0.3333333333333333'],
    ['(string->number "#i10")', '10.0'],
    ['(string->number "#x#e10")', '16'],
    ['(string->number "#e#x10")', '16'],
    ['(string->number "#i#x10")', '16.0'],
    ['(string->number "#x#i10")', '16.0'],
    ['(string->number "+inf.0")', '+inf.0'],
    ['(string->number "-inf.0")', '-inf.0'],
    ['(string->number "+nan.0")', '+nan.0'],
    ['(string->number "-nan.0")', '+nan.0'],
    ['(string->number "+INF.0")', '+inf.0'],
    ['(string->number "-0")', '0'],
    ['(string->number "-0.0")', '-0.0'],
    ['(string->number "#i-0")', '-0.0'],
    ['(string->number "12345678901234567890")', '12345678901234567890'],
    // not numbers: #f, never an error (6.2.7)
    ['(string->number "")', '#f'],
    ['(string->number "abc")', '#f'],
    ['(string->number "+")', '#f'],
    ['(string->number "-")', '#f'],
    ['(string->number ".")', '#f'],
    ['(string->number "...")', '#f'],
    ['(string->number "1/0")', '#f'],
    ['(string->number "1/2/3")', '#f'],
    ['(string->number "1.5e2.3")', '#f'],
    ['(string->number "1e")', '#f'],
    ['(string->number "e1")', '#f'],
    ['(string->number "102" 2)', '#f'],
    ['(string->number "19" 8)', '#f'],
    ['(string->number "1.5" 16)', '#f'],
    ['(string->number "#x1.5")', '#f'],
    ['(string->number "#e#e1")', '#f'],
    ['(string->number "#x#x1")', '#f'],
    ['(string->number "#e+inf.0")', '#f'],
    ['(string->number "#q1")', '#f'],
    ['(string->number " 1")', '#f'],
    ['(string->number "1 ")', '#f'],
    ['(string->number "1_000")', '#f'],
    ['(string->number "inf.0")', '#f'],
  ]);
  errors(s, [
    ['(string->number "1" 7)', /^string->number: /],
    ["(string->number 'a)", /^string->number: /],
    ['(string->number 10)', /^string->number: /],
  ]);
});

describe('6.2.5 numbers written in programs', () => {
  examples(s, [
    ['#x1F', '31'],
    ['#b-1010', '-10'],
    ['#o777', '511'],
    ['#e1.25', '5/4'],
    ['#i3/4', '0.75'],
    ['#x#i10', '16.0'],
    ['1e3', '1000.0'],
    ['-2.', '-2.0'],
    ['6/4', '3/2'],
    ['(exact? 6/3)', '#t'],
    ['(integer? 1e3)', '#t'],
    ["(read (open-input-string \"#d255\"))", '255'],
    ["(symbol? (read (open-input-string \"1+\")))", '#t'],
  ]);
});
