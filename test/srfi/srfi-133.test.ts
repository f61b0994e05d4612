// SRFI 133, the vector library.
import { newSession, evalString, errorOf } from '../lang/helpers.js';

const session = newSession();
const ev = (text: string) => evalString(session, text);
const err = (text: string) => errorOf(session, text);

describe('constructors', () => {
  test('vector-unfold and vector-unfold-right, with and without seeds', () => {
    expect(ev('(vector-unfold (lambda (i) (* i i)) 4)')).toBe('#(0 1 4 9)');
    expect(ev('(vector-unfold (lambda (i x) (values x (* x 2))) 5 1)')).toBe('#(1 2 4 8 16)');
    expect(ev('(vector-unfold (lambda (i a b) (values (list a b) b (+ a b))) 4 0 1)')).toBe('#((0 1) (1 1) (1 2) (2 3))');
    expect(ev('(vector-unfold-right (lambda (i x) (values x (+ x 1))) 4 0)')).toBe('#(3 2 1 0)');
    expect(ev('(vector-unfold values 0)')).toBe('#()');
  });

  test('vector-unfold! and vector-unfold-right! fill a range', () => {
    expect(ev('(let ((v (make-vector 5 0))) (vector-unfold! (lambda (i) (* 10 i)) v 1 4) v)')).toBe('#(0 10 20 30 0)');
    expect(ev('(let ((v (make-vector 4 0))) (vector-unfold-right! (lambda (i x) (values x (+ x 1))) v 0 3 7) v)')).toBe('#(9 8 7 0)');
    expect(err('(vector-unfold! values (make-vector 2) 0 3)')).toBe('vector-unfold!: index out of range 0..2, got 3');
  });

  test('vector-copy, vector-reverse-copy, vector-append, vector-concatenate, vector-append-subvectors', () => {
    expect(ev('(vector-copy #(1 2 3 4) 1 3)')).toBe('#(2 3)');
    expect(ev('(list (vector-reverse-copy #(1 2 3 4)) (vector-reverse-copy #(1 2 3 4) 1 3))')).toBe('(#(4 3 2 1) #(3 2))');
    expect(ev("(vector-concatenate '(#(1) #() #(2 3)))")).toBe('#(1 2 3)');
    expect(ev("(vector-concatenate '())")).toBe('#()');
    expect(ev('(vector-append-subvectors #(1 2 3) 0 2 #(4 5 6) 1 3)')).toBe('#(1 2 5 6)');
    expect(err("(vector-concatenate '(#(1) 2))")).toBe('vector-concatenate: expected a vector, got 2');
    expect(err('(vector-append-subvectors #(1 2) 0)')).toBe('vector-append-subvectors: expected a vector, start and end for each part, got 2');
  });
});

describe('predicates', () => {
  test('vector-empty?', () => {
    expect(ev('(list (vector-empty? #()) (vector-empty? #(1)))')).toBe('(#t #f)');
    expect(err("(vector-empty? '())")).toBe('vector-empty?: expected a vector, got ()');
  });

  test('vector= compares each vector with the next', () => {
    expect(ev("(list (vector= eq?) (vector= eq? #(a)) (vector= eq? #(a b) #(a b) #(a b)) (vector= = #(1 2) #(1 2 3)) (vector= = #(1 2) #(1 3)))")).toBe(
      '(#t #t #t #f #f)',
    );
    expect(ev('(vector= (lambda (a b) (= a (* 2 b))) #(2 4) #(1 2))')).toBe('#t');
  });
});

describe('iteration', () => {
  test('vector-fold and vector-fold-right pass the state first', () => {
    expect(ev("(vector-fold (lambda (acc x) (cons x acc)) '() #(1 2 3))")).toBe('(3 2 1)');
    expect(ev("(vector-fold-right (lambda (acc x) (cons x acc)) '() #(1 2 3))")).toBe('(1 2 3)');
    expect(ev('(vector-fold (lambda (acc a b) (+ acc (* a b))) 0 #(1 2 3) #(4 5))')).toBe('14');
    expect(ev("(vector-fold-right (lambda (acc a b) (cons (list a b) acc)) '() #(1 2 3) #(x y))")).toBe('((1 x) (2 y))');
    expect(err("(vector-fold + 0 '(1))")).toBe('vector-fold: expected a vector, got (1)');
  });

  test('vector-map, vector-map!, vector-for-each with several vectors', () => {
    expect(ev('(vector-map + #(1 2 3) #(10 20))')).toBe('#(11 22)');
    expect(ev('(let ((v (vector 1 2 3))) (vector-map! (lambda (x) (* x x)) v) v)')).toBe('#(1 4 9)');
    expect(ev('(let ((v (vector 1 2 3))) (vector-map! + v #(10 20)) v)')).toBe('#(11 22 3)');
    expect(ev("(let ((acc '())) (vector-for-each (lambda (a b) (set! acc (cons (+ a b) acc))) #(1 2) #(3 4 5)) acc)")).toBe('(6 4)');
  });

  test('vector-count and vector-cumulate', () => {
    expect(ev('(vector-count even? #(3 1 4 1 5 9 2 6))')).toBe('3');
    expect(ev('(vector-count < #(1 3 6 9) #(2 4 6 8 10 12))')).toBe('2');
    expect(ev('(vector-cumulate + 0 #(3 1 4 1 5))')).toBe('#(3 4 8 9 14)');
    expect(ev('(vector-cumulate + 0 #())')).toBe('#()');
  });
});

