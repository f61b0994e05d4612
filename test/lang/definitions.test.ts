// R7RS 5.3 (variable definitions, internal definitions, define-values) and 5.5 (define-record-type).
import { newSession, evalString, errorOf } from './helpers.js';

const session = newSession();
const ev = (text: string) => evalString(session, text);

describe('define (5.3.1)', () => {
  test('defines a variable, and a procedure with the (name . formals) shorthand', () => {
    expect(ev('(define add3 (lambda (x) (+ x 3))) (add3 3)')).toBe('6');
    expect(ev('(define first car) (first \'(1 2))')).toBe('1');
    expect(ev('(define (sum-all . xs) (apply + xs)) (sum-all 1 2 3)')).toBe('6');
    expect(ev('(define (head-and-rest a . more) (list a more)) (head-and-rest 1 2 3)')).toBe('(1 (2 3))');
  });

  test('a curried head defines a procedure returning procedures', () => {
    expect(ev('(define ((adder a) b) (+ a b)) ((adder 1) 2)')).toBe('3');
    expect(ev('(define (((triple a) b) . cs) (list a b cs)) (((triple 1) 2) 3 4)')).toBe('(1 2 (3 4))');
  });

  test('defining an existing top-level variable again acts like assignment', () => {
    expect(ev('(define redefined 1) (define (get-redefined) redefined) (define redefined 2) (get-redefined)')).toBe('2');
  });

  test('a definition made in the user environment does not change what library code calls', () => {
    // map is written in Lisp and calls car; the user's car is theirs alone
    expect(ev("(define (car x) 'mine) (list (car '(1)) (map (lambda (x) x) '(1 2)))")).toBe('(mine (1 2))');
  });
});

describe('internal definitions (5.3.2)', () => {
  test('are visible throughout the body, and can be mutually recursive', () => {
    expect(ev(`
      (let ((x 5))
        (define foo (lambda (y) (bar x y)))
        (define bar (lambda (a b) (+ (* a b) a)))
        (foo (+ x 3)))`)).toBe('45');
  });

  test('shadow outer bindings only inside the body', () => {
    expect(ev('(define shadowed 1) (define (inner) (define shadowed 2) shadowed) (list (inner) shadowed)')).toBe('(2 1)');
  });

  test('may come from macro uses that expand into definitions', () => {
    expect(ev(`
      (define-syntax def-twice (syntax-rules () ((_ a b v) (begin (define a v) (define b v)))))
      (define (use-def-twice) (def-twice p q 7) (+ p q))
      (use-def-twice)`)).toBe('14');
  });

  test('an expression between definitions runs in order', () => {
    expect(ev("(define (mixed) (define log '()) (set! log (cons 'x log)) (define y (length log)) y) (mixed)")).toBe('1');
  });
});

describe('define-values (5.3.3)', () => {
  test('at the top level, with proper, dotted and single-variable formals', () => {
    expect(ev('(define-values (dq dr) (floor/ 17 5)) (list dq dr)')).toBe('(3 2)');
    expect(ev('(define-values (dh . dt) (values 1 2 3)) (list dh dt)')).toBe('(1 (2 3))');
    expect(ev('(define-values dall (values 1 2)) dall')).toBe('(1 2)');
    expect(ev("(define-values () (values)) 'nothing-defined")).toBe('nothing-defined');
  });

  test('inside a body', () => {
    expect(ev('(define (dv) (define-values (x y) (exact-integer-sqrt 17)) (define z 10) (list x y z)) (dv)')).toBe('(4 1 10)');
  });

  test('the expression sees the old value of a variable being redefined', () => {
    expect(ev('(define dvx 10) (define-values (dvx dvy) (values (+ dvx 1) dvx)) (list dvx dvy)')).toBe('(11 10)');
  });

  test('does not define a helper name the program could see or clash with', () => {
    expect(ev("(define values-list 'the-users) (define-values (va vb) (values 1 2)) values-list")).toBe('the-users');
  });
});

describe('define-record-type (5.5)', () => {
  beforeAll(() => {
    ev(`(define-record-type <pare>
          (kons x y)
          pare?
          (x kar set-kar!)
          (y kdr))`);
  });

  test('constructor, predicate, accessors and modifier', () => {
    expect(ev('(pare? (kons 1 2))')).toBe('#t');
    expect(ev("(pare? (cons 1 2))")).toBe('#f');
    expect(ev('(kar (kons 1 2))')).toBe('1');
    expect(ev('(kdr (kons 1 2))')).toBe('2');
    expect(ev('(let ((k (kons 1 2))) (set-kar! k 3) (kar k))')).toBe('3');
  });

  test('each record is a new object, distinct from other types', () => {
    expect(ev('(eq? (kons 1 2) (kons 1 2))')).toBe('#f');
    expect(ev('(define-record-type other (make-other x) other? (x other-x)) (list (pare? (make-other 1)) (other? (kons 1 2)))')).toBe('(#f #f)');
    expect(ev('(list (vector? (kons 1 2)) (pair? (kons 1 2)) (procedure? (kons 1 2)))')).toBe('(#f #f #f)');
  });

  test('the constructor may take a subset of the fields, in any order', () => {
    expect(ev('(define-record-type node (make-node right left) node? (left node-left) (right node-right) (mark node-mark set-node-mark!))')).toBe(
      '#<unspecified>',
    );
    expect(ev("(let ((n (make-node 'r 'l))) (set-node-mark! n #t) (list (node-left n) (node-right n) (node-mark n)))")).toBe('(l r #t)');
  });

  test('an accessor applied to the wrong type is an error', () => {
    expect(errorOf(session, '(kar 5)')).toMatch(/^[^:]+: expected a pare record, got 5$/);
  });

  test('the error names the accessor the program defined', () => {
    expect(errorOf(session, '(kar 5)')).toBe('kar: expected a pare record, got 5');
  });

  test('a record is written with its type name and fields', () => {
    expect(ev('(kons 1 "two")')).toBe('#<pare 1 "two">');
  });
});
