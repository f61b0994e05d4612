;;; The list procedures that take procedures and R7RS needs early: map and for-each, member and
;;; assoc with a custom predicate. (First-order list procedures are built-ins; SRFI 1 is in 40-srfi-1.scm.)

;; Every list is walked to its end, so a list that is not one is an error: (map car 5), (for-each f '(1 . 2)).
(define (map f first . rest)
  (if (not (procedure? f)) (%type-error 'map "a procedure" f))
  (if (null? rest)
      (let loop ((l first) (acc '()))
        (cond ((pair? l) (loop (cdr l) (cons (f (car l)) acc)))
              ((null? l) (reverse acc))
              (else (%type-error 'map "a proper list" first))))
      (let loop ((ls (cons first rest)) (acc '()))
        (if (%every-pair? ls)
            (loop (%cdrs ls) (cons (apply f (%cars ls)) acc))
            (begin (%check-list-ends 'map ls (cons first rest))
                   (reverse acc))))))

(define (for-each f first . rest)
  (if (not (procedure? f)) (%type-error 'for-each "a procedure" f))
  (if (null? rest)
      (let loop ((l first))
        (cond ((pair? l) (f (car l)) (loop (cdr l)))
              ((not (null? l)) (%type-error 'for-each "a proper list" first))))
      (let loop ((ls (cons first rest)))
        (if (%every-pair? ls)
            (begin (apply f (%cars ls)) (loop (%cdrs ls)))
            (%check-list-ends 'for-each ls (cons first rest))))))

;; the tails ls of the lists, where one has run out: each must be a pair or (), or its list is improper
(define (%check-list-ends who ls lists)
  (cond ((null? ls) (if #f #f))
        ((or (pair? (car ls)) (null? (car ls))) (%check-list-ends who (cdr ls) (cdr lists)))
        (else (%type-error who "a proper list" (car lists)))))

;; helpers for the many-list versions: they stop at the shortest list
(define (%every-pair? ls)
  (or (null? ls) (and (pair? (car ls)) (%every-pair? (cdr ls)))))
(define (%cars ls) (if (null? ls) '() (cons (caar ls) (%cars (cdr ls)))))
(define (%cdrs ls) (if (null? ls) '() (cons (cdar ls) (%cdrs (cdr ls)))))

(define member
  (case-lambda
    ((x lst) (%member x lst))
    ((x lst same?)
     (let loop ((l lst))
       (cond ((pair? l) (if (same? x (car l)) l (loop (cdr l))))
             ((null? l) #f)
             (else (%type-error 'member "a proper list" lst)))))))

(define assoc
  (case-lambda
    ((x alist) (%assoc x alist))
    ((x alist same?)
     (let loop ((l alist))
       (cond ((and (pair? l) (pair? (car l))) (if (same? x (caar l)) (car l) (loop (cdr l))))
             ((null? l) #f)
             (else (%type-error 'assoc "an association list (a list of pairs)" alist)))))))

;; Guile's assq-ref: the value for key in alist, or #f. (SRFI 1 is in 40-srfi-1.scm.)
(define (assq-ref alist key) (let ((p (assq key alist))) (and p (cdr p))))
