// Evaluating Scheme source in a Session the way a program's top level does, and showing results in their
// written form, so that the language tests read like Scheme.
import type { Value } from '../../src/values/value.js';
import type { Session } from '../../src/runtime/session.js';
import { sessionFromSource } from '../../src/runtime/boot.js';
import { readAll } from '../../src/reader/reader.js';
import { writeString } from '../../src/values/printer.js';
import { ErrorObject, SchemeError } from '../../src/values/error.js';
import { UncaughtError } from '../../src/machine/machine.js';
import { describeCondition } from '../../src/repl/report.js';

/** A session built from lib-lisp; the tests run from the repository root. */
export function newSession(): Session {
  return sessionFromSource('lib-lisp');
}

/** Evaluates every datum of text in the user environment; returns the last value. */
export function evalValue(session: Session, text: string): Value {
  let last: Value = undefined;
  for (const form of readAll(text, '<test>')) last = session.evalTopLevel(form, session.user);
  return last;
}

/** The written form of the value of the last datum of text. */
export function evalString(session: Session, text: string): string {
  return writeString(evalValue(session, text));
}

/** The message of the error that evaluating text ends with uncaught, or 'no error'. */
export function errorOf(session: Session, text: string): string {
  try {
    evalValue(session, text);
  } catch (e) {
    const payload = e instanceof UncaughtError || e instanceof SchemeError ? e.payload : undefined;
    if (payload === undefined) throw e;
    return payload instanceof ErrorObject ? payload.message.toString() : describeCondition(payload);
  }
  return 'no error';
}

/**
 * How many activations were waiting when evaluating text raised an uncaught condition: the length of
 * the chain of frames of the raise's continuation. Proper tail calls keep it from growing with a loop.
 */
export function pendingFramesAtRaise(session: Session, text: string): number {
  try {
    evalValue(session, text);
  } catch (e) {
    if (!(e instanceof UncaughtError)) throw e;
    let n = 0;
    for (let f = e.frame as unknown; Array.isArray(f); f = f[0]) n++;
    return n;
  }
  throw new Error('expected the evaluation to raise');
}
