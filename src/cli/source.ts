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
