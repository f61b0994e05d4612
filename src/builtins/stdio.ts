// The standard ports. Output goes to the process's stdout and stderr (synchronous on Linux for files,
// pipes and terminals); a terminal gets each line as it is finished. Input reads standard input with
// blocking reads, which works the same for a pipe, a file and a terminal (where the terminal's own line
// editing applies while a program waits for a line).
import * as fs from 'node:fs';
import { TextInputPort, TextOutputPort } from '../values/port.js';

export const stdoutPort = new TextOutputPort('stdout', (s) => process.stdout.write(s), process.stdout.isTTY === true, 'stdout');
export const stderrPort = new TextOutputPort('stderr', (s) => process.stderr.write(s), true, 'stderr');

const decoder = new TextDecoder('utf-8');
const chunk = Buffer.alloc(65536);
const pause = new Int32Array(new SharedArrayBuffer(4));

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
