// The extensions outside the SRFIs that programs written for Guile, Chibi and MIT use: assert,
// gensym, define-macro.
import { newSession, evalString, errorOf } from '../lang/helpers.js';

const session = newSession();
const ev = (text: string) => evalString(session, text);
const err = (text: string) => errorOf(session, text);

describe('assert', () => {
  test('returns quietly when the expression is true, and raises with the expression when it is false', () => {
    expect(ev("(begin (assert (= 1 1)) 'ok)")).toBe('ok');
    expect(err('(assert (= 1 2))')).toBe('assertion failed');
    expect(ev('(guard (e (#t (error-object-irritants e))) (assert (memq 3 (list 1 2))))')).toBe('((memq 3 (list 1 2)))');
  });
});

describe('gensym', () => {
  test('each call gives a new uninterned symbol, with an optional prefix', () => {
    expect(ev('(let ((a (gensym)) (b (gensym))) (list (symbol? a) (eq? a b) (symbol-interned? a)))')).toBe('(#t #f #f)');
    expect(ev('(let ((s (symbol->string (gensym "tmp")))) (string=? (substring s 0 3) "tmp"))')).toBe('#t');
    expect(ev("(let ((g (gensym 'x))) (eq? g (string->symbol (symbol->string g))))")).toBe('#f');
    expect(err('(gensym 5)')).toBe('gensym: expected a string or symbol prefix, got 5');
  });
});

describe('define-macro', () => {
  test('a non-hygienic macro whose transformer gets the forms unevaluated', () => {
    expect(ev(`(define-macro (swap! a b) (let ((tmp (gensym))) \`(let ((,tmp ,a)) (set! ,a ,b) (set! ,b ,tmp))))
               (let ((x 1) (y 2)) (swap! x y) (list x y))`)).toBe('(2 1)');
    expect(ev("(define-macro (my-unless c . body) `(if ,c #f (begin ,@body))) (list (my-unless #f 'ran) (my-unless #t 'ran))")).toBe('(ran #f)');
  });

  test('the (define-macro name procedure) form', () => {
    expect(ev("(define-macro twice (lambda (e) `(begin ,e ,e))) (let ((n 0)) (twice (set! n (+ n 1))) n)")).toBe('2');
  });
});
