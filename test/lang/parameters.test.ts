// R7RS 4.2.6: make-parameter and parameterize.
import { newSession, evalString, errorOf } from './helpers.js';

const session = newSession();
const ev = (text: string) => evalString(session, text);

describe('parameter objects', () => {
  test('a parameter is a procedure of no arguments returning its value', () => {
    expect(ev('(define radix (make-parameter 10)) (radix)')).toBe('10');
    expect(ev('(procedure? radix)')).toBe('#t');
  });

  test('parameterize rebinds for the dynamic extent of its body only', () => {
    expect(ev('(define (show-radix) (radix)) (list (parameterize ((radix 2)) (show-radix)) (show-radix))')).toBe('(2 10)');
  });

  test('the converter applies to the initial value and to parameterized values, not on restore', () => {
    expect(ev(`
      (define conversions 0)
      (define doubled (make-parameter 1 (lambda (x) (set! conversions (+ conversions 1)) (* x 2))))
      (list (doubled) (parameterize ((doubled 5)) (doubled)) (doubled) conversions)`)).toBe('(2 10 2 2)');
  });

  test('a converter that rejects the value signals the error from parameterize', () => {
    expect(errorOf(session, `
      (define positive (make-parameter 1 (lambda (x) (if (and (number? x) (> x 0)) x (error "not positive" x)))))
      (parameterize ((positive -1)) (positive))`)).toBe('not positive');
  });

  test('several parameters at once; nested parameterize shadows', () => {
    expect(ev(`
      (define pa (make-parameter 'a))
      (define pb (make-parameter 'b))
      (parameterize ((pa 1) (pb 2)) (list (pa) (pb) (parameterize ((pa 3)) (list (pa) (pb)))))`)).toBe('(1 2 (3 2))');
  });

  test('escaping from parameterize with a continuation restores the value', () => {
    expect(ev('(list (call/cc (lambda (k) (parameterize ((radix 16)) (k (radix))))) (radix))')).toBe('(16 10)');
  });

  test('re-entering parameterize through a continuation rebinds the value', () => {
    expect(ev(`
      (let ((reenter #f) (seen '()))
        (parameterize ((radix 8))
          (call/cc (lambda (k) (set! reenter k)))
          (set! seen (cons (radix) seen)))
        (set! seen (cons (radix) seen))
        (if (< (length seen) 6) (reenter #f))
        (list seen (radix)))`)).toBe('((10 8 10 8 10 8) 10)');
  });

  test('an error inside parameterize restores the value', () => {
    expect(ev("(list (guard (e (#t (radix))) (parameterize ((radix 3)) (raise 'oops))) (radix))")).toBe('(10 10)');
  });

  test('current-output-port is a parameter', () => {
    expect(ev('(let ((p (open-output-string))) (parameterize ((current-output-port p)) (display "to the string")) (get-output-string p))')).toBe(
      '"to the string"',
    );
  });
});
