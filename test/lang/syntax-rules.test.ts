// R7RS 4.3.2: syntax-rules patterns and templates.
import { newSession, evalString, errorOf } from './helpers.js';

const session = newSession();
const ev = (text: string) => evalString(session, text);

describe('patterns', () => {
  test('the first rule that matches is used; _ matches anything', () => {
    expect(ev(`
      (define-syntax kind
        (syntax-rules ()
          ((_) 'none)
          ((_ x) 'one)
          ((_ _ _) 'two)
          ((_ . _) 'more)))
      (list (kind) (kind a) (kind a b) (kind a b c))`)).toBe('(none one two more)');
  });

  test('a macro use that matches no rule is a syntax error', () => {
    expect(errorOf(session, '(define-syntax just-one (syntax-rules () ((_ x) x))) (just-one 1 2)')).toBe('just-one: no syntax rule matches (just-one 1 2)');
  });

  test('ellipsis matches zero or more', () => {
    expect(ev("(define-syntax my-list (syntax-rules () ((_ x ...) (list x ...)))) (list (my-list) (my-list 1 2 3))")).toBe('(() (1 2 3))');
  });

  test('ellipsis followed by more patterns matches from the end', () => {
    expect(ev("(define-syntax last-first (syntax-rules () ((_ a ... z) '(z a ...)))) (last-first 1 2 3 4)")).toBe('(4 1 2 3)');
    expect(ev("(define-syntax tail2 (syntax-rules () ((_ a ... y z) '((a ...) y z)))) (tail2 1 2)")).toBe('(() 1 2)');
  });

  test('nested ellipses, flattened with ... ...', () => {
    expect(ev("(define-syntax flat (syntax-rules () ((_ (a b ...) ...) '(a ... (b ... ...))))) (flat (1 2 3) (4 5) (6))")).toBe('(1 4 6 (2 3 5))');
    expect(ev("(define-syntax groups (syntax-rules () ((_ (k v ...) ...) '((k v ...) ...)))) (groups (a 1 2) (b))")).toBe('((a 1 2) (b))');
    expect(ev("(define-syntax deep3 (syntax-rules () ((_ ((a ...) ...) ...) '(a ... ... ...)))) (deep3 ((1 2) (3)) ((4)))")).toBe('(1 2 3 4)');
  });

  test('a pattern variable used under more ellipses in the template is repeated', () => {
    expect(ev("(define-syntax pair-with (syntax-rules () ((_ x (y ...)) '((x y) ...)))) (pair-with 0 (1 2 3))")).toBe('((0 1) (0 2) (0 3))');
  });

  test('a pattern variable used under fewer ellipses in the template is a syntax error', () => {
    expect(errorOf(session, "(define-syntax too-few (syntax-rules () ((_ x ...) '(x)))) (too-few 1 2)")).toBe(
      'x: pattern variable used with too few ellipses in the template',
    );
  });

  test('literals match only the same binding', () => {
    ev("(define-syntax arrow (syntax-rules (=>) ((_ a => b) (list 'arrow a b)) ((_ a b c) (list 'plain a b c))))");
    expect(ev('(arrow 1 => 2)')).toBe('(arrow 1 2)');
    expect(ev('(arrow 1 2 3)')).toBe('(plain 1 2 3)');
    expect(ev('(let ((=> 5)) (arrow 1 => 2))')).toBe('(plain 1 5 2)');
  });

  test('dotted patterns bind the rest of the form', () => {
    ev("(define-syntax split (syntax-rules () ((_ a . rest) '(a rest))))");
    expect(ev('(split 1 2 3)')).toBe('(1 (2 3))');
    expect(ev('(split 1)')).toBe('(1 ())');
    expect(ev("(define-syntax ell-dot (syntax-rules () ((_ a ... . r) '((a ...) r)))) (ell-dot 1 2 . 3)")).toBe('((1 2) 3)');
  });

  test('vector patterns, with ellipses', () => {
    expect(ev("(define-syntax vec-parts (syntax-rules () ((_ #(a b ...)) '(a (b ...))))) (vec-parts #(1 2 3))")).toBe('(1 (2 3))');
    expect(ev("(define-syntax vec-out (syntax-rules () ((_ x ...) #(x ... end)))) (vec-out 1 2)")).toBe('#(1 2 end)');
  });

  test('literal data in patterns match by equal?', () => {
    expect(ev("(define-syntax lit-data (syntax-rules () ((_ 1 \"s\" #\\c) 'matched) ((_ . x) 'no))) (list (lit-data 1 \"s\" #\\c) (lit-data 2 \"s\" #\\c))")).toBe(
      '(matched no)',
    );
  });
});

describe('ellipsis escapes', () => {
  test('a custom ellipsis identifier', () => {
    expect(ev("(define-syntax cust (syntax-rules ::: () ((_ x :::) (list x ::: '...)))) (cust 1 2 3)")).toBe('(1 2 3 ...)');
  });

  test('(... ...) puts a literal ellipsis in the output', () => {
    expect(ev("(define-syntax dots (syntax-rules () ((_ x ...) '((x (... ...)) ...)))) (dots 1 2)")).toBe('((1 ...) (2 ...))');
  });
});

describe('recursive macros', () => {
  test('a macro may expand into a use of itself', () => {
    expect(ev(`
      (define-syntax my-let*
        (syntax-rules ()
          ((_ () body ...) (let () body ...))
          ((_ ((x v) rest ...) body ...) (let ((x v)) (my-let* (rest ...) body ...)))))
      (my-let* ((a 1) (b (+ a 1)) (c (* b 3))) (list a b c))`)).toBe('(1 2 6)');
  });

  test('a macro used before a later definition of the procedures it calls', () => {
    expect(ev("(define-syntax call-later (syntax-rules () ((_ x) (later-proc x)))) (define (use-it) (call-later 4)) (define (later-proc x) (* x x)) (use-it)")).toBe(
      '16',
    );
  });
});
