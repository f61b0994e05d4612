// SRFI 125's hash table procedures beyond SRFI 69's (which are in srfi-69.test.ts). Where SRFI 125
// takes a comparator, an equality predicate is given.
import { newSession, evalString, errorOf } from '../lang/helpers.js';

const session = newSession();
const ev = (text: string) => evalString(session, text);
const err = (text: string) => errorOf(session, text);

const sorted = (table: string) => ev(`(list-sort (lambda (a b) (< (car a) (car b))) (hash-table->alist ${table}))`);

beforeEach(() => {
  ev("(define t (hash-table eqv? 1 'one 2 'two 3 'three))");
});

describe('constructors', () => {
  test('hash-table and hash-table-unfold', () => {
    expect(sorted('t')).toBe('((1 . one) (2 . two) (3 . three))');
    expect(sorted("(hash-table-unfold (lambda (i) (> i 3)) (lambda (i) (values i (* i i))) (lambda (i) (+ i 1)) 1 eqv?)")).toBe(
      '((1 . 1) (2 . 4) (3 . 9))',
    );
  });
});

describe('predicates', () => {
  test('hash-table-empty?, hash-table-contains?, hash-table-mutable?', () => {
    expect(ev('(list (hash-table-empty? t) (hash-table-empty? (make-hash-table)) (hash-table-contains? t 2) (hash-table-mutable? t))')).toBe(
      '(#f #t #t #t)',
    );
  });

  test('hash-table=? compares keys with the tables\' predicate and values with the one given', () => {
    expect(ev("(hash-table=? eq? t (hash-table eqv? 3 'three 2 'two 1 'one))")).toBe('#t');
    expect(ev("(hash-table=? eq? t (hash-table eqv? 3 'three 2 'two))")).toBe('#f');
    expect(ev("(hash-table=? eq? t (hash-table eqv? 3 'three 2 'two 1 'uno))")).toBe('#f');
    expect(ev("(hash-table=? (lambda (a b) #t) t (hash-table eqv? 3 'x 2 'y 1 'z))")).toBe('#t');
  });
});

describe('mutators', () => {
  test('hash-table-intern! adds what failure gives only when the key is missing', () => {
    expect(ev("(list (hash-table-intern! t 1 (lambda () 'new)) (hash-table-intern! t 4 (lambda () 'four)) (hash-table-ref t 4))")).toBe(
      '(one four four)',
    );
  });

  test('hash-table-pop! removes some association and returns its key and value', () => {
    expect(ev("(call-with-values (lambda () (hash-table-pop! t)) (lambda (k v) (and (memv k '(1 2 3)) (not (hash-table-contains? t k)) (hash-table-size t))))")).toBe(
      '2',
    );
    expect(err('(hash-table-pop! (make-hash-table))')).toBe('hash-table-pop!: the table is empty');
  });

  test('hash-table-clear!', () => {
    expect(ev('(hash-table-clear! t) (list (hash-table-size t) (hash-table-empty? t))')).toBe('(0 #t)');
  });
});

describe('the whole hash table', () => {
  test('hash-table-entries', () => {
    expect(ev('(call-with-values (lambda () (hash-table-entries t)) (lambda (ks vs) (list-sort < ks)))')).toBe('(1 2 3)');
  });

  test('hash-table-find', () => {
    expect(ev("(hash-table-find (lambda (k v) (and (even? k) v)) t (lambda () 'none))")).toBe('two');
    expect(ev("(hash-table-find (lambda (k v) (> k 10)) t (lambda () 'none))")).toBe('none');
  });

  test('hash-table-count: with a predicate in either order, and with a table alone its size', () => {
    expect(ev('(hash-table-count (lambda (k v) (odd? k)) t)')).toBe('2');
    expect(ev('(hash-table-count t (lambda (k v) (odd? k)))')).toBe('2');
    expect(ev('(hash-table-count t)')).toBe('3');
  });
});

describe('mapping and folding', () => {
  test('hash-table-map makes a table of the new values', () => {
    expect(sorted("(hash-table-map (lambda (v) (symbol->string v)) eqv? t)")).toBe('((1 . "one") (2 . "two") (3 . "three"))');
  });

  test('hash-table-for-each in SRFI 125\'s order and in SRFI 69\'s', () => {
    expect(ev('(let ((n 0)) (hash-table-for-each (lambda (k v) (set! n (+ n k))) t) n)')).toBe('6');
    expect(ev('(let ((n 0)) (hash-table-for-each t (lambda (k v) (set! n (+ n k)))) n)')).toBe('6');
  });

  test('hash-table-map!, hash-table-map->list, hash-table-prune!', () => {
    expect(ev('(hash-table-map! (lambda (k v) (* k 10)) t)') && sorted('t')).toBe('((1 . 10) (2 . 20) (3 . 30))');
    expect(ev('(list-sort < (hash-table-map->list (lambda (k v) (+ k v)) t))')).toBe('(11 22 33)');
    expect(ev('(hash-table-prune! (lambda (k v) (odd? k)) t)') && sorted('t')).toBe('((2 . 20))');
  });

  test('hash-table-fold in both argument orders', () => {
    expect(ev('(hash-table-fold (lambda (k v acc) (cons k acc)) \'() t)') && ev('(list-sort < (hash-table-fold (lambda (k v acc) (cons k acc)) \'() t))')).toBe(
      '(1 2 3)',
    );
    expect(ev("(list-sort < (hash-table-fold t (lambda (k v acc) (cons k acc)) '()))")).toBe('(1 2 3)');
  });
});

describe('copying', () => {
  test('hash-table-empty-copy keeps the predicate', () => {
    expect(ev("(let ((e (hash-table-empty-copy (make-hash-table string=?)))) (hash-table-set! e \"a\" 1) (list (hash-table-size e) (eq? (hash-table-equivalence-function e) string=?)))")).toBe(
      '(1 #t)',
    );
  });
});

describe('tables as sets', () => {
  beforeEach(() => {
    ev("(define a (hash-table eqv? 1 'a1 2 'a2 3 'a3)) (define b (hash-table eqv? 2 'b2 3 'b3 4 'b4))");
  });

  test('hash-table-union! keeps the first table\'s values', () => {
    expect(ev('(eq? (hash-table-union! a b) a)')).toBe('#t');
    expect(sorted('a')).toBe('((1 . a1) (2 . a2) (3 . a3) (4 . b4))');
  });

  test('hash-table-intersection!, hash-table-difference!, hash-table-xor!', () => {
    expect(ev('(hash-table-intersection! a b)') && sorted('a')).toBe('((2 . a2) (3 . a3))');
    ev("(define a (hash-table eqv? 1 'a1 2 'a2 3 'a3))");
    expect(ev('(hash-table-difference! a b)') && sorted('a')).toBe('((1 . a1))');
    ev("(define a (hash-table eqv? 1 'a1 2 'a2 3 'a3))");
    expect(ev('(hash-table-xor! a b)') && sorted('a')).toBe('((1 . a1) (4 . b4))');
  });

  test('the same for custom tables', () => {
    ev(`(define (same? x y) (= x y))
        (define a (hash-table same? 1 'a1 2 'a2)) (define b (hash-table same? 2 'b2 4 'b4))`);
    expect(ev('(hash-table-xor! a b)') && sorted('a')).toBe('((1 . a1) (4 . b4))');
  });
});
