// SRFI 1, the list library.
import { newSession, evalString, errorOf } from '../lang/helpers.js';

const session = newSession();
const ev = (text: string) => evalString(session, text);
const err = (text: string) => errorOf(session, text);

describe('constructors', () => {
  test('xcons, cons*, make-list, list-tabulate, list-copy, iota', () => {
    expect(ev("(xcons '(b c) 'a)")).toBe('(a b c)');
    expect(ev("(cons* 1 2 '(3 4))")).toBe('(1 2 3 4)');
    expect(ev('(cons* 1)')).toBe('1');
    expect(ev("(make-list 3 'x)")).toBe('(x x x)');
    expect(ev('(list-tabulate 4 (lambda (i) (* i i)))')).toBe('(0 1 4 9)');
    expect(ev('(list-tabulate 0 (lambda (i) i))')).toBe('()');
    expect(ev("(let* ((a '(1 2 3)) (b (list-copy a))) (list (equal? a b) (eq? a b)))")).toBe('(#t #f)');
    expect(ev('(iota 5 0 -1)')).toBe('(0 -1 -2 -3 -4)');
  });

  test('circular-list makes a list whose last pair points back at its first', () => {
    expect(ev("(let ((c (circular-list 'a 'b))) (list (circular-list? c) (list-ref c 5) (length+ c)))")).toBe('(#t b #f)');
  });

  test('list-tabulate checks its count and its procedure', () => {
    expect(err('(list-tabulate -1 values)')).toBe('list-tabulate: expected a non-negative exact integer, got -1');
    expect(err('(list-tabulate 2 5)')).toBe('list-tabulate: expected a procedure, got 5');
  });
});

describe('predicates', () => {
  test('proper-list?, circular-list?, dotted-list?, not-pair?, null-list?', () => {
    expect(ev("(list (proper-list? '(1 2)) (proper-list? '(1 . 2)) (dotted-list? '(1 . 2)) (dotted-list? '(1)))")).toBe('(#t #f #t #f)');
    expect(ev("(list (not-pair? 5) (not-pair? '(1)) (null-list? '()) (null-list? '(1)))")).toBe('(#t #f #t #f)');
    expect(err('(null-list? 5)')).toBe('null-list?: expected a list, got 5');
  });

  test('list= compares each list with the next, element by element', () => {
    expect(ev("(list (list= eq?) (list= eq? '(a)) (list= = '(1 2) '(1 2) '(1 2)) (list= = '(1 2) '(1 2 3)) (list= = '(1) '(2)))")).toBe(
      '(#t #t #t #f #f)',
    );
  });
});

describe('selectors', () => {
  test('first ... tenth', () => {
    expect(ev("(let ((l '(1 2 3 4 5 6 7 8 9 10))) (list (first l) (second l) (fifth l) (sixth l) (ninth l) (tenth l)))")).toBe('(1 2 5 6 9 10)');
    expect(err("(third '(1 2))")).toBe('third: expected a list of at least 3 elements, got (1 2)');
  });

  test('car+cdr', () => {
    expect(ev("(call-with-values (lambda () (car+cdr '(1 . 2))) list)")).toBe('(1 2)');
  });

  test('take, drop, take-right, drop-right and their ! forms', () => {
    expect(ev("(take '(a b c d e) 2)")).toBe('(a b)');
    expect(ev("(drop '(a b c d e) 2)")).toBe('(c d e)');
    expect(ev("(take '(1 2 3 . d) 2)")).toBe('(1 2)');
    expect(ev("(drop '(1 2 3 . d) 3)")).toBe('d');
    expect(ev("(take-right '(a b c d e) 2)")).toBe('(d e)');
    expect(ev("(drop-right '(a b c d e) 2)")).toBe('(a b c)');
    expect(ev("(take-right '(1 2 3 . d) 2)")).toBe('(2 3 . d)');
    expect(ev("(drop-right '(1 2 3 . d) 2)")).toBe('(1)');
    expect(ev("(take-right '(1 2 3) 0)")).toBe('()');
    expect(ev("(list (take! (list 1 2 3) 1) (drop-right! (list 1 2 3) 1))")).toBe('((1) (1 2))');
    expect(ev("(let ((l '(1 2 3))) (eq? (take-right l 2) (cdr l)))")).toBe('#t');
  });

  test('take and drop report a list that is too short, or a bad count', () => {
    expect(err("(take '(1 2) 3)")).toBe('take: the list has fewer than 3 elements');
    expect(err("(drop '(1 2) 3)")).toBe('drop: the list has fewer than 3 elements');
    expect(err("(take-right '(1 2) 3)")).toBe('take-right: the list has fewer than 3 elements');
    expect(err("(take '(1 2) -1)")).toBe('take: expected a non-negative count, got -1');
    expect(err("(take '(1 2) 'a)")).toBe('take: expected an exact integer count, got a');
    expect(err("(take-right (circular-list 1 2) 1)")).toBe('take-right: expected a list that is not circular, got #0=(1 2 . #0#)');
  });

  test('split-at, last, last-pair', () => {
    expect(ev("(call-with-values (lambda () (split-at '(a b c d e) 2)) list)")).toBe('((a b) (c d e))');
    expect(ev("(call-with-values (lambda () (split-at! (list 1 2) 0)) list)")).toBe('(() (1 2))');
    expect(ev("(list (last '(1 2 3)) (last-pair '(1 2 3)))")).toBe('(3 (3))');
  });
});

