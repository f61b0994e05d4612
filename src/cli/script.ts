// Running a program: its forms are read and evaluated one at a time, so a macro or a definition is in
// place before the next form is read. An uncaught error ends the run with status 70, as sysexits'
// EX_SOFTWARE, like Chibi.
import type { Value } from '../values/value.js';
import { EOF } from '../values/singletons.js';
import { Pair } from '../values/pair.js';
import { Sym } from '../values/symbol.js';
import { Reader } from '../reader/reader.js';
import type { Environment } from '../expander/environment.js';
import type { Session } from '../runtime/session.js';
import { evaluateForm, failure, reportError, exitProcess, type Outcome } from './driver.js';

/** Whether a datum is (import ...), which makes a text an R7RS program with an environment of its own. */
function isImport(form: Value): boolean {
  return form instanceof Pair && form.car instanceof Sym && form.car.name === 'import';
}

/**
 * Runs every form of a source text; returns the outcome of the last, or the first failure. A text
 * that begins with an import is an R7RS program: it runs in a fresh environment that sees only what
 * it imports. Any other text runs in env.
 */
export function runText(session: Session, text: string, file: string, env: Environment, options: { program?: boolean } = {}): Outcome {
  const reader = new Reader(text, file);
  const mayBeProgram = options.program ?? true;
  let last: Outcome = { kind: 'value', value: undefined };
  let first = true;
  for (;;) {
    let form;
    try {
      form = reader.read();
    } catch (e) {
      return failure(e);
    }
    if (form === EOF) return last;
    if (first && mayBeProgram && isImport(form)) env = session.programEnvironment();
    first = false;
    last = evaluateForm(session, form, env);
    if (last.kind !== 'value') return last;
  }
}

/** Ends the process the way an outcome calls for. */
export function finish(outcome: Outcome): never {
  switch (outcome.kind) {
    case 'value':
      return exitProcess(0);
    case 'exit':
      return exitProcess(outcome.code);
    case 'interrupted':
      reportError('interrupted');
      return exitProcess(130);
    case 'error':
      reportError(outcome.report);
      return exitProcess(70);
  }
}
