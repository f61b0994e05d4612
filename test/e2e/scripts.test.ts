// Running a program file: lisp FILE ARGS..., its exit status, its errors, and its standard streams.
import { lisp, lines, hasHostTrace, scratchDir, removeScratch, writeFile } from './run.js';

let dir: string;
beforeAll(() => {
  dir = scratchDir();
});
afterAll(() => removeScratch(dir));

describe('running a program', () => {
  test('a #! first line is skipped and (command-line) is the file and its arguments', () => {
    const file = writeFile(dir, 'args.scm', '#!/usr/bin/env lisp\n(write (command-line))\n(newline)\n');
    const r = lisp([file, 'one', '--two', '3']);
    expect(r).toEqual({ status: 0, stdout: `("${file}" "one" "--two" "3")\n`, stderr: '' });
  });

  test('values of top-level expressions are not printed; only output is', () => {
    const file = writeFile(dir, 'quiet.scm', '(+ 1 2)\n(display "shown")\n');
    expect(lisp([file]).stdout).toBe('shown');
  });

  test('forms run in order, so a macro is defined before the forms that use it are read', () => {
    const file = writeFile(dir, 'order.scm', '(define-syntax twice (syntax-rules () ((_ e) (begin e e))))\n(twice (display "x"))\n');
    expect(lisp([file]).stdout).toBe('xx');
  });

  test('a program that ends normally exits with status 0', () => {
    const file = writeFile(dir, 'ok.scm', '(define x 1)\n');
    expect(lisp([file]).status).toBe(0);
  });

  test('a missing program file is reported in one line', () => {
    const r = lisp([`${dir}/no-such-file.scm`]);
    expect(r.status).not.toBe(0);
    expect(lines(r.stderr)).toEqual([`lisp: cannot read ${dir}/no-such-file.scm: no such file`]);
  });
});

describe('exit', () => {
  test('(exit 3) ends the program with status 3, after flushing output', () => {
    const file = writeFile(dir, 'exit3.scm', '(display "before")\n(exit 3)\n(display "after")\n');
    const r = lisp([file]);
    expect(r).toEqual({ status: 3, stdout: 'before', stderr: '' });
  });

  test('(exit), (exit #t) and (exit #f)', () => {
    expect(lisp(['-e', '(exit)']).status).toBe(0);
    expect(lisp(['-e', '(exit #t)']).status).toBe(0);
    expect(lisp(['-e', '(exit #f)']).status).toBe(1);
  });

  test('exit runs the after thunks of the dynamic-winds it leaves', () => {
    const file = writeFile(dir, 'exitwind.scm', '(dynamic-wind (lambda () #f) (lambda () (exit 4)) (lambda () (display "unwound")))\n');
    expect(lisp([file])).toEqual({ status: 4, stdout: 'unwound', stderr: '' });
  });

  test('emergency-exit does not run them', () => {
    const file = writeFile(dir, 'emergency.scm', '(dynamic-wind (lambda () #f) (lambda () (emergency-exit 5)) (lambda () (display "unwound")))\n');
    expect(lisp([file])).toEqual({ status: 5, stdout: '', stderr: '' });
  });
});

