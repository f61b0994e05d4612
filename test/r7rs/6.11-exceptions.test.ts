// R7RS 6.11 Exceptions (and the guard examples of 4.2.7): with-exception-handler, raise,
// raise-continuable, error and error objects, read-error? and file-error?, and the error objects the
// built-in procedures signal.
import { newSession, reportExamples, examples, errors, withOutput } from './report.js';

const s = newSession();

describe('with-exception-handler', () => {
  test('report: the handler escapes through k, after printing the condition', () => {
    expect(
      withOutput(
        s,
        `(call-with-current-continuation
           (lambda (k)
             (with-exception-handler
               (lambda (x) (display "condition: ") (write x) (newline) (k 'exception))
               (lambda () (+ 1 (raise 'an-error))))))`,
      ),
    ).toBe('exception | condition: an-error\n');
  });

  test('report: a handler that returns from raise prints, then a secondary exception is raised', () => {
    expect(
      withOutput(
        s,
        `(guard (e (#t 'secondary))
           (with-exception-handler
             (lambda (x) (display "something went wrong\\n"))
             (lambda () (+ 1 (raise 'an-error)))))`,
      ),
    ).toBe('secondary | something went wrong\n');
  });

  examples(s, [
    ['(with-exception-handler (lambda (e) 0) (lambda () (+ 1 2)))', '3'],
    ['(with-exception-handler (lambda (e) 0) (lambda () (values 1 2)))', '1 2'],
    // the handler runs with the outer handler installed
    ["(with-exception-handler (lambda (e) 10) (lambda () (with-exception-handler (lambda (e) (+ 1 (raise-continuable e))) (lambda () (raise-continuable 1)))))", '11'],
    ["(guard (e (#t (list 'outer e))) (with-exception-handler (lambda (e) (raise (list 'inner e))) (lambda () (raise 'x))))", '(outer (inner x))'],
    // and in the dynamic environment of the raise
    ["(let ((p (make-parameter 'outer))) (with-exception-handler (lambda (e) (p)) (lambda () (parameterize ((p 'inner)) (raise-continuable 'x)))))", 'inner'],
  ]);
  errors(s, [
    ['(with-exception-handler 5 (lambda () 1))', /^with-exception-handler: /],
    ['(with-exception-handler (lambda (e) 0) (lambda () (raise (quote oops))))', /handler returned/],
  ]);
});

describe('raise-continuable', () => {
  test('report: the handler returns 42 to the raise, which adds 23', () => {
    expect(
      withOutput(
        s,
        `(with-exception-handler
           (lambda (con)
             (cond ((string? con) (display con))
                   (else (display "a warning has been issued")))
             42)
           (lambda () (+ (raise-continuable "should be a number") 23)))`,
      ),
    ).toBe('65 | should be a number');
  });
  examples(s, [
    ['(with-exception-handler (lambda (e) (* e 2)) (lambda () (+ 1 (raise-continuable 5))))', '11'],
    ['(with-exception-handler (lambda (e) (values 1 2)) (lambda () (call-with-values (lambda () (raise-continuable 0)) list)))', '(1 2)'],
    // the handler is reinstalled when it returns
    ['(with-exception-handler (lambda (e) (+ e 1)) (lambda () (+ (raise-continuable 1) (raise-continuable 10))))', '13'],
  ]);
});

describe('raise', () => {
  examples(s, [
    ["(guard (e (#t e)) (raise 'sym))", 'sym'],
    ['(guard (e (#t e)) (raise 42))', '42'],
    ["(guard (e (#t e)) (raise (list 1 2)))", '(1 2)'],
    ['(guard (e ((string? e) e)) (raise "str"))', '"str"'],
    ["(guard (e ((symbol? e) 'inner)) (guard (e2 ((number? e2) 'wrong)) (raise 'x)))", 'inner'],
    ["(call/cc (lambda (k) (with-exception-handler (lambda (e) (k (list 'caught e))) (lambda () (raise #f)))))", '(caught #f)'],
  ]);
});

describe('guard (4.2.7)', () => {
  reportExamples(s, [
    ["(guard (condition ((assq 'a condition) => cdr) ((assq 'b condition))) (raise (list (cons 'a 42))))", '42'],
    ["(guard (condition ((assq 'a condition) => cdr) ((assq 'b condition))) (raise (list (cons 'b 23))))", '(b . 23)'],
  ]);
  examples(s, [
    ["(guard (e ((string? e) 'str) (else (list 'other e))) (raise 42))", '(other 42)'],
    ["(guard (e (#f 'no)) 'body)", 'body'],
    // no clause applies: re-raised with raise-continuable in the dynamic environment of the raise
    ['(with-exception-handler (lambda (e) 10) (lambda () (+ 1 (guard (e ((string? e) 0)) (+ 100 (raise-continuable 5))))))', '111'],
  ]);
});

