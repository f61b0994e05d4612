// Reading a program's source file for the command line (a #! line is skipped).
import * as fs from 'node:fs';
import { skipShebang } from '../reader/reader.js';
import { reportError, exitProcess } from './driver.js';

export function readSourceText(file: string): string {
  try {
    return skipShebang(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    reportError(`lisp: cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message}`);
    return exitProcess(66);
  }
}

/** The whole of standard input, as a program's text (lisp -). */
export function readStandardInput(): string {
  try {
    return skipShebang(fs.readFileSync(0, 'utf8'));
  } catch (e) {
    reportError(`lisp: cannot read standard input: ${(e as Error).message}`);
    return exitProcess(66);
  }
}

/** Whether a file starts like a world (its magic), so that running it as a program can be refused kindly. */
export function looksLikeWorld(file: string): boolean {
  try {
    const fd = fs.openSync(file, 'r');
    const head = Buffer.alloc(8);
    fs.readSync(fd, head, 0, 8, 0);
    fs.closeSync(fd);
    return head.toString('latin1') === 'LISPWRLD';
  } catch {
    return false;
  }
}
