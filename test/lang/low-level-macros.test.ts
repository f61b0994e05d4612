// The non-hygienic macro systems beside syntax-rules: define-macro (with gensym) and
// er-macro-transformer (explicit renaming).
import { newSession, evalString, errorOf } from './helpers.js';

const session = newSession();
const ev = (text: string) => evalString(session, text);

describe('define-macro', () => {
  test('the transformer gets the operands unevaluated and returns the expansion', () => {
    expect(ev("(define-macro (quote-all . xs) `(quote ,xs)) (quote-all a (b c) 1)")).toBe('(a (b c) 1)');
    expect(ev('(define-macro (my-inc! v) `(set! ,v (+ ,v 1))) (define counter 4) (my-inc! counter) counter')).toBe('5');
  });

  test('gensym makes a temporary that cannot capture the user variable', () => {
    ev('(define-macro (swap2! a b) (let ((tmp (gensym "tmp"))) `(let ((,tmp ,a)) (set! ,a ,b) (set! ,b ,tmp))))');
    expect(ev('(let ((tmp 1) (y 2)) (swap2! tmp y) (list tmp y))')).toBe('(2 1)');
  });

  test('gensyms are symbols, each different from every other and from interned symbols', () => {
    expect(ev("(let ((a (gensym)) (b (gensym))) (list (symbol? a) (eq? a b) (eq? a (string->symbol (symbol->string a)))))")).toBe('(#t #f #f)');
  });

  test('the transformer is ordinary Lisp code, run at expansion time', () => {
    expect(ev("(define-macro (unrolled n body) `(begin ,@(let loop ((i 0)) (if (= i n) '() (cons body (loop (+ i 1))))))) (define hits 0) (unrolled 3 (set! hits (+ hits 1))) hits")).toBe(
      '3',
    );
  });

  test('a define-macro macro may expand into a use of itself', () => {
    expect(ev("(define-macro (my-and . xs) (cond ((null? xs) #t) ((null? (cdr xs)) (car xs)) (else `(if ,(car xs) (my-and ,@(cdr xs)) #f)))) (list (my-and) (my-and 1 2) (my-and 1 #f 3))")).toBe(
      '(#t 2 #f)',
    );
  });

  test('an error in the transformer is reported for the macro use', () => {
    expect(errorOf(session, "(define-macro (broken x) (car x)) (broken 5)")).toBe('car: expected a pair, got 5');
  });
});

describe('er-macro-transformer', () => {
  test('renamed identifiers mean what they mean where the macro was defined', () => {
    ev(`(define-syntax er-swap!
          (er-macro-transformer
            (lambda (form rename compare)
              (let ((a (cadr form)) (b (caddr form)))
                \`(,(rename 'let) ((,(rename 'tmp) ,a))
                   (,(rename 'set!) ,a ,b)
                   (,(rename 'set!) ,b ,(rename 'tmp)))))))`);
    expect(ev('(let ((tmp 1) (y 2)) (er-swap! tmp y) (list tmp y))')).toBe('(2 1)');
    expect(ev('(let ((let #f) (set! #f) (a 1) (b 2)) (er-swap! a b) (list a b))')).toBe('(2 1)');
  });

  test('rename gives the same identifier for the same symbol within one expansion', () => {
    expect(ev("(define-syntax same-rename (er-macro-transformer (lambda (f r c) `(,(r 'quote) ,(eq? (r 'x) (r 'x)))))) (same-rename)")).toBe('#t');
  });

  test('compare tells whether an operand is the same identifier as a renamed one', () => {
    ev("(define-syntax is-else? (er-macro-transformer (lambda (f r c) (if (c (cadr f) (r 'else)) ''was-else ''not-else))))");
    expect(ev("(list (is-else? else) (is-else? foo))")).toBe('(was-else not-else)');
    expect(ev("(let ((else 1)) (is-else? else))")).toBe('not-else');
  });

  test('an unrenamed symbol in the expansion refers to the binding at the use site', () => {
    expect(ev("(define-syntax capture-it (er-macro-transformer (lambda (f r c) 'it))) (let ((it 'captured)) (capture-it))")).toBe('captured');
  });
});
