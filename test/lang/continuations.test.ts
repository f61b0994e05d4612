// R7RS 6.10: call/cc (escape and re-entry), values and call-with-values, dynamic-wind.
import { newSession, evalString } from './helpers.js';

const session = newSession();
const ev = (text: string) => evalString(session, text);

describe('call-with-current-continuation: escaping', () => {
  test('calling the continuation abandons the rest of the computation', () => {
    expect(ev('(call/cc (lambda (k) (+ 1 (k 42))))')).toBe('42');
    expect(ev('(+ 1 (call-with-current-continuation (lambda (k) 10)))')).toBe('11');
  });

  test('the R7RS example: leaving a for-each early', () => {
    expect(ev(`
      (call-with-current-continuation
        (lambda (exit)
          (for-each (lambda (x) (if (negative? x) (exit x))) '(54 0 37 -3 245 19))
          #t))`)).toBe('-3');
  });

  test('the R7RS list-length example', () => {
    ev(`(define list-length
          (lambda (obj)
            (call-with-current-continuation
              (lambda (return)
                (letrec ((r (lambda (obj)
                              (cond ((null? obj) 0)
                                    ((pair? obj) (+ (r (cdr obj)) 1))
                                    (else (return #f))))))
                  (r obj))))))`);
    expect(ev("(list (list-length '(1 2 3 4)) (list-length '(a b . c)))")).toBe('(4 #f)');
  });

  test('escaping from deep recursion', () => {
    expect(ev("(define (find-deep n k) (if (= n 0) (k 'found) (+ 1 (find-deep (- n 1) k)))) (call/cc (lambda (k) (find-deep 100000 k)))")).toBe('found');
  });

  test('a continuation passes several values to a call-with-values consumer', () => {
    expect(ev('(call-with-values (lambda () (call/cc (lambda (k) (k 1 2 3)))) list)')).toBe('(1 2 3)');
  });
});

describe('call-with-current-continuation: re-entry', () => {
  test('a continuation resumed several times after its extent ended', () => {
    expect(ev(`
      (let ((k #f) (results '()))
        (let ((v (call/cc (lambda (c) (set! k c) 0))))
          (set! results (cons v results))
          (if (< v 4) (k (+ v 1)) (reverse results))))`)).toBe('(0 1 2 3 4)');
  });

  test('re-entering the middle of an argument evaluation keeps the other arguments', () => {
    expect(ev(`
      (let ((k #f) (n 0))
        (let ((result (list 'a (call/cc (lambda (c) (set! k c) 0)) 'b)))
          (set! n (+ n 1))
          (if (< n 3) (k n) result)))`)).toBe('(a 2 b)');
  });

  test('a generator made from two continuations', () => {
    ev(`(define (make-generator items)
          (define return #f)
          (define (resume-here)
            (for-each (lambda (x) (call/cc (lambda (next) (set! resume-here (lambda () (next #f))) (return x)))) items)
            (return 'done))
          (lambda () (call/cc (lambda (r) (set! return r) (resume-here)))))`);
    expect(ev("(let ((g (make-generator '(a b c)))) (let* ((x (g)) (y (g)) (z (g)) (w (g)) (v (g))) (list x y z w v)))")).toBe(
      '(a b c done done)',
    );
  });

  test('re-entry into a deep recursion resumes with the pending frames intact', () => {
    expect(ev(`
      (let ((k #f) (times 0))
        (define (sum-to n) (if (= n 0) (call/cc (lambda (c) (set! k c) 0)) (+ n (sum-to (- n 1)))))
        (let ((r (sum-to 1000)))
          (set! times (+ times 1))
          (if (< times 3) (k times) (list r times))))`)).toBe('(500502 3)');
  });
});

