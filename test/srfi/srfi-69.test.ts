// SRFI 69 hash tables, with SRFI 125's names (and SRFI 125's own procedures, in srfi-125.test.ts).
import { newSession, evalString, errorOf } from '../lang/helpers.js';

const session = newSession();
const ev = (text: string) => evalString(session, text);
const err = (text: string) => errorOf(session, text);

/** The sorted keys and values of the table the expression evaluates to, as an alist. */
const contents = (table: string) =>
  ev(`(list-sort (lambda (a b) (string<? (format #f "~s" (car a)) (format #f "~s" (car b))))
                 (hash-table->alist ${table}))`);

describe('making tables', () => {
  test('make-hash-table, by default with equal?', () => {
    expect(ev('(hash-table? (make-hash-table))')).toBe('#t');
    expect(ev("(list (hash-table? '()) (hash-table? (vector)))")).toBe('(#f #f)');
    expect(ev('(let ((t (make-hash-table))) (hash-table-set! t (list 1 "a") 1) (hash-table-ref t (list 1 "a")))')).toBe('1');
    expect(ev('(eq? (hash-table-equivalence-function (make-hash-table)) equal?)')).toBe('#t');
    expect(ev('(make-hash-table)')).toBe('#<hash-table 0>');
  });

  test('extra arguments (a size, weakness) are accepted', () => {
    expect(ev("(hash-table-size (make-hash-table eq? hash-by-identity 100 'weak-keys))")).toBe('0');
    expect(ev('(hash-table-size (make-hash-table eqv? 100))')).toBe('0');
  });

  test('the equality predicate must be a procedure (no comparators)', () => {
    expect(err('(make-hash-table 5)')).toBe('make-hash-table: expected an equality predicate (SRFI 128 comparators are not supported), got 5');
  });

  test('alist->hash-table: earlier associations win', () => {
    expect(contents("(alist->hash-table '((a . 1) (b . 2) (a . 3)) eq?)")).toBe('((a . 1) (b . 2))');
    expect(ev("(hash-table-ref (alist->hash-table '((\"x\" . 1))) \"x\")")).toBe('1');
    expect(err("(alist->hash-table '(1))")).toBe('alist->hash-table: expected an association list, got (1)');
  });

  test('hash-table-hash-function: the one given, or one consistent with the predicate', () => {
    expect(ev('(eq? (hash-table-hash-function (make-hash-table)) hash)')).toBe('#t');
    expect(ev('(eq? (hash-table-hash-function (make-hash-table string=?)) string-hash)')).toBe('#t');
    expect(ev('(eq? (hash-table-hash-function (make-hash-table string-ci=?)) string-ci-hash)')).toBe('#t');
    expect(ev('(eq? (hash-table-hash-function (make-hash-table eq?)) hash-by-identity)')).toBe('#t');
    expect(ev('(let ((h (lambda (s) 1))) (eq? (hash-table-hash-function (make-hash-table string=? h)) h))')).toBe('#t');
  });
});

