// Worlds: saving the running heap with `lisp save-world` or (save-world "file"), booting it with
// --world, and what survives the round trip.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lisp, lines, hasHostTrace, scratchDir, removeScratch, writeFile } from './run.js';

let dir: string;
beforeAll(() => {
  dir = scratchDir();
});
afterAll(() => removeScratch(dir));

describe('lisp save-world with --load, --eval and --toplevel', () => {
  let world: string;
  beforeAll(() => {
    writeFile(
      dir,
      'app.scm',
      `(define counter 0)
       (define (bump!) (set! counter (+ counter 1)) counter)
       (define (main)
         (write (list (cdr (command-line)) (bump!) (bump!)))
         (newline))`,
    );
    world = path.join(dir, 'app.world');
    const r = lisp(['save-world', world, '--load', 'app.scm', '--eval', '(bump!)', '--toplevel', 'main'], { cwd: dir });
    expect(r).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  test('booting runs the toplevel procedure with (command-line) = (world args ...)', () => {
    const r = lisp(['--world', world, 'x', '--flag', 'y']);
    expect(r).toEqual({ status: 0, stdout: '(("x" "--flag" "y") 2 3)\n', stderr: '' });
  });

  test('each boot starts from the saved state, not from what an earlier boot did', () => {
    expect(lisp(['--world', world]).stdout).toBe('(() 2 3)\n');
    expect(lisp(['--world', world]).stdout).toBe('(() 2 3)\n');
  });

  test('(command-line) begins with the world file', () => {
    const file = writeFile(dir, 'cl.scm', '(define (main) (write (command-line)))');
    const w = path.join(dir, 'cl.world');
    expect(lisp(['save-world', w, '--load', file, '--toplevel', 'main']).status).toBe(0);
    expect(lisp(['--world', w, 'a']).stdout).toBe(`("${w}" "a")`);
  });

  test('an error in the toplevel procedure is reported like a program error, status 70', () => {
    const file = writeFile(dir, 'bad-main.scm', '(define (main) (display "start ") (vector-ref (vector) 0))');
    const w = path.join(dir, 'bad-main.world');
    expect(lisp(['save-world', w, '--load', file, '--toplevel', 'main']).status).toBe(0);
    const r = lisp(['--world', w]);
    expect(r.status).toBe(70);
    expect(r.stdout).toBe('start ');
    expect(lines(r.stderr)[0]).toMatch(/^error: vector-ref: index out of range/);
    expect(hasHostTrace(r.stderr)).toBe(false);
  });

  test('--toplevel naming no procedure is refused and writes no world', () => {
    const w = path.join(dir, 'none.world');
    const r = lisp(['save-world', w, '--eval', '(define not-a-proc 5)', '--toplevel', 'not-a-proc']);
    expect(r.status).toBe(1);
    expect(lines(r.stderr)).toEqual(['lisp save-world: --toplevel not-a-proc: no procedure of that name is defined']);
    expect(fs.existsSync(w)).toBe(false);
  });

  test('an error while loading stops save-world before it writes anything', () => {
    const file = writeFile(dir, 'load-fails.scm', '(define a 1)\n(car a)\n');
    const w = path.join(dir, 'load-fails.world');
    const r = lisp(['save-world', w, '--load', file]);
    expect(r.status).toBe(70);
    expect(lines(r.stderr)[0]).toBe(`error: car: expected a pair, got 1 (at ${file}:2:1)`);
    expect(fs.existsSync(w)).toBe(false);
  });

  test('save-world --world builds on another world', () => {
    const w = path.join(dir, 'layered.world');
    expect(lisp(['save-world', w, '--world', world, '--eval', '(define extra (* 2 (bump!)))']).status).toBe(0);
    expect(lisp(['--world', w], { input: '(list counter extra)\n' }).stdout).toBe('(2 4)\n');
  });
});

describe('(save-world "file") from a program, booted into the REPL', () => {
  let first: string;
  let second: string;
  // what the saving program does, and what it printed
  let saved: { status: number | null; stdout: string; stderr: string };

  beforeAll(() => {
    first = path.join(dir, 'first.world');
    second = path.join(dir, 'second.world');
    const program = writeFile(
      dir,
      'saver.scm',
      `(define (make-counter) (let ((n 0)) (lambda () (set! n (+ n 1)) n)))
       (define c (make-counter))
       (c) (c)
       (define-values (get-box set-box!) (let ((v 'empty)) (values (lambda () v) (lambda (x) (set! v x)))))
       (set-box! 'before-save)
       (define shared (list 1 2))
       (define holder (list shared shared (vector shared)))
       (define cyc (list 'a 'b))
       (set-cdr! (cdr cyc) cyc)
       (define self-vec (make-vector 2 #f))
       (vector-set! self-vec 0 self-vec)
       (define-record-type point (make-point x y) point? (x point-x set-point-x!) (y point-y))
       (define pt (make-point 1 (list "inner")))
       (define text (string-copy "mutable"))
       (define data (list "hello" (vector 1 "two" #\\3) (bytevector 1 2 255) (expt 3 100) (- (expt 2 70)) 22/7 3.25 -0.0 +inf.0 1e300 'sym #\\x3bb))
       (define-syntax swap! (syntax-rules () ((_ a b) (let ((tmp a)) (set! a b) (set! b tmp)))))
       (define p (make-parameter 5))
       (define pr (delay (begin (c) 'forced)))
       (define g (gensym))
       (define saved-k #f)
       (define k-result (+ 1 (call/cc (lambda (k) (set! saved-k k) 1))))
       (save-world "${first}")
       (display "saved once")
       (newline)
       (set! shared 'changed)
       (c)
       (save-world "${second}")
       (display "saved twice")`,
    );
    saved = lisp([program]);
  });

  const boot = (world: string, input: string) => lisp(['--world', world], { input });

  test('the program goes on after saving, and can save twice', () => {
    expect(saved).toEqual({ status: 0, stdout: 'saved once\nsaved twice', stderr: '' });
    expect(fs.statSync(first).size).toBeGreaterThan(0);
    expect(fs.statSync(second).size).toBeGreaterThan(0);
  });

  test('a world saved without a toplevel boots into the REPL', () => {
    expect(boot(first, '(+ 1 2)\n')).toEqual({ status: 0, stdout: '3\n', stderr: '' });
  });

  test('closures keep their captured state, and can go on changing it', () => {
    expect(boot(first, '(c)\n(c)\n').stdout).toBe('3\n4\n');
    expect(boot(second, '(c)\n').stdout).toBe('4\n');
  });

  test('two closures over one variable still share it', () => {
    expect(boot(first, '(get-box)\n(set-box! (quote after-boot))\n(get-box)\n').stdout).toBe('before-save\nafter-boot\n');
  });

  test('shared structure stays shared and cycles stay cycles', () => {
    expect(boot(first, '(eq? (car holder) (cadr holder))\n(eq? (car holder) (vector-ref (caddr holder) 0))\n(eq? cyc (cddr cyc))\n(eq? self-vec (vector-ref self-vec 0))\n').stdout).toBe(
      '#t\n#t\n#t\n#t\n',
    );
    expect(boot(first, '(set-car! (car holder) 99)\n(cadr holder)\n').stdout).toBe('(99 2)\n');
  });

  test('each save has the state of its moment', () => {
    expect(boot(first, 'shared\n').stdout).toBe('(1 2)\n');
    expect(boot(second, 'shared\n(car holder)\n').stdout).toBe('changed\n(1 2)\n');
  });

  test('strings, vectors, bytevectors, bignums, rationals, flonums and characters come back equal', () => {
    expect(boot(first, 'data\n').stdout).toBe(
      '("hello" #(1 "two" #\\3) #u8(1 2 255) 515377520732011331036461129765621272702107522001 -1180591620717411303424 22/7 3.25 -0.0 +inf.0 1.0e300 sym #\\λ)\n',
    );
    expect(boot(first, '(string-set! text 0 #\\M)\ntext\n(eq? (list-ref data 10) (quote sym))\n').stdout).toBe('"Mutable"\n#t\n');
  });

  test('records keep their type: the old predicate and accessors work on new and old records', () => {
    expect(boot(first, '(list (point? pt) (point-x pt) (point-y pt))\n(point? (make-point 3 4))\n(set-point-x! pt 7)\n(point-x pt)\npt\n').stdout).toBe(
      '(#t 1 ("inner"))\n#t\n7\n#<point 7 ("inner")>\n',
    );
  });

  test('macros, parameters and promises survive', () => {
    expect(boot(first, '(let ((a 1) (b 2)) (swap! a b) (list a b))\n(p)\n(parameterize ((p 6)) (p))\n(force pr)\n(c)\n').stdout).toBe(
      '(2 1)\n5\n6\nforced\n4\n',
    );
  });

  test('a gensym made after booting is new', () => {
    expect(boot(first, '(eq? g (gensym))\n(string=? (symbol->string g) (symbol->string (gensym)))\n').stdout).toBe('#f\n#f\n');
  });

  test('a continuation captured before saving can be resumed after booting', () => {
    expect(boot(first, '(saved-k 41)\nk-result\n').stdout).toBe('42\n');
  });

  test('the base library and the REPL behave normally in a booted world', () => {
    const r = boot(first, "(map (lambda (x) (* x x)) '(1 2 3))\n(car '())\n(guard (e (#t (error-object-message e))) (vector-ref (vector) 1))\n");
    expect(lines(r.stdout)).toEqual(['(1 4 9)', expect.stringMatching(/^"vector-ref: index out of range/)]);
    expect(lines(r.stderr)).toEqual(['error: car: expected a pair, got () (at stdin:2:1)']);
    expect(r.status).toBe(70);
  });
});

describe('ports in a world', () => {
  test('string and bytevector ports keep their contents and position; file ports come back closed', () => {
    const world = path.join(dir, 'ports.world');
    const saved = lisp([], {
      cwd: dir,
      input: `(define sp (open-output-string)) (write 'hello sp)
(define ip (open-input-string "abc def")) (read ip)
(define bp (open-input-bytevector (bytevector 1 2 3))) (read-u8 bp)
(define bo (open-output-bytevector)) (write-u8 7 bo)
(define fp (open-output-file "out.txt"))
(save-world "${world}")\n`,
    });
    expect(saved.status).toBe(0);
    const booted = lisp(['--world', world], {
      input: '(get-output-string sp) (read ip) (read-u8 bp) (get-output-bytevector bo) (output-port-open? fp)\n',
    });
    expect(booted).toMatchObject({ status: 0, stdout: '"hello"\ndef\n2\n#u8(7)\n#f\n' });
  });
});
