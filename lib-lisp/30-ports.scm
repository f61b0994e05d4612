;;; Port procedures that take procedures (R7RS 6.13.1), and string-port conveniences of Guile and Chibi.

(define (call-with-port port proc)
  (call-with-values (lambda () (proc port))
    (lambda results (close-port port) (apply values results))))

(define (call-with-input-file file proc) (call-with-port (open-input-file file) proc))
(define (call-with-output-file file proc) (call-with-port (open-output-file file) proc))

(define (with-input-from-file file thunk)
  (let ((port (open-input-file file)))
    (call-with-values (lambda () (parameterize ((current-input-port port)) (thunk)))
      (lambda results (close-port port) (apply values results)))))

(define (with-output-to-file file thunk)
  (let ((port (open-output-file file)))
    (call-with-values (lambda () (parameterize ((current-output-port port)) (thunk)))
      (lambda results (close-port port) (apply values results)))))

(define (call-with-output-string proc)
  (let ((port (open-output-string)))
    (proc port)
    (get-output-string port)))

(define (with-output-to-string thunk)
  (let ((port (open-output-string)))
    (parameterize ((current-output-port port)) (thunk))
    (get-output-string port)))

(define (with-input-from-string string thunk)
  (parameterize ((current-input-port (open-input-string string))) (thunk)))

(define (call-with-input-string string proc) (proc (open-input-string string)))
