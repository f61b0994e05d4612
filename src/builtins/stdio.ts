// The standard ports. Output is written to file descriptors 1 and 2 with synchronous writes, so it is
// in order with everything else and a failed write is noticed at once: a closed pipe (`lisp ... | head`)
// ends the process quietly with the status a SIGPIPE would give, any other failure (a full disk) is
// reported and ends it with EX_IOERR. A terminal gets each line as it is finished. Input reads standard
// input with blocking reads, which works the same for a pipe, a file and a terminal (where the
// terminal's own line editing applies while a program waits for a line).
import * as fs from 'node:fs';
import * as tty from 'node:tty';
import { TextInputPort, TextOutputPort } from '../values/port.js';

const pause = new Int32Array(new SharedArrayBuffer(4));

function writeAll(fd: number, text: string): void {
  let bytes = Buffer.from(text, 'utf8');
  while (bytes.length > 0) {
    let n: number;
    try {
      n = fs.writeSync(fd, bytes);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(pause, 0, 0, 1); // a non-blocking descriptor that is full: wait for the reader
        continue;
      }
      if (code === 'EPIPE') process.exit(141);
      if (fd !== 2) {
        try {
          fs.writeSync(2, `lisp: cannot write to ${fd === 1 ? 'standard output' : `descriptor ${fd}`}: ${(e as Error).message}\n`);
        } catch {
          // standard error is gone too
        }
      }
      process.exit(74);
    }
    bytes = bytes.subarray(n);
  }
}

export const stdoutPort = new TextOutputPort('stdout', (s) => writeAll(1, s), tty.isatty(1), 'stdout');
export const stderrPort = new TextOutputPort('stderr', (s) => writeAll(2, s), true, 'stderr');

const decoder = new TextDecoder('utf-8');
const chunk = Buffer.alloc(65536);

/** Called before standard input blocks (the REPL flushes output and leaves raw mode). */
let beforeBlockingRead: () => void = () => {};
export function setBeforeBlockingRead(f: () => void): void {
  beforeBlockingRead = f;
}

function readStdin(): string | null {
  stdoutPort.flush();
  beforeBlockingRead();
  for (;;) {
    let n: number;
    try {
      n = fs.readSync(0, chunk, 0, chunk.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        // a non-blocking standard input: wait a little for data rather than spin
        Atomics.wait(pause, 0, 0, 10);
        continue;
      }
      if (code === 'EOF') return null;
      throw e;
    }
    if (n === 0) {
      const rest = decoder.decode();
      return rest.length > 0 ? rest : null;
    }
    return decoder.decode(chunk.subarray(0, n), { stream: true });
  }
}

export const stdinPort = new TextInputPort('stdin', '', readStdin, 'stdin');

export function flushStandardPorts(): void {
  stdoutPort.flush();
  stderrPort.flush();
}