describe('uncaught errors', () => {
  test('end the program with status 70 and an error line naming file:line:col, with no JS trace', () => {
    const file = writeFile(dir, 'fails.scm', '(define (f x) (car x))\n(display "before")\n(f 5)\n(display "never")\n');
    const r = lisp([file]);
    expect(r.status).toBe(70);
    expect(r.stdout).toBe('before');
    const err = lines(r.stderr);
    expect(err.filter((l) => l.startsWith('error: '))).toEqual([`error: car: expected a pair, got 5 (at ${file}:1:15)`]);
    expect(err[0]).toMatch(/^error: /);
    expect(hasHostTrace(r.stderr)).toBe(false);
  });

  test('the backtrace after the error line names the Lisp procedures waiting, with positions', () => {
    const file = writeFile(dir, 'trace.scm', '(define (outer x) (+ 1 (inner x)))\n(define (inner x) (+ 1 (vector-ref x 9)))\n(outer (vector 1 2))\n');
    const r = lisp([file]);
    const err = lines(r.stderr);
    expect(err[0]).toBe(`error: vector-ref: index out of range 0..1, got 9 (at ${file}:2:24)`);
    expect(err.slice(1).join('\n')).toMatch(new RegExp(`${file}:1:24: in outer`));
    expect(hasHostTrace(r.stderr)).toBe(false);
  });

  test('an error raised with error shows the message and the irritants', () => {
    const file = writeFile(dir, 'raise.scm', '(error "Something bad:" 42 (quote sym) "str")\n');
    const r = lisp([file]);
    expect(r.status).toBe(70);
    expect(lines(r.stderr)[0]).toMatch(/^error: Something bad: 42 sym "str"( \(at .*\))?$/);
  });

  test('an error raised with error names where it was called', () => {
    const file = writeFile(dir, 'raise-pos.scm', '(define x 1)\n  (error "Something bad:" x)\n');
    expect(lines(lisp([file]).stderr)[0]).toBe(`error: Something bad: 1 (at ${file}:2:3)`);
  });

  test('raising a non-condition is reported with the object', () => {
    const file = writeFile(dir, 'raiseobj.scm', "(raise (list 'my-error 1))\n");
    const r = lisp([file]);
    expect(r.status).toBe(70);
    expect(lines(r.stderr)[0]).toBe(`error: uncaught raise of a non-error object: (my-error 1) (at ${file}:1:1)`);
  });

  test('a runaway deep recursion is not a host stack overflow', () => {
    const file = writeFile(dir, 'deep.scm', '(define (down n) (if (= n 0) (car n) (+ 1 (down (- n 1)))))\n(down 100000)\n');
    const r = lisp([file]);
    expect(r.status).toBe(70);
    expect(lines(r.stderr)[0]).toBe(`error: car: expected a pair, got 0 (at ${file}:1:30)`);
    expect(hasHostTrace(r.stderr)).toBe(false);
    expect(r.stderr).toMatch(/more/);
  });
});

describe('syntax errors in a program', () => {
  test('a reader error is reported with its position (where the unclosed list opens), after the forms before it have run', () => {
    const file = writeFile(dir, 'unclosed.scm', '(display "ran")\n(define x (list 1\n');
    const r = lisp([file]);
    expect(r.status).toBe(70);
    expect(r.stdout).toBe('ran');
    expect(lines(r.stderr)).toEqual([`error: unexpected end of input in a list (at ${file}:2:11)`]);
  });

  test('a stray closing parenthesis', () => {
    const file = writeFile(dir, 'stray.scm', '(display 1))\n');
    expect(lines(lisp([file]).stderr)).toEqual([`error: unexpected ')' (at ${file}:1:12)`]);
  });

  test('a malformed special form is reported at the form', () => {
    const file = writeFile(dir, 'badif.scm', '(display 1)\n  (if)\n');
    const r = lisp([file]);
    expect(r.status).toBe(70);
    expect(lines(r.stderr)).toEqual([`error: if: expected (if test consequent [alternative]) (at ${file}:2:3)`]);
  });
});

describe('standard input and output', () => {
  test('read-line reads the lines piped to the program, then eof', () => {
    const file = writeFile(dir, 'lines.scm', '(let loop ((n 1)) (let ((l (read-line))) (unless (eof-object? l) (display n) (display ": ") (display l) (newline) (loop (+ n 1)))))\n');
    expect(lisp([file], { input: 'first\nsecond\nthird' }).stdout).toBe('1: first\n2: second\n3: third\n');
  });

  test('read and read-char from standard input', () => {
    const file = writeFile(dir, 'readdata.scm', '(define d (read))\n(define c (read-char))\n(write (list d c (read)))\n');
    expect(lisp([file], { input: '(a "b" 3)x 42' }).stdout).toBe('((a "b" 3) #\\x 42)');
  });

  test('write to the current error port goes to stderr', () => {
    const file = writeFile(dir, 'stderr.scm', '(display "out")\n(display "err" (current-error-port))\n');
    const r = lisp([file]);
    expect(r.stdout).toBe('out');
    expect(r.stderr).toBe('err');
  });

  test('output is complete even when it is large', () => {
    const file = writeFile(dir, 'big-output.scm', '(do ((i 0 (+ i 1))) ((= i 20000)) (write i) (newline))\n');
    const out = lines(lisp([file]).stdout);
    expect(out.length).toBe(20000);
    expect(out[19999]).toBe('19999');
  });
});