describe('searching', () => {
  test('vector-index, vector-index-right, vector-skip, vector-skip-right', () => {
    expect(ev('(list (vector-index even? #(3 1 4 1 5 9 6)) (vector-index < #(3 1 4 1 5 9 2 5 6) #(2 7 1 8 2)) (vector-index = #(3 1 4 1 5 9 2 5 6) #(2 7 1 8 2)))')).toBe(
      '(2 1 #f)',
    );
    expect(ev('(list (vector-index-right even? #(3 1 4 1 5 9 6)) (vector-skip number? #(1 2 a b 3 4)) (vector-skip-right number? #(1 2 a b 3 4)) (vector-skip odd? #(1 3)))')).toBe(
      '(6 2 3 #f)',
    );
  });

  test('vector-any and vector-every', () => {
    expect(ev("(list (vector-any (lambda (x) (and (even? x) (* x 10))) #(1 3 4)) (vector-any even? #()) (vector-any < #(5 1) #(2 7)))")).toBe('(40 #f #t)');
    expect(ev("(list (vector-every (lambda (x) (and (> x 0) x)) #(1 2 3)) (vector-every even? #()) (vector-every odd? #(1 2)))")).toBe('(3 #t #f)');
  });

  test('vector-binary-search', () => {
    expect(ev('(list (vector-binary-search #(1 3 5 7 9) 7 -) (vector-binary-search #(1 3 5 7 9) 4 -) (vector-binary-search #() 1 -))')).toBe('(3 #f #f)');
    expect(ev('(vector-binary-search #(1 3 5 7 9) 1 - 1 5)')).toBe('#f');
    expect(ev("(vector-binary-search #((a . 1) (b . 2) (c . 3)) 'b (lambda (e k) (let ((x (symbol->string (car e))) (y (symbol->string k))) (cond ((string<? x y) -1) ((string=? x y) 0) (else 1)))))")).toBe(
      '1',
    );
  });

  test('vector-partition', () => {
    expect(ev('(call-with-values (lambda () (vector-partition even? #(1 2 3 4 5 6))) list)')).toBe('(#(2 4 6 1 3 5) 3)');
    expect(ev('(call-with-values (lambda () (vector-partition even? #())) list)')).toBe('(#() 0)');
  });
});

describe('mutators', () => {
  test('vector-swap!, vector-reverse!, vector-reverse-copy!, vector-fill!', () => {
    expect(ev('(let ((v (vector 1 2 3))) (vector-swap! v 0 2) v)')).toBe('#(3 2 1)');
    expect(err('(vector-swap! (vector 1 2) 0 2)')).toBe('vector-swap!: index out of range 0..1, got 2');
    expect(ev('(let ((v (vector 1 2 3 4 5))) (vector-reverse! v) v)')).toBe('#(5 4 3 2 1)');
    expect(ev('(let ((v (vector 1 2 3 4 5))) (vector-reverse! v 1 4) v)')).toBe('#(1 4 3 2 5)');
    expect(ev('(let ((v (make-vector 5 0))) (vector-reverse-copy! v 1 #(1 2 3)) v)')).toBe('#(0 3 2 1 0)');
    expect(ev('(let ((v (vector 1 2 3 4 5))) (vector-reverse-copy! v 0 v 0 3) v)')).toBe('#(3 2 1 4 5)');
    expect(err('(vector-reverse-copy! (make-vector 2) 1 #(1 2))')).toBe(
      'vector-reverse-copy!: index leaves room for 1 of the 2 elements to copy, got 1',
    );
    expect(ev('(let ((v (vector 1 2 3 4))) (vector-fill! v 0 1 3) v)')).toBe('#(1 0 0 4)');
  });
});

describe('conversion', () => {
  test('reverse-vector->list, reverse-list->vector, subvector->list', () => {
    expect(ev("(list (reverse-vector->list #(1 2 3)) (reverse-vector->list #(1 2 3 4) 1 3) (reverse-list->vector '(1 2 3)))")).toBe(
      '((3 2 1) (3 2) #(3 2 1))',
    );
    expect(ev('(subvector->list #(1 2 3 4) 1 3)')).toBe('(2 3)');
    expect(err("(reverse-list->vector '(1 . 2))")).toBe('reverse-list->vector: expected a proper list, got (1 . 2)');
  });
});
