;; fill a vector and sum it, over and over
(define (fill-and-sum n)
  (let ((v (make-vector n 0)))
    (do ((i 0 (+ i 1))) ((= i n)) (vector-set! v i (* i 2)))
    (do ((i 0 (+ i 1)) (s 0 (+ s (vector-ref v i)))) ((= i n) s))))
(define (run) (do ((i 0 (+ i 1)) (r 0 (fill-and-sum 100000))) ((= i 130) r)))
(define expected 9999900000)
