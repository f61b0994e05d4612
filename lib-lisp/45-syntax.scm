;;; Derived syntax from the SRFIs: and-let* (SRFI 2) and rec (SRFI 31).

;; (and-let* (clause ...) body ...): each clause is (variable expression), (expression) or a bound
;; variable; the first false one ends it with #f. With no body the value is the last clause's.
(define-syntax and-let*
  (syntax-rules ()
    ((_ ()) #t)
    ((_ () body ...) (let () body ...))
    ((_ ((var expression))) (let ((var expression)) var))
    ((_ ((expression))) expression)
    ((_ ((var expression) . more) . body)
     (let ((var expression)) (if var (and-let* more . body) #f)))
    ((_ ((expression) . more) . body)
     (if expression (and-let* more . body) #f))
    ((_ (var)) var)
    ((_ (var . more) . body)
     (if var (and-let* more . body) #f))))

;; (rec name expression) and (rec (name . formals) body ...): name is bound, inside, to the value.
(define-syntax rec
  (syntax-rules ()
    ((_ (name . formals) body0 body ...) (letrec ((name (lambda formals body0 body ...))) name))
    ((_ name expression) (letrec ((name expression)) name))))

;; The slots of SRFI 26's cut and cute (10-syntax.scm), bound as syntax of their own as else and =>
;; are, so that the ones a program writes are the very identifiers cut's patterns name: the expander
;; gives an identifier with no binding a cell of its own in each top-level environment, so an
;; unbound <> in a program would not match the unbound <> of the macro. Used anywhere else, they
;; are errors.
(define-syntax <> (syntax-rules ()))
(define-syntax <...> (syntax-rules ()))
