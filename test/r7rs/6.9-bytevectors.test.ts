// R7RS 6.9 Bytevectors, and the UTF-8 conversions.
import { newSession, reportExamples, examples, errors } from './report.js';

const s = newSession();

describe('bytevector syntax, bytevector?, make-bytevector, bytevector, bytevector-length', () => {
  reportExamples(s, [
    ['(make-bytevector 2 12)', '#u8(12 12)'],
    ['(bytevector 1 3 5 1 3 5)', '#u8(1 3 5 1 3 5)'],
    ['(bytevector)', '#u8()'],
  ]);
  examples(s, [
    ['#u8(0 10 5)', '#u8(0 10 5)'],
    ["'#u8(255 #xff #b1)", '#u8(255 255 1)'],
    ['(bytevector? #u8())', '#t'],
    ['(bytevector? (make-bytevector 2))', '#t'],
    ['(bytevector? #(1))', '#f'],
    ['(bytevector? "a")', '#f'],
    ['(bytevector-length (make-bytevector 3))', '3'],
    ['(bytevector-length #u8())', '0'],
    ['(make-bytevector 0 7)', '#u8()'],
    ['(let ((b (make-bytevector 3))) (and (exact-integer? (bytevector-u8-ref b 0)) (<= 0 (bytevector-u8-ref b 0) 255)))', '#t'],
  ]);
  errors(s, [
    ['(make-bytevector 2 256)', /^make-bytevector: /],
    ['(make-bytevector 2 -1)', /^make-bytevector: /],
    ['(make-bytevector 2 1.0)', /^make-bytevector: /],
    ['(make-bytevector -1)', /^make-bytevector: /],
    ['(bytevector 256)', /^bytevector: /],
    ["(bytevector 'a)", /^bytevector: /],
    ['(bytevector-length #(1))', /^bytevector-length: /],
  ]);
});

describe('bytevector-u8-ref and bytevector-u8-set!', () => {
  reportExamples(s, [
    ["(bytevector-u8-ref '#u8(1 1 2 3 5 8 13 21) 5)", '8'],
    ['(let ((bv (bytevector 1 2 3 4))) (bytevector-u8-set! bv 1 3) bv)', '#u8(1 3 3 4)'],
  ]);
  examples(s, [
    ['(bytevector-u8-ref #u8(255) 0)', '255'],
    ['(let ((bv (bytevector 0))) (bytevector-u8-set! bv 0 255) bv)', '#u8(255)'],
  ]);
  errors(s, [
    ['(bytevector-u8-ref #u8(1) 1)', /^bytevector-u8-ref: /],
    ['(bytevector-u8-ref #u8(1) -1)', /^bytevector-u8-ref: /],
    ['(bytevector-u8-ref #u8() 0)', /^bytevector-u8-ref: /],
    ['(bytevector-u8-ref #(1) 0)', /^bytevector-u8-ref: /],
    ['(bytevector-u8-set! (bytevector 1) 0 300)', /^bytevector-u8-set!: /],
    ['(bytevector-u8-set! (bytevector 1) 0 -1)', /^bytevector-u8-set!: /],
    ['(bytevector-u8-set! (bytevector 1) 1 0)', /^bytevector-u8-set!: /],
  ]);
});

describe('bytevector-copy', () => {
  reportExamples(s, [
    ['(define a #u8(1 2 3 4 5))', null],
    ['(bytevector-copy a 2 4)', '#u8(3 4)'],
  ]);
  examples(s, [
    ['(bytevector-copy #u8(1 2 3 4 5))', '#u8(1 2 3 4 5)'],
    ['(bytevector-copy #u8(1 2 3 4 5) 2)', '#u8(3 4 5)'],
    ['(bytevector-copy #u8(1 2 3) 3)', '#u8()'],
    ['(let ((b (bytevector 1))) (eq? b (bytevector-copy b)))', '#f'],
  ]);
  errors(s, [
    ['(bytevector-copy #u8(1 2 3) 4)', /^bytevector-copy: /],
    ['(bytevector-copy #u8(1 2 3) 2 1)', /^bytevector-copy: /],
    ['(bytevector-copy #(1))', /^bytevector-copy: /],
  ]);
});

