// R7RS 4.2.5: delay, delay-force, force, make-promise, promise?.
import { newSession, evalString } from './helpers.js';

const session = newSession();
const ev = (text: string) => evalString(session, text);

describe('delay and force', () => {
  test('force evaluates a delayed expression', () => {
    expect(ev('(force (delay (+ 1 2)))')).toBe('3');
    expect(ev('(let ((p (delay (+ 1 2)))) (list (force p) (force p)))')).toBe('(3 3)');
  });

  test('the expression is evaluated at most once, and only when forced', () => {
    expect(ev(`
      (define runs 0)
      (define p (delay (begin (set! runs (+ runs 1)) 'value)))
      (define before runs)
      (list before (force p) (force p) runs)`)).toBe('(0 value value 1)');
  });

  test('a promise that forces itself while being forced keeps the first value it finishes with', () => {
    expect(ev(`
      (define count 0)
      (define p (delay (begin (set! count (+ count 1)) (if (> count x) count (force p)))))
      (define x 5)
      (list (force p) (begin (set! x 10) (force p)))`)).toBe('(6 6)');
  });

  test('streams built from delay', () => {
    expect(ev(`
      (define integers (letrec ((next (lambda (n) (delay (cons n (next (+ n 1))))))) (next 0)))
      (define (head stream) (car (force stream)))
      (define (tail stream) (cdr (force stream)))
      (head (tail (tail integers)))`)).toBe('2');
  });
});

describe('delay-force', () => {
  test('an iterative lazy algorithm runs in bounded space: a chain of 10^5 delay-forces', () => {
    expect(ev(`
      (define (stream-tail s k) (delay-force (if (= k 0) s (stream-tail (cdr (force s)) (- k 1)))))
      (define (from n) (delay (cons n (from (+ n 1)))))
      (car (force (stream-tail (from 0) 100000)))`)).toBe('100000');
  });

  test('the R7RS loop example', () => {
    expect(ev(`
      (define (loop n) (delay-force (if (= n 0) (delay 'bottom) (loop (- n 1)))))
      (force (loop 100000))`)).toBe('bottom');
  });
});

describe('make-promise, promise?', () => {
  test('make-promise wraps a value in a forced promise, and returns a promise unchanged', () => {
    expect(ev('(force (make-promise 5))')).toBe('5');
    expect(ev('(promise? (make-promise 5))')).toBe('#t');
    expect(ev('(let ((p (delay 1))) (eq? p (make-promise p)))')).toBe('#t');
  });

  test('promise? tells promises from other values', () => {
    expect(ev("(list (promise? (delay 1)) (promise? (delay-force (delay 1))) (promise? 1) (promise? (lambda () 1)))")).toBe('(#t #t #f #f)');
  });

  test('forcing a value that is not a promise gives the value', () => {
    expect(ev('(force 7)')).toBe('7');
  });
});
