// The lisp command's front ends: -e, --help, --version, and the REPL reading piped standard input.
import { lisp, lines, hasHostTrace } from './run.js';

describe('lisp -e', () => {
  test('prints the value of the last expression with write', () => {
    const r = lisp(['-e', '(define x 20) (+ x 22)']);
    expect(r).toEqual({ status: 0, stdout: '42\n', stderr: '' });
    expect(lisp(['-e', '"a string"']).stdout).toBe('"a string"\n');
  });

  test('several -e options run in order; only the last value is printed', () => {
    expect(lisp(['-e', '(define y 2)', '-e', '(* y 21)']).stdout).toBe('42\n');
  });

  test('output written by the program comes before the value', () => {
    expect(lisp(['-e', '(display "hi") (newline) (quote done)']).stdout).toBe('hi\ndone\n');
  });

  test('an unspecified value prints nothing; several values print one per line', () => {
    expect(lisp(['-e', '(if #f #f)']).stdout).toBe('');
    expect(lisp(['-e', '(values 1 2)']).stdout).toBe('1\n2\n');
  });

  test('an error gives status 70 and one error line, without a JS trace', () => {
    const r = lisp(['-e', '(car 5)']);
    expect(r.status).toBe(70);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)[0]).toMatch(/^error: car: expected a pair, got 5 \(at <command line>:1:1\)$/);
    expect(hasHostTrace(r.stderr)).toBe(false);
  });

  test('(command-line) holds the arguments after the expression', () => {
    expect(lisp(['-e', '(cdr (command-line))', 'one', 'two']).stdout).toBe('("one" "two")\n');
  });
});

describe('--help and --version', () => {
  test('--version prints the version of package.json', () => {
    const r = lisp(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  test('--help describes the usage, the options and the save-world command', () => {
    const r = lisp(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: lisp /);
    for (const word of ['--eval', '--world', '--version', 'save-world']) expect(r.stdout).toContain(word);
  });

  test('an unknown option is refused with a message, not a trace', () => {
    const r = lisp(['--no-such-option']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/no-such-option/);
    expect(hasHostTrace(r.stderr)).toBe(false);
  });
});

describe('the REPL with standard input piped in', () => {
  test('evaluates what arrives and prints output and results', () => {
    expect(lisp([], { input: '(display (+ 1 2))' })).toEqual({ status: 0, stdout: '3', stderr: '' });
    expect(lisp([], { input: '(define z 5)\n(* z z)\n"s"\n' }).stdout).toBe('25\n"s"\n');
  });

  test('an error does not end the session: later forms still evaluate, and the status is 70', () => {
    const r = lisp([], { input: '(define a 1)\n(car a)\n(display "still here")\n(+ a 1)\n' });
    // a result starts on a line of its own
    expect(r.stdout).toBe('still here\n2\n');
    expect(lines(r.stderr)).toEqual(['error: car: expected a pair, got 1 (at stdin:2:1)']);
    expect(r.status).toBe(70);
  });

  test('definitions made before an error are kept after it', () => {
    const r = lisp([], { input: '(define (sq x) (* x x))\n(undefined-thing)\n(sq 12)\n' });
    expect(r.stdout).toBe('144\n');
    expect(r.stderr).toMatch(/unbound variable: undefined-thing/);
  });

  test('a syntax error in the input is reported with its position, and reading goes on after it', () => {
    const r = lisp([], { input: '(+ 1 2))\n(display "after")\n' });
    expect(r.stdout).toBe('3\nafter');
    expect(lines(r.stderr)).toEqual(["error: unexpected ')' (at stdin:1:8)"]);
    expect(r.status).toBe(70);
  });

  test('input that ends inside a datum is reported', () => {
    const r = lisp([], { input: '(display 1)\n(+ 1\n' });
    expect(r.stdout).toBe('1\n');
    expect(r.stderr).toMatch(/^error: .*end of input/);
    expect(r.status).toBe(70);
  });

  test('the program can read standard input itself, from just after the form being evaluated', () => {
    // read-line takes the rest of the line the form ends on
    const r = lisp([], { input: '(define l (read-line))the rest\n(define m (read-line))\n(write (list l m))\n' });
    expect(r.stdout).toBe('("the rest" "")');
  });
});
