// R7RS 4.1: variable references, literals, procedure calls, lambda, if, set!.
import { newSession, evalString, errorOf } from './helpers.js';

const session = newSession();
const ev = (text: string) => evalString(session, text);

describe('literals and quote (4.1.2)', () => {
  test('quote returns its datum unevaluated', () => {
    expect(ev("(quote a)")).toBe('a');
    expect(ev("'(a . b)")).toBe('(a . b)');
    expect(ev("'(+ 1 2)")).toBe('(+ 1 2)');
    expect(ev("''a")).toBe('(quote a)');
    expect(ev("'#(a 1 \"x\" #\\y)")).toBe('#(a 1 "x" #\\y)');
    expect(ev("'()")).toBe('()');
  });

  test('numbers, strings, characters, booleans, vectors and bytevectors evaluate to themselves', () => {
    expect(ev('145932')).toBe('145932');
    expect(ev('"abc"')).toBe('"abc"');
    expect(ev('#\\a')).toBe('#\\a');
    expect(ev('#t')).toBe('#t');
    expect(ev('#false')).toBe('#f');
    expect(ev('#(1 2)')).toBe('#(1 2)');
    expect(ev('#u8(0 255)')).toBe('#u8(0 255)');
  });

  test('a quoted list is the same object each time its expression is evaluated', () => {
    expect(ev("(define (constant) '(1 2)) (eq? (constant) (constant))")).toBe('#t');
  });
});

describe('variables and procedure calls (4.1.1, 4.1.3)', () => {
  test('a variable evaluates to the value it is bound to', () => {
    expect(ev('(define x 28) x')).toBe('28');
  });

  test('an unbound variable is an error that names it', () => {
    expect(errorOf(session, 'this-variable-is-not-bound')).toBe('unbound variable: this-variable-is-not-bound');
  });

  test('operator and operands are evaluated and the procedure applied', () => {
    expect(ev('(+ 3 4)')).toBe('7');
    expect(ev('((if #f + *) 3 4)')).toBe('12');
    expect(ev('((lambda (f) (f 2 3)) -)')).toBe('-1');
  });

  test('calling something that is not a procedure is an error', () => {
    expect(errorOf(session, '(5 3)')).toBe('application: expected a procedure, got 5');
    expect(errorOf(session, '("f")')).toBe('application: expected a procedure, got "f"');
  });
});

describe('lambda (4.1.4)', () => {
  test('fixed parameters', () => {
    expect(ev('((lambda (x) (+ x x)) 4)')).toBe('8');
    expect(ev('(define reverse-subtract (lambda (x y) (- y x))) (reverse-subtract 7 10)')).toBe('3');
  });

  test('a closure captures the environment it was made in', () => {
    expect(ev('(define add4 (let ((x 4)) (lambda (y) (+ x y)))) (add4 6)')).toBe('10');
  });

  test('a single rest parameter takes every argument as a fresh list', () => {
    expect(ev('((lambda x x) 3 4 5 6)')).toBe('(3 4 5 6)');
    expect(ev('((lambda x x))')).toBe('()');
  });

  test('required parameters followed by a rest parameter', () => {
    expect(ev('((lambda (x y . z) (list x y z)) 3 4 5 6)')).toBe('(3 4 (5 6))');
    expect(ev('((lambda (x y . z) (list x y z)) 3 4)')).toBe('(3 4 ())');
  });

  test('the wrong number of arguments is an error that says how many were expected', () => {
    expect(errorOf(session, '((lambda (x) x))')).toBe('the procedure at <test>:1:2: expected 1 argument, got 0');
    expect(errorOf(session, '(define (two a b) a) (two 1 2 3)')).toBe('two: expected 2 arguments, got 3');
    expect(errorOf(session, '((lambda (a b . c) a) 1)')).toMatch(/expected at least 2 arguments, got 1/);
  });

  test('a body may hold several expressions; the last gives the value', () => {
    expect(ev('((lambda () 1 2 3))')).toBe('3');
  });

  test('each call has fresh bindings, so closures made by different calls are independent', () => {
    expect(ev(`
      (define (make-counter)
        (let ((n 0)) (lambda () (set! n (+ n 1)) n)))
      (define c1 (make-counter))
      (define c2 (make-counter))
      (c1) (c1) (c2)
      (list (c1) (c2))`)).toBe('(3 2)');
  });
});

describe('if (4.1.5)', () => {
  test('only #f counts as false', () => {
    expect(ev("(if (> 3 2) 'yes 'no)")).toBe('yes');
    expect(ev("(if (> 2 3) 'yes 'no)")).toBe('no');
    expect(ev("(if '() 'true 'false)")).toBe('true');
    expect(ev("(if 0 'true 'false)")).toBe('true');
    expect(ev('(if (> 3 2) (- 3 2) (+ 3 2))')).toBe('1');
  });

  test('the branch not taken is not evaluated', () => {
    expect(ev("(if #t 'ok (car '()))")).toBe('ok');
  });

  test('a one-armed if with a false test has an unspecified value', () => {
    expect(ev('(if #f #f)')).toBe('#<unspecified>');
  });

  test('malformed if is a syntax error', () => {
    expect(errorOf(session, '(if)')).toMatch(/^if: /);
  });
});

describe('set! (4.1.6)', () => {
  test('assigns a global variable', () => {
    expect(ev('(define y 2) (+ y 1) (set! y 4) (+ y 1)')).toBe('5');
  });

  test('assigns a local variable, seen by every closure sharing it', () => {
    expect(ev(`
      (let ((v 1))
        (define (get) v)
        (set! v 10)
        (get))`)).toBe('10');
  });

  test('assigning a variable that was never defined is an error', () => {
    expect(errorOf(session, '(set! never-defined-anywhere 1)')).toBe('set!: unbound variable: never-defined-anywhere');
  });
});
