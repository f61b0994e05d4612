// R7RS 4.2.2: let, let*, letrec, letrec*, let-values, let*-values; and receive (SRFI 8).
import { newSession, evalString, errorOf } from './helpers.js';

const session = newSession();
const ev = (text: string) => evalString(session, text);

describe('let, let*', () => {
  test('let evaluates every init in the outer environment', () => {
    expect(ev('(let ((x 2) (y 3)) (* x y))')).toBe('6');
    expect(ev('(let ((x 2) (y 3)) (let ((x 7) (z (+ x y))) (* z x)))')).toBe('35');
  });

  test('let* binds one after another', () => {
    expect(ev('(let ((x 2) (y 3)) (let* ((x 7) (z (+ x y))) (* z x)))')).toBe('70');
    expect(ev('(let* ((x 1) (x (+ x 1)) (x (* x 10))) x)')).toBe('20');
    expect(ev("(let* () 'empty)")).toBe('empty');
  });

  test('a let body may start with definitions', () => {
    expect(ev('(let ((a 1)) (define b (+ a 1)) (define (c) (* b 10)) (c))')).toBe('20');
  });

  test('a let binding a name twice is a syntax error', () => {
    expect(errorOf(session, '(let ((a 1) (a 2)) a)')).toBe('let: a is bound twice');
  });
});

describe('letrec, letrec*', () => {
  test('letrec lets the procedures refer to each other', () => {
    expect(ev(`
      (letrec ((even? (lambda (n) (if (zero? n) #t (odd? (- n 1)))))
               (odd? (lambda (n) (if (zero? n) #f (even? (- n 1))))))
        (even? 88))`)).toBe('#t');
  });

  test('letrec* evaluates its inits left to right, each seeing the ones before', () => {
    expect(ev(`
      (letrec* ((p (lambda (x) (+ 1 (q (- x 1)))))
                (q (lambda (y) (if (zero? y) 0 (+ 1 (p (- y 1))))))
                (x (p 5))
                (y x))
        y)`)).toBe('5');
  });

  test('using a letrec variable before it is initialised is an error', () => {
    expect(errorOf(session, '(letrec ((a b) (b 1)) a)')).toBe('b: variable used before its definition');
  });
});

describe('let-values, let*-values, receive', () => {
  test('let-values binds formals of every shape', () => {
    expect(ev('(let-values (((root rem) (exact-integer-sqrt 32))) (* root rem))')).toBe('35');
    expect(ev('(let-values (((a b) (values 1 2)) ((c . d) (values 3 4 5)) (e (values 6 7)) (() (values))) (list a b c d e))')).toBe(
      '(1 2 3 (4 5) (6 7))',
    );
  });

  test('let-values evaluates every init in the outer environment', () => {
    expect(ev("(let ((a 'a) (b 'b) (x 'x) (y 'y)) (let-values (((a b) (values x y)) ((x y) (values a b))) (list a b x y)))")).toBe(
      '(x y a b)',
    );
  });

  test('let*-values binds one after another', () => {
    expect(ev("(let ((a 'a) (b 'b) (x 'x) (y 'y)) (let*-values (((a b) (values x y)) ((x y) (values a b))) (list a b x y)))")).toBe(
      '(x y x y)',
    );
  });

  test('a value count that does not fit the formals is an error', () => {
    expect(errorOf(session, '(let-values (((a b) (values 1 2 3))) a)')).toMatch(/expected 2 arguments, got 3/);
  });

  test('receive binds the values of one expression', () => {
    expect(ev('(receive (q r) (floor/ 17 5) (list q r))')).toBe('(3 2)');
    expect(ev('(receive (a . rest) (values 1 2 3) (list a rest))')).toBe('(1 (2 3))');
    expect(ev('(receive all (values 1 2) all)')).toBe('(1 2)');
  });
});
