// R7RS 6.8 Vectors.
import { newSession, reportExamples, examples, errors } from './report.js';

const s = newSession();

describe('vector syntax, vector?, make-vector, vector, vector-length', () => {
  reportExamples(s, [["(vector 'a 'b 'c)", '#(a b c)']]);
  examples(s, [
    ['#(0 (2 2 2 2) "Anna")', '#(0 (2 2 2 2) "Anna")'],
    ["'#(a #(b) ())", '#(a #(b) ())'],
    ['(vector? #(1))', '#t'],
    ['(vector? #())', '#t'],
    ["(vector? '(1))", '#f'],
    ['(vector? "abc")', '#f'],
    ['(vector? #u8(1))', '#f'],
    ["(make-vector 3 'x)", '#(x x x)'],
    ['(make-vector 0)', '#()'],
    ['(vector-length (make-vector 4))', '4'],
    ['(vector)', '#()'],
    ['(vector-length #(1 2 3))', '3'],
    ['(vector-length #())', '0'],
    ['(let ((v (make-vector 2 (list 1)))) (eq? (vector-ref v 0) (vector-ref v 1)))', '#t'],
  ]);
  errors(s, [
    ['(make-vector -1)', /^make-vector: /],
    ['(make-vector 1.5)', /^make-vector: /],
    ["(make-vector 'a)", /^make-vector: /],
    ["(vector-length '(1))", /^vector-length: /],
  ]);
});

describe('vector-ref and vector-set!', () => {
  reportExamples(s, [
    ["(vector-ref '#(1 1 2 3 5 8 13 21) 5)", '8'],
    ["(vector-ref '#(1 1 2 3 5 8 13 21) (exact (round (* 2 (acos -1)))))", '13'],
    ['(let ((vec (vector 0 \'(2 2 2 2) "Anna"))) (vector-set! vec 1 \'("Sue" "Sue")) vec)', '#(0 ("Sue" "Sue") "Anna")'],
  ]);
  examples(s, [
    ['(vector-ref #(a b c) 0)', 'a'],
    ['(let ((v (make-vector 3 0))) (vector-set! v 2 (quote z)) v)', '#(0 0 z)'],
  ]);
  errors(s, [
    ['(vector-ref (vector 1 2) 10)', /^vector-ref: /],
    ['(vector-ref (vector 1 2) 2)', /^vector-ref: /],
    ['(vector-ref (vector 1 2) -1)', /^vector-ref: /],
    ['(vector-ref (vector 1 2) 1.0)', /^vector-ref: /],
    ['(vector-ref (vector) 0)', /^vector-ref: /],
    ["(vector-ref '(1) 0)", /^vector-ref: /],
    ['(vector-set! (vector) 0 1)', /^vector-set!: /],
    ['(vector-set! (vector 1) 1 1)', /^vector-set!: /],
    ['(vector-set! "a" 0 1)', /^vector-set!: /],
  ]);
  errors(s, [["(vector-set! '#(0 1 2) 1 \"doe\")", /^vector-set!: /]]);
});

describe('vector->list and list->vector', () => {
  reportExamples(s, [
    ["(vector->list '#(dah dah didah))", '(dah dah didah)'],
    ["(vector->list '#(dah dah didah) 1 2)", '(dah)'],
    ["(list->vector '(dididit dah))", '#(dididit dah)'],
  ]);
  examples(s, [
    ["(vector->list '#(dah dah didah) 1)", '(dah didah)'],
    ["(vector->list '#(dah dah didah) 3)", '()'],
    ["(vector->list '#(dah dah didah) 1 1)", '()'],
    ['(vector->list #())', '()'],
    ["(list->vector '())", '#()'],
  ]);
  errors(s, [
    ['(vector->list #(1 2 3) 2 1)', /^vector->list: /],
    ['(vector->list #(1 2 3) 4)', /^vector->list: /],
    ['(vector->list #(1 2 3) 0 4)', /^vector->list: /],
    ["(vector->list '(1))", /^vector->list: /],
    ["(list->vector '(1 . 2))", /^list->vector: /],
    ['(list->vector #(1))', /^list->vector: /],
  ]);
});

describe('vector->string and string->vector', () => {
  reportExamples(s, [
    ['(string->vector "ABC")', '#(#\\A #\\B #\\C)'],
    ['(vector->string #(#\\1 #\\2 #\\3))', '"123"'],
  ]);
  examples(s, [
    ['(string->vector "ABC" 1)', '#(#\\B #\\C)'],
    ['(string->vector "ABC" 1 2)', '#(#\\B)'],
    ['(string->vector "ABC" 3)', '#()'],
    ['(string->vector "")', '#()'],
    ['(vector->string #(#\\1 #\\2 #\\3) 1)', '"23"'],
    ['(vector->string #(#\\1 #\\2 #\\3) 1 2)', '"2"'],
    ['(vector->string #(#\\1 #\\2 #\\3) 0 0)', '""'],
    ['(vector->string #())', '""'],
    // only the elements between start and end need to be characters
    ['(vector->string (vector 1 #\\a 2) 1 2)', '"a"'],
  ]);
  errors(s, [
    ['(vector->string #(1 2))', /^vector->string: /],
    ['(vector->string #(#\\a) 2)', /^vector->string: /],
    ['(vector->string #(#\\a #\\b) 2 1)', /^vector->string: /],
    ['(vector->string "ab")', /^vector->string: /],
    ['(string->vector "abc" 4)', /^string->vector: /],
    ['(string->vector "abc" 2 1)', /^string->vector: /],
    ['(string->vector #(#\\a))', /^string->vector: /],
  ]);
});

