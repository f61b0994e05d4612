// One error type for the whole system. Whatever goes wrong, in the reader, the expander, a primitive or
// the machine, is thrown as a SchemeError whose payload is the Lisp value being raised (usually an
// ErrorObject), so the machine can hand it to the program's exception handlers like any `raise`.
import type { Value } from './value.js';
import { MString } from './string.js';
import { arrayToList } from './pair.js';

export interface SrcPos {
  readonly file: string;
  readonly line: number;
  readonly col: number;
}

export function formatPos(pos: SrcPos): string {
  return `${pos.file}:${pos.line}:${pos.col}`;
}

/** What kind of error an ErrorObject is; read-error? and file-error? test these. */
export type ErrorKind = 'error' | 'read' | 'file' | 'syntax' | 'type' | 'range' | 'arity' | 'unbound' | 'internal';

export class ErrorObject {
  constructor(
    readonly kind: ErrorKind,
    readonly message: MString,
    readonly irritants: Value,
    /** where the error happened, when known: the call site of a failing primitive, a bad token */
    public pos: SrcPos | null = null,
  ) {}
}

export class SchemeError extends Error {
  /** the frame that was running when the error was thrown, for backtraces and handlers */
  frame: unknown = null;
  constructor(readonly payload: Value) {
    super(payload instanceof ErrorObject ? payload.message.toString() : 'non-error object raised');
  }
}

export function makeError(kind: ErrorKind, message: string, irritants: Value[] = [], pos: SrcPos | null = null): SchemeError {
  return new SchemeError(new ErrorObject(kind, new MString(message), arrayToList(irritants), pos));
}

/** A primitive got an argument of the wrong type: "car: expected a pair, got 5". */
export function typeError(who: string, expected: string, got: Value): SchemeError {
  return makeError('type', `${who}: expected ${expected}, got ${describe(got)}`, [got]);
}

export function rangeError(who: string, what: string, got: Value): SchemeError {
  return makeError('range', `${who}: ${what}, got ${describe(got)}`, [got]);
}

export function arityError(who: string, expected: string, got: number): SchemeError {
  return makeError('arity', `${who}: expected ${expected}, got ${got}`, []);
}

export function plural(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}

/** Describes an arity for messages: "1 argument", "at least 2 arguments", "1 to 3 arguments". */
export function describeArity(min: number, max: number): string {
  if (min === max) return plural(min, 'argument');
  if (max === Infinity) return `at least ${plural(min, 'argument')}`;
  return `${min} to ${max} arguments`;
}

// The printer lives above this module; errors describe values through a hook it installs, so that
// "got 5" and "got (1 2)" read the way `write` prints them.
let describer: (v: Value) => string = (v) => String(v);
export function setValueDescriber(f: (v: Value) => string): void {
  describer = f;
}
export function describe(v: Value): string {
  const s = describer(v);
  return s.length > 200 ? s.slice(0, 200) + '...' : s;
}

/** Attaches a source position to an error that does not have one yet. */
export function withPos(e: unknown, pos: SrcPos | null): unknown {
  if (pos !== null && e instanceof SchemeError && e.payload instanceof ErrorObject && e.payload.pos === null) {
    e.payload.pos = pos;
  }
  return e;
}
