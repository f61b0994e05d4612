// R7RS 6.12 Environments and evaluation: environment, scheme-report-environment, null-environment,
// interaction-environment, eval.
import { newSession, reportExamples, examples, errors } from './report.js';

const s = newSession();

describe('eval', () => {
  reportExamples(s, [
    ["(eval '(* 7 3) (environment '(scheme base)))", '21'],
    ["(let ((f (eval '(lambda (f x) (f x x)) (null-environment 5)))) (f + 10))", '20'],
  ]);
  // An environment made by environment is immutable: defining in it is an error.
  errors(s, [["(eval '(define foo 32) (environment '(scheme base)))", /define: cannot define foo/]]);
  examples(s, [
    ["(eval '(* 7 3) (scheme-report-environment 5))", '21'],
    ["(eval '(* 7 3) (interaction-environment))", '21'],
    ["(eval '(if #t 'yes 'no) (environment '(scheme base)))", 'yes'],
    ["(eval ''quoted (environment '(scheme base)))", 'quoted'],
    ["(eval 5 (environment '(scheme base)))", '5'],
    ["(eval '(list (car '(a b)) (cadr '(a b))) (environment '(scheme base)))", '(a b)'],
    ["(eval '(caddr '(1 2 3)) (environment '(scheme base) '(scheme cxr)))", '3'],
    ["(eval '(call-with-values (lambda () (values 1 2)) list) (environment '(scheme base)))", '(1 2)'],
    ["(eval '(values 1 2) (environment '(scheme base)))", '1 2'],
    ["(eval '(let loop ((i 0) (acc '())) (if (= i 3) acc (loop (+ i 1) (cons i acc)))) (environment '(scheme base)))", '(2 1 0)'],
    // definitions in the interaction environment are seen by what is evaluated there later
    ["(begin (eval '(define eval-test-x 5) (interaction-environment)) (eval 'eval-test-x (interaction-environment)))", '5'],
    ['eval-test-x', '5'],
    // continuations and errors pass through eval like through any call
    ["(+ 1 (call/cc (lambda (k) (eval (list k 10) (interaction-environment)))))", '11'],
    ["(guard (e (#t 'caught)) (eval '(car '()) (environment '(scheme base))))", 'caught'],
    ["(environment? (environment '(scheme base)))", '#t'],
    ['(environment? (interaction-environment))', '#t'],
    ['(environment? 5)', '#f'],
  ]);
  errors(s, [
    // only what the environment imports is bound there
    ["(eval '(caddr '(1 2 3)) (environment '(scheme base)))", /caddr/],
    ["(eval '(display 1) (null-environment 5))", /display/],
    ["(eval '(* 7 3) 5)", /^eval: /],
    ['(scheme-report-environment 6)', /^scheme-report-environment: /],
    ['(null-environment 6)', /^null-environment: /],
  ]);
});
