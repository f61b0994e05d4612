// The HashTable value: its index by kind, and what a world stores of it (storedEntries and
// restoreEntries, which rebuild the index from the entries without calling any Lisp procedure).
import type { Value } from '../../src/values/value.js';
import { HashTable, equalHash, eqvHash, textHash } from '../../src/values/hash-table.js';
import { Pair, arrayToList } from '../../src/values/pair.js';
import { MString } from '../../src/values/string.js';
import { Flonum, Ratnum } from '../../src/values/number.js';
import { intern } from '../../src/values/symbol.js';
import { charOf } from '../../src/values/char.js';

const str = (s: string) => new MString(s);
const list = (...xs: Value[]) => arrayToList(xs);

/** A table made again from what a world would store of t. */
function roundTrip(t: HashTable): HashTable {
  const copy = new HashTable(t.kind, t.equivalence, t.hasher);
  copy.restoreEntries(t.storedEntries().slice());
  return copy;
}

describe('the index', () => {
  test('equal? tables find strings by text, structures by hash, atoms by eqv?', () => {
    const t = new HashTable('equal', false, false);
    t.set('test', str('abc'), 1);
    t.set('test', list(1, str('x')), 2);
    t.set('test', new Flonum(1.5), 3);
    t.set('test', intern('sym'), 4);
    t.set('test', 7, 5);
    expect(t.entry('test', str('abc'))?.cdr).toBe(1);
    expect(t.entry('test', list(1, str('x')))?.cdr).toBe(2);
    expect(t.entry('test', new Flonum(1.5))?.cdr).toBe(3);
    expect(t.entry('test', intern('sym'))?.cdr).toBe(4);
    expect(t.entry('test', 7)?.cdr).toBe(5);
    expect(t.entry('test', new Flonum(7))).toBeUndefined();
    expect(t.size).toBe(5);
    expect(t.delete('test', list(1, str('x')))).toBe(true);
    expect(t.delete('test', list(1, str('x')))).toBe(false);
    expect(t.size).toBe(4);
  });

  test('eqv? tables tell 0.0 from -0.0 and find equal ratnums', () => {
    const t = new HashTable('eqv', false, false);
    t.set('test', new Flonum(0), 'zero');
    t.set('test', new Ratnum(1n, 3n), 'third');
    expect(t.entry('test', new Flonum(-0))).toBeUndefined();
    expect(t.entry('test', new Flonum(0))?.cdr).toBe('zero');
    expect(t.entry('test', new Ratnum(1n, 3n))?.cdr).toBe('third');
  });

  test('custom tables keep buckets by the hash they are given', () => {
    const t = new HashTable('custom', false, false);
    const a = t.add(5, str('a'), 1);
    t.add(5, str('b'), 2);
    expect(t.bucket(5).map((e) => e.cdr)).toEqual([1, 2]);
    expect(t.removeEntry(5, a)).toBe(true);
    expect(t.removeEntry(5, a)).toBe(false);
    expect(t.size).toBe(1);
    expect(() => t.entry('test', 1)).toThrow();
  });

  test('pop empties the table one entry at a time', () => {
    const t = new HashTable('equal', false, false);
    t.set('test', 1, 1);
    t.set('test', str('s'), 2);
    t.set('test', list(1), 3);
    const popped: Value[] = [];
    for (let e = t.pop(); e !== undefined; e = t.pop()) popped.push(e.cdr);
    expect(popped.sort()).toEqual([1, 2, 3]);
    expect(t.size).toBe(0);
  });
});

describe('what a world stores', () => {
  test('an equal? table comes back with every kind of key', () => {
    const t = new HashTable('equal', false, false);
    const keys: Value[] = [str('abc'), list(1, list(2, 3)), [1, str('v')], new Flonum(2.5), intern('k'), charOf(97), 42, null];
    keys.forEach((k, i) => t.set('test', k, i));
    const back = roundTrip(t);
    expect(back.size).toBe(keys.length);
    keys.forEach((k, i) => expect(back.entry('test', k)?.cdr).toBe(i));
  });

  test('a custom table comes back with the stored hashes', () => {
    const t = new HashTable('custom', false, false);
    t.add(1, str('one'), 1);
    t.add(1, str('uno'), 'also one');
    t.add(2, str('two'), 2);
    const back = roundTrip(t);
    expect(back.bucket(1).map((e) => (e.car as MString).toString())).toEqual(['one', 'uno']);
    expect(back.bucket(2).map((e) => e.cdr)).toEqual([2]);
  });

  test('stored entries are [key, value, hash or #f] triples', () => {
    const t = new HashTable('string', false, false);
    t.set('test', str('a'), 1);
    expect(t.storedEntries()).toEqual([str('a'), 1, false]);
  });
});

describe('hash functions', () => {
  test('equal keys hash alike, and every hash is a non-negative fixnum', () => {
    expect(equalHash(list(1, str('a'), [2]))).toBe(equalHash(list(1, str('a'), [2])));
    expect(textHash('abc')).toBe(textHash('abc'));
    for (const x of [0, -1, 2 ** 52, 10n ** 30n, new Flonum(NaN), new Flonum(-0), new Ratnum(-1n, 3n), intern('s'), new Pair(1, 2)]) {
      const h = equalHash(x);
      expect(Number.isInteger(h) && h >= 0 && h < 2 ** 30).toBe(true);
    }
  });

  test('a circular list hashes in bounded time', () => {
    const cycle = new Pair(1, null);
    cycle.cdr = cycle;
    expect(equalHash(cycle)).toBe(equalHash(cycle));
  });

  test('eqvHash is by value for numbers and by identity for objects', () => {
    expect(eqvHash(new Flonum(1.5))).toBe(eqvHash(new Flonum(1.5)));
    const p = new Pair(1, 2);
    expect(eqvHash(p)).toBe(eqvHash(p));
  });
});
