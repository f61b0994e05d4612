// R7RS 4.3.1 and 4.3.3: hygiene of syntax-rules macros, let-syntax, letrec-syntax, define-syntax, and
// macros that define macros.
import { newSession, evalString } from './helpers.js';

const session = newSession();
const ev = (text: string) => evalString(session, text);

describe('hygiene', () => {
  test("a macro's temporary does not capture the user's variable of the same name", () => {
    ev("(define-syntax my-or (syntax-rules () ((_) #f) ((_ e) e) ((_ e r ...) (let ((t e)) (if t t (my-or r ...))))))");
    expect(ev('(let ((t 5)) (my-or #f t))')).toBe('5');
    ev('(define-syntax swap! (syntax-rules () ((_ a b) (let ((tmp a)) (set! a b) (set! b tmp)))))');
    expect(ev('(let ((tmp 1) (other 2)) (swap! tmp other) (list tmp other))')).toBe('(2 1)');
  });

  test('a user binding of if does not break a macro that uses if', () => {
    expect(ev("(let ((if list)) (my-or #f 'second))")).toBe('second');
    expect(ev("(define-syntax my-if (syntax-rules () ((_ c a b) (cond (c a) (else b))))) (let ((if list) (else #f) (cond vector)) (my-if #f 1 2))")).toBe('2');
  });

  test('a user binding of list does not break a macro that calls list', () => {
    expect(ev('(define-syntax make-list-of (syntax-rules () ((_ x ...) (list x ...)))) (let ((list vector)) (make-list-of 1 2))')).toBe('(1 2)');
  });

  test('a user binding of a core procedure does not break derived forms (case, quasiquote)', () => {
    expect(ev("(let ((memv #f) (eqv? #f) (if #f) (not #f)) (case 2 ((1) 'one) ((2) 'two)))")).toBe('two');
    expect(ev("(let ((cons #f) (list #f) (append #f)) `(1 ,@(map + '(1 2)) ,(+ 1 2)))")).toBe('(1 1 2 3)');
  });

  test('a free identifier in a template means what it meant where the macro was defined', () => {
    expect(ev("(define helper-value 'global) (define-syntax get-helper (syntax-rules () ((_) helper-value))) (let ((helper-value 'local)) (get-helper))")).toBe(
      'global',
    );
  });

  test("the user's if passed to a macro stays the user's variable, while the macro's if is the keyword", () => {
    expect(ev(`
      (let-syntax ((given-that (syntax-rules () ((_ test stmt1 stmt2 ...) (if test (begin stmt1 stmt2 ...))))))
        (let ((if #t))
          (given-that if (set! if 'now))
          if))`)).toBe('now');
  });

  test('a free variable of a local macro refers to the binding around the macro, not one at the use', () => {
    expect(ev(`
      (let ((x 'outer))
        (let-syntax ((m (syntax-rules () ((m) x))))
          (let ((x 'inner))
            (m))))`)).toBe('outer');
  });

  test("a top-level definition a macro inserts does not clash with the program's names", () => {
    // the name the program passes in is defined for the program; the one the template inserts is not
    expect(ev("(define-syntax def-hidden (syntax-rules () ((_ getter v) (begin (define hidden v) (define (getter) hidden))))) (define hidden 'users) (def-hidden get-hidden 'macros) (list hidden (get-hidden))")).toBe(
      '(users macros)',
    );
  });
});

describe('let-syntax, letrec-syntax', () => {
  test('let-syntax binds a macro for its body', () => {
    expect(ev('(let-syntax ((double (syntax-rules () ((_ x) (* x 2))))) (double 21))')).toBe('42');
  });

  test("in let-syntax a macro's own name in its template means the binding outside", () => {
    expect(ev("(define (outer-f x) (list 'outer x)) (let-syntax ((outer-f (syntax-rules () ((_ x) (outer-f (+ x 1)))))) (outer-f 1))")).toBe('(outer 2)');
  });

  test('letrec-syntax macros may refer to each other and themselves', () => {
    expect(ev(`
      (letrec-syntax
          ((ev? (syntax-rules () ((_) #t) ((_ x . r) (od? . r))))
           (od? (syntax-rules () ((_) #f) ((_ x . r) (ev? . r)))))
        (list (ev? 1 2) (ev? 1 2 3)))`)).toBe('(#t #f)');
    expect(ev(`
      (letrec-syntax
          ((lr-or (syntax-rules ()
                    ((lr-or) #f)
                    ((lr-or e) e)
                    ((lr-or e1 e2 ...) (let ((temp e1)) (if temp temp (lr-or e2 ...)))))))
        (let ((x #f) (y 7) (temp 8) (let odd?) (if even?))
          (lr-or x (let temp) (if y) y)))`)).toBe('7');
  });

  test('let-syntax macros are not visible outside the body', () => {
    expect(ev("(define (only-inside) 'procedure) (list (let-syntax ((only-inside (syntax-rules () ((_) 'macro)))) (only-inside)) (only-inside))")).toBe(
      '(macro procedure)',
    );
  });

  test('internal define-syntax in a body', () => {
    expect(ev('(define (with-local-macro x) (define-syntax twice (syntax-rules () ((_ e) (begin e e)))) (define n 0) (twice (set! n (+ n x))) n) (with-local-macro 5)')).toBe(
      '10',
    );
  });
});

describe('macros that define macros', () => {
  test('a macro whose expansion is a define-syntax', () => {
    expect(ev('(define-syntax def-const (syntax-rules () ((_ name v) (define-syntax name (syntax-rules () ((_) v)))))) (def-const five 5) (five)')).toBe('5');
  });

  test('the inner macro uses an ellipsis of its own through (... ...)', () => {
    expect(ev('(define-syntax def-adder (syntax-rules () ((_ name n) (define-syntax name (syntax-rules () ((_ x (... ...)) (+ n x (... ...)))))))) (def-adder add10 10) (add10 1 2 3)')).toBe(
      '16',
    );
  });

  test('the inner macro uses a custom ellipsis', () => {
    expect(ev("(define-syntax def-lister (syntax-rules () ((_ name) (define-syntax name (syntax-rules ::: () ((_ x :::) (list 'name x :::))))))) (def-lister tagged) (tagged 1 2)")).toBe(
      '(tagged 1 2)',
    );
  });
});
