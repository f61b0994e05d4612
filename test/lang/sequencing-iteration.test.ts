// R7RS 4.2.3 and 4.2.4: begin, do, named let.
import { newSession, evalString } from './helpers.js';

const session = newSession();
const ev = (text: string) => evalString(session, text);

describe('begin', () => {
  test('evaluates left to right and gives the last value', () => {
    expect(ev("(define order '()) (begin (set! order (cons 1 order)) (set! order (cons 2 order)) 'last)")).toBe('last');
    expect(ev('order')).toBe('(2 1)');
  });

  test('the effects of every expression but the last happen, whatever the expressions are', () => {
    expect(ev(`
      (define (effects v)
        (vector-set! v 0 'a)
        (if (vector? v) (vector-set! v 1 'b))
        (display "" (current-output-port))
        v)
      (effects (make-vector 2 #f))`)).toBe('#(a b)');
  });

  test('an inlined built-in with a procedure call among its arguments, before the last expression', () => {
    expect(ev(`
      (define (id x) x)
      (define (fill-first v) (vector-set! v 0 (id 5)) v)
      (define (set-first p) (set-car! p (id 5)) p)
      (list (fill-first (make-vector 1 0)) (set-first (list 0)))`)).toBe('(#(5) (5))');
  });

  test('vector-map, which is written that way', () => {
    expect(ev('(vector-map (lambda (x) (* x x)) #(1 2 3))')).toBe('#(1 4 9)');
  });

  test('at the top level, definitions inside begin are top-level definitions', () => {
    expect(ev('(begin (define begin-a 1) (define begin-b (+ begin-a 1))) (list begin-a begin-b)')).toBe('(1 2)');
  });

  test('in a body, definitions inside begin are spliced into the body', () => {
    expect(ev('(define (spliced) (begin (define p 1) (define q 2)) (+ p q)) (spliced)')).toBe('3');
  });
});

describe('do', () => {
  test('steps its variables until the test is true, then gives the result expressions', () => {
    expect(ev('(do ((vec (make-vector 5)) (i 0 (+ i 1))) ((= i 5) vec) (vector-set! vec i i))')).toBe('#(0 1 2 3 4)');
    expect(ev("(let ((x '(1 3 5 7 9))) (do ((x x (cdr x)) (sum 0 (+ sum (car x)))) ((null? x) sum)))")).toBe('25');
  });

  test('a variable without a step keeps its value', () => {
    expect(ev('(do ((i 0 (+ i 1)) (k 10)) ((= i 3) (list i k)))')).toBe('(3 10)');
  });

  test('with no result expressions the value is unspecified', () => {
    expect(ev('(do ((i 0 (+ i 1))) ((= i 3)))')).toBe('#<unspecified>');
  });

  test('each iteration has fresh bindings, so closures made in the body keep their own values', () => {
    expect(ev("(define procs '()) (do ((i 0 (+ i 1))) ((= i 3)) (set! procs (cons (lambda () i) procs))) (map (lambda (p) (p)) procs)")).toBe(
      '(2 1 0)',
    );
  });

  test('the steps are computed from the old values, all at once', () => {
    expect(ev('(do ((a 0 b) (b 1 (+ a b)) (n 0 (+ n 1))) ((= n 10) a))')).toBe('55');
  });
});

describe('named let', () => {
  test('binds the name to a procedure whose body is the let body', () => {
    expect(ev(`
      (let loop ((numbers '(3 -2 1 6 -5)) (nonneg '()) (neg '()))
        (cond ((null? numbers) (list nonneg neg))
              ((>= (car numbers) 0) (loop (cdr numbers) (cons (car numbers) nonneg) neg))
              ((< (car numbers) 0) (loop (cdr numbers) nonneg (cons (car numbers) neg)))))`)).toBe('((6 1 3) (-5 -2))');
  });

  test('the loop procedure can be called in a non-tail position and passed around', () => {
    expect(ev('(let fact ((n 10)) (if (= n 0) 1 (* n (fact (- n 1)))))')).toBe('3628800');
    expect(ev('(let self ((n 0)) (if (procedure? self) (if (= n 0) (self 1) n) #f))')).toBe('1');
  });

  test('the name is not visible in the inits', () => {
    expect(ev("(define loop 'outer) (let loop ((x loop)) x)")).toBe('outer');
  });
});
