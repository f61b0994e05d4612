// Vectors (R7RS 6.8, plus subvector and vector-grow from MIT and Guile) and bytevectors (6.9).
// Vectors are JS arrays and bytevectors Uint8Arrays, so copying leans on slice, copyWithin and set,
// which all copy as if through a temporary when source and destination overlap.
import type { Value } from '../values/value.js';
import { arrayToList } from '../values/pair.js';
import { vectorRef, vectorSet, vectorLength } from '../values/vector.js';
import { checkIndex } from '../values/bounds.js';
import { rangeError } from '../values/error.js';
import { UNSPECIFIED } from '../values/singletons.js';
import { primitive, variadic } from './registry.js';
import {
  checkVector, checkBytevector, checkByte, checkCount, checkRange, checkListElements, checkCopyTarget,
} from './check.js';

// ---- vectors
primitive('vector?', 1, 1, (x: Value) => Array.isArray(x));
primitive('make-vector', 1, 2, (k: Value, fill: Value = UNSPECIFIED) => new Array<Value>(checkCount('make-vector', k)).fill(fill));
variadic('vector', 0, (items: Value[]) => items);
primitive('vector-length', 1, 1, vectorLength);
primitive('vector-ref', 2, 2, vectorRef);
primitive('vector-set!', 3, 3, vectorSet);

/** The [start, end) part of v as a new vector: vector-copy, subvector. */
function copyPart(who: string, v: Value, start: Value, end: Value): Value[] {
  const vec = checkVector(who, v);
  const [from, to] = checkRange(who, vec.length, start, end);
  return vec.slice(from, to);
}
primitive('vector-copy', 1, 3, (v: Value, start?: Value, end?: Value) => copyPart('vector-copy', v, start, end));
primitive('subvector', 3, 3, (v: Value, start: Value, end: Value) => copyPart('subvector', v, start, end));
primitive('vector->list', 1, 3, (v: Value, start?: Value, end?: Value) => arrayToList(copyPart('vector->list', v, start, end)));
primitive('list->vector', 1, 1, (list: Value) => checkListElements('list->vector', list));
primitive('vector-append', 0, Infinity, (...vs: Value[]) => vs.flatMap((v) => checkVector('vector-append', v)));

primitive('vector-copy!', 3, 5, (to: Value, at: Value, from: Value, start?: Value, end?: Value) => {
  const dst = checkVector('vector-copy!', to);
  const src = checkVector('vector-copy!', from);
  const [s, e] = checkRange('vector-copy!', src.length, start, end);
  const i = checkCopyTarget('vector-copy!', at, dst.length, e - s);
  if (dst === src) dst.copyWithin(i, s, e);
  else for (let k = s; k < e; k++) dst[i + k - s] = src[k];
  return UNSPECIFIED;
});
primitive('vector-fill!', 2, 4, (v: Value, fill: Value, start?: Value, end?: Value) => {
  const vec = checkVector('vector-fill!', v);
  const [from, to] = checkRange('vector-fill!', vec.length, start, end);
  vec.fill(fill, from, to);
  return UNSPECIFIED;
});
/** MIT's (vector-grow v k): a new vector of length k >= (vector-length v) that starts with v's elements. */
primitive('vector-grow', 2, 2, (v: Value, k: Value) => {
  const vec = checkVector('vector-grow', v);
  const n = checkCount('vector-grow', k);
  if (n < vec.length) throw rangeError('vector-grow', `new length must be at least ${vec.length}`, k);
  const grown = new Array<Value>(n).fill(UNSPECIFIED);
  for (let i = 0; i < vec.length; i++) grown[i] = vec[i];
  return grown;
});

// ---- bytevectors
primitive('bytevector?', 1, 1, (x: Value) => x instanceof Uint8Array);
primitive('make-bytevector', 1, 2, (k: Value, fill: Value = 0) =>
  new Uint8Array(checkCount('make-bytevector', k)).fill(checkByte('make-bytevector', fill)),
);
primitive('bytevector', 0, Infinity, (...bytes: Value[]) => Uint8Array.from(bytes, (b) => checkByte('bytevector', b)));
primitive('bytevector-length', 1, 1, (bv: Value) => checkBytevector('bytevector-length', bv).length);
primitive('bytevector-u8-ref', 2, 2, (bv: Value, k: Value) => {
  const bytes = checkBytevector('bytevector-u8-ref', bv);
  return bytes[checkIndex('bytevector-u8-ref', k, bytes.length)];
});
primitive('bytevector-u8-set!', 3, 3, (bv: Value, k: Value, b: Value) => {
  const bytes = checkBytevector('bytevector-u8-set!', bv);
  bytes[checkIndex('bytevector-u8-set!', k, bytes.length)] = checkByte('bytevector-u8-set!', b);
  return UNSPECIFIED;
});
primitive('bytevector-copy', 1, 3, (bv: Value, start?: Value, end?: Value) => {
  const bytes = checkBytevector('bytevector-copy', bv);
  const [from, to] = checkRange('bytevector-copy', bytes.length, start, end);
  return bytes.slice(from, to);
});
primitive('bytevector-copy!', 3, 5, (to: Value, at: Value, from: Value, start?: Value, end?: Value) => {
  const dst = checkBytevector('bytevector-copy!', to);
  const src = checkBytevector('bytevector-copy!', from);
  const [s, e] = checkRange('bytevector-copy!', src.length, start, end);
  dst.set(src.subarray(s, e), checkCopyTarget('bytevector-copy!', at, dst.length, e - s));
  return UNSPECIFIED;
});
primitive('bytevector-append', 0, Infinity, (...bvs: Value[]) => {
  const parts = bvs.map((bv) => checkBytevector('bytevector-append', bv));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
});
