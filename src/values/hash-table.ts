// Hash tables (SRFI 69 and SRFI 125). A table's kind says how keys are compared: eq?, eqv?, equal?,
// string=?, string-ci=?, = and char-ci=? tables are indexed here, in TypeScript; a table with any
// other equality predicate is `custom`: its hash function and predicate are Lisp procedures, so
// lib-lisp/41-hash-tables.scm calls the hash, asks for the bucket of that hash, and compares there.
//
// Every association is a Pair (key . value), so updating a value is a set-cdr! and the Lisp side can
// hold an entry it has found. Keys whose equality is a JS-comparable identity live in `direct` (keyed
// by the key itself, or by a JS string for numbers compared by value) or in `strings` (keyed by the
// string's text); structured keys of equal? tables, and every key of a custom table, live in
// `buckets`, keyed by a hash number. Lookups never scan the table.
import type { Value } from './value.js';
import { Pair } from './pair.js';
import { Sym } from './symbol.js';
import { Char, charOf } from './char.js';
import { MString } from './string.js';
import { Flonum, Ratnum, floatToExact, isNumber } from './number.js';
import { Record } from './record.js';
import { equal } from './equality.js';
import { foldcaseCode, foldcaseString } from './case.js';
import { typeError, makeError } from './error.js';

export type HashKind = 'eq' | 'eqv' | 'equal' | 'string' | 'string-ci' | 'number' | 'char-ci' | 'custom';

export class HashTable {
  /** entries whose key has a JS identity that means this table's equality */
  private direct = new Map<unknown, Pair>();
  /** entries whose key is a string, by its text (folded for string-ci) */
  private strings = new Map<string, Pair>();
  /** entries found by a hash number: structured keys of equal? tables, all keys of custom ones */
  private buckets = new Map<number, Pair[]>();
  private bucketed = 0;

  constructor(
    readonly kind: HashKind,
    /** the equality predicate the table was made with */
    public equivalence: Value,
    /** the hash function it was made with (a custom table's is the one called), or #f */
    public hasher: Value,
  ) {}

  get size(): number {
    return this.direct.size + this.strings.size + this.bucketed;
  }

  /** The entry (key . value) for key, or undefined. Not for custom tables: see `bucket`. */
  entry(who: string, key: Value): Pair | undefined {
    const place = this.place(who, key);
    if (place.map === 'buckets') return this.buckets.get(place.id as number)?.find((e) => equal(e.car, key));
    return place.map === 'direct' ? this.direct.get(place.id) : this.strings.get(place.id as string);
  }

  /** Sets key's value, adding an entry if there is none. Not for custom tables: see `add`. */
  set(who: string, key: Value, value: Value): void {
    const place = this.place(who, key);
    if (place.map === 'buckets') {
      const hash = place.id as number;
      const found = this.buckets.get(hash)?.find((e) => equal(e.car, key));
      if (found !== undefined) found.cdr = value;
      else this.add(hash, key, value);
      return;
    }
    const map: Map<unknown, Pair> = place.map === 'direct' ? this.direct : this.strings;
    const found = map.get(place.id);
    if (found !== undefined) found.cdr = value;
    else map.set(place.id, new Pair(key, value));
  }

  /** Removes key's entry; says whether there was one. Not for custom tables: see `removeEntry`. */
  delete(who: string, key: Value): boolean {
    const place = this.place(who, key);
    if (place.map === 'buckets') {
      const hash = place.id as number;
      const found = this.buckets.get(hash)?.find((e) => equal(e.car, key));
      return found !== undefined && this.removeEntry(hash, found);
    }
    return place.map === 'direct' ? this.direct.delete(place.id) : this.strings.delete(place.id as string);
  }

  /** The entries with this hash (custom tables, whose Lisp side compares the keys). */
  bucket(hash: number): readonly Pair[] {
    return this.buckets.get(hash) ?? [];
  }

  /** Adds an entry under a hash; the caller knows the key is not in the table yet. */
  add(hash: number, key: Value, value: Value): Pair {
    const entry = new Pair(key, value);
    const bucket = this.buckets.get(hash);
    if (bucket === undefined) this.buckets.set(hash, [entry]);
    else bucket.push(entry);
    this.bucketed++;
    return entry;
  }

  removeEntry(hash: number, entry: Pair): boolean {
    const bucket = this.buckets.get(hash);
    const i = bucket === undefined ? -1 : bucket.indexOf(entry);
    if (i < 0) return false;
    if ((bucket as Pair[]).length === 1) this.buckets.delete(hash);
    else (bucket as Pair[]).splice(i, 1);
    this.bucketed--;
    return true;
  }

