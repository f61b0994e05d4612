// Running top-level forms for the front ends: each form is expanded, compiled and run on the
// session's machine; whatever goes wrong comes back as one value the front end can report.
import type { Value } from '../values/value.js';
import { SchemeError } from '../values/error.js';
import { UNSPECIFIED, MultipleValues } from '../values/singletons.js';
import { writeString } from '../values/printer.js';
import { UncaughtError, Interrupted } from '../machine/machine.js';
import type { Closure } from '../machine/kernel.js';
import type { Environment } from '../expander/environment.js';
import { ExitRequest } from '../builtins/system.js';
import { stderrPort, flushStandardPorts } from '../builtins/stdio.js';
import { flushOpenFiles } from '../builtins/file-ports.js';
import type { Session } from '../runtime/session.js';
import { formatUncaught } from '../repl/report.js';

export type Outcome = { kind: 'value'; value: Value } | { kind: 'error'; report: string } | { kind: 'interrupted' } | { kind: 'exit'; code: number };

/** Compiles a form, turning a syntax error into an outcome. */
export function compileForm(session: Session, form: Value, env: Environment): Closure | Outcome {
  try {
    return session.compileTopLevel(form, env);
  } catch (e) {
    return failure(e);
  }
}

/** What an exception out of compilation or the machine means to a front end. */
export function failure(e: unknown): Outcome {
  if (e instanceof ExitRequest) return { kind: 'exit', code: e.code };
  if (e instanceof Interrupted) return { kind: 'interrupted' };
  if (e instanceof UncaughtError) return { kind: 'error', report: formatUncaught(e.payload, e.frame, e.pos) };
  if (e instanceof SchemeError) return { kind: 'error', report: formatUncaught(e.payload, e.frame as never) };
  if (e instanceof RangeError && /call stack/.test(e.message)) {
    return { kind: 'error', report: 'error: stack overflow in the host (a structure nested too deeply?)' };
  }
  const msg = e instanceof Error ? e.message : String(e);
  if (process.env.LISP_DEBUG && e instanceof Error) console.error(e.stack);
  return { kind: 'error', report: `error: internal error: ${msg}` };
}

/** Evaluates one top-level form to completion. */
export function evaluateForm(session: Session, form: Value, env: Environment): Outcome {
  const compiled = compileForm(session, form, env);
  if (!('code' in compiled)) return compiled;
  try {
    return { kind: 'value', value: session.machine.apply(compiled, []) };
  } catch (e) {
    return failure(e);
  }
}

/** Writes an error report to standard error, after whatever standard output holds so far. */
export function reportError(report: string): void {
  flushStandardPorts();
  stderrPort.write(report + '\n');
  stderrPort.flush();
}

/** The text the REPL and -e print for a value: one written value per line, nothing if unspecified. */
export function resultLines(v: Value): string[] {
  if (v === UNSPECIFIED || v === undefined) return [];
  if (v instanceof MultipleValues) return v.values.map((x) => writeString(x, 'write'));
  return [writeString(v, 'write')];
}

/** Ends the process after flushing the standard ports and any output file left open. */
export function exitProcess(code: number): never {
  flushOpenFiles();
  flushStandardPorts();
  process.exit(code);
}