describe('miscellaneous: lengths, appending, reversing, zipping', () => {
  test('length+, concatenate, append!, reverse!, append-reverse', () => {
    expect(ev("(list (length+ '(1 2 3)) (length+ '(1 2 . 3)))")).toBe('(3 2)');
    expect(ev("(concatenate '((1 2) (3) () (4 5)))")).toBe('(1 2 3 4 5)');
    expect(ev("(concatenate '())")).toBe('()');
    expect(ev("(concatenate '((1) . (2)))")).toBe('(1 . 2)');
    expect(ev("(concatenate! (list (list 1) (list 2)))")).toBe('(1 2)');
    expect(ev("(append! (list 1 2) (list 3))")).toBe('(1 2 3)');
    expect(ev("(reverse! (list 1 2 3))")).toBe('(3 2 1)');
    expect(ev("(append-reverse '(3 2 1) '(4 5))")).toBe('(1 2 3 4 5)');
    expect(ev("(append-reverse! (list 2 1) 3)")).toBe('(1 2 . 3)');
    expect(err('(concatenate 5)')).toBe('concatenate: expected a proper list, got 5');
  });

  test('concatenate takes a list longer than a call can have arguments', () => {
    expect(ev('(length (concatenate (make-list 200000 (list 1))))')).toBe('200000');
  });

  test('zip and unzip', () => {
    expect(ev("(zip '(one two three) '(1 2 3) '(odd even odd even))")).toBe('((one 1 odd) (two 2 even) (three 3 odd))');
    expect(ev("(zip '(1 2 3))")).toBe('((1) (2) (3))');
    expect(ev("(unzip1 '((1 a) (2 b)))")).toBe('(1 2)');
    expect(ev("(call-with-values (lambda () (unzip2 '((1 one) (2 two) (3 three)))) list)")).toBe('((1 2 3) (one two three))');
    expect(ev("(call-with-values (lambda () (unzip3 '((1 2 3) (4 5 6)))) list)")).toBe('((1 4) (2 5) (3 6))');
    expect(err("(unzip2 '((1)))")).toBe('unzip2: expected lists of at least 2 elements, got (1)');
  });

  test('count, with one list or several', () => {
    expect(ev("(count even? '(3 1 4 1 5 9 2 5 6))")).toBe('3');
    expect(ev("(count < '(1 2 4 8) '(2 4 6 8 10 12 14 16))")).toBe('3');
    expect(err("(count even? '(1 . 2))")).toBe('count: expected a proper list, got (1 . 2)');
  });
});