describe('bytevector-copy!', () => {
  reportExamples(s, [
    ['(define a (bytevector 1 2 3 4 5))', null],
    ['(define b (bytevector 10 20 30 40 50))', null],
    ['(bytevector-copy! b 1 a 0 2)', '#<unspecified>'],
    ['b', '#u8(10 1 2 40 50)'],
  ]);
  examples(s, [
    ['(let ((b (bytevector 1 2 3))) (bytevector-copy! b 0 #u8(7 8)) b)', '#u8(7 8 3)'],
    ['(let ((b (bytevector 1 2 3))) (bytevector-copy! b 1 #u8(7 8 9) 1) b)', '#u8(1 8 9)'],
    ['(let ((b (bytevector 1 2 3))) (bytevector-copy! b 3 #u8()) b)', '#u8(1 2 3)'],
    // overlapping: as if through a temporary bytevector, in either direction
    ['(let ((b (bytevector 1 2 3 4 5))) (bytevector-copy! b 1 b 0 3) b)', '#u8(1 1 2 3 5)'],
    ['(let ((b (bytevector 1 2 3 4 5))) (bytevector-copy! b 0 b 1) b)', '#u8(2 3 4 5 5)'],
  ]);
  errors(s, [
    ['(bytevector-copy! (bytevector 1 2 3) 2 #u8(7 8))', /^bytevector-copy!: /],
    ['(bytevector-copy! (bytevector 1 2 3) 4 #u8())', /^bytevector-copy!: /],
    ['(bytevector-copy! (bytevector 1 2 3) 0 #u8(7 8) 2 1)', /^bytevector-copy!: /],
    ['(bytevector-copy! (bytevector 1 2 3) 0 #(7))', /^bytevector-copy!: /],
  ]);
});

describe('bytevector-append', () => {
  reportExamples(s, [['(bytevector-append #u8(0 1 2) #u8(3 4 5))', '#u8(0 1 2 3 4 5)']]);
  examples(s, [
    ['(bytevector-append)', '#u8()'],
    ['(bytevector-append #u8(1) #u8() #u8(2))', '#u8(1 2)'],
    ['(let ((b (bytevector 1))) (eq? b (bytevector-append b)))', '#f'],
  ]);
  errors(s, [['(bytevector-append #u8(1) #(2))', /^bytevector-append: /]]);
});

describe('utf8->string and string->utf8', () => {
  reportExamples(s, [
    ['(utf8->string #u8(#x41))', '"A"'],
    ['(string->utf8 "λ")', '#u8(206 187)'],
  ]);
  examples(s, [
    ['(utf8->string #u8(#xCE #xBB))', '"λ"'],
    ['(utf8->string #u8(#x41 #x42 #x43) 1)', '"BC"'],
    ['(utf8->string #u8(#x41 #x42 #x43) 1 2)', '"B"'],
    ['(utf8->string #u8())', '""'],
    ['(utf8->string #u8(#xF0 #x9F #x98 #x80))', '"\u{1F600}"'],
    ['(string->utf8 "abc" 1)', '#u8(98 99)'],
    ['(string->utf8 "abc" 1 2)', '#u8(98)'],
    ['(string->utf8 "")', '#u8()'],
    ['(string->utf8 "\\x1F600;")', '#u8(240 159 152 128)'],
    ['(string->utf8 "a\\x1F600;b" 1 2)', '#u8(240 159 152 128)'],
    ['(utf8->string (string->utf8 "añ€\\x1F600;"))', '"añ€\u{1F600}"'],
  ]);
  errors(s, [
    ['(utf8->string #u8(65) 2)', /^utf8->string: /],
    ['(utf8->string "A")', /^utf8->string: /],
    ['(string->utf8 "abc" 4)', /^string->utf8: /],
    ['(string->utf8 "abc" 2 1)', /^string->utf8: /],
    ["(string->utf8 'abc)", /^string->utf8: /],
  ]);
});
