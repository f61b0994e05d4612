;;; Hash tables (SRFI 69, and SRFI 125's names for the same things): the procedures that take
;;; procedures, and the lookups of custom tables. A table made with eq?, eqv?, equal?, string=?,
;;; string-ci=?, = or char-ci=? is indexed by the built-ins (src/values/hash-table.ts); one made with
;;; any other predicate is custom: its hash function and predicate are Lisp procedures, called here,
;;; and the built-ins only keep its buckets. Every association is an entry (key . value).
;;;
;;; SRFI 125 wants comparators (SRFI 128), which this lisp does not have: wherever it takes a
;;; comparator, an equality predicate is taken instead, as SRFI 69 does.

;; ---- finding, adding and removing entries, for both kinds of table

;; The entry for key, or #f.
(define (%hash-table-lookup table key who)
  (if (%hash-table-custom? table who)
      (%custom-entry table key ((%hash-table-hasher table) key))
      (%hash-table-entry table key who)))

(define (%custom-entry table key hash)
  (let ((same? (hash-table-equivalence-function table)))
    (let loop ((l (%hash-table-bucket table hash)))
      (cond ((null? l) #f)
            ((same? key (caar l)) (car l))
            (else (loop (cdr l)))))))

(define (%hash-table-put! table key value who)
  (if (%hash-table-custom? table who)
      (let* ((hash ((%hash-table-hasher table) key))
             (entry (%custom-entry table key hash)))
        (if entry (set-cdr! entry value) (%hash-table-add! table hash key value)))
      (%hash-table-set! table key value who)))

;; Removes key's entry; says whether there was one.
(define (%hash-table-remove-key! table key who)
  (if (%hash-table-custom? table who)
      (let* ((hash ((%hash-table-hasher table) key))
             (entry (%custom-entry table key hash)))
        (and entry (%hash-table-remove! table hash entry)))
      (%hash-table-delete! table key who)))

;; ---- constructors

;; (alist->hash-table alist [equivalence [hash-function]] arg ...): earlier associations win.
(define (alist->hash-table alist . options)
  (let ((table (apply make-hash-table options)))
    (for-each (lambda (entry)
                (if (not (pair? entry)) (%type-error 'alist->hash-table "an association list" alist))
                (%hash-table-put! table (car entry) (cdr entry) 'alist->hash-table))
              (reverse alist))
    table))

;; SRFI 125's (hash-table comparator key value ...), with an equality predicate for the comparator.
(define (hash-table equivalence . keys-and-values)
  (let ((table (make-hash-table equivalence)))
    (apply hash-table-set! table keys-and-values)
    table))

(define (hash-table-unfold stop? mapper successor seed equivalence . args)
  (let ((table (apply make-hash-table equivalence args)))
    (let loop ((seed seed))
      (if (stop? seed)
          table
          (call-with-values (lambda () (mapper seed))
            (lambda (key value)
              (%hash-table-put! table key value 'hash-table-unfold)
              (loop (successor seed))))))))

;; ---- looking up

;; (hash-table-ref table key [failure [success]]): without failure, a missing key is an error.
(define hash-table-ref
  (case-lambda
    ((table key)
     (let ((entry (%hash-table-lookup table key 'hash-table-ref)))
       (if entry (cdr entry) (error "hash-table-ref: no value for the key" key))))
    ((table key failure)
     (let ((entry (%hash-table-lookup table key 'hash-table-ref)))
       (if entry (cdr entry) (failure))))
    ((table key failure success)
     (let ((entry (%hash-table-lookup table key 'hash-table-ref)))
       (if entry (success (cdr entry)) (failure))))))

(define (hash-table-ref/default table key default)
  (let ((entry (%hash-table-lookup table key 'hash-table-ref/default)))
    (if entry (cdr entry) default)))

(define (hash-table-contains? table key)
  (if (%hash-table-lookup table key 'hash-table-contains?) #t #f))

(define (hash-table-exists? table key)
  (if (%hash-table-lookup table key 'hash-table-exists?) #t #f))

;; ---- changing

;; (hash-table-set! table key value ...): SRFI 125 takes any number of keys and values.
(define hash-table-set!
  (case-lambda
    ((table key value) (%hash-table-put! table key value 'hash-table-set!))
    ((table . keys-and-values)
     (%hash-table-custom? table 'hash-table-set!)
     (let loop ((kvs keys-and-values))
       (cond ((null? kvs) (if #f #f))
             ((null? (cdr kvs)) (error "hash-table-set!: a key without a value" (car kvs)))
             (else (%hash-table-put! table (car kvs) (cadr kvs) 'hash-table-set!)
                   (loop (cddr kvs))))))))

;; (hash-table-delete! table key ...): how many of the keys were there (SRFI 125).
(define hash-table-delete!
  (case-lambda
    ((table key) (if (%hash-table-remove-key! table key 'hash-table-delete!) 1 0))
    ((table . keys)
     (%hash-table-custom? table 'hash-table-delete!)
     (let loop ((keys keys) (n 0))
       (if (null? keys)
           n
           (loop (cdr keys) (if (%hash-table-remove-key! table (car keys) 'hash-table-delete!) (+ n 1) n)))))))

;; (hash-table-update! table key updater [failure [success]]): the entry found is updated in place.
(define (hash-table-update! table key updater . options)
  (let ((entry (%hash-table-lookup table key 'hash-table-update!)))
    (cond (entry
           (set-cdr! entry (updater (if (and (pair? options) (pair? (cdr options)))
                                        ((cadr options) (cdr entry))
                                        (cdr entry)))))
          ((pair? options)
           (%hash-table-put! table key (updater ((car options))) 'hash-table-update!))
          (else (error "hash-table-update!: no value for the key" key)))))

(define (hash-table-update!/default table key updater default)
  (let ((entry (%hash-table-lookup table key 'hash-table-update!/default)))
    (if entry
        (set-cdr! entry (updater (cdr entry)))
        (%hash-table-put! table key (updater default) 'hash-table-update!/default))))

;; The value for key, which (failure) gives and the table keeps when there is none yet.
(define (hash-table-intern! table key failure)
  (let ((entry (%hash-table-lookup table key 'hash-table-intern!)))
    (if entry
        (cdr entry)
        (let ((value (failure)))
          (%hash-table-put! table key value 'hash-table-intern!)
          value))))

;; ---- the whole table; each walks a list of the entries taken when it starts

;; (hash-table-walk table proc), SRFI 69's name and order.
(define (hash-table-walk table proc)
  (for-each (lambda (entry) (proc (car entry) (cdr entry))) (%hash-table-entry-list table 'hash-table-walk)))

;; (hash-table-for-each proc table), SRFI 125's order; SRFI 69's (table proc) works too.
(define (hash-table-for-each a b)
  (let ((table (if (hash-table? a) a b))
        (proc (if (hash-table? a) b a)))
    (for-each (lambda (entry) (proc (car entry) (cdr entry))) (%hash-table-entry-list table 'hash-table-for-each))))

;; (hash-table-fold proc seed table), or SRFI 69's (hash-table-fold table proc seed).
(define (hash-table-fold a b c)
  (let-values (((proc seed table) (if (hash-table? a) (values b c a) (values a b c))))
    (let loop ((l (%hash-table-entry-list table 'hash-table-fold)) (acc seed))
      (if (null? l) acc (loop (cdr l) (proc (caar l) (cdar l) acc))))))

(define (hash-table-map->list proc table)
  (map (lambda (entry) (proc (car entry) (cdr entry))) (%hash-table-entry-list table 'hash-table-map->list)))

;; A new table, made with equivalence, of each key and (proc value).
(define (hash-table-map proc equivalence table)
  (let ((result (make-hash-table equivalence)))
    (for-each (lambda (entry) (%hash-table-put! result (car entry) (proc (cdr entry)) 'hash-table-map))
              (%hash-table-entry-list table 'hash-table-map))
    result))

(define (hash-table-map! proc table)
  (for-each (lambda (entry) (set-cdr! entry (proc (car entry) (cdr entry))))
            (%hash-table-entry-list table 'hash-table-map!)))

;; Removes the associations for which (proc key value) is true.
(define (hash-table-prune! proc table)
  (for-each (lambda (entry)
              (if (proc (car entry) (cdr entry)) (%hash-table-remove-key! table (car entry) 'hash-table-prune!)))
            (%hash-table-entry-list table 'hash-table-prune!)))

;; What the first true (proc key value) returns, or (failure).
(define (hash-table-find proc table failure)
  (let loop ((l (%hash-table-entry-list table 'hash-table-find)))
    (cond ((null? l) (failure))
          ((proc (caar l) (cdar l)) => (lambda (found) found))
          (else (loop (cdr l))))))

;; (hash-table-count pred table): how many associations satisfy pred (SRFI 125; (table pred) works
;; too). (hash-table-count table) is the size, as in older hash table libraries.
(define hash-table-count
  (case-lambda
    ((table) (hash-table-size table))
    ((a b)
     (let ((table (if (hash-table? a) a b))
           (pred (if (hash-table? a) b a)))
       (let loop ((l (%hash-table-entry-list table 'hash-table-count)) (n 0))
         (if (null? l) n (loop (cdr l) (if (pred (caar l) (cdar l)) (+ n 1) n))))))))

;; Whether the tables have the same keys, each with values that (same-value? v1 v2) says are the same.
(define (hash-table=? same-value? table1 table2)
  (and (= (hash-table-size table1) (hash-table-size table2))
       (let loop ((l (%hash-table-entry-list table1 'hash-table=?)))
         (or (null? l)
             (let ((other (%hash-table-lookup table2 (caar l) 'hash-table=?)))
               (and other (same-value? (cdar l) (cdr other)) (loop (cdr l))))))))

;; ---- tables as sets: each changes and returns table1; where both have a key, table1's value stays

(define (hash-table-union! table1 table2)
  (for-each (lambda (entry)
              (if (not (%hash-table-lookup table1 (car entry) 'hash-table-union!))
                  (%hash-table-put! table1 (car entry) (cdr entry) 'hash-table-union!)))
            (%hash-table-entry-list table2 'hash-table-union!))
  table1)

(define (hash-table-merge! table1 table2) (hash-table-union! table1 table2))

(define (hash-table-intersection! table1 table2)
  (for-each (lambda (entry)
              (if (not (%hash-table-lookup table2 (car entry) 'hash-table-intersection!))
                  (%hash-table-remove-key! table1 (car entry) 'hash-table-intersection!)))
            (%hash-table-entry-list table1 'hash-table-intersection!))
  table1)

(define (hash-table-difference! table1 table2)
  (for-each (lambda (entry)
              (if (%hash-table-lookup table2 (car entry) 'hash-table-difference!)
                  (%hash-table-remove-key! table1 (car entry) 'hash-table-difference!)))
            (%hash-table-entry-list table1 'hash-table-difference!))
  table1)

;; The keys of exactly one of the tables.
(define (hash-table-xor! table1 table2)
  (for-each (lambda (entry)
              (if (%hash-table-lookup table1 (car entry) 'hash-table-xor!)
                  (%hash-table-remove-key! table1 (car entry) 'hash-table-xor!)
                  (%hash-table-put! table1 (car entry) (cdr entry) 'hash-table-xor!)))
            (%hash-table-entry-list table2 'hash-table-xor!))
  table1)