describe('vector-copy', () => {
  reportExamples(s, [
    ['(define a #(1 8 2 8))', null],
    ['(define b (vector-copy a))', null],
    ['(vector-set! b 0 3)', '#<unspecified>'],
    ['b', '#(3 8 2 8)'],
    ['(define c (vector-copy b 1 3))', null],
    ['c', '#(8 2)'],
  ]);
  examples(s, [
    ['(vector-copy #(1 2 3) 1)', '#(2 3)'],
    ['(vector-copy #(1 2 3) 3)', '#()'],
    ['(vector-copy #())', '#()'],
    ['(let ((v (vector 1))) (eq? v (vector-copy v)))', '#f'],
    ['(let* ((x (list 1)) (v (vector x))) (eq? x (vector-ref (vector-copy v) 0)))', '#t'],
  ]);
  errors(s, [
    ['(vector-copy #(1 2 3) 4)', /^vector-copy: /],
    ['(vector-copy #(1 2 3) 2 1)', /^vector-copy: /],
    ["(vector-copy '(1))", /^vector-copy: /],
  ]);
});

describe('vector-copy!', () => {
  reportExamples(s, [
    ['(define a (vector 1 2 3 4 5))', null],
    ['(define b (vector 10 20 30 40 50))', null],
    ['(vector-copy! b 1 a 0 2)', '#<unspecified>'],
    ['b', '#(10 1 2 40 50)'],
  ]);
  examples(s, [
    ['(let ((b (vector 1 2 3))) (vector-copy! b 0 #(7 8)) b)', '#(7 8 3)'],
    ['(let ((b (vector 1 2 3))) (vector-copy! b 1 #(7 8 9) 1) b)', '#(1 8 9)'],
    ['(let ((b (vector 1 2 3))) (vector-copy! b 3 #()) b)', '#(1 2 3)'],
    ['(let ((b (vector 1 2 3))) (vector-copy! b 0 #(7 8) 1 1) b)', '#(1 2 3)'],
    // overlapping: as if through a temporary vector, in either direction
    ['(let ((b (vector 1 2 3 4 5))) (vector-copy! b 1 b 0 3) b)', '#(1 1 2 3 5)'],
    ['(let ((b (vector 1 2 3 4 5))) (vector-copy! b 0 b 2) b)', '#(3 4 5 4 5)'],
    ['(let ((b (vector 1 2 3 4 5))) (vector-copy! b 2 b 0 3) b)', '#(1 2 1 2 3)'],
  ]);
  errors(s, [
    ['(vector-copy! (vector 1 2 3) 2 #(7 8))', /^vector-copy!: /],
    ['(vector-copy! (vector 1 2 3) 4 #())', /^vector-copy!: /],
    ['(vector-copy! (vector 1 2 3) -1 #())', /^vector-copy!: /],
    ['(vector-copy! (vector 1 2 3) 0 #(7 8) 2 1)', /^vector-copy!: /],
    ['(vector-copy! (vector 1 2 3) 0 #(7 8) 0 3)', /^vector-copy!: /],
    ["(vector-copy! (vector 1 2 3) 0 '(7))", /^vector-copy!: /],
  ]);
});

describe('vector-append', () => {
  reportExamples(s, [['(vector-append #(a b c) #(d e f))', '#(a b c d e f)']]);
  examples(s, [
    ['(vector-append)', '#()'],
    ['(vector-append #(1))', '#(1)'],
    ['(vector-append #() #(1) #() #(2 3))', '#(1 2 3)'],
    ['(let ((v (vector 1))) (eq? v (vector-append v)))', '#f'],
  ]);
  errors(s, [["(vector-append #(1) '(2))", /^vector-append: /]]);
});

describe('vector-fill!', () => {
  reportExamples(s, [
    ['(define a (vector 1 2 3 4 5))', null],
    ["(vector-fill! a 'smash 2 4)", '#<unspecified>'],
    ['a', '#(1 2 smash smash 5)'],
  ]);
  examples(s, [
    ["(let ((v (vector 1 2 3))) (vector-fill! v 'x) v)", '#(x x x)'],
    ["(let ((v (vector 1 2 3))) (vector-fill! v 'x 1) v)", '#(1 x x)'],
    ["(let ((v (vector 1 2 3))) (vector-fill! v 'x 3) v)", '#(1 2 3)'],
    ["(let ((v (vector))) (vector-fill! v 'x) v)", '#()'],
  ]);
  errors(s, [
    ['(vector-fill! (vector 1 2) 0 3)', /^vector-fill!: /],
    ['(vector-fill! (vector 1 2) 0 2 1)', /^vector-fill!: /],
    ["(vector-fill! '(1) 0)", /^vector-fill!: /],
  ]);
});
