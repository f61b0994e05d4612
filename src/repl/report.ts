// How an uncaught error is shown: one line with the message and where it happened, then the Lisp
// frames that were waiting for the failed computation (the continuation), most recent first.
import type { Value } from '../values/value.js';
import { Pair } from '../values/pair.js';
import { ErrorObject, formatPos, type SrcPos } from '../values/error.js';
import { writeString } from '../values/printer.js';
import type { Frame, ReturnPoint } from '../machine/kernel.js';

const KINDS_WITH_IRRITANTS_IN_MESSAGE = new Set(['type', 'range', 'arity', 'unbound', 'read', 'syntax', 'file', 'internal']);

/** The one-line description of a raised object. */
export function describeCondition(payload: Value): string {
  if (payload instanceof ErrorObject) {
    let text = payload.message.toString();
    if (!KINDS_WITH_IRRITANTS_IN_MESSAGE.has(payload.kind)) {
      for (let l = payload.irritants; l instanceof Pair; l = l.cdr) text += ' ' + writeString(l.car, 'write');
    }
    if (text.length > 500) text = text.slice(0, 500) + '...';
    return text.replace(/\n/g, ' ');
  }
  return `uncaught raise of a non-error object: ${writeString(payload, 'write').slice(0, 300)}`;
}

/** "error: message (at file:line:col)"; `at` is where it was raised, if the object does not say. */
export function errorLine(payload: Value, at: SrcPos | null = null): string {
  const pos = payload instanceof ErrorObject && payload.pos !== null ? payload.pos : at;
  const where = pos !== null ? ` (at ${formatPos(pos)})` : '';
  return `error: ${describeCondition(payload)}${where}`;
}

/** The call sites the error's continuation returns to, most recent first, at most `limit`. */
export function backtrace(frame: Frame | null, limit = 10): string[] {
  const lines: string[] = [];
  let skipped = 0;
  for (let f = frame; Array.isArray(f); f = f[0]) {
    const rp = f[1] as ReturnPoint | undefined;
    if (typeof rp !== 'function' || rp.site === undefined) continue;
    if (lines.length >= limit) {
      skipped++;
      continue;
    }
    const name = rp.site.name || 'anonymous procedure';
    lines.push(`  ${rp.site.pos !== null ? formatPos(rp.site.pos) + ': ' : ''}in ${name}`);
  }
  if (skipped > 0) lines.push(`  ... ${skipped} more`);
  return lines;
}

/** The full report: the error line and, when there is one, the backtrace. */
export function formatUncaught(payload: Value, frame: Frame | null, at: SrcPos | null = null): string {
  const trace = backtrace(frame);
  const line = errorLine(payload, at);
  return trace.length === 0 ? line : `${line}\nbacktrace (most recent call first):\n${trace.join('\n')}`;
}
