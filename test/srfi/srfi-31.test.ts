// SRFI 31: rec.
import { newSession, evalString } from '../lang/helpers.js';

const session = newSession();
const ev = (text: string) => evalString(session, text);

describe('rec', () => {
  test('(rec (name . formals) body ...) is a procedure that can call itself by name', () => {
    expect(ev('((rec (fact n) (if (= n 0) 1 (* n (fact (- n 1))))) 10)')).toBe('3628800');
    expect(ev("((rec (count . xs) (if (null? xs) 0 (+ 1 (apply count (cdr xs))))) 'a 'b 'c)")).toBe('3');
  });

  test('(rec name expression) binds name inside expression to its value', () => {
    expect(ev("(define fib (rec f (lambda (n) (if (< n 2) n (+ (f (- n 1)) (f (- n 2))))))) (fib 15)")).toBe('610');
    expect(ev('(let ((s (rec stream (cons 1 (delay stream))))) (eq? s (force (cdr s))))')).toBe('#t');
  });

  test('the name is not visible outside', () => {
    expect(ev("(let ((f 'outer)) (rec (f) f) f)")).toBe('outer');
  });
});
