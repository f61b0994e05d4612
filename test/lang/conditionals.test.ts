// R7RS 4.2.1: cond, case, and, or, when, unless.
import { newSession, evalString, errorOf } from './helpers.js';

const session = newSession();
const ev = (text: string) => evalString(session, text);

describe('cond', () => {
  test('the first clause whose test is true gives the value', () => {
    expect(ev("(cond ((> 3 2) 'greater) ((< 3 2) 'less))")).toBe('greater');
    expect(ev("(cond ((> 3 3) 'greater) ((< 3 3) 'less) (else 'equal))")).toBe('equal');
  });

  test('a clause with only a test gives the test value', () => {
    expect(ev('(cond (#f 1) ((+ 1 2)))')).toBe('3');
  });

  test('=> passes the test value to the receiver', () => {
    expect(ev("(cond ((assv 'b '((a 1) (b 2))) => cadr) (else #f))")).toBe('2');
  });

  test('no clause true and no else: unspecified', () => {
    expect(ev('(cond (#f 1))')).toBe('#<unspecified>');
  });

  test('later tests are not evaluated once one is true', () => {
    expect(ev("(cond (1 'first) ((car '()) 'never))")).toBe('first');
  });

  test('else and => keep their meaning even where the user has bound other names', () => {
    expect(ev("(let ((x 1)) (cond ((= x 2) 'two) (else 'other)))")).toBe('other');
  });

  test('a locally bound else is an ordinary variable, not the else keyword', () => {
    expect(ev("(let ((else #f)) (cond (else 'taken) (#t 'fell-through)))")).toBe('fell-through');
  });
});

describe('case', () => {
  test('selects the clause whose data contain the key, compared with eqv?', () => {
    expect(ev("(case (* 2 3) ((2 3 5 7) 'prime) ((1 4 6 8 9) 'composite))")).toBe('composite');
    expect(ev("(case (car '(c d)) ((a e i o u) 'vowel) ((w y) 'semivowel) (else 'consonant))")).toBe('consonant');
    expect(ev("(case #\\a ((#\\a) 'letter-a) (else 'other))")).toBe('letter-a');
  });

  test('no match and no else: unspecified', () => {
    expect(ev("(case 99 ((1) 'one))")).toBe('#<unspecified>');
  });

  test('=> in a clause and in else passes the key to the receiver', () => {
    expect(ev("(case (car '(c d)) ((a e i o u) 'vowel) ((w y) 'semivowel) (else => (lambda (x) x)))")).toBe('c');
    expect(ev('(case 5 ((5) => (lambda (k) (* k 2))) (else 0))')).toBe('10');
  });

  test('the key is evaluated once', () => {
    expect(ev("(define hits 0) (case (begin (set! hits (+ hits 1)) 3) ((1) 'a) ((2) 'b) ((3) 'c)) hits")).toBe('1');
  });
});

describe('and, or', () => {
  test('and gives the last value, or #f at the first false', () => {
    expect(ev('(and (= 2 2) (> 2 1))')).toBe('#t');
    expect(ev('(and (= 2 2) (< 2 1))')).toBe('#f');
    expect(ev("(and 1 2 'c '(f g))")).toBe('(f g)');
    expect(ev('(and)')).toBe('#t');
  });

  test('or gives the first true value', () => {
    expect(ev('(or (= 2 2) (> 2 1))')).toBe('#t');
    expect(ev('(or #f #f #f)')).toBe('#f');
    expect(ev("(or (memq 'b '(a b c)) (/ 3 0))")).toBe('(b c)');
    expect(ev('(or)')).toBe('#f');
  });

  test('evaluation stops as soon as the result is known', () => {
    expect(ev("(and #f (car '()))")).toBe('#f');
    expect(ev("(or 1 (car '()))")).toBe('1');
  });
});

describe('when, unless', () => {
  test('when evaluates its body if the test is true', () => {
    expect(ev("(define seen '()) (when (< 1 2) (set! seen (cons 'a seen)) (set! seen (cons 'b seen)) 'done)")).toBe('done');
    expect(ev('seen')).toBe('(b a)');
    expect(ev("(when #f 'never)")).toBe('#<unspecified>');
  });

  test('unless evaluates its body if the test is false', () => {
    expect(ev("(unless (= 1 2) 'ran)")).toBe('ran');
    expect(ev("(unless #t 'never)")).toBe('#<unspecified>');
  });

  test('the body is not evaluated when the test says no', () => {
    expect(ev("(when #f (car '())) (unless 1 (car '())) 'fine")).toBe('fine');
  });

  test('malformed forms are syntax errors', () => {
    expect(errorOf(session, '(when)')).toBe('when: expected (when test body ...)');
  });
});
