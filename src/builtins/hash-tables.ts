// Hash tables (SRFI 69, with SRFI 125's names): the parts that call no Lisp procedure. Lookups that
// may have to call a custom table's hash function or equality predicate, and everything that takes a
// procedure, are in lib-lisp/41-hash-tables.scm, on top of the %hash-table-... primitives here.
import type { Value } from '../values/value.js';
import { Pair, arrayToList } from '../values/pair.js';
import { Sym } from '../values/symbol.js';
import { Procedure } from '../values/procedure.js';
import { MultipleValues, UNSPECIFIED } from '../values/singletons.js';
import { HashTable, type HashKind, equalHash, eqvHash, textHash } from '../values/hash-table.js';
import { foldcaseString } from '../values/case.js';
import { typeError, makeError } from '../values/error.js';
import { primitive, builtinTable } from './registry.js';
import { checkString } from './check.js';

function checkTable(who: string, x: Value): HashTable {
  if (x instanceof HashTable) return x;
  throw typeError(who, 'a hash table', x);
}

/** The `who` a Lisp wrapper passes on, so that errors name the procedure the program called. */
function whoName(who: Value): string {
  return who instanceof Sym ? who.name : 'hash-table';
}

/** The equality predicates whose tables are indexed here, by the built-in's name. */
const KNOWN_KINDS: [string, HashKind][] = [
  ['eq?', 'eq'],
  ['symbol=?', 'eq'],
  ['eqv?', 'eqv'],
  ['char=?', 'eqv'],
  ['equal?', 'equal'],
  ['string=?', 'string'],
  ['string-ci=?', 'string-ci'],
  ['=', 'number'],
  ['char-ci=?', 'char-ci'],
];

function tableKind(equivalence: Value): HashKind {
  const table = builtinTable();
  for (const [name, kind] of KNOWN_KINDS) if (table.get(name) === equivalence) return kind;
  return 'custom';
}

function builtin(name: string): Procedure {
  return builtinTable().get(name) as Procedure;
}

/**
 * (make-hash-table [equivalence [hash-function]] arg ...): equal? by default. For a predicate this
 * file knows, the hash function is kept only to be returned by hash-table-hash-function (SRFI 125
 * allows ignoring it); any other predicate is used with its hash function, `hash` if none is given.
 * Further arguments (an initial size, 'weak-keys ...) are accepted and ignored.
 */
function makeTable(equivalence: Value, hasher: Value): HashTable {
  if (equivalence === undefined) return new HashTable('equal', builtin('equal?'), false);
  if (!(equivalence instanceof Procedure)) {
    throw typeError('make-hash-table', 'an equality predicate (SRFI 128 comparators are not supported)', equivalence);
  }
  const hashFunction = hasher instanceof Procedure ? hasher : false;
  const kind = tableKind(equivalence);
  return new HashTable(kind, equivalence, kind === 'custom' && hashFunction === false ? builtin('hash') : hashFunction);
}
primitive('make-hash-table', 0, Infinity, (equivalence?: Value, hasher?: Value) => makeTable(equivalence, hasher));

primitive('hash-table?', 1, 1, (x: Value) => x instanceof HashTable);
primitive('hash-table-size', 1, 1, (t: Value) => checkTable('hash-table-size', t).size);
primitive('hash-table-empty?', 1, 1, (t: Value) => checkTable('hash-table-empty?', t).size === 0);
// Every table is mutable: hash-table-copy's mutable? argument is accepted, and copies are mutable.
primitive('hash-table-mutable?', 1, 1, (t: Value) => (checkTable('hash-table-mutable?', t), true));
primitive('hash-table-equivalence-function', 1, 1, (t: Value) => checkTable('hash-table-equivalence-function', t).equivalence);

const DEFAULT_HASH: { [kind: string]: string } = {
  eq: 'hash-by-identity',
  eqv: 'hash-by-identity',
  equal: 'hash',
  string: 'string-hash',
  'string-ci': 'string-ci-hash',
};
primitive('hash-table-hash-function', 1, 1, (t: Value) => {
  const table = checkTable('hash-table-hash-function', t);
  if (table.hasher !== false) return table.hasher;
  const name = DEFAULT_HASH[table.kind];
  return name === undefined ? false : builtin(name);
});