describe('dynamic-wind', () => {
  test('before, thunk, after, in order; the value of the thunk', () => {
    expect(ev(`
      (let ((trail '()))
        (let ((v (dynamic-wind (lambda () (set! trail (cons 'before trail)))
                               (lambda () (set! trail (cons 'during trail)) 'value)
                               (lambda () (set! trail (cons 'after trail))))))
          (list v (reverse trail))))`)).toBe('(value (before during after))');
  });

  test('escaping runs the after thunks from the inside out', () => {
    expect(ev(`
      (let ((trail '()))
        (define (note x) (set! trail (cons x trail)))
        (call/cc (lambda (k)
          (dynamic-wind
            (lambda () (note 'in1))
            (lambda () (dynamic-wind (lambda () (note 'in2)) (lambda () (k 'x)) (lambda () (note 'out2))))
            (lambda () (note 'out1)))))
        (reverse trail))`)).toBe('(in1 in2 out2 out1)');
  });

  test('re-entering runs the before thunks from the outside in, each time', () => {
    expect(ev(`
      (let ((trail '()) (k #f) (n 0))
        (define (note x) (set! trail (cons x trail)))
        (dynamic-wind
          (lambda () (note 'in1))
          (lambda ()
            (dynamic-wind
              (lambda () (note 'in2))
              (lambda () (call/cc (lambda (c) (set! k c))) (note 'body))
              (lambda () (note 'out2))))
          (lambda () (note 'out1)))
        (set! n (+ n 1))
        (if (< n 3) (k #f))
        (reverse trail))`)).toBe('(in1 in2 body out2 out1 in1 in2 body out2 out1 in1 in2 body out2 out1)');
  });

  test('the R7RS connect/talk/disconnect example', () => {
    expect(ev(`
      (let ((path '()) (c #f))
        (let ((add (lambda (s) (set! path (cons s path)))))
          (dynamic-wind
            (lambda () (add 'connect))
            (lambda () (add (call-with-current-continuation (lambda (c0) (set! c c0) 'talk1))))
            (lambda () (add 'disconnect)))
          (if (< (length path) 4) (c 'talk2) (reverse path))))`)).toBe('(connect talk1 disconnect connect talk2 disconnect)');
  });

  test('jumping between two sibling extents leaves one and enters the other', () => {
    expect(ev(`
      (let ((trail '()) (ka #f) (done #f))
        (define (note x) (set! trail (cons x trail)))
        (dynamic-wind
          (lambda () (note 'a-in))
          (lambda () (call/cc (lambda (c) (set! ka c))))
          (lambda () (note 'a-out)))
        (if (not done)
            (dynamic-wind
              (lambda () (note 'b-in))
              (lambda () (set! done #t) (ka #f))
              (lambda () (note 'b-out))))
        (reverse trail))`)).toBe('(a-in a-out b-in b-out a-in a-out)');
  });

  test('an error escaping through dynamic-wind runs the after thunk', () => {
    expect(ev("(let ((out #f)) (guard (e (#t (list e out))) (dynamic-wind (lambda () #f) (lambda () (raise 'err)) (lambda () (set! out 'ran)))))")).toBe(
      '(err ran)',
    );
  });
});

describe('values, call-with-values', () => {
  test('the consumer gets the producer values as arguments', () => {
    expect(ev('(call-with-values (lambda () (values 4 5)) (lambda (a b) b))')).toBe('5');
    expect(ev('(call-with-values * -)')).toBe('-1');
    expect(ev('(call-with-values (lambda () (values)) list)')).toBe('()');
    expect(ev('(call-with-values (lambda () 7) list)')).toBe('(7)');
  });

  test('a single value is an ordinary value', () => {
    expect(ev('(+ 1 (values 5))')).toBe('6');
  });

  test('values flow through procedure returns and tail calls', () => {
    expect(ev('(define (two-vals) (values 1 2)) (define (pass) (two-vals)) (call-with-values pass cons)')).toBe('(1 . 2)');
    expect(ev('(call-with-values (lambda () (if #t (values 1 2) 0)) list)')).toBe('(1 2)');
  });
});
