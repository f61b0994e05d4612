// How an uncaught error is shown: one line with the message and where it happened, then the Lisp
// frames that were waiting for the failed computation (the continuation), most recent first.
import * as path from 'node:path';
import type { Value } from '../values/value.js';
import { ROOT } from '../runtime/installation.js';
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

/** The call sites waiting in a continuation, most recent first. */
function callSites(frame: Frame | null): { name: string; pos: SrcPos | null }[] {
  const sites: { name: string; pos: SrcPos | null }[] = [];
  for (let f = frame; Array.isArray(f); f = f[0]) {
    const rp = f[1] as ReturnPoint | undefined;
    if (typeof rp === 'function' && rp.site !== undefined) sites.push(rp.site);
  }
  return sites;
}

/** Code of the system's own library (lib-lisp), whose frames are not the program's business. */
function inLibrary(pos: SrcPos | null): boolean {
  return pos !== null && pos.file.startsWith(LIBRARY_DIR);
}

const LIBRARY_DIR = path.join(ROOT, 'lib-lisp') + path.sep;

/** The call sites the error's continuation returns to, most recent first, at most `limit`. */
export function backtrace(frame: Frame | null, limit = 10): string[] {
  const sites = callSites(frame).filter((s) => !inLibrary(s.pos));
  const lines = sites.slice(0, limit).map((s) => `  ${s.pos !== null ? formatPos(s.pos) + ': ' : ''}in ${s.name || 'anonymous procedure'}`);
  if (sites.length > limit) lines.push(`  ... ${sites.length - limit} more`);
  return lines;
}

/**
 * The full report: the error line and, when there is one, the backtrace. An error raised inside
 * the system's library is placed at the program's call that led to it, not in the library's source.
 */
export function formatUncaught(payload: Value, frame: Frame | null, at: SrcPos | null = null): string {
  const trace = backtrace(frame);
  let where = at;
  if (payload instanceof ErrorObject && inLibrary(payload.pos)) {
    where = callSites(frame).find((s) => !inLibrary(s.pos) && s.pos !== null)?.pos ?? null;
    payload = new ErrorObject(payload.kind, payload.message, payload.irritants, null);
  }
  const line = errorLine(payload, where);
  return trace.length === 0 ? line : `${line}\nbacktrace (most recent call first):\n${trace.join('\n')}`;
}