describe('reading and writing', () => {
  test('hash-table-ref with and without failure and success', () => {
    expect(ev("(define t (make-hash-table)) (hash-table-set! t 'a 1) (hash-table-ref t 'a)")).toBe('1');
    expect(ev("(hash-table-ref t 'b (lambda () 'missing))")).toBe('missing');
    expect(ev("(hash-table-ref t 'a (lambda () 'missing) (lambda (v) (* v 10)))")).toBe('10');
    expect(err("(hash-table-ref t 'b)")).toBe('hash-table-ref: no value for the key');
    expect(ev("(hash-table-ref/default t 'b 0)")).toBe('0');
    expect(ev("(hash-table-ref/default t 'a 0)")).toBe('1');
  });

  test('hash-table-set! replaces a value; SRFI 125 takes several keys and values', () => {
    expect(ev("(hash-table-set! t 'a 2) (hash-table-ref t 'a)")).toBe('2');
    expect(ev("(hash-table-set! t 'x 1 'y 2) (list (hash-table-ref t 'x) (hash-table-ref t 'y) (hash-table-size t))")).toBe('(1 2 3)');
    expect(err("(hash-table-set! t 'z)")).toBe('hash-table-set!: a key without a value');
  });

  test('hash-table-delete! returns how many keys were there', () => {
    expect(ev("(hash-table-delete! t 'x)")).toBe('1');
    expect(ev("(hash-table-delete! t 'x)")).toBe('0');
    expect(ev("(hash-table-delete! t 'y 'a 'nope)")).toBe('2');
    expect(ev('(hash-table-size t)')).toBe('0');
  });

  test('hash-table-exists? and hash-table-contains?', () => {
    expect(ev("(hash-table-set! t 'k #f) (list (hash-table-exists? t 'k) (hash-table-contains? t 'k) (hash-table-contains? t 'q))")).toBe(
      '(#t #t #f)',
    );
  });

  test('hash-table-update! with and without a failure thunk', () => {
    expect(ev("(define u (make-hash-table)) (hash-table-set! u 'n 1) (hash-table-update! u 'n (lambda (v) (+ v 1))) (hash-table-ref u 'n)")).toBe('2');
    expect(ev("(hash-table-update! u 'm (lambda (v) (+ v 1)) (lambda () 10)) (hash-table-ref u 'm)")).toBe('11');
    expect(ev("(hash-table-update! u 'n (lambda (v) (* v 3)) (lambda () 0) (lambda (v) (+ v 100))) (hash-table-ref u 'n)")).toBe('306');
    expect(err("(hash-table-update! u 'nope (lambda (v) v))")).toBe('hash-table-update!: no value for the key');
  });

  test('hash-table-update!/default counts words', () => {
    expect(ev(`(define words (make-hash-table))
               (for-each (lambda (w) (hash-table-update!/default words w (lambda (n) (+ n 1)) 0))
                         '("a" "b" "a" "c" "a" "b"))
               (list (hash-table-ref words "a") (hash-table-ref words "b") (hash-table-ref words "c"))`)).toBe('(3 2 1)');
  });

  test('a table that is not one, and a key a string table cannot have', () => {
    expect(err("(hash-table-ref 5 'a)")).toBe('hash-table-ref: expected a hash table, got 5');
    expect(err("(hash-table-set! '() 'a 1)")).toBe('hash-table-set!: expected a hash table, got ()');
    expect(err('(hash-table-size 5)')).toBe('hash-table-size: expected a hash table, got 5');
    expect(err("(hash-table-set! (make-hash-table string=?) 'a 1)")).toBe('hash-table-set!: expected a string key, got a');
    expect(err("(hash-table-ref/default (make-hash-table =) 'a 1)")).toBe('hash-table-ref/default: expected a number key, got a');
  });
});