describe('fold, unfold and map', () => {
  test('fold and fold-right, with one list or several', () => {
    expect(ev("(fold + 0 '(1 2 3))")).toBe('6');
    expect(ev("(fold cons '() '(a b c))")).toBe('(c b a)');
    expect(ev("(fold cons* '() '(a b c) '(1 2 3 4 5))")).toBe('(c 3 b 2 a 1)');
    expect(ev("(fold-right cons '() '(a b c))")).toBe('(a b c)');
    expect(ev("(fold-right cons* '() '(a b c) '(1 2 3 4 5))")).toBe('(a 1 b 2 c 3)');
    expect(ev("(fold-left list '() '(1 2 3))")).toBe('(((() 1) 2) 3)');
    expect(err("(fold 5 0 '(1))")).toBe('fold: expected a procedure, got 5');
    expect(err("(fold + 0 '(1 . 2))")).toBe('fold: expected a proper list, got (1 . 2)');
  });

  test('pair-fold and pair-fold-right give the procedure the pairs', () => {
    expect(ev("(pair-fold cons '() '(a b c))")).toBe('((c) (b c) (a b c))');
    expect(ev("(pair-fold-right cons '() '(a b c))")).toBe('((a b c) (b c) (c))');
    expect(ev("(pair-fold (lambda (a b acc) (cons (list (car a) (car b)) acc)) '() '(1 2) '(x y z))")).toBe('((2 y) (1 x))');
    // the next pair is taken before the procedure can change this one
    expect(ev("(pair-fold (lambda (p acc) (set-cdr! p acc) p) '() (list 1 2 3))")).toBe('(3 2 1)');
  });

  test('reduce and reduce-right', () => {
    expect(ev("(reduce + 0 '(1 2 3 4))")).toBe('10');
    expect(ev("(reduce + 0 '())")).toBe('0');
    expect(ev("(reduce max 'none '(3 9 2))")).toBe('9');
    expect(ev("(reduce list '() '(1 2 3))")).toBe('(3 (2 1))');
    expect(ev("(reduce-right list '() '(1 2 3))")).toBe('(1 (2 3))');
    expect(ev("(reduce-right append '() '((1 2) (3) (4 5)))")).toBe('(1 2 3 4 5)');
    expect(ev("(reduce-right + 'none '())")).toBe('none');
  });

  test('unfold and unfold-right', () => {
    expect(ev("(unfold (lambda (x) (> x 5)) (lambda (x) (* x x)) (lambda (x) (+ x 1)) 1)")).toBe('(1 4 9 16 25)');
    expect(ev("(unfold null? car cdr '(1 2 3) (lambda (x) 'end))")).toBe('(1 2 3 . end)');
    expect(ev("(unfold-right zero? (lambda (x) (* x x)) (lambda (x) (- x 1)) 5)")).toBe('(1 4 9 16 25)');
    expect(ev("(unfold-right null? car cdr '(1 2 3) '(tail))")).toBe('(3 2 1 tail)');
  });

  test('map, map-in-order, map!, append-map, filter-map, pair-for-each', () => {
    expect(ev("(map + '(1 2 3) '(10 20))")).toBe('(11 22)');
    expect(ev("(let ((order '())) (map-in-order (lambda (x) (set! order (cons x order)) x) '(1 2 3)) order)")).toBe('(3 2 1)');
    expect(ev("(map! (lambda (x) (* x 2)) (list 1 2))")).toBe('(2 4)');
    expect(ev("(append-map (lambda (x) (list x (- x))) '(1 3 8))")).toBe('(1 -1 3 -3 8 -8)');
    expect(ev("(append-map list '(1 2) '(a b))")).toBe('(1 a 2 b)');
    expect(ev("(append-map! (lambda (x) (list x x)) '(1 2))")).toBe('(1 1 2 2)');
    expect(ev("(filter-map (lambda (x) (and (number? x) (* x x))) '(a 1 b 3 c 7))")).toBe('(1 9 49)');
    expect(ev("(filter-map (lambda (a b) (and (< a b) (+ a b))) '(1 5 3) '(2 4 6))")).toBe('(3 9)');
    expect(ev("(let ((acc '())) (pair-for-each (lambda (p) (set! acc (cons p acc))) '(1 2 3)) acc)")).toBe('((3) (2 3) (1 2 3))');
  });
});

