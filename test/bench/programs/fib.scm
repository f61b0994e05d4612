;; fib 25, 150 times (Chibi on this machine: about 1.4 s)
(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(define (run) (do ((i 0 (+ i 1)) (r 0 (fib 25))) ((= i 150) r)))
(define expected 75025)
