// R7RS 6.1 Equivalence predicates: eqv?, eq?, equal?.
import { newSession, reportExamples, examples } from './report.js';

const s = newSession();

describe('eqv?', () => {
  reportExamples(s, [
    ["(eqv? 'a 'a)", '#t'],
    ["(eqv? 'a 'b)", '#f'],
    ['(eqv? 2 2)', '#t'],
    ['(eqv? 2 2.0)', '#f'],
    ["(eqv? '() '())", '#t'],
    ['(eqv? 100000000 100000000)', '#t'],
    ['(eqv? 0.0 +nan.0)', '#f'],
    ['(eqv? (cons 1 2) (cons 1 2))', '#f'],
    ['(eqv? (lambda () 1) (lambda () 2))', '#f'],
    ['(let ((p (lambda (x) x))) (eqv? p p))', '#t'],
    ["(eqv? #f 'nil)", '#f'],
    // the unspecified cases must still give a boolean
    ['(boolean? (eqv? "" ""))', '#t'],
    ["(boolean? (eqv? '#() '#()))", '#t'],
    ['(boolean? (eqv? (lambda (x) x) (lambda (x) x)))', '#t'],
    ['(boolean? (eqv? (lambda (x) x) (lambda (y) y)))', '#t'],
    ['(boolean? (eqv? 1.0e0 1.0e0))', '#t'],
    ['(boolean? (eqv? +nan.0 +nan.0))', '#t'],
    ['(define gen-counter (lambda () (let ((n 0)) (lambda () (set! n (+ n 1)) n))))', null],
    ['(let ((g (gen-counter))) (eqv? g g))', '#t'],
    ['(eqv? (gen-counter) (gen-counter))', '#f'],
    ['(define gen-loser (lambda () (let ((n 0)) (lambda () (set! n (+ n 1)) 27))))', null],
    ['(let ((g (gen-loser))) (eqv? g g))', '#t'],
    ['(boolean? (eqv? (gen-loser) (gen-loser)))', '#t'],
    ["(boolean? (letrec ((f (lambda () (if (eqv? f g) 'both 'f))) (g (lambda () (if (eqv? f g) 'both 'g)))) (eqv? f g)))", '#t'],
    ["(letrec ((f (lambda () (if (eqv? f g) 'f 'both))) (g (lambda () (if (eqv? f g) 'g 'both)))) (eqv? f g))", '#f'],
    ["(boolean? (eqv? '(a) '(a)))", '#t'],
    ['(boolean? (eqv? "a" "a"))', '#t'],
    ["(boolean? (eqv? '(b) (cdr '(a b))))", '#t'],
    ["(let ((x '(a))) (eqv? x x))", '#t'],
  ]);

  examples(s, [
    // negative zero is distinguished, so it is not eqv? to zero (the report's note)
    ['(eqv? 0.0 -0.0)', '#f'],
    ['(eqv? -0.0 -0.0)', '#t'],
    ['(eqv? 0 -0)', '#t'],
    ['(eqv? 1/2 (/ 2 4))', '#t'],
    ['(eqv? 1/2 0.5)', '#f'],
    ['(eqv? (expt 2 100) (expt 2 100))', '#t'],
    ['(eqv? (expt 2 100) (+ (expt 2 100) 1))', '#f'],
    ['(eqv? 1.5 (/ 3.0 2))', '#t'],
    ['(eqv? #\\a #\\a)', '#t'],
    ['(eqv? #\\a #\\A)', '#f'],
    ['(eqv? #t #t)', '#t'],
    ['(eqv? #t #f)', '#f'],
    ['(eqv? "abc" "abc")', '#f'],
    ['(let ((s (string #\\a))) (eqv? s s))', '#t'],
    ['(let ((v (vector 1))) (eqv? v v))', '#t'],
    ['(eqv? (vector 1) (vector 1))', '#f'],
    ['(eqv? (bytevector 1) (bytevector 1))', '#f'],
    ["(eqv? 'a \"a\")", '#f'],
    ['(eqv? car car)', '#t'],
    ['(eqv? (string->symbol "x") \'x)', '#t'],
  ]);
});

describe('eq?', () => {
  reportExamples(s, [
    ["(eq? 'a 'a)", '#t'],
    ["(boolean? (eq? '(a) '(a)))", '#t'],
    ["(eq? (list 'a) (list 'a))", '#f'],
    ['(boolean? (eq? "a" "a"))', '#t'],
    ['(boolean? (eq? "" ""))', '#t'],
    ["(eq? '() '())", '#t'],
    ['(boolean? (eq? 2 2))', '#t'],
    ['(boolean? (eq? #\\A #\\A))', '#t'],
    ['(eq? car car)', '#t'],
    ['(boolean? (let ((n (+ 2 3))) (eq? n n)))', '#t'],
    ["(let ((x '(a))) (eq? x x))", '#t'],
    ["(let ((x '#())) (eq? x x))", '#t'],
    ['(let ((p (lambda (x) x))) (eq? p p))', '#t'],
  ]);

  examples(s, [
    ['(eq? #t #t)', '#t'],
    ["(eq? 'abc 'ABC)", '#f'],
    ['(let ((r (make-parameter 1))) (eq? r r))', '#t'],
    ['(eq? (cons 1 2) (cons 1 2))', '#f'],
  ]);
});

describe('equal?', () => {
  reportExamples(s, [
    ["(equal? 'a 'a)", '#t'],
    ["(equal? '(a) '(a))", '#t'],
    ["(equal? '(a (b) c) '(a (b) c))", '#t'],
    ['(equal? "abc" "abc")', '#t'],
    ['(equal? 2 2)', '#t'],
    ["(equal? (make-vector 5 'a) (make-vector 5 'a))", '#t'],
    ["(equal? '#1=(a b . #1#) '#2=(a b a b . #2#))", '#t'],
    ['(boolean? (equal? (lambda (x) x) (lambda (y) y)))', '#t'],
  ]);

  examples(s, [
    ['(equal? 2 2.0)', '#f'],
    ['(equal? 0.0 -0.0)', '#f'],
    ['(equal? "abc" "abC")', '#f'],
    ['(equal? "" "")', '#t'],
    ['(equal? (bytevector 1 2) (bytevector 1 2))', '#t'],
    ['(equal? (bytevector 1 2) (bytevector 1 3))', '#f'],
    ["(equal? #(1 (2 \"x\") #u8(3)) (vector 1 (list 2 (string #\\x)) (bytevector 3)))", '#t'],
    ['(equal? #(1 2) #(1 2 3))', '#f'],
    ["(equal? '(1 2) '(1 2 . 3))", '#f'],
    ['(equal? (vector) (vector))', '#t'],
    ['(equal? #\\a #\\a)', '#t'],
    ['(equal? 1/2 (/ 1 2))', '#t'],
    // circular structure in vectors terminates too
    ['(let ((a (vector 1 #f)) (b (vector 1 #f))) (vector-set! a 1 a) (vector-set! b 1 b) (equal? a b))', '#t'],
    ['(let ((a (list 1 2)) (b (list 1 3))) (set-cdr! (cdr a) a) (set-cdr! (cdr b) b) (equal? a b))', '#f'],
    // records and procedures compare as eqv?
    ['(equal? car car)', '#t'],
    ['(begin (define-record-type point (make-point x) point? (x point-x)) (equal? (make-point 1) (make-point 1)))', '#f'],
    ['(let ((p (make-point 1))) (equal? p p))', '#t'],
  ]);
});
