// R7RS 3.5: proper tail recursion, in every tail context the report names. Each loop runs 10^6 times
// (it must finish and count right), and the same loop run 1000 times then raises at the bottom, where
// the continuation must hold no frame per iteration.
import { newSession, evalString, pendingFramesAtRaise } from './helpers.js';

const session = newSession();
const ev = (text: string) => evalString(session, text);

const MILLION = 1000000;

// Each case defines (NAME i acc), counting i down to 0 and adding 1 to acc on every iteration, with the
// recursive call in the tail context being tested. At i = 0 it calls finish, in tail position too.
const cases: [string, string][] = [
  ['if', '(define (NAME i acc) (if (= i 0) (finish acc) (NAME (- i 1) (+ acc 1))))'],
  ['cond clause', '(define (NAME i acc) (cond ((= i 0) (finish acc)) (else (NAME (- i 1) (+ acc 1)))))'],
  ['cond =>', '(define (NAME i acc) (cond ((= i 0) (finish acc)) ((- i 1) => (lambda (j) (NAME j (+ acc 1))))))'],
  ['case clause', "(define (NAME i acc) (case (if (= i 0) 'stop 'go) ((stop) (finish acc)) (else (NAME (- i 1) (+ acc 1)))))"],
  ['case =>', "(define (NAME i acc) (case (= i 0) ((#t) (finish acc)) (else => (lambda (x) (NAME (- i 1) (+ acc 1))))))"],
  ['and', '(define (NAME i acc) (if (= i 0) (finish acc) (and #t (NAME (- i 1) (+ acc 1)))))'],
  ['or', '(define (NAME i acc) (if (= i 0) (finish acc) (or #f (NAME (- i 1) (+ acc 1)))))'],
  ['when', '(define (NAME i acc) (if (= i 0) (finish acc) (when #t (NAME (- i 1) (+ acc 1)))))'],
  ['unless', '(define (NAME i acc) (if (= i 0) (finish acc) (unless #f (NAME (- i 1) (+ acc 1)))))'],
  ['let body', '(define (NAME i acc) (let ((j (- i 1)) (a (+ acc 1))) (if (< j 0) (finish acc) (NAME j a))))'],
  ['let* body', '(define (NAME i acc) (let* ((j (- i 1)) (a (+ acc 1))) (if (< j 0) (finish acc) (NAME j a))))'],
  ['letrec body', '(define (NAME i acc) (letrec ((j (- i 1))) (if (< j 0) (finish acc) (NAME j (+ acc 1)))))'],
  ['letrec* body', '(define (NAME i acc) (letrec* ((j (- i 1)) (a (+ acc 1))) (if (< j 0) (finish acc) (NAME j a))))'],
  ['let-values body', '(define (NAME i acc) (let-values (((j a) (values (- i 1) (+ acc 1)))) (if (< j 0) (finish acc) (NAME j a))))'],
  ['let*-values body', '(define (NAME i acc) (let*-values (((j) (values (- i 1))) ((a) (values (+ acc 1)))) (if (< j 0) (finish acc) (NAME j a))))'],
  ['let-syntax body', '(define (NAME i acc) (let-syntax ((dec (syntax-rules () ((_ x) (- x 1))))) (if (= i 0) (finish acc) (NAME (dec i) (+ acc 1)))))'],
  ['letrec-syntax body', '(define (NAME i acc) (letrec-syntax ((dec (syntax-rules () ((_ x) (- x 1))))) (if (= i 0) (finish acc) (NAME (dec i) (+ acc 1)))))'],
  ['named let', '(define (NAME i acc) (let loop ((i i) (acc acc)) (if (= i 0) (finish acc) (loop (- i 1) (+ acc 1)))))'],
  ['do result', '(define (NAME i acc) (do ((k 0 (+ k 1))) ((= k 1) (if (= i 0) (finish acc) (NAME (- i 1) (+ acc 1))))))'],
  ['begin, last expression', '(define (NAME i acc) (begin (- i 1) (if (= i 0) (finish acc) (begin #f (NAME (- i 1) (+ acc 1))))))'],
  ['lambda body, last expression', '(define (NAME i acc) (- i 1) (if (= i 0) (finish acc) ((lambda () #f (NAME (- i 1) (+ acc 1))))))'],
  ['case-lambda clause', '(define NAME (case-lambda ((i) (NAME i 0)) ((i acc) (if (= i 0) (finish acc) (NAME (- i 1) (+ acc 1))))))'],
  ['apply', '(define (NAME i acc) (if (= i 0) (finish acc) (apply NAME (list (- i 1) (+ acc 1)))))'],
  ['call/cc receiver', '(define (NAME i acc) (if (= i 0) (finish acc) (call/cc (lambda (k) (NAME (- i 1) (+ acc 1))))))'],
  ['call-with-values consumer', '(define (NAME i acc) (if (= i 0) (finish acc) (call-with-values (lambda () (values (- i 1) (+ acc 1))) NAME)))'],
  ['mutual recursion through globals', '(define (NAME i acc) (if (= i 0) (finish acc) (NAME-other (- i 1) (+ acc 1)))) (define (NAME-other i acc) (NAME i acc))'],
];

beforeAll(() => {
  ev('(define finish (lambda (acc) acc))');
  cases.forEach(([, definition], n) => ev(definition.replace(/NAME/g, `loop-${n}`)));
});

describe('tail calls in every tail context', () => {
  test.each(cases.map(([what], n): [string, number] => [what, n]))('%s: 10^6 iterations', (_what: string, n: number) => {
    expect(ev(`(loop-${n} ${MILLION} 0)`)).toBe(String(MILLION));
  });

  test.each(cases.map(([what], n): [string, number] => [what, n]))('%s: no frame is kept per iteration', (_what: string, n: number) => {
    ev("(set! finish (lambda (acc) (raise 'bottom)))");
    try {
      expect(pendingFramesAtRaise(session, `(loop-${n} 1000 0)`)).toBeLessThan(10);
    } finally {
      ev('(set! finish (lambda (acc) acc))');
    }
  });
});

describe('what the frame count measures', () => {
  test('a non-tail recursion keeps one frame per level', () => {
    ev("(define (non-tail i) (if (= i 0) (raise 'bottom) (+ 1 (non-tail (- i 1)))))");
    expect(pendingFramesAtRaise(session, '(non-tail 1000)')).toBeGreaterThanOrEqual(1000);
  });

  test('the body of guard is not a tail context (R7RS does not list it)', () => {
    // the handler must be uninstalled when the body returns
    ev("(define (in-guard i) (if (= i 0) (raise 'bottom) (guard (e ((string? e) e)) (in-guard (- i 1)))))");
    expect(pendingFramesAtRaise(session, '(in-guard 100)')).toBeGreaterThanOrEqual(100);
  });
});

describe('deep recursion', () => {
  test('non-tail recursion 10^6 deep', () => {
    expect(ev('(define (count-up n) (if (= n 0) 0 (+ 1 (count-up (- n 1))))) (count-up 1000000)')).toBe('1000000');
  });

  test('building a 10^6-element list by non-tail recursion, and mapping over it', () => {
    expect(ev("(define (build n) (if (= n 0) '() (cons n (build (- n 1))))) (length (map (lambda (x) (+ x 1)) (build 1000000)))")).toBe('1000000');
  });
});
