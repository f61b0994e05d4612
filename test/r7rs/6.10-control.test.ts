// R7RS 6.10 Control features: procedure?, apply, the maps and for-eaches, call/cc, values,
// call-with-values, dynamic-wind.
import { newSession, reportExamples, examples, errors } from './report.js';

const s = newSession();

describe('procedure?', () => {
  reportExamples(s, [
    ['(procedure? car)', '#t'],
    ["(procedure? 'car)", '#f'],
    ['(procedure? (lambda (x) (* x x)))', '#t'],
    ["(procedure? '(lambda (x) (* x x)))", '#f'],
    ['(call-with-current-continuation procedure?)', '#t'],
  ]);
  examples(s, [
    ['(procedure? map)', '#t'],
    ['(procedure? (make-parameter 1))', '#t'],
    ['(procedure? (case-lambda ((x) x) ((x y) y)))', '#t'],
    ['(begin (define-record-type thing (make-thing a) thing? (a thing-a)) (procedure? thing-a))', '#t'],
    ['(procedure? (make-thing 1))', '#f'],
    ['(procedure? #f)', '#f'],
  ]);
});

describe('apply', () => {
  reportExamples(s, [
    ['(define compose (lambda (f g) (lambda args (f (apply g args)))))', null],
    ['((compose sqrt *) 12 75)', '30'],
  ]);
  examples(s, [
    ["(apply + (list 3 4))", '7'],
    ["(apply + 1 2 '(3 4))", '10'],
    ["(apply + '())", '0'],
    ["(apply list 1 '(2 . ()))", '(1 2)'],
    ["(apply apply (list + (list 1 2)))", '3'],
    ["(apply values '(1 2))", '1 2'],
    ["(apply vector 'a 'b '(c))", '#(a b c)'],
  ]);
  errors(s, [
    ['(apply + 1)', /^apply: /],
    ["(apply + 1 '(2 . 3))", /^apply: /],
    ["(apply 5 '())", /procedure/],
  ]);
});

describe('map', () => {
  reportExamples(s, [
    ["(map cadr '((a b) (d e) (g h)))", '(b e h)'],
    ["(map (lambda (n) (expt n n)) '(1 2 3 4 5))", '(1 4 27 256 3125)'],
    ["(map + '(1 2 3) '(4 5 6 7))", '(5 7 9)'],
    ["(let ((r (let ((count 0)) (map (lambda (ignored) (set! count (+ count 1)) count) '(a b))))) (or (equal? r '(1 2)) (equal? r '(2 1))))", '#t'],
  ]);
  examples(s, [
    ["(map car '())", '()'],
    ["(map + '(1 2) '(1) '(1 2 3))", '(3)'],
    ["(map + '() '(1 2))", '()'],
    // one list may be circular when another is not
    ["(map + '(1 2 3) (let ((c (list 10))) (set-cdr! c c) c))", '(11 12 13)'],
    ["(let ((l (list 1 2))) (eq? l (map (lambda (x) x) l)))", '#f'],
    // a second return from map (through a continuation) does not change the first result
    [`(let ((k #f) (n 0) (results '()))
        (let ((r (map (lambda (x) (call/cc (lambda (c) (if (= x 2) (set! k c)) x))) '(1 2 3))))
          (set! results (cons r results))
          (set! n (+ n 1))
          (if (< n 2) (k 20))
          results))`, '((1 20 3) (1 2 3))'],
  ]);
  errors(s, [
    ['(map car 5)', /^map: /],
    ["(map car '(1 . 2))", /^car: |^map: /],
    ["(map (lambda (x) x) '(1 . 2))", /^map: /],
    ["(map + '(1 2) '(1 . 2))", /^map: /],
    ["(map 1 '(1))", /^map: /],
  ]);
});

describe('string-map', () => {
  reportExamples(s, [
    ['(string-map char-foldcase "AbdEgH")', '"abdegh"'],
    ['(string-map (lambda (c) (integer->char (+ 1 (char->integer c)))) "HAL")', '"IBM"'],
    ['(string-map (lambda (c k) ((if (eqv? k #\\u) char-upcase char-downcase) c)) "studlycaps xxx" "ululululul")', '"StUdLyCaPs"'],
  ]);
  examples(s, [
    ['(string-map char-upcase "")', '""'],
    ['(string-map (lambda (a b) b) "abc" "de")', '"de"'],
    ['(string-map (lambda (a b c) c) "abc" "abcd" "xy")', '"xy"'],
    ['(string-map (lambda (c) #\\x1F600) "ab")', '"\u{1F600}\u{1F600}"'],
    ['(let ((s (string #\\a))) (eq? s (string-map (lambda (c) c) s)))', '#f'],
  ]);
  errors(s, [
    ['(string-map (lambda (c) 1) "abc")', /^string-map: /],
    ['(string-map char-upcase 5)', /^string-map: /],
    ["(string-map char-upcase \"a\" 'b)", /^string-map: /],
    ['(string-map 5 "a")', /^string-map: /],
  ]);
});

