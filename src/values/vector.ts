// The checked vector accessors. Vectors are plain JS arrays; these are what both the vector-ref
// built-in and its open-coded form fall back to when the fast path does not apply.
import type { Value } from './value.js';
import { typeError } from './error.js';
import { checkIndex } from './bounds.js';
import { UNSPECIFIED } from './singletons.js';

export function vectorIndex(who: string, v: Value, k: Value): number {
  if (!Array.isArray(v)) throw typeError(who, 'a vector', v);
  return checkIndex(who, k, v.length);
}

export function vectorRef(v: Value, k: Value): Value {
  return (v as Value[])[vectorIndex('vector-ref', v, k)];
}

export function vectorSet(v: Value, k: Value, x: Value): Value {
  (v as Value[])[vectorIndex('vector-set!', v, k)] = x;
  return UNSPECIFIED;
}

export function vectorLength(v: Value): Value {
  if (!Array.isArray(v)) throw typeError('vector-length', 'a vector', v);
  return v.length;
}
