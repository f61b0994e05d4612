// Pairs and lists (R7RS 6.4, (scheme cxr)) and the first-order part of SRFI 1. Everything that walks a
// list to its end detects circularity (tortoise and hare), so a circular argument is an error, never a
// hang; list-ref and list-tail take a fixed number of steps, so they accept circular lists as R7RS asks.
// member and assoc with a compare procedure are written in Lisp on top of %member and %assoc.
import type { Value } from '../values/value.js';
import { Pair, arrayToList, listLength, isList, car, cdr, setCar, setCdr, cxr } from '../values/pair.js';
import { eqv, equal } from '../values/equality.js';
import { add, mul } from '../values/number.js';
import { typeError, rangeError } from '../values/error.js';
import { indexError } from '../values/bounds.js';
import { UNSPECIFIED } from '../values/singletons.js';
import { primitive, variadic } from './registry.js';
import { checkList, checkListElements, checkPair, checkCount, checkNumber } from './check.js';

// ---- pairs
primitive('pair?', 1, 1, (x: Value) => x instanceof Pair);
primitive('cons', 2, 2, (a: Value, b: Value) => new Pair(a, b));
primitive('car', 1, 1, car);
primitive('cdr', 1, 1, cdr);
primitive('set-car!', 2, 2, (p: Value, v: Value) => {
  setCar(p, v);
  return UNSPECIFIED;
});
primitive('set-cdr!', 2, 2, (p: Value, v: Value) => {
  setCdr(p, v);
  return UNSPECIFIED;
});

/** caar ... cddddr: every path of two to four a/d letters. */
function cxrNames(): string[] {
  let paths = ['a', 'd'];
  const names: string[] = [];
  for (let depth = 2; depth <= 4; depth++) {
    paths = paths.flatMap((p) => [p + 'a', p + 'd']);
    for (const p of paths) names.push(`c${p}r`);
  }
  return names;
}
for (const name of cxrNames()) primitive(name, 1, 1, (x: Value) => cxr(name, x));

// ---- list structure
primitive('null?', 1, 1, (x: Value) => x === null);
primitive('list?', 1, 1, isList);
primitive('proper-list?', 1, 1, isList);
primitive('circular-list?', 1, 1, (x: Value) => walkChain(x) === null);
primitive('dotted-list?', 1, 1, (x: Value) => {
  const chain = walkChain(x);
  return chain !== null && chain.end !== null;
});

/** The cdr chain of x: how many pairs it has and what ends it, or null when it is circular. */
function walkChain(x: Value): { pairs: number; end: Value } | null {
  let slow = x;
  let n = 0;
  while (x instanceof Pair) {
    x = x.cdr;
    n++;
    if ((n & 1) === 0) {
      slow = (slow as Pair).cdr;
      if (slow === x) return null;
    }
  }
  return { pairs: n, end: x };
}

primitive('length', 1, 1, (x: Value) => {
  const n = listLength(x);
  if (n < 0) throw typeError('length', 'a proper list', x);
  return n;
});
primitive('length+', 1, 1, (x: Value) => {
  const chain = walkChain(x);
  return chain === null ? false : chain.pairs;
});

// ---- construction
variadic('list', 0, (items: Value[]) => arrayToList(items));
primitive('make-list', 1, 2, (k: Value, fill: Value = UNSPECIFIED) => {
  const n = checkCount('make-list', k);
  let result: Value = null;
  for (let i = 0; i < n; i++) result = new Pair(fill, result);
  return result;
});
const consStar = (...items: Value[]): Value => arrayToList(items.slice(0, -1), items[items.length - 1]);
primitive('cons*', 1, Infinity, consStar);
primitive('list*', 1, Infinity, consStar);
primitive('iota', 1, 3, (count: Value, start: Value = 0, step: Value = 1) => {
  const n = checkCount('iota', count);
  checkNumber('iota', start);
  checkNumber('iota', step);
  const items = new Array<Value>(n);
  // start + i*step rather than a running sum, so that inexact steps do not accumulate error
  for (let i = 0; i < n; i++) items[i] = add(start, mul(i, step));
  return arrayToList(items);
});

/** append: copies every list but the last, which becomes the shared tail (and may be any value). */
function appendLists(who: string, lists: Value[]): Value {
  if (lists.length === 0) return null;
  let result = lists[lists.length - 1];
  for (let i = lists.length - 2; i >= 0; i--) result = arrayToList(checkListElements(who, lists[i]), result);
  return result;
}
variadic('append', 0, (lists: Value[]) => appendLists('append', lists));
// Linear-update in SRFI 1, which allows (and here gets) the pure version.
primitive('append!', 0, Infinity, (...lists: Value[]) => appendLists('append!', lists));

