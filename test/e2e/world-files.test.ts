// World files that cannot be booted, and saving that fails: every bad file gives exit status 1 and one
// line on stderr naming the file and the cause; a failed save leaves the old world as it was.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lisp, lines, hasHostTrace, scratchDir, removeScratch } from './run.js';

let dir: string;
let good: string;
let goodBytes: Buffer;

beforeAll(() => {
  dir = scratchDir();
  good = path.join(dir, 'good.world');
  const r = lisp(['save-world', good, '--eval', '(define (main) (display "booted"))', '--toplevel', 'main']);
  expect(r.status).toBe(0);
  goodBytes = fs.readFileSync(good);
});
afterAll(() => removeScratch(dir));

/** Writes a variant of the good world and boots it. */
function bootVariant(name: string, bytes: Buffer | string) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return { file, run: lisp(['--world', file, 'arg']) };
}

function expectRefused(run: { status: number | null; stdout: string; stderr: string }, file: string, cause: RegExp) {
  expect(run.status).toBe(1);
  expect(run.stdout).toBe('');
  const err = lines(run.stderr);
  expect(err).toHaveLength(1);
  expect(err[0].startsWith(`lisp: ${file}: `)).toBe(true);
  expect(err[0].slice(`lisp: ${file}: `.length)).toMatch(cause);
  expect(hasHostTrace(run.stderr)).toBe(false);
}

describe('damaged and foreign world files', () => {
  test('the good world boots', () => {
    expect(lisp(['--world', good]).stdout).toBe('booted');
  });

  test('a truncated world', () => {
    const { file, run } = bootVariant('truncated.world', goodBytes.subarray(0, Math.floor(goodBytes.length / 2)));
    expectRefused(run, file, /truncated/);
  });

  test('a world truncated inside its header', () => {
    const { file, run } = bootVariant('short-header.world', goodBytes.subarray(0, 20));
    expectRefused(run, file, /truncated/);
  });

  test('one byte flipped in the body', () => {
    const bytes = Buffer.from(goodBytes);
    bytes[bytes.length - 100] ^= 0xff;
    const { file, run } = bootVariant('flipped.world', bytes);
    expectRefused(run, file, /damaged/);
  });

  test('bytes added at the end', () => {
    const { file, run } = bootVariant('extra.world', Buffer.concat([goodBytes, Buffer.from('junk\n')]));
    expectRefused(run, file, /garbage|damaged/);
  });

  test('a text file', () => {
    const { file, run } = bootVariant('text.world', '(define x 1)\nthis is not a world\n');
    expectRefused(run, file, /not a lisp world/);
  });

  test('an empty file', () => {
    const { file, run } = bootVariant('empty.world', '');
    expectRefused(run, file, /empty/);
  });

  test('a file that does not exist', () => {
    const file = path.join(dir, 'nonexistent.world');
    expectRefused(lisp(['--world', file]), file, /no such file/);
  });

  test('a directory', () => {
    expectRefused(lisp(['--world', dir]), dir, /directory/);
  });

  test('a world whose format version bytes were changed', () => {
    const bytes = Buffer.from(goodBytes);
    // the header: 8 bytes of magic, 4 of sentinel, then the 16-bit format version
    bytes.writeUInt16LE(bytes.readUInt16LE(12) + 1, 12);
    const { file, run } = bootVariant('version.world', bytes);
    expectRefused(run, file, /version/);
  });

  test('a world made by another version of lisp', () => {
    const bytes = Buffer.from(goodBytes);
    // the runtime version string follows the 2-byte flags
    bytes.write('99.0.0\0\0', 16, 'latin1');
    const { file, run } = bootVariant('other-lisp.world', bytes);
    expectRefused(run, file, /made by lisp 99\.0\.0/);
  });

  test('a world whose line endings a text-mode transfer changed', () => {
    const bytes = Buffer.from(goodBytes);
    // the sentinel after the magic begins with CR LF
    bytes[8] = 0x0a;
    const { file, run } = bootVariant('crlf.world', bytes);
    expectRefused(run, file, /altered|damaged/);
  });
});

describe('a save that fails leaves the old world intact', () => {
  const leftovers = (d: string) => fs.readdirSync(d).filter((f) => f.includes('.tmp'));

  test('a value that cannot be saved: error, old world unchanged, no temporary file left', () => {
    const target = path.join(dir, 'keep.world');
    fs.copyFileSync(good, target);
    // the rename procedure of an er-macro-transformer exists only while its macro expands
    const r = lisp([
      '-e',
      `(define kept #f)
       (define-syntax grab (er-macro-transformer (lambda (form rename compare) (set! kept rename) ''ok)))
       (grab)
       (save-world "${target}")`,
    ]);
    expect(r.status).toBe(70);
    expect(lines(r.stderr)[0]).toMatch(/^error: save-world: cannot save /);
    expect(hasHostTrace(r.stderr)).toBe(false);
    expect(fs.readFileSync(target).equals(goodBytes)).toBe(true);
    expect(leftovers(dir)).toEqual([]);
    expect(lisp(['--world', target]).stdout).toBe('booted');
  });

  test('guard catches a failed save, and the program goes on', () => {
    const r = lisp(['-e', '(guard (e ((file-error? e) (error-object-message e))) (save-world "/nonexistent-directory/x.world"))']);
    expect(r).toEqual({ status: 0, stdout: '"save-world: cannot write /nonexistent-directory/x.world: no such directory"\n', stderr: '' });
  });

  // Permissions do not stop root from writing, so there the read-only directory cannot make the save
  // fail; the test is skipped when the suite runs as root.
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  (asRoot ? test.skip : test)('saving into a read-only directory fails and leaves the old world there intact', () => {
    const ro = path.join(dir, 'read-only');
    fs.mkdirSync(ro);
    const target = path.join(ro, 'old.world');
    fs.copyFileSync(good, target);
    fs.chmodSync(ro, 0o555);
    try {
      const r = lisp(['save-world', target, '--eval', '(define replaced #t)']);
      expect(r.status).toBe(70);
      expect(lines(r.stderr)).toEqual([`error: save-world: cannot write ${target}: permission denied`]);
      expect(fs.readFileSync(target).equals(goodBytes)).toBe(true);
      expect(leftovers(ro)).toEqual([]);
    } finally {
      fs.chmodSync(ro, 0o755);
    }
  });

  test('saving over an existing world replaces it completely', () => {
    const target = path.join(dir, 'replace.world');
    fs.copyFileSync(good, target);
    expect(lisp(['save-world', target, '--eval', '(define (main) (display "replaced"))', '--toplevel', 'main']).status).toBe(0);
    expect(lisp(['--world', target]).stdout).toBe('replaced');
    expect(leftovers(dir)).toEqual([]);
  });
});
