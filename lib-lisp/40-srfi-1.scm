;;; SRFI 1, the list library: the procedures that take procedures. Its first-order procedures are
;;; built-ins (src/builtins/lists.ts and list-library.ts); map, for-each, member and assoc are in
;;; 00-lists.scm, which R7RS needs first. The linear-update forms (filter! ...) are the pure ones,
;;; which SRFI 1 allows. Procedures given several lists stop at the end of the shortest.

;; The checks of arguments, with the built-ins' words: "fold: expected a procedure, got 1".
(define (%need-procedure who f)
  (if (not (procedure? f)) (%type-error who "a procedure" f)))
;; end is where a walk over lst stopped: anything but () there means lst was not a proper list.
(define (%need-list-end who end lst)
  (if (not (null? end)) (%type-error who "a proper list" lst)))

;; ---- constructors and predicates

(define (list-tabulate n make-element)
  (if (not (and (exact-integer? n) (>= n 0)))
      (%type-error 'list-tabulate "a non-negative exact integer" n))
  (%need-procedure 'list-tabulate make-element)
  (let loop ((i (- n 1)) (acc '()))
    (if (< i 0) acc (loop (- i 1) (cons (make-element i) acc)))))

;; (elt= a b) compares an element of one list with the one at the same place in the next list.
(define (list= elt= . lists)
  (define (same-elements? a b)
    (cond ((null? a) (null? b))
          ((null? b) #f)
          (else (and (elt= (car a) (car b)) (same-elements? (cdr a) (cdr b))))))
  (let loop ((lists lists))
    (or (null? lists)
        (null? (cdr lists))
        (and (or (eq? (car lists) (cadr lists)) (same-elements? (car lists) (cadr lists)))
             (loop (cdr lists))))))

(define (count pred lst . lsts)
  (%need-procedure 'count pred)
  (if (null? lsts)
      (let loop ((l lst) (n 0))
        (if (pair? l)
            (loop (cdr l) (if (pred (car l)) (+ n 1) n))
            (begin (%need-list-end 'count l lst) n)))
      (let loop ((ls (cons lst lsts)) (n 0))
        (if (%every-pair? ls) (loop (%cdrs ls) (if (apply pred (%cars ls)) (+ n 1) n)) n))))

;; ---- folds and unfolds

(define (fold kons knil lst . lsts)
  (%need-procedure 'fold kons)
  (if (null? lsts)
      (let loop ((l lst) (acc knil))
        (if (pair? l)
            (loop (cdr l) (kons (car l) acc))
            (begin (%need-list-end 'fold l lst) acc)))
      (let loop ((ls (cons lst lsts)) (acc knil))
        (if (%every-pair? ls)
            (loop (%cdrs ls) (apply kons (append (%cars ls) (list acc))))
            acc))))

(define (fold-right kons knil lst . lsts)
  (%need-procedure 'fold-right kons)
  (if (null? lsts)
      (let loop ((l (reverse lst)) (acc knil))
        (if (pair? l) (loop (cdr l) (kons (car l) acc)) acc))
      (let loop ((ls (reverse (apply map list lst lsts))) (acc knil))
        (if (pair? ls) (loop (cdr ls) (apply kons (append (car ls) (list acc)))) acc))))

;; R6RS's fold-left: the accumulator comes first.
(define (fold-left f acc lst . lsts)
  (%need-procedure 'fold-left f)
  (if (null? lsts)
      (let loop ((l lst) (acc acc))
        (if (pair? l) (loop (cdr l) (f acc (car l))) acc))
      (let loop ((ls (cons lst lsts)) (acc acc))
        (if (%every-pair? ls) (loop (%cdrs ls) (apply f acc (%cars ls))) acc))))

;; pair-fold gives kons the pairs themselves; the next pair is taken before kons may change this one.
(define (pair-fold kons knil lst . lsts)
  (if (null? lsts)
      (let loop ((l lst) (acc knil))
        (if (pair? l) (let ((next (cdr l))) (loop next (kons l acc))) acc))
      (let loop ((ls (cons lst lsts)) (acc knil))
        (if (%every-pair? ls)
            (let ((next (%cdrs ls))) (loop next (apply kons (append ls (list acc)))))
            acc))))

(define (pair-fold-right kons knil lst . lsts)
  (let collect ((ls (cons lst lsts)) (tails '()))
    (if (%every-pair? ls)
        (collect (%cdrs ls) (cons ls tails))
        (fold (lambda (tuple acc) (apply kons (append tuple (list acc)))) knil tails))))

(define (reduce f ridentity lst)
  (%need-procedure 'reduce f)
  (if (pair? lst) (fold f (car lst) (cdr lst)) (begin (%need-list-end 'reduce lst lst) ridentity)))

;; (reduce-right f r '(1 2 3)) is (f 1 (f 2 3)).
(define (reduce-right f ridentity lst)
  (%need-procedure 'reduce-right f)
  (if (pair? lst)
      (let ((r (reverse lst))) (fold f (car r) (cdr r)))
      ridentity))

(define (unfold stop? mapper successor seed . tail-gen)
  (let loop ((seed seed) (acc '()))
    (if (stop? seed)
        (append-reverse acc (if (pair? tail-gen) ((car tail-gen) seed) '()))
        (loop (successor seed) (cons (mapper seed) acc)))))

(define (unfold-right stop? mapper successor seed . tail)
  (let loop ((seed seed) (acc (if (pair? tail) (car tail) '())))
    (if (stop? seed) acc (loop (successor seed) (cons (mapper seed) acc)))))

;; ---- mapping

;; map already applies f from left to right.
(define map-in-order map)
(define map! map)

(define (append-map f lst . lsts)
  (concatenate (apply map f lst lsts)))
(define append-map! append-map)

(define (pair-for-each f lst . lsts)
  (if (null? lsts)
      (let loop ((l lst))
        (if (pair? l) (let ((next (cdr l))) (f l) (loop next))))
      (let loop ((ls (cons lst lsts)))
        (if (%every-pair? ls) (let ((next (%cdrs ls))) (apply f ls) (loop next))))))

(define (filter-map f lst . lsts)
  (%need-procedure 'filter-map f)
  (if (null? lsts)
      (let loop ((l lst) (acc '()))
        (if (pair? l)
            (loop (cdr l) (let ((v (f (car l)))) (if v (cons v acc) acc)))
            (reverse acc)))
      (filter (lambda (x) x) (apply map f lst lsts))))

;; ---- filtering and partitioning

(define (filter keep? lst)
  (%need-procedure 'filter keep?)
  (let loop ((l lst) (acc '()))
    (cond ((not (pair? l)) (%need-list-end 'filter l lst) (reverse acc))
          ((keep? (car l)) (loop (cdr l) (cons (car l) acc)))
          (else (loop (cdr l) acc)))))

(define (remove drop? lst)
  (%need-procedure 'remove drop?)
  (filter (lambda (x) (not (drop? x))) lst))

(define (partition keep? lst)
  (%need-procedure 'partition keep?)
  (let loop ((l lst) (in '()) (out '()))
    (cond ((not (pair? l)) (%need-list-end 'partition l lst) (values (reverse in) (reverse out)))
          ((keep? (car l)) (loop (cdr l) (cons (car l) in) out))
          (else (loop (cdr l) in (cons (car l) out))))))

(define filter! filter)
(define remove! remove)
(define partition! partition)

;; ---- searching

(define (find pred lst)
  (%need-procedure 'find pred)
  (let ((tail (find-tail pred lst)))
    (and tail (car tail))))

(define (find-tail pred lst)
  (%need-procedure 'find-tail pred)
  (let loop ((l lst))
    (cond ((not (pair? l)) #f)
          ((pred (car l)) l)
          (else (loop (cdr l))))))

(define (any pred lst . lsts)
  (%need-procedure 'any pred)
  (if (null? lsts)
      (let loop ((l lst))
        (cond ((not (pair? l)) #f)
              ((null? (cdr l)) (pred (car l)))
              ((pred (car l)) => (lambda (x) x))
              (else (loop (cdr l)))))
      (let loop ((ls (cons lst lsts)))
        (and (%every-pair? ls)
             (or (apply pred (%cars ls)) (loop (%cdrs ls)))))))

(define (every pred lst . lsts)
  (%need-procedure 'every pred)
  (if (null? lsts)
      (let loop ((l lst))
        (cond ((not (pair? l)) #t)
              ((null? (cdr l)) (pred (car l)))
              ((pred (car l)) (loop (cdr l)))
              (else #f)))
      (let loop ((ls (cons lst lsts)) (last #t))
        (if (%every-pair? ls)
            (let ((r (apply pred (%cars ls))))
              (and r (loop (%cdrs ls) r)))
            last))))

(define (list-index pred lst . lsts)
  (%need-procedure 'list-index pred)
  (if (null? lsts)
      (let loop ((l lst) (i 0))
        (cond ((not (pair? l)) #f)
              ((pred (car l)) i)
              (else (loop (cdr l) (+ i 1)))))
      (let loop ((ls (cons lst lsts)) (i 0))
        (cond ((not (%every-pair? ls)) #f)
              ((apply pred (%cars ls)) i)
              (else (loop (%cdrs ls) (+ i 1)))))))

(define (take-while pred lst)
  (let loop ((l lst) (acc '()))
    (if (and (pair? l) (pred (car l))) (loop (cdr l) (cons (car l) acc)) (reverse acc))))

(define (drop-while pred lst)
  (let loop ((l lst))
    (if (and (pair? l) (pred (car l))) (loop (cdr l)) l)))

(define (span pred lst)
  (let loop ((l lst) (acc '()))
    (if (and (pair? l) (pred (car l)))
        (loop (cdr l) (cons (car l) acc))
        (values (reverse acc) l))))

(define (break pred lst) (span (lambda (x) (not (pred x))) lst))

(define take-while! take-while)
(define span! span)
(define break! break)

;; ---- deleting

(define (delete x lst . compare)
  (let ((same? (if (pair? compare) (car compare) equal?)))
    (filter (lambda (y) (not (same? x y))) lst)))

(define delete! delete)

;; The first of each run of equal elements is kept; (same? earlier later) is how they are compared.
;; For a predicate hash tables know (eq?, eqv?, equal?, string=? ...), a table remembers what has been
;; seen, so a long list takes linear time rather than quadratic.
(define (delete-duplicates lst . compare)
  (let* ((same? (if (pair? compare) (car compare) equal?))
         (seen (make-hash-table same?)))
    (if (%hash-table-custom? seen 'delete-duplicates)
        (let loop ((l lst) (kept '()))
          (cond ((not (pair? l)) (reverse kept))
                ((%found-before? same? (car l) kept) (loop (cdr l) kept))
                (else (loop (cdr l) (cons (car l) kept)))))
        (let loop ((l lst) (kept '()))
          (cond ((not (pair? l)) (reverse kept))
                ((hash-table-contains? seen (car l)) (loop (cdr l) kept))
                (else (hash-table-set! seen (car l) #t) (loop (cdr l) (cons (car l) kept))))))))

(define delete-duplicates! delete-duplicates)

;; ---- association lists

(define (alist-delete key alist . compare)
  (let ((same? (if (pair? compare) (car compare) equal?)))
    (filter (lambda (p) (not (same? key (car p)))) alist)))

(define alist-delete! alist-delete)

;; ---- lists as sets, compared with the given predicate

;; Whether some y in `earlier` has (same? y x): SRFI 1 passes the element already in a list or set
;; first, and the one being added or looked at second.
(define (%found-before? same? x earlier)
  (let loop ((l earlier))
    (and (pair? l) (or (and (same? (car l) x) #t) (loop (cdr l))))))

;; Whether some y in `later` has (same? x y): x is from an earlier argument list.
(define (%found-after? same? x later)
  (let loop ((l later))
    (and (pair? l) (or (and (same? x (car l)) #t) (loop (cdr l))))))

(define (%lset-subset? same? a b)
  (every (lambda (x) (%found-after? same? x b)) a))

(define (lset<= same? . lists)
  (let loop ((lists lists))
    (or (null? lists)
        (null? (cdr lists))
        (and (%lset-subset? same? (car lists) (cadr lists)) (loop (cdr lists))))))

(define (lset= same? . lists)
  (let loop ((lists lists))
    (or (null? lists)
        (null? (cdr lists))
        (and (%lset-subset? same? (car lists) (cadr lists))
             (%lset-subset? same? (cadr lists) (car lists))
             (loop (cdr lists))))))

(define (lset-adjoin same? lst . elts)
  (fold (lambda (x acc) (if (%found-before? same? x acc) acc (cons x acc))) lst elts))

(define (lset-union same? . lists)
  (fold (lambda (l acc)
          (cond ((null? acc) l)
                ((eq? l acc) acc)
                (else (fold (lambda (x acc) (if (%found-before? same? x acc) acc (cons x acc))) acc l))))
        '() lists))

(define (lset-intersection same? lst . lists)
  (filter (lambda (x) (every (lambda (l) (%found-after? same? x l)) lists)) lst))

(define (lset-difference same? lst . lists)
  (filter (lambda (x) (not (any (lambda (l) (%found-after? same? x l)) lists))) lst))

;; The elements in an odd number of the lists (for two lists, in exactly one of them).
(define (lset-xor same? . lists)
  (reduce (lambda (b a)
            (append (lset-difference same? a b) (lset-difference same? b a)))
          '() lists))

(define (lset-diff+intersection same? lst . lists)
  (partition (lambda (x) (not (any (lambda (l) (%found-after? same? x l)) lists))) lst))

(define lset-union! lset-union)
(define lset-intersection! lset-intersection)
(define lset-difference! lset-difference)
(define lset-xor! lset-xor)
(define lset-diff+intersection! lset-diff+intersection)
