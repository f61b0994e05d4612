// R7RS 6.4 Pairs and lists, with (scheme cxr).
import { newSession, reportExamples, examples, errors } from './report.js';

const s = newSession();

describe('lists and set-cdr!', () => {
  reportExamples(s, [
    ["(define x (list 'a 'b 'c))", null],
    ['(define y x)', null],
    ['y', '(a b c)'],
    ['(list? y)', '#t'],
    ['(set-cdr! x 4)', '#<unspecified>'],
    ['x', '(a . 4)'],
    ['(eqv? x y)', '#t'],
    ['y', '(a . 4)'],
    ['(list? y)', '#f'],
    ['(set-cdr! x x)', '#<unspecified>'],
    ['(list? x)', '#f'],
  ]);
});

describe('pair?, cons, car, cdr, set-car!, set-cdr!', () => {
  reportExamples(s, [
    ["(pair? '(a . b))", '#t'],
    ["(pair? '(a b c))", '#t'],
    ["(pair? '())", '#f'],
    ["(pair? '#(a b))", '#f'],
    ["(cons 'a '())", '(a)'],
    ["(cons '(a) '(b c d))", '((a) b c d)'],
    ['(cons "a" \'(b c))', '("a" b c)'],
    ["(cons 'a 3)", '(a . 3)'],
    ["(cons '(a b) 'c)", '((a b) . c)'],
    ["(car '(a b c))", 'a'],
    ["(car '((a) b c d))", '(a)'],
    ["(car '(1 . 2))", '1'],
    ["(cdr '((a) b c d))", '(b c d)'],
    ["(cdr '(1 . 2))", '2'],
    ["(define (f) (list 'not-a-constant-list))", null],
    ["(define (g) '(constant-list))", null],
    ['(set-car! (f) 3)', '#<unspecified>'],
  ]);
  errors(s, [
    ["(car '())", /^car: /],
    ["(cdr '())", /^cdr: /],
    ['(car 1)', /^car: /],
    ['(set-car! 5 1)', /^set-car!: /],
    ["(set-cdr! '() 1)", /^set-cdr!: /],
  ]);
  errors(s, [['(set-car! (g) 3)', /set-car!/]]);
  examples(s, [
    ['(let ((p (cons 1 2))) (set-car! p 3) (set-cdr! p 4) p)', '(3 . 4)'],
    ['(eqv? (cons 1 2) (cons 1 2))', '#f'],
    ['(let ((x (list 1 2))) (eq? (cdr x) (cdr x)))', '#t'],
  ]);
});

describe('the cxr compositions', () => {
  examples(s, [
    ["(caar '((a) b))", 'a'],
    ["(cadr '(a b c))", 'b'],
    ["(cdar '((a . b) c))", 'b'],
    ["(cddr '(a b c))", '(c)'],
    ["(caddr '(a b c d))", 'c'],
    ["(cdddr '(a b c d))", '(d)'],
    ["(cadddr '(a b c d))", 'd'],
    ["(cddddr '(a b c d e))", '(e)'],
    ["(caaar '(((a))))", 'a'],
    ["(caadr '(x (a)))", 'a'],
    ["(cadar '((x a)))", 'a'],
    ["(cdaar '(((x . a))))", 'a'],
    ["(caaaar '((((a)))))", 'a'],
    ["(cdadar '((x (y . a))))", 'a'],
    ["(caddar '((x y a)))", 'a'],
    ["(cddaar '(((x y . a))))", 'a'],
    ["(cdaddr '(x y (z . a)))", 'a'],
    [`(let ((names '(caar cadr cdar cddr caaar caadr cadar caddr cdaar cdadr cddar cdddr
                     caaaar caaadr caadar caaddr cadaar cadadr caddar cadddr
                     cdaaar cdaadr cdadar cdaddr cddaar cddadr cdddar cddddr)))
        (length names))`, '28'],
  ]);
  errors(s, [
    ["(cadr '(1))", /^cadr: /],
    ['(caddr 5)', /^caddr: /],
    ["(cddddr '(1 2 3))", /^cddddr: /],
  ]);
});