describe('filtering and partitioning', () => {
  test('filter, remove, partition and their ! forms', () => {
    expect(ev("(filter even? '(0 7 8 8 43 -4))")).toBe('(0 8 8 -4)');
    expect(ev("(remove even? '(0 7 8 8 43 -4))")).toBe('(7 43)');
    expect(ev("(call-with-values (lambda () (partition symbol? '(one 2 3 four five 6))) list)")).toBe('((one four five) (2 3 6))');
    expect(ev("(list (filter! odd? (list 1 2 3)) (remove! odd? (list 1 2 3)))")).toBe('((1 3) (2))');
    expect(ev("(call-with-values (lambda () (partition! odd? (list 1 2 3))) list)")).toBe('((1 3) (2))');
    expect(err("(filter even? '(1 . 2))")).toBe('filter: expected a proper list, got (1 . 2)');
    expect(err("(filter 1 '(1))")).toBe('filter: expected a procedure, got 1');
  });
});

describe('searching', () => {
  test('find, find-tail, any, every, list-index', () => {
    expect(ev("(find even? '(3 1 4 1 5 9))")).toBe('4');
    expect(ev("(find even? '(3 1 5))")).toBe('#f');
    expect(ev("(find-tail even? '(3 1 37 -8 -5 0 0))")).toBe('(-8 -5 0 0)');
    expect(ev("(any integer? '(a 3 b 2.7))")).toBe('#t');
    expect(ev("(any (lambda (x) (and (even? x) (* x 10))) '(1 3 4 5))")).toBe('40');
    expect(ev("(any < '(3 1 4 1 5) '(2 7 1 8 2))")).toBe('#t');
    expect(ev("(list (every integer? '()) (every (lambda (x) (and (> x 0) x)) '(1 2 3)) (every = '(1 2) '(1 3)))")).toBe('(#t 3 #f)');
    expect(ev("(list (list-index even? '(3 1 4 1 5 9)) (list-index < '(3 1 4 1 5 9 2 5 6) '(2 7 1 8 2)) (list-index = '(3 1 4 1 5 9 2 5 6) '(2 7 1 8 2)))")).toBe(
      '(2 1 #f)',
    );
  });

  test('take-while, drop-while, span, break and their ! forms', () => {
    expect(ev("(take-while even? '(2 18 3 10 22 9))")).toBe('(2 18)');
    expect(ev("(drop-while even? '(2 18 3 10 22 9))")).toBe('(3 10 22 9)');
    expect(ev("(call-with-values (lambda () (span even? '(2 18 3 10 22 9))) list)")).toBe('((2 18) (3 10 22 9))');
    expect(ev("(call-with-values (lambda () (break even? '(3 1 4 1 5 9 2 6))) list)")).toBe('((3 1) (4 1 5 9 2 6))');
    expect(ev("(call-with-values (lambda () (span! odd? (list 1 2))) list)")).toBe('((1) (2))');
    expect(ev("(call-with-values (lambda () (break! odd? (list 2 1))) list)")).toBe('((2) (1))');
    expect(ev("(take-while! odd? (list 1 3 4 5))")).toBe('(1 3)');
  });

  test('member, memv, assoc with a predicate', () => {
    expect(ev("(member 2.0 '(1 2 3) =)")).toBe('(2 3)');
    expect(ev("(member 5 '(1 7 2 9) <)")).toBe('(7 2 9)');
    expect(ev("(assoc 2.0 '((1 . a) (2 . b)) =)")).toBe('(2 . b)');
  });
});