describe('how keys are compared', () => {
  test('eq? tables: identity; symbols, small integers and characters are themselves', () => {
    expect(ev(`(define e (make-hash-table eq?))
               (hash-table-set! e 'a 1) (hash-table-set! e 5 2) (hash-table-set! e #\\x 3) (hash-table-set! e (list 1) 4)
               (list (hash-table-ref/default e 'a #f) (hash-table-ref/default e 5 #f) (hash-table-ref/default e #\\x #f)
                     (hash-table-ref/default e (list 1) #f))`)).toBe('(1 2 3 #f)');
  });

  test('eqv? tables: numbers by value and exactness', () => {
    expect(ev(`(define v (make-hash-table eqv?))
               (hash-table-set! v 1.5 'a) (hash-table-set! v 1/3 'b) (hash-table-set! v (expt 2 100) 'c) (hash-table-set! v 2 'd)
               (list (hash-table-ref/default v (/ 3.0 2) #f) (hash-table-ref/default v (/ 2 6) #f)
                     (hash-table-ref/default v (* (expt 2 50) (expt 2 50)) #f)
                     (hash-table-ref/default v 2.0 #f) (hash-table-ref/default v 0.0 #f))`)).toBe('(a b c #f #f)');
    expect(ev("(hash-table-set! v 0.0 'zero) (list (hash-table-ref/default v -0.0 #f) (hash-table-ref/default v 0.0 #f))")).toBe('(#f zero)');
    expect(ev("(hash-table-set! v +nan.0 'nan) (hash-table-ref/default v (/ 0. 0.) #f)")).toBe('nan');
  });

  test('equal? tables: structure, strings by content', () => {
    expect(ev(`(define q (make-hash-table equal?))
               (hash-table-set! q '(1 (2 #(3 "x"))) 'deep) (hash-table-set! q "str" 's) (hash-table-set! q #u8(1 2) 'bv)
               (hash-table-set! q 1.0 'flo)
               (list (hash-table-ref/default q (list 1 (list 2 (vector 3 (string #\\x)))) #f)
                     (hash-table-ref/default q (string-append "s" "tr") #f) (hash-table-ref/default q (bytevector 1 2) #f)
                     (hash-table-ref/default q 1 #f) (hash-table-ref/default q 1.0 #f))`)).toBe('(deep s bv #f flo)');
  });

  test('equal? tables take circular keys, and long lists that share a prefix', () => {
    expect(ev(`(define cyc (list 1 2)) (set-cdr! (cdr cyc) cyc)
               (define cq (make-hash-table)) (hash-table-set! cq cyc 'circular)
               (hash-table-ref cq cyc)`)).toBe('circular');
    expect(ev(`(define lq (make-hash-table))
               (do ((i 0 (+ i 1))) ((= i 200)) (hash-table-set! lq (append (make-list 100 0) (list i)) i))
               (list (hash-table-size lq) (hash-table-ref lq (append (make-list 100 0) (list 150))))`)).toBe('(200 150)');
  });

  test('string=? and string-ci=? tables', () => {
    expect(ev(`(define s (make-hash-table string=?)) (hash-table-set! s "Abc" 1)
               (list (hash-table-ref/default s "Abc" #f) (hash-table-ref/default s "abc" #f))`)).toBe('(1 #f)');
    expect(ev(`(define si (make-hash-table string-ci=?)) (hash-table-set! si "Abc" 1) (hash-table-set! si "ABC" 2)
               (list (hash-table-ref/default si "abc" #f) (hash-table-size si) (hash-table-keys si))`)).toBe('(2 1 ("Abc"))');
  });

  test('= and char-ci=? tables', () => {
    expect(ev(`(define n (make-hash-table =)) (hash-table-set! n 1 'one) (hash-table-set! n 0.5 'half)
               (list (hash-table-ref/default n 1.0 #f) (hash-table-ref/default n 1/2 #f) (hash-table-ref/default n -0.0 'none))`)).toBe(
      '(one half none)',
    );
    expect(ev("(define ci (make-hash-table char-ci=?)) (hash-table-set! ci #\\a 1) (hash-table-ref ci #\\A)")).toBe('1');
  });

  test('a custom predicate with its hash function', () => {
    expect(ev(`(define (mod10= a b) (= (modulo a 10) (modulo b 10)))
               (define m (make-hash-table mod10= (lambda (k) (modulo k 10))))
               (hash-table-set! m 1 'one) (hash-table-set! m 11 'eleven) (hash-table-set! m 2 'two)
               (list (hash-table-ref m 21) (hash-table-size m) (hash-table-contains? m 3)
                     (hash-table-delete! m 31) (hash-table-size m) (hash-table-ref/default m 1 'gone))`)).toBe('(eleven 2 #f 1 1 gone)');
  });

  test('a custom predicate without a hash function hashes with hash', () => {
    expect(ev(`(define same-list? (lambda (a b) (equal? a b)))
               (define c (make-hash-table same-list?)) (hash-table-set! c (list 1 2) 'x)
               (list (hash-table-ref c (list 1 2)) (eq? (hash-table-hash-function c) hash))`)).toBe('(x #t)');
  });

  test('a custom table whose hash function puts everything in one bucket still works', () => {
    expect(ev(`(define one (make-hash-table (lambda (a b) (string=? a b)) (lambda (s) 7)))
               (for-each (lambda (s) (hash-table-set! one s (string-length s))) '("a" "bb" "ccc" "bb"))
               (list (hash-table-size one) (hash-table-ref one "ccc") (hash-table-delete! one "a") (hash-table-keys one))`)).toBe(
      '(3 3 1 ("bb" "ccc"))',
    );
  });

  test('a hash function that does not return an integer', () => {
    expect(err("(hash-table-set! (make-hash-table (lambda (a b) #t) (lambda (k) 'h)) 1 2)")).toBe(
      'hash-table: expected an exact integer from the hash function, got h',
    );
  });
});