describe('null? and list?', () => {
  reportExamples(s, [
    ["(list? '(a b c))", '#t'],
    ["(list? '())", '#t'],
    ["(list? '(a . b))", '#f'],
    ["(let ((x (list 'a))) (set-cdr! x x) (list? x))", '#f'],
  ]);
  examples(s, [
    ["(null? '())", '#t'],
    ["(null? '(a))", '#f'],
    ['(null? #f)', '#f'],
    ['(null? (vector))', '#f'],
    ['(list? 5)', '#f'],
    ["(let ((x (list 1 2 3))) (set-cdr! (cddr x) (cdr x)) (list? x))", '#f'],
  ]);
});

describe('make-list, list, length', () => {
  reportExamples(s, [
    ['(make-list 2 3)', '(3 3)'],
    ["(list 'a (+ 3 4) 'c)", '(a 7 c)'],
    ['(list)', '()'],
    ["(length '(a b c))", '3'],
    ["(length '(a (b) (c d e)))", '3'],
    ["(length '())", '0'],
  ]);
  examples(s, [
    ['(make-list 0)', '()'],
    ['(length (make-list 3))', '3'],
    ['(make-list 0 1)', '()'],
    ["(let ((l (make-list 2 'x))) (eq? l (make-list 2 'x)))", '#f'],
  ]);
  errors(s, [
    ['(make-list -1)', /^make-list: /],
    ['(make-list 1.5)', /^make-list: /],
    ["(length '(1 . 2))", /^length: /],
    ['(length 5)', /^length: /],
    ['(let ((x (list 1))) (set-cdr! x x) (length x))', /^length: /],
  ]);
});

describe('append', () => {
  reportExamples(s, [
    ["(append '(x) '(y))", '(x y)'],
    ["(append '(a) '(b c d))", '(a b c d)'],
    ["(append '(a (b)) '((c)))", '(a (b) (c))'],
    ["(append '(a b) '(c . d))", '(a b c . d)'],
    ["(append '() 'a)", 'a'],
  ]);
  examples(s, [
    ['(append)', '()'],
    ["(append '(1))", '(1)'],
    ['(append 5)', '5'],
    ["(append '() '())", '()'],
    ["(append '(1) '() '(2 3) '())", '(1 2 3)'],
    ["(append '(1) 2)", '(1 . 2)'],
    // shares structure with the last argument only
    ["(let ((tail (list 3))) (eq? tail (cddr (append '(1 2) tail))))", '#t'],
    ["(let ((head (list 1))) (eq? head (append head '())))", '#f'],
  ]);
  errors(s, [
    ["(append 1 '(2))", /^append: /],
    ["(append '(1 . 2) '(3))", /^append: /],
  ]);
});

describe('reverse', () => {
  reportExamples(s, [
    ["(reverse '(a b c))", '(c b a)'],
    ["(reverse '(a (b c) d (e (f))))", '((e (f)) d (b c) a)'],
  ]);
  examples(s, [
    ["(reverse '())", '()'],
    ["(let ((l (list 1))) (eq? l (reverse l)))", '#f'],
  ]);
  errors(s, [
    ["(reverse '(1 . 2))", /^reverse: /],
    ['(reverse 5)', /^reverse: /],
  ]);
});

describe('list-tail, list-ref, list-set!', () => {
  reportExamples(s, [
    ["(list-ref '(a b c d) 2)", 'c'],
    ["(list-ref '(a b c d) (exact (round 1.8)))", 'c'],
    ["(let ((ls (list 'one 'two 'five!))) (list-set! ls 2 'three) ls)", '(one two three)'],
  ]);
  examples(s, [
    ["(list-tail '(a b c d) 2)", '(c d)'],
    ["(list-tail '(a b) 2)", '()'],
    ["(list-tail '(a b) 0)", '(a b)'],
    ["(list-tail '(a b . c) 2)", 'c'],
    ["(list-tail 'x 0)", 'x'],
    ["(let ((l (list 1 2 3))) (eq? (cdr l) (list-tail l 1)))", '#t'],
    ["(list-ref '(a b . c) 1)", 'b'],
    // list-ref takes a circular list
    ["(let ((c (list 'a 'b))) (set-cdr! (cdr c) c) (list-ref c 5))", 'b'],
    ["(let ((l (list 1 2 3))) (list-set! l 0 'x) l)", '(x 2 3)'],
  ]);
  errors(s, [
    ["(list-tail '(1) 5)", /^list-tail: /],
    ["(list-tail '(1) -1)", /^list-tail: /],
    ["(list-tail '(1) 1.0)", /^list-tail: /],
    ["(list-ref '(a b) 2)", /^list-ref: /],
    ["(list-ref '() 0)", /^list-ref: /],
    ["(list-ref '(a b) -1)", /^list-ref: /],
    ["(list-ref '(a b) 'x)", /^list-ref: /],
    ['(list-set! (list 1 2) 2 0)', /^list-set!: /],
    ['(list-set! (list 1 2) -1 0)', /^list-set!: /],
    ["(list-set! 'x 0 0)", /^list-set!: /],
  ]);
  errors(s, [["(list-set! '(0 1 2) 1 \"oops\")", /list-set!/]]);
});