  /** Every entry, in a fresh array (so the table may change while the caller walks it). */
  entries(): Pair[] {
    const out: Pair[] = [...this.direct.values(), ...this.strings.values()];
    for (const bucket of this.buckets.values()) for (const e of bucket) out.push(e);
    return out;
  }

  clear(): void {
    this.direct.clear();
    this.strings.clear();
    this.buckets.clear();
    this.bucketed = 0;
  }

  /** Removes some entry and returns it, or undefined when the table is empty. */
  pop(): Pair | undefined {
    for (const [id, e] of this.direct) {
      this.direct.delete(id);
      return e;
    }
    for (const [id, e] of this.strings) {
      this.strings.delete(id);
      return e;
    }
    for (const [hash, bucket] of this.buckets) {
      const e = bucket[bucket.length - 1];
      this.removeEntry(hash, e);
      return e;
    }
    return undefined;
  }

  /** A table of the same kind with copies of the entries (values are shared, not copied). */
  copy(withEntries: boolean): HashTable {
    const t = new HashTable(this.kind, this.equivalence, this.hasher);
    if (!withEntries) return t;
    for (const [id, e] of this.direct) t.direct.set(id, new Pair(e.car, e.cdr));
    for (const [id, e] of this.strings) t.strings.set(id, new Pair(e.car, e.cdr));
    for (const [hash, bucket] of this.buckets) t.buckets.set(hash, bucket.map((e) => new Pair(e.car, e.cdr)));
    t.bucketed = this.bucketed;
    return t;
  }

  /**
   * What a world stores of the entries: [key, value, hash, ...], the hash being #f for an entry
   * found by its key's identity or text. Hashes are stored because a custom table's come from a
   * Lisp procedure, which cannot be called while a world boots.
   */
  storedEntries(): Value[] {
    const out: Value[] = [];
    for (const e of this.direct.values()) out.push(e.car, e.cdr, false);
    for (const e of this.strings.values()) out.push(e.car, e.cdr, false);
    for (const [hash, bucket] of this.buckets) for (const e of bucket) out.push(e.car, e.cdr, hash);
    return out;
  }

  /** Refills the table from storedEntries(), once every key is a finished object again. */
  restoreEntries(stored: readonly Value[]): void {
    this.clear();
    for (let i = 0; i < stored.length; i += 3) {
      const [key, value, hash] = [stored[i], stored[i + 1], stored[i + 2]];
      if (typeof hash === 'number') this.add(hash, key, value);
      else this.set('restore', key, value);
    }
  }

  printedForm(): string {
    return `#<hash-table ${this.size}>`;
  }

  /** Where key's entry lives: which map, under what id. */
  private place(who: string, key: Value): { map: 'direct' | 'strings' | 'buckets'; id: unknown } {
    switch (this.kind) {
      case 'eq':
        return { map: 'direct', id: key };
      case 'eqv':
        return { map: 'direct', id: eqvIdentity(key) };
      case 'equal':
        if (key instanceof MString) return { map: 'strings', id: key.toString() };
        if (key instanceof Pair || Array.isArray(key) || key instanceof Uint8Array) return { map: 'buckets', id: equalHash(key) };
        return { map: 'direct', id: eqvIdentity(key) };
      case 'string':
        if (key instanceof MString) return { map: 'strings', id: key.toString() };
        throw typeError(who, 'a string key', key);
      case 'string-ci':
        if (key instanceof MString) return { map: 'strings', id: foldcaseString(key.toString()) };
        throw typeError(who, 'a string key', key);
      case 'number':
        if (isNumber(key)) return { map: 'direct', id: numberIdentity(key) };
        throw typeError(who, 'a number key', key);
      case 'char-ci':
        if (key instanceof Char) return { map: 'direct', id: charOf(foldcaseCode(key.code)) };
        throw typeError(who, 'a character key', key);
      case 'custom':
        throw makeError('internal', `${who}: a custom table's keys are found by its own hash function and predicate`, []);
    }
  }
}

/**
 * A JS value that is the same (as Map compares keys) exactly for eqv? keys: the key itself, except
 * for numbers held in objects, which are compared by value, and the empty string, which eqv? makes
 * equal to every other. (A JS string is never a Lisp value, so these ids cannot meet a real key.)
 */
