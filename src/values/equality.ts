// eq?, eqv? and equal?. Fixnums, characters, symbols, booleans and '() are unique JS values, so eq? is
// JS identity. equal? walks with an explicit stack and remembers the pairs of containers it is
// comparing, so it neither overflows on deep structure nor loops on circular structure.
import type { Value } from './value.js';
import { Pair } from './pair.js';
import { Flonum, Ratnum } from './number.js';
import { MString } from './string.js';

export function eqv(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (a instanceof Flonum) return b instanceof Flonum && Object.is(a.value, b.value);
  if (a instanceof Ratnum) return b instanceof Ratnum && a.num === b.num && a.den === b.den;
  if (a instanceof MString) return b instanceof MString && a.length === 0 && b.length === 0;
  return false;
}

export function equal(a: Value, b: Value): boolean {
  const stack: Value[] = [a, b];
  // containers already being compared with each other: a cycle that revisits them adds nothing new
  const seen = new Map<object, Set<object>>();
  // Only structures that take a while to compare can be circular ones worth remembering.
  let steps = 0;
  while (stack.length > 0) {
    const y = stack.pop();
    const x = stack.pop();
    if (eqv(x, y)) continue;
    if (x instanceof Pair) {
      if (!(y instanceof Pair)) return false;
      if (++steps > 1000 && alreadyCompared(seen, x, y)) continue;
      stack.push(x.cdr, y.cdr, x.car, y.car);
    } else if (x instanceof MString) {
      if (!(y instanceof MString) || x.toString() !== y.toString()) return false;
    } else if (Array.isArray(x)) {
      if (!Array.isArray(y) || x.length !== y.length) return false;
      if (++steps > 1000 && alreadyCompared(seen, x, y)) continue;
      for (let i = x.length - 1; i >= 0; i--) stack.push(x[i], y[i]);
    } else if (x instanceof Uint8Array) {
      if (!(y instanceof Uint8Array) || x.length !== y.length) return false;
      for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
    } else {
      return false;
    }
  }
  return true;
}

function alreadyCompared(seen: Map<object, Set<object>>, x: object, y: object): boolean {
  let s = seen.get(x);
  if (s === undefined) seen.set(x, (s = new Set()));
  if (s.has(y)) return true;
  s.add(y);
  return false;
}
