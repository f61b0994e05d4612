// Literal constants are immutable (R7RS 3.4): quoted data and self-evaluating strings and vectors in
// program text. Their pairs and vectors are frozen, and their strings marked read-only, when the
// expander turns them into constants; a write to one then fails and is reported as an error of the
// procedure that tried (see isConstantWrite).
import type { Value } from './value.js';
import { Pair } from './pair.js';
import { MString } from './string.js';
import { makeError, type SchemeError } from './error.js';

/** Makes a datum and everything in it immutable (iteratively: literals can be deep or circular). */
export function freezeConstant(x: Value): Value {
  const stack: Value[] = [x];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v instanceof Pair) {
      if (Object.isFrozen(v)) continue;
      Object.freeze(v);
      stack.push(v.car, v.cdr);
    } else if (Array.isArray(v)) {
      if (Object.isFrozen(v)) continue;
      Object.freeze(v);
      for (const e of v) stack.push(e);
    } else if (v instanceof MString) {
      v.mutable = false;
    }
  }
  return x;
}

/** Whether a JS exception is the engine refusing a write to a frozen constant. */
export function isConstantWrite(e: unknown): boolean {
  return e instanceof TypeError && /read[ -]only|frozen|not extensible/i.test(e.message);
}

export function constantWriteError(who: string): SchemeError {
  return makeError('error', `${who}: cannot modify a constant (quoted data and literals are immutable)`, []);
}
