// The checked accessors of strings and characters, shared by the built-ins and their open-coded forms.
import type { Value } from './value.js';
import { MString } from './string.js';
import { Char, charOf } from './char.js';
import { typeError, makeError } from './error.js';
import { checkIndex } from './bounds.js';
import { UNSPECIFIED } from './singletons.js';

export function stringRef(s: Value, k: Value): Value {
  if (!(s instanceof MString)) throw typeError('string-ref', 'a string', s);
  return charOf(s.codeAt(checkIndex('string-ref', k, s.length)));
}

export function stringSet(s: Value, k: Value, c: Value): Value {
  const str = checkMutableString('string-set!', s);
  const i = checkIndex('string-set!', k, str.length);
  if (!(c instanceof Char)) throw typeError('string-set!', 'a character', c);
  str.setCodeAt(i, c.code);
  return UNSPECIFIED;
}

/** A string that may be changed: not one R7RS calls immutable, such as the result of symbol->string. */
export function checkMutableString(who: string, s: Value): MString {
  if (!(s instanceof MString)) throw typeError(who, 'a string', s);
  if (!s.mutable) throw makeError('error', `${who}: the string is immutable`, [s]);
  return s;
}

export function stringLength(s: Value): Value {
  if (!(s instanceof MString)) throw typeError('string-length', 'a string', s);
  return s.length;
}

export function charToInteger(c: Value): Value {
  if (!(c instanceof Char)) throw typeError('char->integer', 'a character', c);
  return c.code;
}