primitive('hash-table-keys', 1, 1, (t: Value) => arrayToList(checkTable('hash-table-keys', t).entries().map((e) => e.car)));
primitive('hash-table-values', 1, 1, (t: Value) => arrayToList(checkTable('hash-table-values', t).entries().map((e) => e.cdr)));
primitive('hash-table-entries', 1, 1, (t: Value) => {
  const entries = checkTable('hash-table-entries', t).entries();
  return new MultipleValues([arrayToList(entries.map((e) => e.car)), arrayToList(entries.map((e) => e.cdr))]);
});
primitive('hash-table->alist', 1, 1, (t: Value) =>
  arrayToList(checkTable('hash-table->alist', t).entries().map((e) => new Pair(e.car, e.cdr))),
);
primitive('hash-table-clear!', 1, 1, (t: Value) => {
  checkTable('hash-table-clear!', t).clear();
  return UNSPECIFIED;
});
primitive('hash-table-copy', 1, 2, (t: Value) => checkTable('hash-table-copy', t).copy(true));
primitive('hash-table-empty-copy', 1, 1, (t: Value) => checkTable('hash-table-empty-copy', t).copy(false));
primitive('hash-table-pop!', 1, 1, (t: Value) => {
  const e = checkTable('hash-table-pop!', t).pop();
  if (e === undefined) throw makeError('error', 'hash-table-pop!: the table is empty', [t]);
  return new MultipleValues([e.car, e.cdr]);
});

// ---- hash functions; the optional bound makes the result fall in 0..bound-1
function bounded(who: string, h: number, bound: Value): number {
  if (bound === undefined) return h;
  if (typeof bound === 'number' && bound > 0) return h % bound;
  if (typeof bound === 'bigint' && bound > 0n) return h;
  throw typeError(who, 'a positive exact integer bound', bound);
}
primitive('hash', 1, 2, (x: Value, bound?: Value) => bounded('hash', equalHash(x), bound));
primitive('hash-by-identity', 1, 2, (x: Value, bound?: Value) => bounded('hash-by-identity', eqvHash(x), bound));
primitive('string-hash', 1, 2, (s: Value, bound?: Value) =>
  bounded('string-hash', textHash(checkString('string-hash', s).toString()), bound),
);
primitive('string-ci-hash', 1, 2, (s: Value, bound?: Value) =>
  bounded('string-ci-hash', textHash(foldcaseString(checkString('string-ci-hash', s).toString())), bound),
);

// ---- for lib-lisp: the table's own index, and the buckets of custom tables
primitive('%hash-table-custom?', 2, 2, (t: Value, who: Value) => checkTable(whoName(who), t).kind === 'custom');
/** The hash function a custom table calls. */
primitive('%hash-table-hasher', 1, 1, (t: Value) => checkTable('hash-table', t).hasher);
primitive('%hash-table-entry', 3, 3, (t: Value, key: Value, who: Value) => checkTable(whoName(who), t).entry(whoName(who), key) ?? false);
primitive('%hash-table-set!', 4, 4, (t: Value, key: Value, value: Value, who: Value) => {
  checkTable(whoName(who), t).set(whoName(who), key, value);
  return UNSPECIFIED;
});
primitive('%hash-table-delete!', 3, 3, (t: Value, key: Value, who: Value) => checkTable(whoName(who), t).delete(whoName(who), key));
/** Every entry (key . value) of the table itself, not copies: hash-table-map! sets their cdrs. */
primitive('%hash-table-entry-list', 2, 2, (t: Value, who: Value) => arrayToList(checkTable(whoName(who), t).entries()));

/** What a custom hash function returned, as a bucket number. */
function hashNumber(h: Value): number {
  if (typeof h === 'number') return h;
  if (typeof h === 'bigint') return Number(BigInt.asIntN(48, h));
  throw typeError('hash-table', 'an exact integer from the hash function', h);
}
primitive('%hash-table-bucket', 2, 2, (t: Value, h: Value) => arrayToList(checkTable('hash-table', t).bucket(hashNumber(h))));
primitive('%hash-table-add!', 4, 4, (t: Value, h: Value, key: Value, value: Value) => {
  checkTable('hash-table', t).add(hashNumber(h), key, value);
  return UNSPECIFIED;
});
primitive('%hash-table-remove!', 3, 3, (t: Value, h: Value, entry: Value) =>
  checkTable('hash-table', t).removeEntry(hashNumber(h), entry as Pair),
);
