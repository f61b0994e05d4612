;; fib on flonums
(define (fibfp n) (if (< n 2.) n (+ (fibfp (- n 1.)) (fibfp (- n 2.)))))
(define (run) (do ((i 0 (+ i 1)) (r 0 (fibfp 25.))) ((= i 100) r)))
(define expected 75025.)