primitive('reverse', 1, 1, (list: Value) => {
  checkList('reverse', list);
  let result: Value = null;
  for (let x = list; x instanceof Pair; x = x.cdr) result = new Pair(x.car, result);
  return result;
});

/** Copies the spine; an improper tail is kept, and a non-pair is returned as it is. */
primitive('list-copy', 1, 1, (list: Value) => {
  if (!(list instanceof Pair)) return list;
  const head = new Pair(list.car, null);
  let last = head;
  let slow: Value = list;
  let x = list.cdr;
  for (let n = 1; x instanceof Pair; n++) {
    const next = new Pair(x.car, null);
    last.cdr = next;
    last = next;
    x = x.cdr;
    if ((n & 1) === 0) {
      slow = (slow as Pair).cdr;
      if (slow === x) throw typeError('list-copy', 'a list that is not circular', list);
    }
  }
  last.cdr = x;
  return head;
});

// ---- access by position
/** k as a count of cdrs to take: an exact integer >= 0. */
function checkPosition(who: string, k: Value): number {
  if (typeof k === 'number' && k >= 0) return k;
  if (typeof k === 'number' || typeof k === 'bigint') throw rangeError(who, 'index out of range', k);
  throw typeError(who, 'an exact integer index', k);
}

/** The pair chain of `list` after k cdrs; `last` says whether k may equal the length (list-tail). */
function dropPairs(who: string, list: Value, k: Value, last: boolean): Value {
  const n = checkPosition(who, k);
  let x = list;
  for (let i = 0; i < n; i++) {
    if (!(x instanceof Pair)) throw indexError(who, k, i, true);
    x = x.cdr;
  }
  if (!last && !(x instanceof Pair)) throw indexError(who, k, n);
  return x;
}
primitive('list-tail', 2, 2, (list: Value, k: Value) => dropPairs('list-tail', list, k, true));
primitive('list-ref', 2, 2, (list: Value, k: Value) => (dropPairs('list-ref', list, k, false) as Pair).car);
primitive('list-set!', 3, 3, (list: Value, k: Value, v: Value) => {
  (dropPairs('list-set!', list, k, false) as Pair).car = v;
  return UNSPECIFIED;
});

function lastPair(who: string, list: Value): Pair {
  let x = checkPair(who, list);
  let slow = x;
  for (let n = 1; x.cdr instanceof Pair; n++) {
    x = x.cdr;
    if ((n & 1) === 0) {
      slow = slow.cdr as Pair;
      if (slow === x) throw typeError(who, 'a list that is not circular', list);
    }
  }
  return x;
}
primitive('last-pair', 1, 1, (list: Value) => lastPair('last-pair', list));
primitive('last', 1, 1, (list: Value) => lastPair('last', list).car);

// ---- searching
/** The first pair of `list` whose car passes `test`, or #f; the list must be proper up to there. */
function findPair(who: string, list: Value, test: (item: Value) => boolean): Value {
  let x = list;
  let slow = list;
  for (let n = 1; x instanceof Pair; n++) {
    if (test(x.car)) return x;
    x = x.cdr;
    if ((n & 1) === 0) {
      slow = (slow as Pair).cdr;
      if (slow === x) break;
    }
  }
  if (x !== null) throw typeError(who, 'a proper list', list);
  return false;
}

function member(who: string, same: (a: Value, b: Value) => boolean) {
  return (obj: Value, list: Value): Value => findPair(who, list, (item) => same(obj, item));
}
primitive('memq', 2, 2, member('memq', (a, b) => a === b));
primitive('memv', 2, 2, member('memv', eqv));
primitive('%member', 2, 2, member('member', equal));

function assoc(who: string, same: (a: Value, b: Value) => boolean) {
  return (key: Value, alist: Value): Value => {
    const found = findPair(who, alist, (entry) => {
      if (!(entry instanceof Pair)) throw typeError(who, 'an association list (a list of pairs)', alist);
      return same(key, entry.car);
    });
    return found === false ? false : (found as Pair).car;
  };
}
primitive('assq', 2, 2, assoc('assq', (a, b) => a === b));
primitive('assv', 2, 2, assoc('assv', eqv));
primitive('%assoc', 2, 2, assoc('assoc', equal));