describe('the whole table', () => {
  const setup = `(define w (make-hash-table eqv?)) (hash-table-set! w 1 'one) (hash-table-set! w 2 'two) (hash-table-set! w 3 'three)`;

  test('size, keys, values, ->alist', () => {
    expect(ev(`${setup} (hash-table-size w)`)).toBe('3');
    expect(ev('(list-sort < (hash-table-keys w))')).toBe('(1 2 3)');
    expect(ev("(length (hash-table-values w))")).toBe('3');
    expect(contents('w')).toBe('((1 . one) (2 . two) (3 . three))');
    // the alist is a copy
    expect(ev("(let ((a (hash-table->alist w))) (set-cdr! (car a) 'changed) (hash-table-ref w (caar a)) )")).not.toBe('changed');
  });

  test('hash-table-walk and hash-table-fold, in both argument orders', () => {
    expect(ev("(let ((sum 0)) (hash-table-walk w (lambda (k v) (set! sum (+ sum k)))) sum)")).toBe('6');
    expect(ev('(hash-table-fold w (lambda (k v acc) (+ k acc)) 0)')).toBe('6');
    expect(ev('(hash-table-fold (lambda (k v acc) (+ k acc)) 100 w)')).toBe('106');
  });

  test('hash-table-copy copies the associations, not the table', () => {
    expect(ev("(define w2 (hash-table-copy w)) (hash-table-set! w2 4 'four) (list (hash-table-size w) (hash-table-size w2))")).toBe('(3 4)');
    expect(ev("(hash-table-set! w2 1 'uno) (hash-table-ref w 1)")).toBe('one');
    expect(ev('(hash-table-size (hash-table-copy w #t))')).toBe('3');
  });

  test('hash-table-merge!: the first table keeps its values for keys both have', () => {
    expect(ev(`(define m1 (alist->hash-table '((a . 1) (b . 2)) eq?)) (define m2 (alist->hash-table '((b . 20) (c . 30)) eq?))
               (eq? (hash-table-merge! m1 m2) m1)`)).toBe('#t');
    expect(contents('m1')).toBe('((a . 1) (b . 2) (c . 30))');
  });

  test('a walk may change the table: it walks what was there when it started', () => {
    expect(ev("(hash-table-walk w (lambda (k v) (hash-table-delete! w k) (hash-table-set! w (+ k 10) v))) (list-sort < (hash-table-keys w))")).toBe(
      '(11 12 13)',
    );
  });
});

describe('hash functions', () => {
  test('hash, string-hash, string-ci-hash, hash-by-identity agree with their predicates', () => {
    expect(ev('(= (hash (list 1 "a" #(2))) (hash (list 1 (string #\\a) (vector 2))))')).toBe('#t');
    expect(ev('(= (string-hash "abc") (string-hash (string #\\a #\\b #\\c)))')).toBe('#t');
    expect(ev('(= (string-ci-hash "ABC") (string-ci-hash "abc"))')).toBe('#t');
    expect(ev("(= (hash-by-identity 'a) (hash-by-identity 'a))")).toBe('#t');
    expect(ev("(let ((p (list 1))) (= (hash-by-identity p) (hash-by-identity p)))")).toBe('#t');
    expect(ev('(= (hash-by-identity 2.5) (hash-by-identity (/ 5. 2)))')).toBe('#t');
  });

  test('results are non-negative exact integers, below the bound when one is given', () => {
    expect(ev("(every (lambda (x) (and (exact-integer? (hash x)) (>= (hash x) 0))) (list 0 -1 1.5 'a \"s\" '(1 . 2) (expt 2 80) -7/3 #\\a car))")).toBe('#t');
    expect(ev("(every (lambda (x) (< (hash x 10) 10)) (list 0 -1 1.5 'a \"s\" '(1 . 2)))")).toBe('#t');
    expect(ev('(< (string-hash "hello" 3) 3)')).toBe('#t');
    expect(err('(hash 1 0)')).toBe('hash: expected a positive exact integer bound, got 0');
    expect(err('(string-hash 1)')).toBe('string-hash: expected a string, got 1');
  });

  test('hashing a circular structure terminates', () => {
    expect(ev('(let ((v (vector 1 2))) (vector-set! v 0 v) (exact-integer? (hash v)))')).toBe('#t');
  });
});

describe('many keys', () => {
  test('100000 keys of each kind go in and come out', () => {
    expect(ev(`(define big (make-hash-table))
               (do ((i 0 (+ i 1))) ((= i 100000)) (hash-table-set! big i (* 2 i)) (hash-table-set! big (number->string i) i))
               (list (hash-table-size big) (hash-table-ref big 77777) (hash-table-ref big "77777"))`)).toBe('(200000 155554 77777)');
  });
});
