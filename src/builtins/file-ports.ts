// File ports and the file system procedures of (scheme file). An input file is read whole when it is
// opened; an output file is written through a file descriptor as its port is flushed.
import * as fs from 'node:fs';
import type { Value } from '../values/value.js';
import { UNSPECIFIED } from '../values/singletons.js';
import { makeError, type SchemeError } from '../values/error.js';
import { TextInputPort, TextOutputPort, BinaryInputPort, BinaryOutputPort } from '../values/port.js';
import { primitive } from './registry.js';
import { checkString } from './check.js';

/** A file-error for a failed file operation, saying why in words. */
export function fileError(who: string, path: string, e: unknown): SchemeError {
  const code = (e as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT' ? 'no such file or directory'
    : code === 'EACCES' ? 'permission denied'
    : code === 'EISDIR' ? 'is a directory'
    : code === 'ENOTDIR' ? 'a directory in the path is not a directory'
    : e instanceof Error ? e.message
    : String(e);
  return makeError('file', `${who}: cannot open "${path}": ${why}`, []);
}

function pathArg(who: string, x: Value): string {
  return checkString(who, x).toString();
}

export function openInputFile(who: string, path: string): TextInputPort {
  let text: string;
  try {
    text = fs.readFileSync(path, 'utf8');
  } catch (e) {
    throw fileError(who, path, e);
  }
  return new TextInputPort(path, text);
}

function openFd(who: string, path: string): number {
  try {
    return fs.openSync(path, 'w');
  } catch (e) {
    throw fileError(who, path, e);
  }
}

primitive('open-input-file', 1, 1, (p) => openInputFile('open-input-file', pathArg('open-input-file', p)));

primitive('open-binary-input-file', 1, 1, (p) => {
  const path = pathArg('open-binary-input-file', p);
  try {
    return new BinaryInputPort(path, new Uint8Array(fs.readFileSync(path)));
  } catch (e) {
    throw fileError('open-binary-input-file', path, e);
  }
});

/** Output file ports not yet closed: what they hold is written out when the process exits. */
const openOutputFiles = new Set<TextOutputPort | BinaryOutputPort>();

export function flushOpenFiles(): void {
  for (const p of openOutputFiles) p.flush();
}

class FileTextOutputPort extends TextOutputPort {
  constructor(path: string, private fd: number) {
    super(path, (s) => fs.writeSync(fd, s));
    openOutputFiles.add(this);
  }
  override close(): void {
    if (!this.open) return;
    super.close();
    fs.closeSync(this.fd);
    openOutputFiles.delete(this);
  }
}

class FileBinaryOutputPort extends BinaryOutputPort {
  constructor(path: string, private fd: number) {
    super(path, (b) => fs.writeSync(fd, b));
    openOutputFiles.add(this);
  }
  override close(): void {
    if (!this.open) return;
    super.close();
    fs.closeSync(this.fd);
    openOutputFiles.delete(this);
  }
}

primitive('open-output-file', 1, 1, (p) => {
  const path = pathArg('open-output-file', p);
  return new FileTextOutputPort(path, openFd('open-output-file', path));
});

primitive('open-binary-output-file', 1, 1, (p) => {
  const path = pathArg('open-binary-output-file', p);
  return new FileBinaryOutputPort(path, openFd('open-binary-output-file', path));
});

primitive('file-exists?', 1, 1, (p) => fs.existsSync(pathArg('file-exists?', p)));

primitive('delete-file', 1, 1, (p) => {
  const path = pathArg('delete-file', p);
  try {
    fs.unlinkSync(path);
  } catch (e) {
    throw makeError('file', `delete-file: cannot delete "${path}": ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`, []);
  }
  return UNSPECIFIED;
});
