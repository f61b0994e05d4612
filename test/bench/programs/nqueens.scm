;; all solutions of 8 queens, counted
(define (queens board-size)
  (define (ok? row dist placed)
    (or (null? placed)
        (and (not (= (car placed) (+ row dist)))
             (not (= (car placed) (- row dist)))
             (not (= (car placed) row))
             (ok? row (+ dist 1) (cdr placed)))))
  (define (try rows-left placed)
    (if (null? rows-left)
        1
        (let loop ((candidates rows-left) (before '()) (count 0))
          (if (null? candidates)
              count
              (loop (cdr candidates)
                    (cons (car candidates) before)
                    (+ count
                       (if (ok? (car candidates) 1 placed)
                           (try (append before (cdr candidates)) (cons (car candidates) placed))
                           0)))))))
  (try (iota board-size 1) '()))
(define (run) (do ((i 0 (+ i 1)) (r 0 (queens 8))) ((= i 500) r)))
(define expected 92)
