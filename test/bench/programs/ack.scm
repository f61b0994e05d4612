;; Ackermann 2 9, many times
(define (ack m n)
  (cond ((= m 0) (+ n 1))
        ((= n 0) (ack (- m 1) 1))
        (else (ack (- m 1) (ack m (- n 1))))))
(define (run) (do ((i 0 (+ i 1)) (r 0 (ack 2 9))) ((= i 100000) r)))
(define expected 21)
