;;; Procedures over vectors and strings that take procedures (R7RS 6.7, 6.8, 6.10), and sorting
;;; (SRFI 132 names, plus sort and sort! as in Guile and Chibi).

(define (vector-map f v . vs)
  (if (null? vs)
      (let* ((n (vector-length v)) (out (make-vector n)))
        (let loop ((i 0))
          (if (< i n)
              (begin (vector-set! out i (f (vector-ref v i))) (loop (+ i 1)))
              out)))
      (list->vector (apply map f (vector->list v) (map vector->list vs)))))

(define (vector-for-each f v . vs)
  (if (null? vs)
      (let ((n (vector-length v)))
        (let loop ((i 0))
          (if (< i n) (begin (f (vector-ref v i)) (loop (+ i 1))))))
      (apply for-each f (vector->list v) (map vector->list vs))))

(define (string-map f s . ss)
  (if (null? ss)
      (list->string (map f (string->list s)))
      (list->string (apply map f (string->list s) (map string->list ss)))))

(define (string-for-each f s . ss)
  (if (null? ss)
      (let ((n (string-length s)))
        (let loop ((i 0))
          (if (< i n) (begin (f (string-ref s i)) (loop (+ i 1))))))
      (apply for-each f (string->list s) (map string->list ss))))

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
