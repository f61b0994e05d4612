;;; Sorting and merging (SRFI 132), with Guile's and Chibi's sort, sort!, stable-sort, sorted?, merge.
;;; One stable merge sort on vectors does every sort: a list is sorted as a vector and turned back.
;;; Where SRFI 132 puts the procedure first, (sort < seq), the sequence may come first too,
;;; (sort seq <), as Guile and Chibi have it.
;;; (These replace the definitions of list-sort, vector-sort, vector-sort!, sort, sort! and
;;; list-sort! in 20-sequences.scm.)

;; (k less? sequence) from two arguments given in either order.
(define (%sort-arguments who a b k)
  (cond ((procedure? a) (k a b))
        ((procedure? b) (k b a))
        (else (%type-error who "a procedure" a))))

;; ---- the sort

(define (%insertion-sort! less? v lo hi)
  (do ((i (+ lo 1) (+ i 1))) ((>= i hi))
    (let ((x (vector-ref v i)))
      (let shift ((j i))
        (if (and (> j lo) (less? x (vector-ref v (- j 1))))
            (begin (vector-set! v j (vector-ref v (- j 1))) (shift (- j 1)))
            (vector-set! v j x))))))

;; Merges the sorted runs src[lo, mid) and src[mid, hi) into dst[lo, hi); on ties the left one's
;; element goes first, which is what keeps the sort stable.
(define (%merge-runs! less? src lo mid hi dst)
  (if (or (= mid hi) (not (less? (vector-ref src mid) (vector-ref src (- mid 1)))))
      (vector-copy! dst lo src lo hi)
      (let loop ((i lo) (j mid) (k lo))
        (cond ((= i mid) (vector-copy! dst k src j hi))
              ((= j hi) (vector-copy! dst k src i mid))
              (else
               (let ((x (vector-ref src i)) (y (vector-ref src j)))
                 (if (less? y x)
                     (begin (vector-set! dst k y) (loop i (+ j 1) (+ k 1)))
                     (begin (vector-set! dst k x) (loop (+ i 1) j (+ k 1))))))))))

;; A new vector of v[start, end), sorted stably: runs of 8 by insertion, then merged pairwise from
;; one vector into the other, doubling the run length each pass.
(define (%sorted-vector less? v start end)
  (let* ((n (- end start))
         (a (vector-copy v start end)))
    (let runs ((lo 0))
      (if (< lo n)
          (let ((hi (min n (+ lo 8))))
            (%insertion-sort! less? a lo hi)
            (runs hi))))
    (let pass ((width 8) (src a) (dst (make-vector n)))
      (if (>= width n)
          src
          (begin
            (let merge ((lo 0))
              (if (< lo n)
                  (let* ((mid (min n (+ lo width)))
                         (hi (min n (+ mid width))))
                    (%merge-runs! less? src lo mid hi dst)
                    (merge hi))))
            (pass (* 2 width) dst src))))))

(define (%sort-range! who less? v range)
  (let ((r (%range who (vector-length v) range)))
    (vector-copy! v (car r) (%sorted-vector less? v (car r) (cdr r)))))

(define (%sorted-list who less? lst)
  (if (not (list? lst)) (%type-error who "a proper list" lst))
  (let ((v (list->vector lst)))
    (vector->list (%sorted-vector less? v 0 (vector-length v)))))

;; Puts the elements of the list `sorted` into the pairs of lst, which is as long, and returns lst.
(define (%refill-list! lst sorted)
  (let loop ((l lst) (s sorted))
    (if (pair? l) (begin (set-car! l (car s)) (loop (cdr l) (cdr s)))))
  lst)

;; ---- SRFI 132

(define (list-sort a b) (%sort-arguments 'list-sort a b (lambda (less? lst) (%sorted-list 'list-sort less? lst))))
(define (list-stable-sort a b)
  (%sort-arguments 'list-stable-sort a b (lambda (less? lst) (%sorted-list 'list-stable-sort less? lst))))
(define (list-sort! a b)
  (%sort-arguments 'list-sort! a b (lambda (less? lst) (%refill-list! lst (%sorted-list 'list-sort! less? lst)))))
