;;; SRFI 13's string procedures that take a character criterion or a procedure: searching by
;;; character, trimming, counting, tokenizing, folding. A criterion is a character or a predicate on
;;; characters (this lisp has no SRFI 14 character sets). Every procedure takes the optional
;;; [start end] of SRFI 13, and indexes it returns are indexes into the whole string.
;;; (First-order string procedures are built-ins: src/builtins/strings.ts and string-library.ts.)

;; A predicate from a criterion.
(define (%char-matcher who criterion)
  (cond ((char? criterion) (lambda (c) (char=? c criterion)))
        ((procedure? criterion) criterion)
        (else (%type-error who "a character or a predicate on characters" criterion))))

;; (k start end) for s and the optional range given to who.
(define (%string-range who s range k)
  (if (not (string? s)) (%type-error who "a string" s))
  (let ((r (%range who (string-length s) range)))
    (k (car r) (cdr r))))

;; The first index from start up to end (or, from-right?, down from end) whose character's match is
;; `want`, or #f.
(define (%string-search who s criterion range want from-right?)
  (let ((match? (%char-matcher who criterion)))
    (%string-range who s range
      (lambda (start end)
        (if from-right?
            (let loop ((i (- end 1)))
              (cond ((< i start) #f)
                    ((eq? want (if (match? (string-ref s i)) #t #f)) i)
                    (else (loop (- i 1)))))
            (let loop ((i start))
              (cond ((>= i end) #f)
                    ((eq? want (if (match? (string-ref s i)) #t #f)) i)
                    (else (loop (+ i 1))))))))))

(define (string-index s criterion . range) (%string-search 'string-index s criterion range #t #f))
(define (string-index-right s criterion . range) (%string-search 'string-index-right s criterion range #t #t))
(define (string-skip s criterion . range) (%string-search 'string-skip s criterion range #f #f))
(define (string-skip-right s criterion . range) (%string-search 'string-skip-right s criterion range #f #t))

(define (string-count s criterion . range)
  (let ((match? (%char-matcher 'string-count criterion)))
    (%string-range 'string-count s range
      (lambda (start end)
        (let loop ((i start) (n 0))
          (if (< i end) (loop (+ i 1) (if (match? (string-ref s i)) (+ n 1) n)) n))))))

;; ---- trimming: (string-trim s [criterion [start [end]]]) drops the characters that match
;; criterion (whitespace by default) from the left of s[start, end); string-trim-right from the right.
;; (MIT's string-trim trims both ends; here that is string-trim-both, as in SRFI 13.)

(define (%string-trim-range who s options left? right?)
  (let ((criterion (if (pair? options) (car options) char-whitespace?))
        (range (if (pair? options) (cdr options) '())))
    (let ((match? (%char-matcher who criterion)))
      (%string-range who s range
        (lambda (start end)
          (let* ((from (if left?
                           (let loop ((i start)) (if (and (< i end) (match? (string-ref s i))) (loop (+ i 1)) i))
                           start))
                 (to (if right?
                         (let loop ((i end)) (if (and (> i from) (match? (string-ref s (- i 1)))) (loop (- i 1)) i))
                         end)))
            (substring s from to)))))))

(define (string-trim s . options) (%string-trim-range 'string-trim s options #t #f))
(define (string-trim-left s . options) (%string-trim-range 'string-trim-left s options #t #f))
(define (string-trim-right s . options) (%string-trim-range 'string-trim-right s options #f #t))
(define (string-trim-both s . options) (%string-trim-range 'string-trim-both s options #t #t))

;; (string-tokenize s [token-criterion [start [end]]]): the maximal runs of characters that match
;; (by default, those that are not whitespace), as a list of strings.
(define (string-tokenize s . options)
  (let ((match? (%char-matcher 'string-tokenize
                               (if (pair? options) (car options) (lambda (c) (not (char-whitespace? c))))))
        (range (if (pair? options) (cdr options) '())))
    (%string-range 'string-tokenize s range
      (lambda (start end)
        (let loop ((i start) (token-start #f) (acc '()))
          (cond ((>= i end)
                 (reverse (if token-start (cons (substring s token-start end) acc) acc)))
                ((match? (string-ref s i)) (loop (+ i 1) (or token-start i) acc))
                (token-start (loop (+ i 1) #f (cons (substring s token-start i) acc)))
                (else (loop (+ i 1) #f acc))))))))

;; ---- folding and testing every character

;; (string-fold kons knil s [start [end]]): (kons char acc) from the left.
(define (string-fold kons knil s . range)
  (if (not (procedure? kons)) (%type-error 'string-fold "a procedure" kons))
  (%string-range 'string-fold s range
    (lambda (start end)
      (let loop ((i start) (acc knil))
        (if (< i end) (loop (+ i 1) (kons (string-ref s i) acc)) acc)))))

(define (string-fold-right kons knil s . range)
  (if (not (procedure? kons)) (%type-error 'string-fold-right "a procedure" kons))
  (%string-range 'string-fold-right s range
    (lambda (start end)
      (let loop ((i (- end 1)) (acc knil))
        (if (>= i start) (loop (- i 1) (kons (string-ref s i) acc)) acc)))))

;; (string-any criterion s [start [end]]): the first true result of the criterion, or #f.
(define (string-any criterion s . range)
  (let ((match? (%char-matcher 'string-any criterion)))
    (%string-range 'string-any s range
      (lambda (start end)
        (let loop ((i start))
          (and (< i end) (or (match? (string-ref s i)) (loop (+ i 1)))))))))

;; (string-every criterion s [start [end]]): the last result when none is #f; #t for no characters.
(define (string-every criterion s . range)
  (let ((match? (%char-matcher 'string-every criterion)))
    (%string-range 'string-every s range
      (lambda (start end)
        (let loop ((i start) (last #t))
          (if (< i end)
              (let ((r (match? (string-ref s i))))
                (and r (loop (+ i 1) r)))
              last))))))

;; ---- building and filtering

;; (string-tabulate proc len): the string of (proc 0) ... (proc (- len 1)).
(define (string-tabulate proc len)
  (if (not (procedure? proc)) (%type-error 'string-tabulate "a procedure" proc))
  (if (not (and (exact-integer? len) (>= len 0))) (%type-error 'string-tabulate "a non-negative exact integer" len))
  (let loop ((i (- len 1)) (acc '()))
    (if (< i 0) (list->string acc) (loop (- i 1) (cons (proc i) acc)))))

;; (string-filter criterion s [start [end]]) keeps the characters that match, string-delete the
;; others. The string may come first, as in the first version of SRFI 13.
(define (%string-select who keep? a b range)
  (let-values (((criterion s) (if (string? a) (values b a) (values a b))))
    (let ((match? (%char-matcher who criterion)))
      (%string-range who s range
        (lambda (start end)
          (let loop ((i (- end 1)) (acc '()))
            (cond ((< i start) (list->string acc))
                  ((eq? keep? (if (match? (string-ref s i)) #t #f)) (loop (- i 1) (cons (string-ref s i) acc)))
                  (else (loop (- i 1) acc)))))))))

(define (string-filter a b . range) (%string-select 'string-filter #t a b range))
(define (string-delete a b . range) (%string-select 'string-delete #f a b range))

;; Where s2 occurs in s1, comparing characters with char-ci=?.
(define (string-contains-ci s1 s2)
  (let ((n1 (string-length s1)) (n2 (string-length s2)))
    (let loop ((i 0))
      (cond ((> (+ i n2) n1) #f)
            ((let same? ((k 0))
               (or (= k n2) (and (char-ci=? (string-ref s1 (+ i k)) (string-ref s2 k)) (same? (+ k 1)))))
             i)
            (else (loop (+ i 1)))))))

(define (reverse-list->string chars) (list->string (reverse chars)))
(define (string-concatenate-reverse strings) (string-concatenate (reverse strings)))
(define substring/shared substring)
