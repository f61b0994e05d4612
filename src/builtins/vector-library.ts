// SRFI 133's first-order vector procedures (vectors.ts has R7RS's): emptiness, swapping and
// reversing, reversed copies and conversions, concatenation. What takes a procedure is in
// lib-lisp/43-vectors.scm. Also %range, the optional [start end] check that lib-lisp's sequence
// procedures share with the built-ins.
import type { Value } from '../values/value.js';
import { Pair, arrayToList } from '../values/pair.js';
import { Sym } from '../values/symbol.js';
import { UNSPECIFIED } from '../values/singletons.js';
import { arityError } from '../values/error.js';
import { primitive } from './registry.js';
import { checkVector, checkRange, checkIndex, checkListElements, checkCopyTarget, checkFixnum } from './check.js';

/**
 * (%range who length (start end)): the optional range arguments a lib-lisp procedure was given, as
 * (start . end), checked as the built-ins check theirs.
 */
primitive('%range', 3, 3, (who: Value, length: Value, range: Value) => {
  const name = who instanceof Sym ? who.name : String(who);
  const args = checkListElements(name, range);
  const [s, e] = checkRange(name, checkFixnum(name, length), args[0], args[1]);
  return new Pair(s, e);
});

primitive('vector-empty?', 1, 1, (v: Value) => checkVector('vector-empty?', v).length === 0);

primitive('vector-swap!', 3, 3, (v: Value, i: Value, j: Value) => {
  const vec = checkVector('vector-swap!', v);
  const a = checkIndex('vector-swap!', i, vec.length);
  const b = checkIndex('vector-swap!', j, vec.length);
  [vec[a], vec[b]] = [vec[b], vec[a]];
  return UNSPECIFIED;
});

primitive('vector-reverse!', 1, 3, (v: Value, start?: Value, end?: Value) => {
  const vec = checkVector('vector-reverse!', v);
  const [s, e] = checkRange('vector-reverse!', vec.length, start, end);
  for (let i = s, j = e - 1; i < j; i++, j--) [vec[i], vec[j]] = [vec[j], vec[i]];
  return UNSPECIFIED;
});

/** v[start, end) reversed, as a new array. */
function reversedPart(who: string, v: Value, start: Value, end: Value): Value[] {
  const vec = checkVector(who, v);
  const [s, e] = checkRange(who, vec.length, start, end);
  return vec.slice(s, e).reverse();
}
primitive('vector-reverse-copy', 1, 3, (v: Value, start?: Value, end?: Value) => reversedPart('vector-reverse-copy', v, start, end));
primitive('reverse-vector->list', 1, 3, (v: Value, start?: Value, end?: Value) =>
  arrayToList(reversedPart('reverse-vector->list', v, start, end)),
);
primitive('reverse-list->vector', 1, 1, (list: Value) => checkListElements('reverse-list->vector', list).reverse());
primitive('vector-reverse-copy!', 3, 5, (to: Value, at: Value, from: Value, start?: Value, end?: Value) => {
  const dst = checkVector('vector-reverse-copy!', to);
  const src = reversedPart('vector-reverse-copy!', from, start, end);
  const i = checkCopyTarget('vector-reverse-copy!', at, dst.length, src.length);
  for (let k = 0; k < src.length; k++) dst[i + k] = src[k];
  return UNSPECIFIED;
});

primitive('vector-concatenate', 1, 1, (vectors: Value) =>
  checkListElements('vector-concatenate', vectors).flatMap((v) => checkVector('vector-concatenate', v)),
);
/** (vector-append-subvectors v1 start1 end1 v2 start2 end2 ...) */
primitive('vector-append-subvectors', 0, Infinity, (...args: Value[]) => {
  if (args.length % 3 !== 0) throw arityError('vector-append-subvectors', 'a vector, start and end for each part', args.length);
  const out: Value[] = [];
  for (let i = 0; i < args.length; i += 3) {
    const vec = checkVector('vector-append-subvectors', args[i]);
    const [s, e] = checkRange('vector-append-subvectors', vec.length, args[i + 1], args[i + 2]);
    for (let k = s; k < e; k++) out.push(vec[k]);
  }
  return out;
});
/** MIT's (subvector->list v start end). */
primitive('subvector->list', 3, 3, (v: Value, start: Value, end: Value) => {
  const vec = checkVector('subvector->list', v);
  const [s, e] = checkRange('subvector->list', vec.length, start, end);
  return arrayToList(vec.slice(s, e));
});
