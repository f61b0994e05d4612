;;; Derived syntax best written as syntax-rules: guard, parameterize, promises, records, multiple
;;; values, assert, and SRFI 26 cut.

;; guard (R7RS 4.2.7): the handler escapes to the guard's continuation to try the clauses; if none
;; applies, it goes back into the dynamic environment of the raise and re-raises there.
(define-syntax guard
  (syntax-rules ()
    ((_ (var clause ...) body ...)
     ((call/cc
       (lambda (guard-k)
         (with-exception-handler
          (lambda (condition)
            ((call/cc
              (lambda (handler-k)
                (guard-k
                 (lambda ()
                   (let ((var condition))
                     (%guard-clauses (handler-k (lambda () (raise-continuable condition)))
                                     clause ...))))))))
          (lambda ()
            (call-with-values (lambda () body ...)
              (lambda results (guard-k (lambda () (apply values results)))))))))))))

(define-syntax %guard-clauses
  (syntax-rules (else =>)
    ((_ reraise) reraise)
    ((_ reraise (else result ...)) (let () result ...))
    ((_ reraise (test => receiver) clause ...)
     (let ((t test)) (if t (receiver t) (%guard-clauses reraise clause ...))))
    ((_ reraise (test) clause ...)
     (let ((t test)) (if t t (%guard-clauses reraise clause ...))))
    ((_ reraise (test result ...) clause ...)
     (if test (let () result ...) (%guard-clauses reraise clause ...)))))

(define-syntax parameterize
  (syntax-rules ()
    ((_ () body ...) (let () body ...))
    ((_ ((param value) ...) body ...)
     (%parameterize (list param ...) (list value ...) (lambda () body ...)))))

;; Promises (R7RS 4.2.5). force loops on delay-force chains, sharing state so the chain's promises
;; can be collected as it goes: an iterative lazy algorithm runs in constant space.
(define-syntax delay-force
  (syntax-rules () ((_ expression) (%make-promise #f (lambda () expression)))))
(define-syntax delay
  (syntax-rules () ((_ expression) (delay-force (%make-promise #t expression)))))
(define-syntax make-promise-lazy
  (syntax-rules () ((_ expression) (delay-force expression))))

(define (make-promise v) (if (promise? v) v (%make-promise #t v)))

(define (force promise)
  (if (promise? promise)
      (if (%promise-done? promise)
          (%promise-value promise)
          (let ((next ((%promise-value promise))))
            (unless (%promise-done? promise) (%promise-update! next promise))
            (force promise)))
      promise))

;; define-record-type (R7RS 5.5); the constructor may also be a bare name (all fields) or #f (none).
(define-syntax define-record-type
  (syntax-rules ()
    ((_ type (constructor cfield ...) predicate (field . accessors) ...)
     (begin
       (define type (%make-record-type 'type '(field ...)))
       (define constructor (%record-constructor type '(cfield ...) 'constructor))
       (define predicate (%record-predicate type 'predicate))
       (%record-accessors type field . accessors) ...))
    ((_ type #f predicate (field . accessors) ...)
     (begin
       (define type (%make-record-type 'type '(field ...)))
       (define predicate (%record-predicate type 'predicate))
       (%record-accessors type field . accessors) ...))
    ((_ type constructor predicate (field . accessors) ...)
     (begin
       (define type (%make-record-type 'type '(field ...)))
       (define constructor (%record-constructor type '(field ...) 'constructor))
       (define predicate (%record-predicate type 'predicate))
       (%record-accessors type field . accessors) ...))))

(define-syntax %record-accessors
  (syntax-rules ()
    ((_ type field) (begin))
    ((_ type field accessor) (define accessor (%record-accessor type 'field 'accessor)))
    ((_ type field accessor modifier)
     (begin (define accessor (%record-accessor type 'field 'accessor))
            (define modifier (%record-modifier type 'field 'modifier))))))

;; Multiple values (R7RS 4.2.2, 5.3.3)
(define-syntax receive
  (syntax-rules ()
    ((_ formals expression body ...)
     (call-with-values (lambda () expression) (lambda formals body ...)))))

;; The values are first held, as a list, by the first variable: a temporary defined at the top level
;; would be bound in the user's environment but looked up in this one.
(define-syntax define-values
  (syntax-rules ()
    ((_ () expression)
     (call-with-values (lambda () expression) (lambda () (if #f #f))))
    ((_ (var . more) expression)
     (begin
       (define var (call-with-values (lambda () expression) list))
       (%define-values-from (cdr var) more)
       (set! var (car var))))
    ((_ var expression)
     (define var (call-with-values (lambda () expression) list)))))

(define-syntax %define-values-from
  (syntax-rules ()
    ((_ source ()) (begin))
    ((_ source (var . more))
     (begin (define var (car source))
            (%define-values-from (cdr source) more)))
    ((_ source var) (define var source))))

;; let-values binds every formals at once: each variable first gets a fresh temporary, and the
;; body's bindings are made from the temporaries only after all the expressions have run.
(define-syntax let-values
  (syntax-rules ()
    ((_ (binding ...) body0 body ...)
     (%let-values (binding ...) () (let () body0 body ...)))))

(define-syntax %let-values
  (syntax-rules ()
    ((_ () ((var tmp) ...) body) (let ((var tmp) ...) body))
    ((_ ((formals expression) . more) bound body)
     (%let-values-formals formals () expression more bound body))))

(define-syntax %let-values-formals
  (syntax-rules ()
    ((_ () (tmp ...) expression more bound body)
     (call-with-values (lambda () expression)
       (lambda (tmp ...) (%let-values more bound body))))
    ((_ (var . rest) (tmp ...) expression more (b ...) body)
     (%let-values-formals rest (tmp ... t) expression more (b ... (var t)) body))
    ((_ var (tmp ...) expression more (b ...) body)
     (call-with-values (lambda () expression)
       (lambda (tmp ... . t) (%let-values more (b ... (var t)) body))))))

(define-syntax let*-values
  (syntax-rules ()
    ((_ () body0 body ...) (let () body0 body ...))
    ((_ (binding . more) body0 body ...)
     (let-values (binding) (let*-values more body0 body ...)))))

(define-syntax assert
  (syntax-rules ()
    ((_ expression)
     (if (not expression) (error "assertion failed" 'expression)))))

;; SRFI 26
(define-syntax cut
  (syntax-rules () ((_ . slots) (%cut #f () () . slots))))
(define-syntax cute
  (syntax-rules () ((_ . slots) (%cut #t () () . slots))))

;; (%cut evaluate-now? (param ...) (arg ...) slot ...): <> becomes a parameter, <...> the rest
(define-syntax %cut
  (syntax-rules (<> <...>)
    ((_ now (param ...) (proc arg ...))
     (lambda (param ...) (proc arg ...)))
    ((_ now (param ...) (proc arg ...) <...>)
     (lambda (param ... . rest) (apply proc arg ... rest)))
    ((_ now (param ...) (arg ...) <> . more)
     (%cut now (param ... x) (arg ... x) . more))
    ((_ #t (param ...) (arg ...) e . more)
     (let ((v e)) (%cut #t (param ...) (arg ... v) . more)))
    ((_ #f (param ...) (arg ...) e . more)
     (%cut #f (param ...) (arg ... e) . more))))
