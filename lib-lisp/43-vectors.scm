;;; SRFI 133, the vector library: the procedures that take procedures. (Its first-order procedures
;;; are built-ins: src/builtins/vectors.ts and vector-library.ts; vector-map and vector-for-each are
;;; in 20-sequences.scm.) Procedures given several vectors stop at the end of the shortest.

(define (%check-vectors who f vs)
  (if (not (procedure? f)) (%type-error who "a procedure" f))
  (for-each (lambda (v) (if (not (vector? v)) (%type-error who "a vector" v))) vs))

(define (%shortest-vector vs)
  (let loop ((vs (cdr vs)) (n (vector-length (car vs))))
    (if (null? vs) n (loop (cdr vs) (min n (vector-length (car vs)))))))

(define (%vector-elements-at vs i)
  (if (null? vs) '() (cons (vector-ref (car vs) i) (%vector-elements-at (cdr vs) i))))

;; ---- constructors

;; (vector-unfold f length seed ...): element i is the first value of (f i seed ...), whose other
;; values are the seeds for the next index.
(define (vector-unfold f n . seeds)
  (let ((v (make-vector n)))
    (%unfold-into! 'vector-unfold f v 0 n 1 seeds)
    v))

(define (vector-unfold-right f n . seeds)
  (let ((v (make-vector n)))
    (%unfold-into! 'vector-unfold-right f v (- n 1) -1 -1 seeds)
    v))

(define (vector-unfold! f v start end . seeds)
  (%range 'vector-unfold! (vector-length v) (list start end))
  (%unfold-into! 'vector-unfold! f v start end 1 seeds))

(define (vector-unfold-right! f v start end . seeds)
  (%range 'vector-unfold-right! (vector-length v) (list start end))
  (%unfold-into! 'vector-unfold-right! f v (- end 1) (- start 1) -1 seeds))

;; Sets v[i] for i from `from` by `step` until `to`.
(define (%unfold-into! who f v from to step seeds)
  (if (not (procedure? f)) (%type-error who "a procedure" f))
  (if (null? seeds)
      (do ((i from (+ i step))) ((= i to)) (vector-set! v i (f i)))
      (let loop ((i from) (seeds seeds))
        (if (not (= i to))
            (call-with-values (lambda () (apply f i seeds))
              (lambda (element . next-seeds)
                (vector-set! v i element)
                (loop (+ i step) next-seeds)))))))

;; ---- predicates

;; (vector= elt=? v ...): the same length, and (elt=? a b) for the elements at each index of each
;; vector and the next.
(define (vector= elt=? . vs)
  (%check-vectors 'vector= elt=? vs)
  (let loop ((vs vs))
    (or (null? vs)
        (null? (cdr vs))
        (let ((a (car vs)) (b (cadr vs)))
          (and (= (vector-length a) (vector-length b))
               (or (eq? a b)
                   (let each ((i 0))
                     (or (= i (vector-length a))
                         (and (elt=? (vector-ref a i) (vector-ref b i)) (each (+ i 1))))))
               (loop (cdr vs)))))))

;; ---- iteration

;; (vector-fold kons state v ...): (kons state element ...) from the left; the state comes first.
(define (vector-fold kons state v . vs)
  (%check-vectors 'vector-fold kons (cons v vs))
  (if (null? vs)
      (let ((n (vector-length v)))
        (let loop ((i 0) (state state))
          (if (< i n) (loop (+ i 1) (kons state (vector-ref v i))) state)))
      (let* ((all (cons v vs)) (n (%shortest-vector all)))
        (let loop ((i 0) (state state))
          (if (< i n) (loop (+ i 1) (apply kons state (%vector-elements-at all i))) state)))))

(define (vector-fold-right kons state v . vs)
  (%check-vectors 'vector-fold-right kons (cons v vs))
  (let* ((all (cons v vs)) (n (%shortest-vector all)))
    (let loop ((i (- n 1)) (state state))
      (if (>= i 0)
          (loop (- i 1) (if (null? vs) (kons state (vector-ref v i)) (apply kons state (%vector-elements-at all i))))
          state))))

;; (vector-map! f v ...): v's elements become (f element ...).
(define (vector-map! f v . vs)
  (%check-vectors 'vector-map! f (cons v vs))
  (let* ((all (cons v vs)) (n (%shortest-vector all)))
    (do ((i 0 (+ i 1))) ((= i n))
      (vector-set! v i (if (null? vs) (f (vector-ref v i)) (apply f (%vector-elements-at all i)))))))

(define (vector-count pred v . vs)
  (%check-vectors 'vector-count pred (cons v vs))
  (let* ((all (cons v vs)) (n (%shortest-vector all)))
    (let loop ((i 0) (count 0))
      (if (< i n)
          (loop (+ i 1) (if (if (null? vs) (pred (vector-ref v i)) (apply pred (%vector-elements-at all i))) (+ count 1) count))
          count))))

;; (vector-cumulate f knil v): element i is (f element-(i-1)-of-the-result v[i]), starting from knil.
(define (vector-cumulate f knil v)
  (%check-vectors 'vector-cumulate f (list v))
  (let* ((n (vector-length v)) (out (make-vector n)))
    (let loop ((i 0) (acc knil))
      (if (< i n)
          (let ((next (f acc (vector-ref v i))))
            (vector-set! out i next)
            (loop (+ i 1) next))
          out))))

;; ---- searching

;; The first index from `from` by `step`, below n, where (pred element ...) is `want` (#t or #f).
(define (%vector-search who pred vs want from-right?)
  (%check-vectors who pred vs)
  (let ((n (%shortest-vector vs)))
    (let loop ((i (if from-right? (- n 1) 0)))
      (cond ((or (< i 0) (>= i n)) #f)
            ((eq? want (if (apply pred (%vector-elements-at vs i)) #t #f)) i)
            (else (loop (if from-right? (- i 1) (+ i 1))))))))

(define (vector-index pred v . vs) (%vector-search 'vector-index pred (cons v vs) #t #f))
(define (vector-index-right pred v . vs) (%vector-search 'vector-index-right pred (cons v vs) #t #t))
(define (vector-skip pred v . vs) (%vector-search 'vector-skip pred (cons v vs) #f #f))
(define (vector-skip-right pred v . vs) (%vector-search 'vector-skip-right pred (cons v vs) #f #t))

(define (vector-any pred v . vs)
  (%check-vectors 'vector-any pred (cons v vs))
  (let* ((all (cons v vs)) (n (%shortest-vector all)))
    (let loop ((i 0))
      (and (< i n)
           (or (apply pred (%vector-elements-at all i)) (loop (+ i 1)))))))

;; What the last (pred element ...) returns, when none returns #f; #t for empty vectors.
(define (vector-every pred v . vs)
  (%check-vectors 'vector-every pred (cons v vs))
  (let* ((all (cons v vs)) (n (%shortest-vector all)))
    (let loop ((i 0) (last #t))
      (if (< i n)
          (let ((r (apply pred (%vector-elements-at all i))))
            (and r (loop (+ i 1) r)))
          last))))

;; (vector-binary-search v value cmp [start [end]]): an index whose element e has (cmp e value) = 0,
;; or #f; v must be sorted as cmp sees it (negative: e comes before value).
(define (vector-binary-search v value cmp . range)
  (let ((r (%range 'vector-binary-search (vector-length v) range)))
    (let loop ((lo (car r)) (hi (cdr r)))
      (and (< lo hi)
           (let* ((mid (quotient (+ lo hi) 2))
                  (c (cmp (vector-ref v mid) value)))
             (cond ((= c 0) mid)
                   ((< c 0) (loop (+ mid 1) hi))
                   (else (loop lo mid))))))))

;; (vector-partition pred v): a new vector of the elements that satisfy pred followed by those that
;; do not, each in their order, and the number that do.
(define (vector-partition pred v)
  (%check-vectors 'vector-partition pred (list v))
  (let loop ((i 0) (in '()) (out '()) (count 0))
    (if (< i (vector-length v))
        (let ((x (vector-ref v i)))
          (if (pred x)
              (loop (+ i 1) (cons x in) out (+ count 1))
              (loop (+ i 1) in (cons x out) count)))
        (values (list->vector (append-reverse in (reverse out))) count))))
