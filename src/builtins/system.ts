// (scheme process-context) and (scheme time): the command line, exiting, environment variables, clocks.
import * as os from 'node:os';
import type { Value } from '../values/value.js';
import { arrayToList, Pair } from '../values/pair.js';
import { MString } from '../values/string.js';
import { intern } from '../values/symbol.js';
import { Flonum } from '../values/number.js';
import { builtinReturnPoint } from '../machine/kernel.js';
import { EMPTY_DYNAMIC_STATE } from '../machine/dynamic.js';
import { Continuation, throwTo } from '../machine/continuation.js';
import { LeaveMachine } from '../machine/machine.js';
import { primitive, control } from './registry.js';
import { checkString } from './check.js';

/** Thrown to the driver by exit: it flushes the ports and ends the process with `code`. */
export class ExitRequest extends LeaveMachine {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

/** R7RS 6.14: no value or #t is a normal exit, an exact integer is the status, anything else abnormal. */
export function exitCode(v: Value): number {
  if (v === undefined || v === true) return 0;
  if (typeof v === 'number') return v & 0xff;
  return 1;
}

let commandLine: string[] = [];
export function setCommandLine(args: string[]): void {
  commandLine = args;
}
primitive('command-line', 0, 0, () => arrayToList(commandLine.map((s) => new MString(s))));

/** exit runs the after thunks of every dynamic-wind it leaves, then ends the process. */
const EXIT_RP = builtinReturnPoint('exit', (_m, _fr, v) => {
  throw new ExitRequest(exitCode(v));
});

control('exit', 0, 1, (m, _rf, _rp, [code]) => throwTo(m, new Continuation([null, EXIT_RP, null], EXIT_RP, EMPTY_DYNAMIC_STATE), code));
primitive('emergency-exit', 0, 1, (code) => {
  throw new ExitRequest(exitCode(code));
});

primitive('get-environment-variable', 1, 1, (name) => {
  const v = process.env[checkString('get-environment-variable', name).toString()];
  return v === undefined ? false : new MString(v);
});
primitive('get-environment-variables', 0, 0, () => {
  let out: Value = null;
  for (const [k, v] of Object.entries(process.env)) out = new Pair(new Pair(new MString(k), new MString(v ?? '')), out);
  return out;
});

primitive('current-second', 0, 0, () => new Flonum(Date.now() / 1000));
const origin = performance.timeOrigin;
primitive('current-jiffy', 0, 0, () => Math.round((origin + performance.now()) * 1000));
primitive('jiffies-per-second', 0, 0, () => 1000000);

/** The feature identifiers of cond-expand and (features), as R7RS appendix B names them. */
export const FEATURES: readonly string[] = [
  'r7rs',
  'exact-closed',
  'ieee-float',
  'full-unicode',
  'ratios',
  'posix',
  'unix',
  ...(process.platform === 'linux' ? ['gnu-linux'] : process.platform === 'darwin' ? ['darwin'] : []),
  ...(process.arch === 'x64' ? ['x86-64', 'lp64'] : process.arch === 'arm64' ? ['aarch64', 'lp64'] : []),
  os.endianness() === 'LE' ? 'little-endian' : 'big-endian',
  'lisp',
];
primitive('features', 0, 0, () => arrayToList(FEATURES.map((f) => intern(f))));