describe('deleting', () => {
  test('delete and delete! with and without a predicate', () => {
    expect(ev("(delete 3 '(1 3 2 3))")).toBe('(1 2)');
    expect(ev("(delete 5 '(1 7 2 9) <)")).toBe('(1 2)');
    expect(ev("(delete! '(a) (list '(a) 'b '(a)))")).toBe('(b)');
  });

  test('delete-duplicates keeps the first of each, and calls the predicate as (= earlier later)', () => {
    expect(ev("(delete-duplicates '(a b a c a b c z))")).toBe('(a b c z)');
    expect(ev("(delete-duplicates '((a . 3) (b . 7) (a . 9) (c . 1)) (lambda (x y) (eq? (car x) (car y))))")).toBe('((a . 3) (b . 7) (c . 1))');
    expect(ev("(let ((calls '())) (delete-duplicates '(1 2) (lambda (x y) (set! calls (cons (list x y) calls)) #f)) calls)")).toBe('((1 2))');
    expect(ev("(delete-duplicates '(\"a\" \"A\" \"b\") string-ci=?)")).toBe('("a" "b")');
    expect(ev("(delete-duplicates! (list 1 2 1))")).toBe('(1 2)');
  });

  test('delete-duplicates is linear for the predicates hash tables know', () => {
    expect(ev('(length (delete-duplicates (map (lambda (i) (modulo i 1000)) (iota 200000))))')).toBe('1000');
  });
});

describe('association lists', () => {
  test('alist-cons, alist-copy, alist-delete', () => {
    expect(ev("(alist-cons 'a 1 '((b . 2)))")).toBe('((a . 1) (b . 2))');
    expect(ev("(let* ((a (list (cons 1 2))) (b (alist-copy a))) (list (equal? a b) (eq? (car a) (car b))))")).toBe('(#t #f)');
    expect(ev("(alist-delete 'a '((a . 1) (b . 2) (a . 3)))")).toBe('((b . 2))');
    expect(ev("(alist-delete 5 '((1 . a) (7 . b)) <)")).toBe('((1 . a))');
    expect(ev("(alist-delete! 'a (list (cons 'a 1)))")).toBe('()');
  });
});

describe('lists as sets', () => {
  test('lset<= and lset=', () => {
    expect(ev("(list (lset<= eq? '(a) '(a b a) '(a b c c)) (lset<= eq?) (lset<= eq? '(a)) (lset<= eq? '(a d) '(a b)))")).toBe('(#t #t #t #f)');
    expect(ev("(list (lset= eq? '(b e a) '(a e b) '(e e b a)) (lset= eq? '(a) '(a b)))")).toBe('(#t #f)');
  });

  test('lset-adjoin, lset-union, lset-intersection, lset-difference', () => {
    expect(ev("(lset-adjoin eq? '(a b c d c e) 'a 'e 'i 'o 'u)")).toBe('(u o i a b c d c e)');
    expect(ev("(lset= eq? (lset-union eq? '(a b a) '(c d c e)) '(a b c d e))")).toBe('#t');
    expect(ev("(length (lset-union eq? '(a b a) '(c d c e)))")).toBe('6');
    expect(ev("(list (lset-union eq?) (lset-union eq? '(a b)))")).toBe('(() (a b))');
    expect(ev("(lset-intersection eq? '(a b c d e) '(a e i o u))")).toBe('(a e)');
    expect(ev("(lset-intersection eq? '(a x y a) '(x a x z))")).toBe('(a x a)');
    expect(ev("(lset-difference eq? '(a b c d e) '(a e i o u))")).toBe('(b c d)');
    expect(ev("(lset-difference eq? '(a b c))")).toBe('(a b c)');
  });

  test('lset-xor and lset-diff+intersection', () => {
    expect(ev("(lset= eq? (lset-xor eq? '(a b c d e) '(a e i o u)) '(d c b i o u))")).toBe('#t');
    expect(ev("(list (lset-xor eq?) (lset-xor eq? '(a b)))")).toBe('(() (a b))');
    expect(ev("(call-with-values (lambda () (lset-diff+intersection eq? '(a b c d) '(a e) '(c))) list)")).toBe('((b d) (a c))');
  });

  test('the ! forms', () => {
    expect(ev("(list (lset-union! eq? (list 'a) (list 'b)) (lset-intersection! eq? (list 'a 'b) '(b)) (lset-difference! eq? (list 'a 'b) '(b)))")).toBe(
      '((b a) (b) (a))',
    );
    expect(ev("(lset-xor! eq? (list 'a 'b) (list 'b 'c))")).toBe('(a c)');
  });
});