function eqvIdentity(key: Value): unknown {
  if (key instanceof Flonum) return Object.is(key.value, -0) ? 'f-0' : `f${key.value}`;
  if (key instanceof Ratnum) return `r${key.num}/${key.den}`;
  if (key instanceof MString && key.length === 0) return '';
  return key;
}

/** The same for = : numbers that are = have one id (their exact value, when they have one). */
function numberIdentity(key: Value): unknown {
  if (key instanceof Flonum && Number.isFinite(key.value)) return eqvIdentity(floatToExact(key.value));
  return eqvIdentity(key);
}

// ---- hash functions: deterministic (never from addresses or allocation order), so a hash stored in
// a world still finds its key after a boot.

const HASH_LIMIT = 0x3fffffff;
/** How many parts of a structured key `hash` looks at: bounded, so circular keys terminate. */
const HASH_PARTS = 64;

function mix(h: number, x: number): number {
  h = Math.imul(h ^ x, 0x01000193);
  return h ^ (h >>> 15);
}

export function textHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 16)) & HASH_LIMIT;
}

const floatBits = new Float64Array(1);
const floatWords = new Int32Array(floatBits.buffer);

/** A hash of an atom consistent with eqv?. */
function atomHash(x: Value): number {
  if (typeof x === 'number') return Number.isSafeInteger(x) && Math.abs(x) < 2 ** 31 ? x | 0 : mix(x % 0x7fffffff, (x / 2 ** 31) | 0);
  if (typeof x === 'bigint') return mix(Number(BigInt.asIntN(32, x)), Number(BigInt.asIntN(32, x >> 32n)));
  if (x instanceof Flonum) {
    floatBits[0] = Number.isNaN(x.value) ? NaN : x.value;
    return mix(floatWords[0], floatWords[1]);
  }
  if (x instanceof Ratnum) return mix(atomHash(Number(BigInt.asIntN(32, x.num))), Number(BigInt.asIntN(32, x.den)));
  if (x instanceof Sym) return textHash(x.name) ^ 0x5f3759df;
  if (x instanceof MString) return textHash(x.toString());
  if (x instanceof Char) return x.code ^ 0x2545f491;
  if (x === null) return 0x1b873593;
  if (x === true) return 0x0d0c0b0a;
  if (x === false) return 0x0a0b0c0d;
  if (x instanceof Record) return textHash(x.type.printName) ^ 0x68e31da4;
  // procedures, ports, tables ...: equal? compares them by identity, and identity has no
  // deterministic number, so they all share one hash
  return 0x27d4eb2f;
}

/**
 * A hash consistent with equal?, looking at no more than HASH_PARTS parts of the key (walked with a
 * stack, breadth of a vector and depth of a list alike), so any key, deep, long or circular, hashes
 * in bounded time.
 */
export function equalHash(key: Value): number {
  let h = 0x12345678;
  const stack: Value[] = [key];
  let parts = 0;
  while (stack.length > 0 && parts++ < HASH_PARTS) {
    const x = stack.pop();
    if (x instanceof Pair) {
      h = mix(h, 0x7a3b);
      stack.push(x.cdr, x.car);
    } else if (Array.isArray(x)) {
      h = mix(h, 0x7b00 + x.length);
      for (let i = Math.min(x.length, HASH_PARTS) - 1; i >= 0; i--) stack.push(x[i]);
    } else if (x instanceof Uint8Array) {
      h = mix(h, 0x7c00 + x.length);
      for (let i = 0; i < Math.min(x.length, HASH_PARTS); i++) h = mix(h, x[i]);
    } else {
      h = mix(h, atomHash(x));
    }
  }
  return (h ^ (h >>> 13)) & HASH_LIMIT;
}

const identities = new WeakMap<object, number>();
let nextIdentity = 1;

/**
 * A hash consistent with eqv? (hash-by-identity): numbers, characters, symbols and the like by value,
 * other objects by a number each is given the first time it is hashed. Those numbers belong to this
 * process: a custom table hashed with this procedure should not be carried through a world.
 */
export function eqvHash(key: Value): number {
  if (typeof key !== 'object' || key === null || key instanceof Flonum || key instanceof Ratnum || key instanceof Sym || key instanceof Char) {
    return atomHash(key) & HASH_LIMIT;
  }
  if (key instanceof MString && key.length === 0) return atomHash(key) & HASH_LIMIT;
  let id = identities.get(key);
  if (id === undefined) identities.set(key, (id = mix(nextIdentity++, 0x9e3779b9) & HASH_LIMIT));
  return id;
}
