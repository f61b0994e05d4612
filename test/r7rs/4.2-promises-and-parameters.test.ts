// The procedures of R7RS chapter 4: force, make-promise and promise? (4.2.5, with delay and
// delay-force), and make-parameter (4.2.6, with parameterize).
import { newSession, reportExamples, examples, errors } from './report.js';

const s = newSession();

describe('4.2.5 force, delay, delay-force', () => {
  reportExamples(s, [
    ['(force (delay (+ 1 2)))', '3'],
    ['(let ((p (delay (+ 1 2)))) (list (force p) (force p)))', '(3 3)'],
    ['(define integers (letrec ((next (lambda (n) (delay (cons n (next (+ n 1))))))) (next 0)))', null],
    ['(define head (lambda (stream) (car (force stream))))', null],
    ['(define tail (lambda (stream) (cdr (force stream))))', null],
    ['(head (tail (tail integers)))', '2'],
    [`(define (stream-filter p? s)
        (delay-force
          (if (null? (force s))
              (delay '())
              (let ((h (car (force s))) (t (cdr (force s))))
                (if (p? h)
                    (delay (cons h (stream-filter p? t)))
                    (stream-filter p? t))))))`, null],
    ['(head (tail (tail (stream-filter odd? integers))))', '5'],
    ['(define count 0)', null],
    ['(define p (delay (begin (set! count (+ count 1)) (if (> count x) count (force p)))))', null],
    ['(define x 5)', null],
    ['(promise? p)', '#t'],
    ['(force p)', '6'],
    ['(promise? p)', '#t'],
    ['(begin (set! x 10) (force p))', '6'],
    ['(boolean? (eqv? (delay 1) 1))', '#t'],
    ['(boolean? (pair? (delay (cons 1 2))))', '#t'],
    ['(promise? (car (list (delay (* 3 7)) 13)))', '#t'],
  ]);
  examples(s, [
    ['(force (delay-force (delay 7)))', '7'],
    ['(force (make-promise 5))', '5'],
    ['(promise? (make-promise 5))', '#t'],
    ['(let ((p (delay 1))) (eq? p (make-promise p)))', '#t'],
    ['(force (make-promise (delay 3)))', '3'],
    ['(force 5)', '5'],
    ['(promise? 5)', '#f'],
    ['(promise? (lambda () 1))', '#f'],
    ['(let ((n 0)) (let ((p (delay (begin (set! n (+ n 1)) n)))) (force p) (force p) n))', '1'],
    // a long chain of delay-force runs in constant space
    ['(define (loop n) (delay-force (if (= n 0) (delay \'done) (loop (- n 1)))))', null],
    ['(force (loop 100000))', 'done'],
    // the delayed expression sees the parameters of the first force
    ['(let* ((prm (make-parameter 1)) (p (delay (prm)))) (parameterize ((prm 2)) (force p)))', '2'],
    ["(let ((p (delay (raise 'oops)))) (guard (e (#t (list 'caught e))) (force p)))", '(caught oops)'],
    ['(let ((p (delay 1))) (let ((out (open-output-string))) (write p out) (string=? (get-output-string out) "")))', '#f'],
  ]);
});

describe('4.2.6 make-parameter and parameterize', () => {
  reportExamples(s, [
    [`(define radix
        (make-parameter 10 (lambda (x) (if (and (exact-integer? x) (<= 2 x 16)) x (error "invalid radix")))))`, null],
    ['(define (f n) (number->string n (radix)))', null],
    ['(f 12)', '"12"'],
    ['(parameterize ((radix 2)) (f 12))', '"1100"'],
    ['(f 12)', '"12"'],
  ]);
  errors(s, [['(parameterize ((radix 0)) (f 12))', /^invalid radix/]]);
  examples(s, [
    ['(let ((p (make-parameter 1))) (p))', '1'],
    // the converter runs on the initial value and on each parameterize value, not on restoring
    ['(let ((p (make-parameter 1 (lambda (x) (* x 2))))) (list (p) (parameterize ((p 3)) (p)) (p)))', '(2 6 2)'],
    ["(let* ((log '()) (p (make-parameter 1 (lambda (x) (set! log (cons x log)) x)))) (parameterize ((p 2)) (p)) (reverse log))", '(1 2)'],
    ['(let ((a (make-parameter 1)) (b (make-parameter 2))) (parameterize ((a 10) (b 20)) (list (a) (b))))', '(10 20)'],
    ['(let ((a (make-parameter 1))) (parameterize ((a 2)) (parameterize ((a 3)) (a))))', '3'],
    ['(let ((a (make-parameter 1))) (parameterize () (a)))', '1'],
    ['(let ((a (make-parameter 1))) (parameterize ((a 2)) (values (a) 9)))', '2 9'],
    // the old value comes back when the body is left by an escape, and again on re-entry
    ['(let ((a (make-parameter 1))) (call/cc (lambda (k) (parameterize ((a 2)) (k 0)))) (a))', '1'],
    [`(let ((a (make-parameter 1)) (k #f) (seen '()))
        (parameterize ((a 2)) (call/cc (lambda (c) (set! k c))) (set! seen (cons (a) seen)))
        (if (< (length seen) 2) (k #f))
        (list seen (a)))`, '((2 2) 1)'],
    ['(procedure? (make-parameter 1))', '#t'],
  ]);
  errors(s, [
    ['(parameterize ((5 1)) 1)', /^parameterize: /],
    ['(make-parameter 1 5)', /^make-parameter: /],
  ]);
});
