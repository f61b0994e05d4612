// SRFI 2: and-let*.
import { newSession, evalString, errorOf } from '../lang/helpers.js';

const session = newSession();
const ev = (text: string) => evalString(session, text);

describe('and-let*', () => {
  test('bindings, tests and bound variables, in order, each seeing the ones before', () => {
    expect(ev('(and-let* ((x 5) ((> x 3)) (y (* x 2))) (list x y))')).toBe('(5 10)');
    expect(ev('(let ((z 1)) (and-let* (z (w (+ z 1))) w))')).toBe('2');
  });

  test('the first false clause ends it with #f, and what follows is not evaluated', () => {
    expect(ev("(let ((ran #f)) (list (and-let* ((x #f) ((set! ran #t))) 'body) ran))")).toBe('(#f #f)');
    expect(ev("(and-let* (((= 1 2))) 'body)")).toBe('#f');
    expect(ev("(let ((v #f)) (and-let* (v) 'body))")).toBe('#f');
  });

  test('without a body, the value of the last clause; with no clauses, #t or the body', () => {
    expect(ev('(and-let* ((x 5)))')).toBe('5');
    expect(ev("(and-let* ((x 5) ((assv x '((5 . five))))))")).toBe('(5 . five)');
    expect(ev('(and-let* ())')).toBe('#t');
    expect(ev("(and-let* () 'body)")).toBe('body');
  });

  test('a typical use: digging into a nested structure', () => {
    expect(ev(`(define (lookup key alist) (and-let* ((p (assq key alist)) (v (cdr p)) ((number? v))) (* v 2)))
               (list (lookup 'a '((a . 2))) (lookup 'b '((a . 2))) (lookup 'a '((a . x))))`)).toBe('(4 #f #f)');
  });

  test('the body may define', () => {
    expect(ev('(and-let* ((x 2)) (define y (* x x)) y)')).toBe('4');
  });

  test('a binding clause whose variable is not an identifier is a syntax error', () => {
    expect(errorOf(session, '(and-let* (((car x) 1)) 1)')).not.toBe('no error');
  });
});