describe('vector-map', () => {
  reportExamples(s, [
    ["(vector-map cadr '#((a b) (d e) (g h)))", '#(b e h)'],
    ["(vector-map (lambda (n) (expt n n)) '#(1 2 3 4 5))", '#(1 4 27 256 3125)'],
    ["(vector-map + '#(1 2 3) '#(4 5 6 7))", '#(5 7 9)'],
    ["(let ((r (let ((count 0)) (vector-map (lambda (ignored) (set! count (+ count 1)) count) '#(a b))))) (or (equal? r #(1 2)) (equal? r #(2 1))))", '#t'],
  ]);
  examples(s, [
    ['(vector-map + #() #())', '#()'],
    ['(vector-map + #(1 2) #(10 20 30) #(100))', '#(111)'],
    ['(let ((v (vector 1))) (eq? v (vector-map (lambda (x) x) v)))', '#f'],
    [`(let ((k #f) (n 0) (results '()))
        (let ((v (vector-map (lambda (x) (call/cc (lambda (c) (if (= x 2) (set! k c)) x))) #(1 2 3))))
          (set! results (cons v results))
          (set! n (+ n 1))
          (if (< n 2) (k 20))
          results))`, '(#(1 20 3) #(1 2 3))'],
  ]);
  errors(s, [
    ["(vector-map + #(1 2) '(1))", /^vector-map: /],
    ["(vector-map car '(1))", /^vector-map: /],
    ['(vector-map 5 #(1))', /^vector-map: /],
  ]);
});

describe('for-each', () => {
  reportExamples(s, [
    ["(let ((v (make-vector 5))) (for-each (lambda (i) (vector-set! v i (* i i))) '(0 1 2 3 4)) v)", '#(0 1 4 9 16)'],
  ]);
  examples(s, [
    ["(let ((acc '())) (for-each (lambda (x y) (set! acc (cons (+ x y) acc))) '(1 2 3) '(10 20)) acc)", '(22 11)'],
    ["(let ((acc '())) (for-each (lambda (x) (set! acc (cons x acc))) '(a b c)) acc)", '(c b a)'],
    ["(for-each car '())", '#<unspecified>'],
    ["(let ((n 0)) (for-each (lambda (x y) (set! n (+ n 1))) '(1 2) (let ((c (list 0))) (set-cdr! c c) c)) n)", '2'],
  ]);
  errors(s, [
    ['(for-each car 5)', /^for-each: /],
    ["(for-each (lambda (x) x) '(1 2 . 3))", /^for-each: /],
    ["(for-each 'x '(1))", /^for-each: /],
  ]);
});

describe('string-for-each', () => {
  reportExamples(s, [
    ['(let ((v \'())) (string-for-each (lambda (c) (set! v (cons (char->integer c) v))) "abcde") v)', '(101 100 99 98 97)'],
  ]);
  examples(s, [
    ["(let ((v '())) (string-for-each (lambda (a b) (set! v (cons (list a b) v))) \"abc\" \"de\") v)", '((#\\b #\\e) (#\\a #\\d))'],
    ['(let ((n 0)) (string-for-each (lambda (c) (set! n (+ n 1))) "") n)', '0'],
  ]);
  errors(s, [
    ["(string-for-each char-upcase 'abc)", /^string-for-each: /],
    ['(string-for-each char-upcase "a" 5)', /^string-for-each: /],
    ['(string-for-each #f "a")', /^string-for-each: /],
  ]);
});

describe('vector-for-each', () => {
  reportExamples(s, [
    ["(let ((v (make-list 5))) (vector-for-each (lambda (i) (list-set! v i (* i i))) '#(0 1 2 3 4)) v)", '(0 1 4 9 16)'],
  ]);
  examples(s, [
    ["(let ((acc '())) (vector-for-each (lambda (a b) (set! acc (cons (+ a b) acc))) #(1 2 3) #(10 20)) acc)", '(22 11)'],
    ['(let ((n 0)) (vector-for-each (lambda (x) (set! n (+ n 1))) #()) n)', '0'],
  ]);
  errors(s, [
    ["(vector-for-each car '(1))", /^vector-for-each: /],
    ["(vector-for-each + #(1) '(1))", /^vector-for-each: /],
    ['(vector-for-each 1 #(1))', /^vector-for-each: /],
  ]);
});

