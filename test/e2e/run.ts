// Running the lisp command as a user would, from the repository's bin/, in a scratch directory.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const LISP = path.resolve('bin/lisp');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** text for standard input (otherwise it is empty) */
  input?: string;
  cwd?: string;
  timeout?: number;
}

export function lisp(args: string[], options: RunOptions = {}): Run {
  const r = spawnSync(LISP, args, {
    input: options.input ?? '',
    cwd: options.cwd,
    encoding: 'utf8',
    timeout: options.timeout ?? 20000,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The lines of a stream's text, without the empty one after the last newline. */
export function lines(text: string): string[] {
  return text.split('\n').filter((l, i, all) => l.length > 0 || i < all.length - 1);
}

/** Whether text shows a JavaScript stack trace or other host internals rather than Lisp's own report. */
export function hasHostTrace(text: string): boolean {
  return /^\s+at .*(\.js|\.ts|node:internal)/m.test(text) || /node:internal|TypeError|ReferenceError/.test(text);
}

/** A fresh directory under the system's temporary directory; remove it with removeScratch. */
export function scratchDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'lisp-e2e-'));
}

export function removeScratch(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

export function writeFile(dir: string, name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}
