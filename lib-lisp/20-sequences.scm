;;; Procedures over vectors and strings that take procedures (R7RS 6.7, 6.8, 6.10), and sorting
;;; (SRFI 132 names, plus sort and sort! as in Guile and Chibi).

;; The many-sequence versions stop at the shortest. The results are collected in a list and copied
;; into a new vector or string at the end, so that a second return from a map (through a continuation
;; captured in f) does not change what the first one returned.
(define (vector-map f v . vs)
  (%check-sequences 'vector-map f vector? "a vector" (cons v vs))
  (if (null? vs)
      (let ((n (vector-length v)))
        (let loop ((i 0) (acc '()))
          (if (< i n)
              (loop (+ i 1) (cons (f (vector-ref v i)) acc))
              (list->vector (reverse acc)))))
      (let ((all (cons v vs)))
        (let loop ((i 0) (n (%shortest vector-length all)) (acc '()))
          (if (< i n)
              (loop (+ i 1) n (cons (apply f (%elements-at vector-ref all i)) acc))
              (list->vector (reverse acc)))))))

(define (vector-for-each f v . vs)
  (%check-sequences 'vector-for-each f vector? "a vector" (cons v vs))
  (if (null? vs)
      (let ((n (vector-length v)))
        (let loop ((i 0))
          (if (< i n) (begin (f (vector-ref v i)) (loop (+ i 1))))))
      (let ((all (cons v vs)))
        (let loop ((i 0) (n (%shortest vector-length all)))
          (if (< i n) (begin (apply f (%elements-at vector-ref all i)) (loop (+ i 1) n)))))))

(define (string-map f s . ss)
  (%check-sequences 'string-map f string? "a string" (cons s ss))
  (let ((all (cons s ss)))
    (let loop ((i 0) (n (%shortest string-length all)) (acc '()))
      (if (< i n)
          (let ((c (if (null? ss) (f (string-ref s i)) (apply f (%elements-at string-ref all i)))))
            (if (not (char? c)) (%type-error 'string-map "a character as the result of the procedure" c))
            (loop (+ i 1) n (cons c acc)))
          (list->string (reverse acc))))))

(define (string-for-each f s . ss)
  (%check-sequences 'string-for-each f string? "a string" (cons s ss))
  (if (null? ss)
      (let ((n (string-length s)))
        (let loop ((i 0))
          (if (< i n) (begin (f (string-ref s i)) (loop (+ i 1))))))
      (let ((all (cons s ss)))
        (let loop ((i 0) (n (%shortest string-length all)))
          (if (< i n) (begin (apply f (%elements-at string-ref all i)) (loop (+ i 1) n)))))))

(define (%check-sequences who f ok? what seqs)
  (if (not (procedure? f)) (%type-error who "a procedure" f))
  (for-each (lambda (x) (if (not (ok? x)) (%type-error who what x))) seqs))
(define (%shortest length-of seqs) (apply min (map length-of seqs)))
(define (%elements-at ref seqs i) (map (lambda (x) (ref x i)) seqs))

(define (vector-fill-with! v f)
  (let loop ((i 0))
    (if (< i (vector-length v)) (begin (vector-set! v i (f i)) (loop (+ i 1))))))

;; A stable merge sort of lists.
(define (list-sort less? lst)
  (define (merge a b)
    (cond ((null? a) b)
          ((null? b) a)
          ((less? (car b) (car a)) (cons (car b) (merge a (cdr b))))
          (else (cons (car a) (merge (cdr a) b)))))
  (define (sort-n l n)
    ;; sorts the first n elements of l
    (if (<= n 1)
        (if (= n 0) '() (list (car l)))
        (let ((half (quotient n 2)))
          (merge (sort-n l half) (sort-n (list-tail l half) (- n half))))))
  (sort-n lst (length lst)))

(define (vector-sort less? v)
  (list->vector (list-sort less? (vector->list v))))

(define (vector-sort! v less?)
  (let ((sorted (list-sort less? (vector->list v))))
    (let loop ((i 0) (l sorted))
      (if (pair? l) (begin (vector-set! v i (car l)) (loop (+ i 1) (cdr l)))))))

;; (sort sequence less?) as in Guile and Chibi; (sort less? sequence) as in SRFI 132 also works.
(define (sort a b)
  (let ((seq (if (procedure? a) b a))
        (less? (if (procedure? a) a b)))
    (if (vector? seq) (vector-sort less? seq) (list-sort less? seq))))

(define (sort! a b)
  (let ((seq (if (procedure? a) b a))
        (less? (if (procedure? a) a b)))
    (if (vector? seq)
        (begin (vector-sort! seq less?) seq)
        (let ((sorted (list-sort less? seq)))
          (let loop ((l seq) (s sorted))
            (if (pair? l) (begin (set-car! l (car s)) (loop (cdr l) (cdr s)))))
          seq))))

(define (list-sort! less? lst) (sort! lst less?))
