// R7RS programs and libraries (R7RS 5.1, 5.6): import sets, define-library found on the library
// path, what a program sees, and the environment procedures.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lisp, lines, scratchDir, removeScratch, writeFile, hasHostTrace } from './run.js';

let dir: string;

beforeAll(() => {
  dir = scratchDir();
  fs.mkdirSync(path.join(dir, 'lib', 'shapes'), { recursive: true });
  writeFile(
    dir,
    'lib/shapes/square.sld',
    `(define-library (shapes square)
  (export make-square square? (rename square-side side) area counter)
  (import (scheme base))
  (include "square-body.scm")
  (begin
    (define calls 0)
    (define (counter) (set! calls (+ calls 1)) calls)))
`,
  );
  writeFile(
    dir,
    'lib/shapes/square-body.scm',
    `(define-record-type square (make-square side) square? (side square-side))
(define (area s) (* (square-side s) (square-side s)))
`,
  );
  writeFile(
    dir,
    'lib/shapes/features.sld',
    `(define-library (shapes features)
  (export which)
  (import (scheme base))
  (cond-expand
    (no-such-feature (begin (define which 'wrong)))
    ((and r7rs (library (scheme base))) (begin (define which 'r7rs)))
    (else (begin (define which 'else)))))
`,
  );
});

afterAll(() => removeScratch(dir));

function program(name: string, text: string): string {
  return writeFile(dir, name, text);
}

describe('import sets', () => {
  test('a program imports the standard libraries, with only, except, prefix and rename', () => {
    const file = program(
      'sets.scm',
      `(import (only (scheme base) define list + quote)
        (prefix (scheme write) w:)
        (rename (only (scheme base) car) (car first-of))
        (except (scheme char) char-upcase))
(define x (list (first-of '(1 2)) (+ 1 2) (char-downcase #\\A)))
(w:write x)
`,
    );
    expect(lisp([file])).toMatchObject({ status: 0, stdout: '(1 3 #\\a)' });
  });

  test('a program sees only what it imports', () => {
    const file = program('only.scm', `(import (scheme base) (scheme write))\n(display (list 1 2))\n(char-upcase #\\a)\n`);
    const r = lisp([file]);
    expect(r.status).toBe(70);
    expect(r.stdout).toBe('(1 2)');
    expect(lines(r.stderr)[0]).toBe(`error: unbound variable: char-upcase (at ${file}:3:1)`);
  });

  test('a script without an import sees everything', () => {
    const file = program('noimport.scm', `(display (list (char-upcase #\\a) (filter odd? '(1 2 3))))\n`);
    expect(lisp([file])).toMatchObject({ status: 0, stdout: '(A (1 3))' });
  });

  test('an unknown library, and a name a library does not export, are one-line errors', () => {
    const unknown = program('unknown.scm', `(import (scheme base) (no such lib))\n`);
    const r = lisp([unknown]);
    expect(r.status).toBe(70);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/import: unknown library \(no such lib\)/);
    const missing = program('missing.scm', `(import (only (scheme base) car frobnicate))\n`);
    const m = lisp([missing]);
    expect(m.status).toBe(70);
    expect(m.stderr).toMatch(/only: frobnicate is not exported/);
    expect(hasHostTrace(m.stderr + r.stderr)).toBe(false);
  });
});

describe('define-library', () => {
  test('a library on the -I path, with include, exported renames and private state', () => {
    const file = program(
      'shapes.scm',
      `(import (scheme base) (scheme write) (shapes square))
(define s (make-square 3))
(write (list (square? s) (side s) (area s) (counter) (counter)))
`,
    );
    expect(lisp(['-I', path.join(dir, 'lib'), file])).toMatchObject({ status: 0, stdout: '(#t 3 9 1 2)' });
  });

  test("a library's unexported names stay private", () => {
    const file = program('private.scm', `(import (scheme base) (shapes square))\ncalls\n`);
    const r = lisp(['-I', path.join(dir, 'lib'), file]);
    expect(r.status).toBe(70);
    expect(r.stderr).toMatch(/unbound variable: calls/);
  });

  test('the library path includes the directory of the program', () => {
    const sub = path.join(dir, 'lib');
    const file = writeFile(sub, 'near.scm', `(import (scheme base) (scheme write) (shapes features))\n(write which)\n`);
    expect(lisp([file])).toMatchObject({ status: 0, stdout: 'r7rs' });
  });

  test('define-library in the program file itself, then imported', () => {
    const file = program(
      'inline-lib.scm',
      `(define-library (local greet) (export greet) (import (scheme base)) (begin (define (greet who) (string-append "hello " who))))
(import (scheme base) (scheme write) (local greet))
(write (greet "world"))
`,
    );
    expect(lisp([file])).toMatchObject({ status: 0, stdout: '"hello world"' });
  });
});

describe('environments', () => {
  test('eval in (environment ...), scheme-report-environment and interaction-environment', () => {
    const file = program(
      'envs.scm',
      `(import (scheme base) (scheme write) (scheme eval) (scheme repl) (only (scheme r5rs) scheme-report-environment null-environment))
(write (list (eval '(* 6 7) (environment '(scheme base)))
             (eval '(+ 1 2) (scheme-report-environment 5))
             (eval '(if #t 'yes 'no) (null-environment 5))
             (guard (e (#t 'unbound)) (eval '(char-upcase #\\a) (environment '(scheme base))))
             (eval '(char-upcase #\\a) (environment '(scheme base) '(scheme char)))))
(eval '(define from-eval 5) (interaction-environment))
(write (eval 'from-eval (interaction-environment)))
`,
    );
    expect(lisp([file])).toMatchObject({ status: 0, stdout: '(42 3 yes unbound #\\A)5' });
  });

  test('import at the REPL adds the bindings to the session', () => {
    const r = lisp(['-I', path.join(dir, 'lib')], { input: '(import (shapes square))\n(area (make-square 4))\n' });
    expect(r).toMatchObject({ status: 0, stdout: '16\n' });
  });
});

describe('libraries in worlds', () => {
  test('a library defined before save-world can be imported after the boot', () => {
    const world = path.join(dir, 'libs.world');
    const saved = lisp(['-I', path.join(dir, 'lib')], { input: `(import (shapes square))\n(define-library (w util) (export twice) (import (scheme base)) (begin (define (twice x) (* 2 x))))\n(save-world "${world}")\n` });
    expect(saved.status).toBe(0);
    const booted = lisp(['--world', world], { input: '(import (w util))\n(twice (area (make-square 3)))\n' });
    expect(booted).toMatchObject({ status: 0, stdout: '18\n' });
  });
});