describe('error and error objects', () => {
  reportExamples(s, [
    [`(define (null-list? l)
        (cond ((pair? l) #f)
              ((null? l) #t)
              (else (error "null-list?: argument out of domain" l))))`, null],
    ["(guard (e ((error-object? e) (list (error-object-message e) (error-object-irritants e)))) (null-list? 5))", '("null-list?: argument out of domain" (5))'],
  ]);
  examples(s, [
    ['(null-list? \'())', '#t'],
    ['(guard (e (#t (error-object? e))) (error "msg"))', '#t'],
    ['(guard (e (#t (error-object-message e))) (error "msg"))', '"msg"'],
    ['(guard (e (#t (error-object-irritants e))) (error "msg"))', '()'],
    ["(guard (e (#t (error-object-irritants e))) (error \"msg\" 1 'two \"three\"))", '(1 two "three")'],
    ['(guard (e (#t (string? (error-object-message e)))) (error "msg" 1))', '#t'],
    ['(error-object? 5)', '#f'],
    ["(error-object? 'x)", '#f'],
    ['(guard (e (#t (error-object? e))) (raise 5))', '#f'],
    // error objects are freshly allocated
    ['(let ((a (guard (e (#t e)) (error "x"))) (b (guard (e (#t e)) (error "x")))) (eq? a b))', '#f'],
  ]);
  errors(s, [
    ['(error-object-message 5)', /^error-object-message: /],
    ["(error-object-irritants 'x)", /^error-object-irritants: /],
  ]);
});

describe('read-error? and file-error?', () => {
  examples(s, [
    ["(guard (e ((read-error? e) 'read-error)) (read (open-input-string \"(1 2\")))", 'read-error'],
    ["(guard (e ((read-error? e) 'read-error)) (read (open-input-string \")\")))", 'read-error'],
    ["(guard (e ((read-error? e) 'read-error)) (read (open-input-string \"#(1 . 2)\")))", 'read-error'],
    ["(guard (e ((read-error? e) 'read-error)) (read (open-input-string \"\\\"abc\")))", 'read-error'],
    ["(guard (e ((read-error? e) (error-object? e))) (read (open-input-string \"(\")))", '#t'],
    ["(guard (e ((file-error? e) 'file-error)) (open-input-file \"/nonexistent/dir/x\"))", 'file-error'],
    ["(guard (e ((file-error? e) 'file-error)) (open-output-file \"/nonexistent/dir/x\"))", 'file-error'],
    ["(guard (e ((file-error? e) 'file-error)) (open-binary-input-file \"/nonexistent/dir/x\"))", 'file-error'],
    ["(guard (e ((file-error? e) 'file-error)) (open-binary-output-file \"/nonexistent/dir/x\"))", 'file-error'],
    ["(guard (e ((file-error? e) 'file-error)) (delete-file \"/nonexistent/dir/x\"))", 'file-error'],
    ["(guard (e ((file-error? e) 'file-error)) (call-with-input-file \"/nonexistent/dir/x\" read))", 'file-error'],
    ["(guard (e ((file-error? e) 'file-error)) (with-input-from-file \"/nonexistent/dir/x\" read))", 'file-error'],
    ["(guard (e ((file-error? e) (error-object? e))) (open-input-file \"/nonexistent/dir/x\"))", '#t'],
    ['(read-error? 5)', '#f'],
    ['(file-error? 5)', '#f'],
    ['(guard (e (#t (list (read-error? e) (file-error? e)))) (error "plain"))', '(#f #f)'],
    ["(guard (e (#t (list (read-error? e) (file-error? e)))) (car 1))", '(#f #f)'],
    ["(guard (e (#t (file-error? e))) (read (open-input-string \"(\")))", '#f'],
  ]);
});

describe('the built-in procedures signal error objects that name them', () => {
  const errorOf = (expr: string): string =>
    `(guard (e ((error-object? e) (list (error-object-message e) (error-object-irritants e)))) ${expr})`;
  examples(s, [
    [errorOf('(car 1)'), '("car: expected a pair, got 1" (1))'],
    [errorOf('(vector-ref (vector 1 2) 5)'), '("vector-ref: index out of range 0..1, got 5" (5))'],
    [errorOf("(string->symbol 5)"), '("string->symbol: expected a string, got 5" (5))'],
    [errorOf('(+ 1 "2")'), '("+: expected a number, got \\"2\\"" ("2"))'],
    [errorOf('(exact +inf.0)'), '("exact: no exact representation, got +inf.0" (+inf.0))'],
    [errorOf('(integer->char #xD800)'), '("integer->char: expected a Unicode scalar value (0..#x10FFFF, not #xD800..#xDFFF), got 55296" (55296))'],
    [errorOf("(list-tail '(1) 5)"), '("list-tail: index out of range 0..1, got 5" (5))'],
    [errorOf('(map car 5)'), '("map: expected a proper list, got 5" (5))'],
    [errorOf('(string-map char-upcase 5)'), '("string-map: expected a string, got 5" (5))'],
    [errorOf('(vector-map car 5)'), '("vector-map: expected a vector, got 5" (5))'],
    [errorOf('(car)'), '("car: expected 1 argument, got 0" ())'],
  ]);
  // every message is a string and the irritants a list
  examples(
    s,
    [
      '(cdr 1)', '(vector-set! (vector) 0 0)', '(string-ref "" 0)', '(/ 1 0)', '(length 5)',
      '(symbol->string 1)', '(char-upcase 1)', '(make-vector -1)', '(list->string (list 1))',
      '(apply + 1)', '(exact-integer-sqrt -1)', "(read-char 'x)", '(write 1 5)', '(undefined-variable-xyz)',
    ].map((expr) => [
      `(guard (e ((error-object? e) (and (string? (error-object-message e)) (list? (error-object-irritants e))))) ${expr} 'no-error)`,
      '#t',
    ] as const),
  );
});
