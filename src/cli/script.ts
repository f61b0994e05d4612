// Running a program: its forms are read and evaluated one at a time, so a macro or a definition is in
// place before the next form is read. An uncaught error ends the run with status 70, as sysexits'
// EX_SOFTWARE, like Chibi.
import { EOF } from '../values/singletons.js';
import { Reader } from '../reader/reader.js';
import type { Environment } from '../expander/environment.js';
import type { Session } from '../runtime/session.js';
import { evaluateForm, failure, reportError, resultLines, exitProcess, type Outcome } from './driver.js';
import { stdoutPort } from '../builtins/stdio.js';

/** Runs every form of a source text; returns the outcome of the last, or the first failure. */
export function runText(session: Session, text: string, file: string, env: Environment, printResults = false): Outcome {
  const reader = new Reader(text, file);
  let last: Outcome = { kind: 'value', value: undefined };
  for (;;) {
    let form;
    try {
      form = reader.read();
    } catch (e) {
      return failure(e);
    }
    if (form === EOF) return last;
    last = evaluateForm(session, form, env);
    if (last.kind !== 'value') return last;
    if (printResults) for (const line of resultLines(last.value)) stdoutPort.write(line + '\n');
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