describe('call-with-current-continuation', () => {
  reportExamples(s, [
    ["(call-with-current-continuation (lambda (exit) (for-each (lambda (x) (if (negative? x) (exit x))) '(54 0 37 -3 245 19)) #t))", '-3'],
    [`(define list-length
        (lambda (obj)
          (call-with-current-continuation
            (lambda (return)
              (letrec ((r (lambda (obj)
                            (cond ((null? obj) 0)
                                  ((pair? obj) (+ (r (cdr obj)) 1))
                                  (else (return #f))))))
                (r obj))))))`, null],
    ["(list-length '(1 2 3 4))", '4'],
    ["(list-length '(a b . c))", '#f'],
  ]);
  examples(s, [
    ['(call/cc (lambda (k) 1))', '1'],
    ['(+ 1 (call/cc (lambda (k) (+ 10 (k 1)))))', '2'],
    ['(eq? call/cc call-with-current-continuation)', '#t'],
    ['(call/cc (lambda (k) (k 1 2)))', '1 2'],
    ['(call-with-values (lambda () (call/cc (lambda (k) (k 1 2)))) list)', '(1 2)'],
    ['(call-with-values (lambda () (call/cc (lambda (k) (k)))) list)', '()'],
    // a continuation can be called again after call/cc has returned
    ["(let ((n 0) (k #f)) (call/cc (lambda (c) (set! k c))) (set! n (+ n 1)) (if (< n 3) (k 'again)) n)", '3'],
  ]);
  errors(s, [['(call/cc 1)', /procedure/]]);
});

describe('values and call-with-values', () => {
  reportExamples(s, [
    ['(call-with-values (lambda () (values 4 5)) (lambda (a b) b))', '5'],
    ['(call-with-values * -)', '-1'],
  ]);
  examples(s, [
    ['(values 1)', '1'],
    ['(call-with-values (lambda () (values)) list)', '()'],
    ['(call-with-values values list)', '()'],
    ["(call-with-values (lambda () (values 1 2 3)) list)", '(1 2 3)'],
    ["(call-with-values (lambda () 7) list)", '(7)'],
    ['(+ 1 (values 2))', '3'],
    ["(begin (values 1 2) 'ignored)", 'ignored'],
  ]);
  errors(s, [["(call-with-values (lambda () 1) 'x)", /^call-with-values: /]]);
});

describe('dynamic-wind', () => {
  reportExamples(s, [
    [`(let ((path '()) (c #f))
        (let ((add (lambda (s) (set! path (cons s path)))))
          (dynamic-wind
            (lambda () (add 'connect))
            (lambda () (add (call-with-current-continuation (lambda (c0) (set! c c0) 'talk1))))
            (lambda () (add 'disconnect)))
          (if (< (length path) 4) (c 'talk2) (reverse path))))`, '(connect talk1 disconnect connect talk2 disconnect)'],
  ]);
  examples(s, [
    ["(let ((log '())) (dynamic-wind (lambda () (set! log (cons 'before log))) (lambda () (set! log (cons 'during log))) (lambda () (set! log (cons 'after log)))) (reverse log))", '(before during after)'],
    ['(dynamic-wind (lambda () 1) (lambda () (values 1 2)) (lambda () 3))', '1 2'],
    ["(call/cc (lambda (k) (dynamic-wind (lambda () #f) (lambda () (k 'out)) (lambda () #f))))", 'out'],
    // inner afters run first on the way out; outer befores run first on the way in
    [`(let ((log '()) (k #f) (n 0))
        (define (note x) (set! log (cons x log)))
        (dynamic-wind
          (lambda () (note 'in1))
          (lambda () (dynamic-wind (lambda () (note 'in2)) (lambda () (call/cc (lambda (c) (set! k c)))) (lambda () (note 'out2))))
          (lambda () (note 'out1)))
        (set! n (+ n 1))
        (if (< n 2) (k #f))
        (reverse log))`, '(in1 in2 out2 out1 in1 in2 out2 out1)'],
    // an escape runs the after thunk of the extent it leaves, in the dynamic environment of dynamic-wind
    [`(let ((p (make-parameter 'outer)) (seen #f))
        (call/cc (lambda (k)
          (dynamic-wind (lambda () #f)
                        (lambda () (parameterize ((p 'inner)) (k #f)))
                        (lambda () (set! seen (p))))))
        seen)`, 'outer'],
    // errors leave the extent too
    ["(let ((log '())) (guard (e (#t (reverse (cons e log)))) (dynamic-wind (lambda () (set! log (cons 'in log))) (lambda () (raise 'err)) (lambda () (set! log (cons 'out log))))))", '(in out err)'],
  ]);
  errors(s, [
    ['(dynamic-wind 1 (lambda () 2) (lambda () 3))', /dynamic-wind|procedure/],
    ['(dynamic-wind (lambda () 1) 2 (lambda () 3))', /^dynamic-wind: /],
    ['(dynamic-wind (lambda () 1) (lambda () 2) 3)', /^dynamic-wind: /],
  ]);
});
