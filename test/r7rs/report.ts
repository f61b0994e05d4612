// The R7RS conformance tests, section by section of the report (/work/shared/r7rs-small.md). Each
// example of the report (its "=>" lines) is one test named "report: <expression>", so that they can be
// counted; the other tests are edge cases and the error situations the report names.
import type { Value } from '../../src/values/value.js';
import type { Session } from '../../src/runtime/session.js';
import { MString } from '../../src/values/string.js';
import { writeString } from '../../src/values/printer.js';
import { newSession, evalValue, evalString } from '../lang/helpers.js';

export { newSession, evalString };

/**
 * [expression, the written form of its value (several values are separated by spaces)]; an expected
 * value of null marks a definition or other setup the next examples need, evaluated in its turn.
 */
export type Example = readonly [string, string | null];

function exampleTests(session: Session, prefix: string, list: readonly Example[]): void {
  for (const [expr, expected] of list) {
    if (expected === null) test(`setup: ${expr}`, () => void evalValue(session, expr));
    else test(`${prefix}${expr}`, () => expect(evalString(session, expr)).toBe(expected));
  }
}

/** One test per example of the report, evaluated in order in `session`. */
export function reportExamples(session: Session, list: readonly Example[]): void {
  exampleTests(session, 'report: ', list);
}

/** Edge cases, written like the report's examples but not taken from it. */
export function examples(session: Session, list: readonly Example[]): void {
  exampleTests(session, '', list);
}

/**
 * The message of the error object that evaluating expr raises, caught by a guard as a program would
 * catch it; a test fails if expr returns, or raises something that is not an error object.
 */
export function signals(session: Session, expr: string): string {
  const caught: Value = evalValue(
    session,
    `(guard (e ((error-object? e) (error-object-message e)) (#t (list 'raised-non-error e)))
       (call-with-values (lambda () ${expr}) (lambda vs (cons 'returned vs))))`,
  );
  if (caught instanceof MString) return caught.toString();
  throw new Error(`${expr} did not signal an error object: ${writeString(caught)}`);
}

/** [expression, a pattern the message of the error it signals must match] */
export type ErrorCase = readonly [string, RegExp];

/** One test per case: the expression signals an error object whose message matches. */
export function errors(session: Session, cases: readonly ErrorCase[]): void {
  for (const [expr, pattern] of cases) {
    test(`error: ${expr}`, () => expect(signals(session, expr)).toMatch(pattern));
  }
}

/** The written value of expr and what it wrote to the current output port, as "<value> | <output>". */
export function withOutput(session: Session, expr: string): string {
  const result = evalValue(
    session,
    `(let* ((out (open-output-string))
            (v (parameterize ((current-output-port out)) ${expr})))
       (string-append (let ((p (open-output-string))) (write v p) (get-output-string p))
                      " | " (get-output-string out)))`,
  );
  return (result as MString).toString();
}

