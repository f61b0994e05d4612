// R7RS 6.14 System interface: load, file-exists?, delete-file, command-line, exit, emergency-exit,
// get-environment-variable(s), current-second, current-jiffy, jiffies-per-second, features.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { newSession, reportExamples, examples, errors } from './report.js';
import { lisp, scratchDir, removeScratch, writeFile } from '../e2e/run.js';

const s = newSession();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lisp-r7rs-system-'));
const file = (name: string): string => JSON.stringify(path.join(dir, name));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

process.env.LISP_R7RS_TEST_VARIABLE = 'some value';

describe('load', () => {
  fs.writeFileSync(path.join(dir, 'defs.scm'), '(define loaded-x 42)\n(define (loaded-f y) (+ loaded-x y))\n');
  fs.writeFileSync(path.join(dir, 'bad.scm'), '(define ok 1)\n(car 5)\n');
  examples(s, [
    [`(begin (load ${file('defs.scm')}) (loaded-f 1))`, '43'],
    [`(begin (load ${file('defs.scm')} (interaction-environment)) loaded-x)`, '42'],
    // the current ports are not changed by load
    [`(let ((out (current-output-port))) (load ${file('defs.scm')}) (eq? out (current-output-port)))`, '#t'],
    [`(guard (e ((error-object? e) (error-object-message e))) (load ${file('bad.scm')}))`, '"car: expected a pair, got 5"'],
  ]);
  errors(s, [
    ['(load 5)', /^load: /],
    [`(load ${file('missing.scm')})`, /^load: /],
  ]);
  examples(s, [[`(guard (e ((file-error? e) 'file-error)) (load ${file('missing.scm')}))`, 'file-error']]);
});

describe('file-exists? and delete-file', () => {
  fs.writeFileSync(path.join(dir, 'doomed.txt'), 'x');
  examples(s, [
    [`(file-exists? ${file('doomed.txt')})`, '#t'],
    [`(begin (delete-file ${file('doomed.txt')}) (file-exists? ${file('doomed.txt')}))`, '#f'],
    [`(file-exists? ${JSON.stringify(dir)})`, '#t'],
    [`(file-exists? ${file('never-there')})`, '#f'],
    [`(guard (e ((file-error? e) 'file-error)) (delete-file ${file('never-there')}))`, 'file-error'],
  ]);
  errors(s, [
    ['(file-exists? 5)', /^file-exists\?: /],
    ["(delete-file 'x)", /^delete-file: /],
  ]);
});

describe('command-line and the environment variables', () => {
  examples(s, [
    ['(list? (command-line))', '#t'],
    ['(let loop ((l (command-line))) (or (null? l) (and (string? (car l)) (loop (cdr l)))))', '#t'],
    ['(get-environment-variable "LISP_R7RS_TEST_VARIABLE")', '"some value"'],
    ['(get-environment-variable "LISP_R7RS_NO_SUCH_VARIABLE")', '#f'],
    ['(string? (get-environment-variable "PATH"))', '#t'],
    ['(cdr (assoc "LISP_R7RS_TEST_VARIABLE" (get-environment-variables)))', '"some value"'],
    ['(let loop ((l (get-environment-variables))) (or (null? l) (and (string? (caar l)) (string? (cdar l)) (loop (cdr l)))))', '#t'],
  ]);
  errors(s, [['(get-environment-variable \'PATH)', /^get-environment-variable: /]]);
});

describe('time', () => {
  reportExamples(s, [
    ['(define (time-length) (let ((list (make-list 100000)) (start (current-jiffy))) (length list) (/ (- (current-jiffy) start) (jiffies-per-second))))', null],
    ['(let ((t (time-length))) (and (exact? t) (rational? t) (>= t 0) (< t 10)))', '#t'],
  ]);
  examples(s, [
    ['(inexact? (current-second))', '#t'],
    // after 2020 and before 2100, in seconds since 1970
    ['(< 1.6e9 (current-second) 4.1e9)', '#t'],
    ['(exact-integer? (current-jiffy))', '#t'],
    ['(let* ((a (current-jiffy)) (b (current-jiffy))) (<= a b))', '#t'],
    ['(exact-integer? (jiffies-per-second))', '#t'],
    ['(positive? (jiffies-per-second))', '#t'],
    ['(= (jiffies-per-second) (jiffies-per-second))', '#t'],
    // jiffies and seconds agree about how much time passes
    [`(let* ((j0 (current-jiffy)) (s0 (current-second)))
        (let loop () (if (< (- (current-second) s0) 0.05) (loop)))
        (let ((dj (/ (- (current-jiffy) j0) (jiffies-per-second))) (ds (- (current-second) s0)))
          (< (abs (- dj ds)) 0.04)))`, '#t'],
  ]);
});

describe('features', () => {
  examples(s, [
    ['(list? (features))', '#t'],
    ['(let loop ((l (features))) (or (null? l) (and (symbol? (car l)) (loop (cdr l)))))', '#t'],
    ["(and (memq 'r7rs (features)) #t)", '#t'],
    ["(and (memq 'full-unicode (features)) #t)", '#t'],
    ["(and (memq 'ratios (features)) #t)", '#t'],
    ["(and (memq 'exact-complex (features)) #t)", '#f'],
    // cond-expand treats exactly these as true
    ["(let loop ((l (features))) (or (null? l) (and (eval `(cond-expand (,(car l) #t) (else #f)) (interaction-environment)) (loop (cdr l)))))", '#t'],
    ["(cond-expand (no-such-feature-xyz 'yes) (else 'no))", 'no'],
  ]);
});

describe('exit and emergency-exit end the process', () => {
  const scratch = scratchDir();
  afterAll(() => removeScratch(scratch));
  const status = (expr: string): number | null => lisp(['-e', expr]).status;

  // (exit), (exit #t), (exit #f) and emergency-exit's skipping of the after thunks: test/e2e/scripts.test.ts
  test('an exact integer is the exit status; any other object reports an abnormal end', () => {
    expect(status('(exit 7)')).toBe(7);
    expect(status('(exit 255)')).toBe(255);
    expect(status("(exit 'failed)")).not.toBe(0);
    expect(status('(emergency-exit #f)')).toBe(1);
  });

  test('exit flushes output and runs the after thunks of every dynamic-wind, innermost first', () => {
    const f = writeFile(
      scratch,
      'winds.scm',
      `(dynamic-wind (lambda () (display "in1 "))
                     (lambda () (dynamic-wind (lambda () (display "in2 ")) (lambda () (exit 3)) (lambda () (display "out2 "))))
                     (lambda () (display "out1")))
       (display "never")`,
    );
    const r = lisp([f]);
    expect([r.status, r.stdout]).toEqual([3, 'in1 in2 out2 out1']);
  });

  test('exit does not return or raise: handlers do not see it', () => {
    const r = lisp(['-e', "(guard (e (#t (display \"caught\"))) (with-exception-handler (lambda (e) (display \"handler\")) (lambda () (exit 4))))"]);
    expect([r.status, r.stdout]).toEqual([4, '']);
  });
});
