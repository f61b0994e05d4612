;;; Tools for working at the REPL: timing an expression and finding names.

;; (time expression): the expression's value(s), after writing how long it took to the current
;; error port, as Chibi's and Guile's time do.
(define-syntax time
  (syntax-rules ()
    ((_ expression)
     (let ((start (current-jiffy)))
       (call-with-values (lambda () expression)
         (lambda results
           (let ((elapsed (- (current-jiffy) start)))
             (%report-time elapsed)
             (apply values results))))))))

(define (%report-time jiffies)
  (let ((port (current-error-port)))
    (write-string ";; " port)
    (write (/ (round (/ jiffies 100)) 10.) port)
    (write-string " ms" port)
    (newline port)))

;; (apropos "part"): the names defined in the interaction environment that contain part, sorted.
(define (apropos part)
  (let ((text (if (symbol? part) (symbol->string part) part)))
    (list-sort (lambda (a b) (string<? (symbol->string a) (symbol->string b)))
               (filter (lambda (name)
                         (and (string-contains (symbol->string name) text)
                              (not (string-prefix? "%" (symbol->string name)))))
                       (%environment-names (interaction-environment))))))