(define (list-stable-sort! a b)
  (%sort-arguments 'list-stable-sort! a b (lambda (less? lst) (%refill-list! lst (%sorted-list 'list-stable-sort! less? lst)))))

;; (vector-sort < v [start [end]]): a new vector of the sorted range.
(define (vector-sort a b . range)
  (%sort-arguments 'vector-sort a b
    (lambda (less? v)
      (if (not (vector? v)) (%type-error 'vector-sort "a vector" v))
      (let ((r (%range 'vector-sort (vector-length v) range)))
        (%sorted-vector less? v (car r) (cdr r))))))
(define (vector-stable-sort a b . range) (apply vector-sort a b range))

;; (vector-sort! v < [start [end]]) sorts the range in place.
(define (vector-sort! a b . range)
  (%sort-arguments 'vector-sort! a b
    (lambda (less? v)
      (if (not (vector? v)) (%type-error 'vector-sort! "a vector" v))
      (%sort-range! 'vector-sort! less? v range))))
(define (vector-stable-sort! a b . range) (apply vector-sort! a b range))

(define (list-merge less? a b)
  (let loop ((a a) (b b) (acc '()))
    (cond ((null? a) (append-reverse acc b))
          ((null? b) (append-reverse acc a))
          ((less? (car b) (car a)) (loop a (cdr b) (cons (car b) acc)))
          (else (loop (cdr a) b (cons (car a) acc))))))
(define list-merge! list-merge)

;; Merges from1[start1, end1) and from2[start2, end2) into to, from index start on.
(define (%merge-vectors! who less? to start from1 start1 end1 from2 start2 end2)
  (let loop ((i start1) (j start2) (k start))
    (cond ((= i end1) (vector-copy! to k from2 j end2))
          ((= j end2) (vector-copy! to k from1 i end1))
          ((less? (vector-ref from2 j) (vector-ref from1 i))
           (vector-set! to k (vector-ref from2 j))
           (loop i (+ j 1) (+ k 1)))
          (else
           (vector-set! to k (vector-ref from1 i))
           (loop (+ i 1) j (+ k 1))))))

;; (vector-merge < v1 v2 [start1 [end1 [start2 [end2]]]])
(define (vector-merge less? v1 v2 . ranges)
  (let* ((r1 (%range 'vector-merge (vector-length v1) (%first-arguments ranges 2)))
         (r2 (%range 'vector-merge (vector-length v2) (%arguments-after ranges 2)))
         (to (make-vector (+ (- (cdr r1) (car r1)) (- (cdr r2) (car r2))))))
    (%merge-vectors! 'vector-merge less? to 0 v1 (car r1) (cdr r1) v2 (car r2) (cdr r2))
    to))

;; (vector-merge! < to from1 from2 [start [start1 [end1 [start2 [end2]]]]])
(define (vector-merge! less? to v1 v2 . ranges)
  (let* ((start (if (pair? ranges) (car ranges) 0))
         (rest (if (pair? ranges) (cdr ranges) '()))
         (r1 (%range 'vector-merge! (vector-length v1) (%first-arguments rest 2)))
         (r2 (%range 'vector-merge! (vector-length v2) (%arguments-after rest 2)))
         (n (+ (- (cdr r1) (car r1)) (- (cdr r2) (car r2)))))
    (%range 'vector-merge! (vector-length to) (list start (+ start n)))
    (%merge-vectors! 'vector-merge! less? to start v1 (car r1) (cdr r1) v2 (car r2) (cdr r2))))

(define (%first-arguments l n) (if (or (= n 0) (null? l)) '() (cons (car l) (%first-arguments (cdr l) (- n 1)))))
(define (%arguments-after l n) (if (or (= n 0) (null? l)) l (%arguments-after (cdr l) (- n 1))))

(define (list-sorted? a b)
  (%sort-arguments 'list-sorted? a b
    (lambda (less? lst)
      (or (not (pair? lst))
          (let loop ((prev (car lst)) (l (cdr lst)))
            (or (not (pair? l))
                (and (not (less? (car l) prev)) (loop (car l) (cdr l)))))))))

(define (vector-sorted? a b . range)
  (%sort-arguments 'vector-sorted? a b
    (lambda (less? v)
      (let ((r (%range 'vector-sorted? (vector-length v) range)))
        (let loop ((i (+ (car r) 1)))
          (or (>= i (cdr r))
              (and (not (less? (vector-ref v i) (vector-ref v (- i 1)))) (loop (+ i 1)))))))))

;; The first of each run of neighbours that (same? earlier later) says are the same.
(define (list-delete-neighbor-dups same? lst)
  (if (not (pair? lst))
      lst
      (let loop ((kept (car lst)) (l (cdr lst)) (acc (list (car lst))))
        (cond ((not (pair? l)) (reverse acc))
              ((same? kept (car l)) (loop kept (cdr l) acc))
              (else (loop (car l) (cdr l) (cons (car l) acc)))))))
(define list-delete-neighbor-dups! list-delete-neighbor-dups)

(define (vector-delete-neighbor-dups same? v . range)
  (let ((r (%range 'vector-delete-neighbor-dups (vector-length v) range)))
    (list->vector (list-delete-neighbor-dups same? (vector->list v (car r) (cdr r))))))

;; Moves the kept elements to the front of the range; returns the index just after them.
(define (vector-delete-neighbor-dups! same? v . range)
  (let* ((r (%range 'vector-delete-neighbor-dups! (vector-length v) range))
         (kept (list-delete-neighbor-dups same? (vector->list v (car r) (cdr r)))))
    (let loop ((i (car r)) (l kept))
      (if (pair? l)
          (begin (vector-set! v i (car l)) (loop (+ i 1) (cdr l)))
          i))))

;; (vector-find-median < v knil [mean]): knil for an empty vector; of an even count, the mean of the
;; two middle elements.
(define (vector-find-median less? v knil . mean)
  (%sorted-median less? (%sorted-vector less? v 0 (vector-length v)) knil mean))

(define (vector-find-median! less? v knil . mean)
  (vector-sort! v less?)
  (%sorted-median less? v knil mean))

(define (%sorted-median less? sorted knil mean)
  (let ((n (vector-length sorted))
        (mean (if (pair? mean) (car mean) (lambda (a b) (/ (+ a b) 2)))))
    (cond ((= n 0) knil)
          ((odd? n) (vector-ref sorted (quotient n 2)))
          (else (mean (vector-ref sorted (- (quotient n 2) 1)) (vector-ref sorted (quotient n 2)))))))

;; (vector-select! < v k [start [end]]): the element that would be at start + k were the range sorted.
(define (vector-select! less? v k . range)
  (let ((r (%range 'vector-select! (vector-length v) range)))
    (if (not (and (exact-integer? k) (<= 0 k) (< k (- (cdr r) (car r)))))
        (%type-error 'vector-select! "an index into the range" k))
    (%sort-range! 'vector-select! less? v range)
    (vector-ref v (+ (car r) k))))

;; Leaves the k smallest elements of the range at its front (here: sorts the range).
(define (vector-separate! less? v k . range)
  (let ((r (%range 'vector-separate! (vector-length v) range)))
    (if (not (and (exact-integer? k) (<= 0 k) (<= k (- (cdr r) (car r)))))
        (%type-error 'vector-separate! "a count within the range" k))
    (%sort-range! 'vector-separate! less? v range)))

;; ---- Guile's and Chibi's names

(define (sort a b)
  (%sort-arguments 'sort a b
    (lambda (less? seq)
      (if (vector? seq)
          (%sorted-vector less? seq 0 (vector-length seq))
          (%sorted-list 'sort less? seq)))))
(define (stable-sort a b) (sort a b))

;; Sorts in place and returns the sequence: a list keeps its pairs, which get the sorted elements.
(define (sort! a b)
  (%sort-arguments 'sort! a b
    (lambda (less? seq)
      (if (vector? seq)
          (begin (%sort-range! 'sort! less? seq '()) seq)
          (%refill-list! seq (%sorted-list 'sort! less? seq))))))
(define (stable-sort! a b) (sort! a b))

(define (sorted? a b)
  (%sort-arguments 'sorted? a b
    (lambda (less? seq)
      (if (vector? seq) (vector-sorted? less? seq) (list-sorted? less? seq)))))

;; Guile's (merge list1 list2 less?)
(define (merge a b less?) (list-merge less? a b))
(define (merge! a b less?) (list-merge less? a b))
