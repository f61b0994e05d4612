// The rest of SRFI 1's first-order procedures (lists.ts has those R7RS shares with it): selectors by
// position, take and drop from either end, reversing and concatenating, zip and unzip, alist-cons. The
// linear-update forms (take!, reverse! ...) are the pure ones, which SRFI 1 allows. What takes a
// procedure is in lib-lisp/40-srfi-1.scm.
import type { Value } from '../values/value.js';
import { Pair, arrayToList } from '../values/pair.js';
import { typeError, rangeError, makeError } from '../values/error.js';
import { MultipleValues } from '../values/singletons.js';
import { primitive } from './registry.js';
import { checkListElements, checkPair } from './check.js';

primitive('xcons', 2, 2, (d: Value, a: Value) => new Pair(a, d));
primitive('car+cdr', 1, 1, (p: Value) => {
  const pair = checkPair('car+cdr', p);
  return new MultipleValues([pair.car, pair.cdr]);
});
primitive('not-pair?', 1, 1, (x: Value) => !(x instanceof Pair));
primitive('null-list?', 1, 1, (x: Value) => {
  if (x === null) return true;
  if (x instanceof Pair) return false;
  throw typeError('null-list?', 'a list', x);
});

primitive('circular-list', 1, Infinity, (...items: Value[]) => {
  const head = arrayToList(items) as Pair;
  let last = head;
  while (last.cdr instanceof Pair) last = last.cdr;
  last.cdr = head;
  return head;
});

// ---- first ... tenth: the element at a position, named in the error when the list is too short
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
ORDINALS.forEach((name, index) => {
  primitive(name, 1, 1, (list: Value) => {
    let x = list;
    for (let i = 0; i < index && x instanceof Pair; i++) x = x.cdr;
    if (!(x instanceof Pair)) throw typeError(name, `a list of at least ${index + 1} elements`, list);
    return x.car;
  });
});

/** k as a count of elements: an exact integer >= 0. */
function checkElementCount(who: string, k: Value): number {
  if (typeof k === 'number' && k >= 0) return k;
  if (typeof k === 'number' || typeof k === 'bigint') throw rangeError(who, 'expected a non-negative count', k);
  throw typeError(who, 'an exact integer count', k);
}

function tooShort(who: string, list: Value, k: number): never {
  throw makeError('range', `${who}: the list has fewer than ${k} elements`, [list, k]);
}

/** The first k elements, copied, and what follows them. */
function splitList(who: string, list: Value, count: Value): [Value[], Value] {
  const k = checkElementCount(who, count);
  const head: Value[] = [];
  let x = list;
  for (let i = 0; i < k; i++) {
    if (!(x instanceof Pair)) tooShort(who, list, k);
    head.push(x.car);
    x = x.cdr;
  }
  return [head, x];
}

/** The number of pairs in list, which may be dotted but not circular. */
function pairCount(who: string, list: Value): number {
  let n = 0;
  let slow = list;
  for (let x = list; x instanceof Pair; x = x.cdr) {
    n++;
    if ((n & 1) === 0) {
      slow = (slow as Pair).cdr;
      if (slow === x.cdr) throw typeError(who, 'a list that is not circular', list);
    }
  }
  return n;
}

primitive('take', 2, 2, (list: Value, k: Value) => arrayToList(splitList('take', list, k)[0]));
primitive('take!', 2, 2, (list: Value, k: Value) => arrayToList(splitList('take!', list, k)[0]));
primitive('drop', 2, 2, (list: Value, k: Value) => {
  const n = checkElementCount('drop', k);
  let x = list;
  for (let i = 0; i < n; i++) {
    if (!(x instanceof Pair)) tooShort('drop', list, n);
    x = x.cdr;
  }
  return x;
});
for (const name of ['split-at', 'split-at!']) {
  primitive(name, 2, 2, (list: Value, k: Value) => {
    const [head, tail] = splitList(name, list, k);
    return new MultipleValues([arrayToList(head), tail]);
  });
}

/** The last k pairs of list (shared with it), and how many pairs come before them. */
function lastPairs(who: string, list: Value, count: Value): [Value, number] {
  const k = checkElementCount(who, count);
  const n = pairCount(who, list);
  if (k > n) tooShort(who, list, k);
  let x = list;
  for (let i = 0; i < n - k; i++) x = (x as Pair).cdr;
  return [x, n - k];
}
primitive('take-right', 2, 2, (list: Value, k: Value) => lastPairs('take-right', list, k)[0]);
for (const name of ['drop-right', 'drop-right!']) {
  primitive(name, 2, 2, (list: Value, k: Value) => {
    const before = lastPairs(name, list, k)[1];
    return arrayToList(splitList(name, list, before)[0]);
  });
}

// ---- reversing and concatenating
function appendReverse(who: string, revHead: Value, tail: Value): Value {
  let result = tail;
  for (const x of checkListElements(who, revHead)) result = new Pair(x, result);
  return result;
}
primitive('reverse!', 1, 1, (list: Value) => appendReverse('reverse!', list, null));
primitive('append-reverse', 2, 2, (revHead: Value, tail: Value) => appendReverse('append-reverse', revHead, tail));
primitive('append-reverse!', 2, 2, (revHead: Value, tail: Value) => appendReverse('append-reverse!', revHead, tail));

/** (concatenate lists) is (apply append lists), without spreading a long list into arguments. */
function concatenate(who: string, lists: Value): Value {
  const items = checkListElements(who, lists);
  if (items.length === 0) return null;
  let result = items[items.length - 1];
  for (let i = items.length - 2; i >= 0; i--) result = arrayToList(checkListElements(who, items[i]), result);
  return result;
}
primitive('concatenate', 1, 1, (lists: Value) => concatenate('concatenate', lists));
primitive('concatenate!', 1, 1, (lists: Value) => concatenate('concatenate!', lists));

// ---- zip and unzip: zip stops at the shortest list
primitive('zip', 1, Infinity, (...lists: Value[]) => {
  const rows: Value[] = [];
  const cursors = lists.slice();
  const allPairs = () => cursors.every((c) => c instanceof Pair);
  while (allPairs()) {
    rows.push(arrayToList(cursors.map((c) => (c as Pair).car)));
    for (let i = 0; i < cursors.length; i++) cursors[i] = (cursors[i] as Pair).cdr;
  }
  return arrayToList(rows);
});

/** unzipN: the first n elements of each list in `lists`, as n lists. */
function unzip(who: string, n: number, lists: Value): Value[] {
  const columns: Value[][] = Array.from({ length: n }, () => []);
  for (const row of checkListElements(who, lists)) {
    let x = row;
    for (let i = 0; i < n; i++) {
      if (!(x instanceof Pair)) throw typeError(who, `lists of at least ${n} elements`, row);
      columns[i].push(x.car);
      x = x.cdr;
    }
  }
  return columns.map((c) => arrayToList(c));
}
for (let n = 1; n <= 5; n++) {
  const name = `unzip${n}`;
  primitive(name, 1, 1, (lists: Value) => {
    const columns = unzip(name, n, lists);
    return n === 1 ? columns[0] : new MultipleValues(columns);
  });
}

// ---- association lists
primitive('alist-cons', 3, 3, (key: Value, value: Value, alist: Value) => new Pair(new Pair(key, value), alist));
primitive('alist-copy', 1, 1, (alist: Value) =>
  arrayToList(checkListElements('alist-copy', alist).map((e) => (e instanceof Pair ? new Pair(e.car, e.cdr) : e))),
);
