import type { Value } from './value.js';

export class Pair {
  constructor(public car: Value, public cdr: Value) {}
}

export function cons(car: Value, cdr: Value): Pair {
  return new Pair(car, cdr);
}

export function list(...items: Value[]): Value {
  return arrayToList(items);
}

export function arrayToList(items: readonly Value[], tail: Value = null): Value {
  let result = tail;
  for (let i = items.length - 1; i >= 0; i--) result = new Pair(items[i], result);
  return result;
}

/** The elements of a proper list, or null when `x` is not one (dotted or circular). */
export function listToArray(x: Value): Value[] | null {
  const out: Value[] = [];
  let slow = x;
  while (x instanceof Pair) {
    out.push(x.car);
    x = x.cdr;
    if ((out.length & 1) === 0) {
      slow = (slow as Pair).cdr;
      if (slow === x && x instanceof Pair) return null;
    }
  }
  return x === null ? out : null;
}

/** Length of a proper list, or -1 for a dotted or circular one (tortoise and hare). */
export function listLength(x: Value): number {
  let n = 0;
  let slow = x;
  while (x instanceof Pair) {
    x = x.cdr;
    n++;
    if ((n & 1) === 0) {
      slow = (slow as Pair).cdr;
      if (slow === x && x instanceof Pair) return -1;
    }
  }
  return x === null ? n : -1;
}

export function isList(x: Value): boolean {
  return listLength(x) >= 0;
}

// The accessors, with the checks and messages every caller shares (builtins and open-coded calls).
import { typeError } from './error.js';
import { UNSPECIFIED } from './singletons.js';

export function car(x: Value): Value {
  if (x instanceof Pair) return x.car;
  throw typeError('car', 'a pair', x);
}

export function cdr(x: Value): Value {
  if (x instanceof Pair) return x.cdr;
  throw typeError('cdr', 'a pair', x);
}

export function setCar(x: Value, v: Value): Value {
  if (!(x instanceof Pair)) throw typeError('set-car!', 'a pair', x);
  x.car = v;
  return UNSPECIFIED;
}

export function setCdr(x: Value, v: Value): Value {
  if (!(x instanceof Pair)) throw typeError('set-cdr!', 'a pair', x);
  x.cdr = v;
  return UNSPECIFIED;
}

/** c[ad]+r by path, e.g. cxr('cadr', 'da', x): the letters are applied right to left. */
export function cxr(name: string, x: Value): Value {
  let v = x;
  for (let i = name.length - 2; i >= 1; i--) {
    if (!(v instanceof Pair)) throw typeError(name, cxrShape(name), x);
    v = name[i] === 'a' ? v.car : v.cdr;
  }
  return v;
}

/** What c[ad]+r needs, in words: cadr needs "a pair whose cdr is a pair". */
function cxrShape(name: string): string {
  let shape = 'a pair';
  for (let i = 2; i <= name.length - 2; i++) shape = `a pair whose ${name[i] === 'a' ? 'car' : 'cdr'} is ${shape}`;
  return shape;
}
