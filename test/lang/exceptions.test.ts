// R7RS 4.2.7 (guard) and 6.11 (with-exception-handler, raise, raise-continuable, error objects), and
// the errors the built-in procedures signal.
import { newSession, evalString, errorOf } from './helpers.js';

const session = newSession();
const ev = (text: string) => evalString(session, text);

describe('guard', () => {
  test('the first clause whose test is true handles the condition', () => {
    expect(ev("(guard (e ((symbol? e) (list 'sym e)) ((string? e) (list 'str e))) (raise 'boom))")).toBe('(sym boom)');
    expect(ev("(guard (e ((symbol? e) (list 'sym e)) ((string? e) (list 'str e))) (raise \"bang\"))")).toBe('(str "bang")');
  });

  test('=> passes the test value to the receiver', () => {
    expect(ev("(guard (condition ((assq 'a condition) => cdr) ((assq 'b condition))) (raise (list (cons 'a 42))))")).toBe('42');
    expect(ev("(guard (condition ((assq 'a condition) => cdr) ((assq 'b condition))) (raise (list (cons 'b 23))))")).toBe('(b . 23)');
  });

  test('else catches whatever the other clauses do not', () => {
    expect(ev("(guard (e ((string? e) 'str) (else (list 'other e))) (raise 42))")).toBe('(other 42)');
  });

  test('with no error the body gives the value of guard, including several values', () => {
    expect(ev("(guard (e (#t 'caught)) (+ 1 2))")).toBe('3');
    expect(ev("(call-with-values (lambda () (guard (e (#t 'caught)) (values 1 2))) list)")).toBe('(1 2)');
  });

  test('a condition no clause accepts is raised again, to the outer handler', () => {
    expect(ev("(guard (outer (#t (list 'outer outer))) (guard (inner ((number? inner) 'number)) (raise 'not-a-number)))")).toBe(
      '(outer not-a-number)',
    );
  });

  test('re-raising happens in the dynamic environment of the original raise', () => {
    // the re-raise is a raise-continuable from inside the body's extent: the outer handler's value
    // goes back to the raise point
    expect(ev(`
      (with-exception-handler
        (lambda (e) 10)
        (lambda () (+ 1 (guard (e ((string? e) 'string)) (+ 100 (raise-continuable 'not-a-string))))))`)).toBe('111');
  });

  test('the after thunks of dynamic-wind run before the clauses', () => {
    expect(ev(`
      (let ((trail '()))
        (guard (e (#t (reverse (cons e trail))))
          (dynamic-wind
            (lambda () (set! trail (cons 'in trail)))
            (lambda () (raise 'err))
            (lambda () (set! trail (cons 'out trail))))))`)).toBe('(in out err)');
  });

  test('an error in a clause body is not caught by the same guard', () => {
    expect(ev("(guard (outer (#t (list 'outer outer))) (guard (e (#t (raise 'from-clause))) (raise 'first)))")).toBe('(outer from-clause)');
  });
});

describe('with-exception-handler, raise, raise-continuable', () => {
  test('raise-continuable returns the handler value to the point of the raise', () => {
    expect(ev('(with-exception-handler (lambda (con) (cond ((string? con) 42) (else 0))) (lambda () (+ (raise-continuable "should be a number") 23)))')).toBe(
      '65',
    );
  });

  test('the handler runs with the outer handler installed', () => {
    expect(ev(`
      (with-exception-handler
        (lambda (e) (list 'outer e))
        (lambda ()
          (with-exception-handler
            (lambda (e) (raise-continuable (list 'inner e)))
            (lambda () (raise-continuable 'x)))))`)).toBe('(outer (inner x))');
  });

  test('a handler returning from a non-continuable raise is itself an error', () => {
    expect(errorOf(session, "(with-exception-handler (lambda (e) 'ignored) (lambda () (+ 1 (raise 'oops))))")).toMatch(
      /^exception handler returned from a non-continuable raise/,
    );
  });

  test('a handler can escape with a continuation', () => {
    expect(ev("(call/cc (lambda (k) (with-exception-handler (lambda (e) (k (list 'escaped e))) (lambda () (raise 'boom)))))")).toBe(
      '(escaped boom)',
    );
  });

  test('any object can be raised, and arrives unchanged', () => {
    expect(ev("(guard (e (#t e)) (raise (list 1 2)))")).toBe('(1 2)');
    expect(ev("(guard (e (#t (vector? e))) (raise (vector)))")).toBe('#t');
    expect(ev("(let ((obj (list 'unique))) (guard (e (#t (eq? e obj))) (raise obj)))")).toBe('#t');
    expect(ev("(guard (e (#t (list (error-object? e) e))) (raise 'sym))")).toBe('(#f sym)');
  });

  test('an uncaught raise of a non-condition is reported with the object', () => {
    expect(errorOf(session, "(raise 'unhandled)")).toBe('uncaught raise of a non-error object: unhandled');
  });
});

describe('error objects', () => {
  test('error makes an error object with a message and irritants', () => {
    expect(ev(`(guard (e ((error-object? e) (list (error-object-message e) (error-object-irritants e))))
                 (error "bad thing:" 1 "two" 'three))`)).toBe('("bad thing:" (1 "two" three))');
    expect(ev('(guard (e (#t (error-object-irritants e))) (error "no irritants"))')).toBe('()');
  });

  test('an uncaught error carries its message', () => {
    expect(errorOf(session, '(error "went wrong:" 42)')).toBe('went wrong:');
  });

  test('file-error? and read-error?', () => {
    expect(ev('(guard (e (#t (list (error-object? e) (file-error? e) (read-error? e)))) (open-input-file "/nonexistent/dir/file"))')).toBe('(#t #t #f)');
    expect(ev('(guard (e (#t (list (file-error? e) (read-error? e)))) (read (open-input-string "(1 . )")))')).toBe('(#f #t)');
    expect(ev('(guard (e (#t (list (file-error? e) (read-error? e)))) (error "plain"))')).toBe('(#f #f)');
  });
});

describe('errors from built-in procedures are conditions guard can catch', () => {
  const message = (expr: string) => ev(`(guard (e ((error-object? e) (error-object-message e))) ${expr})`);

  test('wrong argument types name the procedure and the value', () => {
    expect(message('(car 5)')).toBe('"car: expected a pair, got 5"');
    expect(message("(+ 'a 1)")).toBe('"+: expected a number, got a"');
    expect(message('(vector-ref (vector 1 2) 5)')).toBe('"vector-ref: index out of range 0..1, got 5"');
    expect(message('(string-ref "abc" 10)')).toMatch(/^"string-ref: /);
  });

  test('division by zero, unbound variables, bad applications and argument counts', () => {
    expect(message('(/ 1 0)')).toBe('"/: division by zero"');
    expect(message('(an-unbound-variable)')).toBe('"unbound variable: an-unbound-variable"');
    expect(message('((quote not-a-procedure) 1)')).toBe('"application: expected a procedure, got not-a-procedure"');
    expect(message('(cons 1)')).toBe('"cons: expected 2 arguments, got 1"');
  });

  test('the irritants of a built-in error hold the offending value', () => {
    expect(ev('(guard (e ((error-object? e) (error-object-irritants e))) (car 5))')).toBe('(5)');
  });

  test('a primitive error inside deep recursion is caught the same way', () => {
    expect(ev('(define (down n) (if (= n 0) (car n) (+ 1 (down (- n 1))))) (guard (e (#t (error-object-message e))) (down 10000))')).toBe(
      '"car: expected a pair, got 0"',
    );
  });
});