describe('memq, memv, member', () => {
  reportExamples(s, [
    ["(memq 'a '(a b c))", '(a b c)'],
    ["(memq 'b '(a b c))", '(b c)'],
    ["(memq 'a '(b c d))", '#f'],
    ["(memq (list 'a) '(b (a) c))", '#f'],
    ["(member (list 'a) '(b (a) c))", '((a) c)'],
    ['(member "B" \'("a" "b" "c") string-ci=?)', '("b" "c")'],
    ["(let ((r (memq 101 '(100 101 102)))) (or (not r) (equal? r '(101 102))))", '#t'],
    ["(memv 101 '(100 101 102))", '(101 102)'],
  ]);
  examples(s, [
    ["(memq 'a '())", '#f'],
    ["(memv 1.5 '(1 1.5 2))", '(1.5 2)'],
    ["(memv 1 '(1.0 1))", '(1)'],
    ["(member 2.0 '(1 2 3) =)", '(2 3)'],
    ["(member '(1) '((1) 2))", '((1) 2)'],
    ['(member "b" \'("a" "b"))', '("b")'],
    // the compare procedure gets obj first, then the element
    ["(member 2 '(1 2 3 4) <)", '(3 4)'],
    ["(memv (expt 2 70) (list 1 (expt 2 70)))", '(1180591620717411303424)'],
  ]);
  errors(s, [
    ["(memq 'x 5)", /^memq: /],
    ["(memv 'x '(a . b))", /^memv: /],
    ["(member 'x '(a . b))", /^member: /],
    ["(member 'x '(a . b) eq?)", /^member: /],
  ]);
});

describe('assq, assv, assoc', () => {
  reportExamples(s, [
    ["(define e '((a 1) (b 2) (c 3)))", null],
    ["(assq 'a e)", '(a 1)'],
    ["(assq 'b e)", '(b 2)'],
    ["(assq 'd e)", '#f'],
    ["(assq (list 'a) '(((a)) ((b)) ((c))))", '#f'],
    ["(assoc (list 'a) '(((a)) ((b)) ((c))))", '((a))'],
    ["(assoc 2.0 '((1 1) (2 4) (3 9)) =)", '(2 4)'],
    ["(let ((r (assq 5 '((2 3) (5 7) (11 13))))) (or (not r) (equal? r '(5 7))))", '#t'],
    ["(assv 5 '((2 3) (5 7) (11 13)))", '(5 7)'],
  ]);
  examples(s, [
    ["(assq 'a '())", '#f'],
    ["(assv 1/2 '((0.5 a) (1/2 b)))", '(1/2 b)'],
    ['(assoc "b" \'(("a" . 1) ("b" . 2)))', '("b" . 2)'],
    ["(assoc 3 '((1 . a) (5 . b)) <)", '(5 . b)'],
  ]);
  errors(s, [
    ["(assq 'x '(1 2))", /^assq: /],
    ["(assv 'x 5)", /^assv: /],
    ["(assoc 'x '((a . 1) . b))", /^assoc: /],
    ["(assoc 'x '(5) equal?)", /^assoc: /],
  ]);
});

describe('list-copy', () => {
  reportExamples(s, [
    ["(define a '(1 8 2 8))", null],
    ['(define b (list-copy a))', null],
    ['(set-car! b 3)', '#<unspecified>'],
    ['b', '(3 8 2 8)'],
    ['a', '(1 8 2 8)'],
  ]);
  examples(s, [
    ["(list-copy '())", '()'],
    ['(list-copy 5)', '5'],
    ["(list-copy '(1 2 . 3))", '(1 2 . 3)'],
    ["(let* ((x (list (list 1))) (y (list-copy x))) (list (eq? x y) (eq? (car x) (car y))))", '(#f #t)'],
  ]);
  errors(s, [['(let ((x (list 1 2))) (set-cdr! (cdr x) x) (list-copy x))', /^list-copy: /]]);
});
