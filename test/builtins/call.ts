// Calls registered built-ins the way the machine does (checking the argument count first), and shows
// results in their written form, so that tests read like Scheme.
import type { Value } from '../../src/values/value.js';
import { builtinTable } from '../../src/builtins/registry.js';
import { Primitive } from '../../src/values/procedure.js';
import { SchemeError, ErrorObject } from '../../src/values/error.js';
import { MString } from '../../src/values/string.js';
import { charOf } from '../../src/values/char.js';
import { intern } from '../../src/values/symbol.js';
import { arrayToList } from '../../src/values/pair.js';
import { writeString } from '../../src/values/printer.js';

export function primitiveNamed(name: string): Primitive {
  const p = builtinTable().get(name);
  if (!(p instanceof Primitive)) throw new Error(`no primitive ${name}`);
  return p;
}

export function call(name: string, ...args: Value[]): Value {
  const p = primitiveNamed(name);
  if (args.length < p.min || args.length > p.max) throw new Error(`${name}: wrong argument count ${args.length}`);
  return p.fn(...args);
}

/** The written form of what (name args ...) returns. */
export function show(name: string, ...args: Value[]): string {
  return writeString(call(name, ...args));
}

/** The message of the error (name args ...) raises, or 'no error'. */
export function errorOf(name: string, ...args: Value[]): string {
  try {
    call(name, ...args);
  } catch (e) {
    if (e instanceof SchemeError && e.payload instanceof ErrorObject) return e.payload.message.toString();
    throw e;
  }
  return 'no error';
}

export const str = (s: string): MString => new MString(s);
export const ch = (s: string): Value => charOf(s.codePointAt(0) as number);
export const sym = (s: string): Value => intern(s);
export const list = (...items: Value[]): Value => arrayToList(items);
export const w = (v: Value): string => writeString(v);
