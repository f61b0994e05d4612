// The SRFI libraries this lisp provides, as (srfi N), and the names each exports (all bound in the
// core environment). Where an SRFI names a procedure R7RS also has (map, assoc, vector-map ...),
// the library exports R7RS's, which this lisp extends as the SRFI asks.

import { STANDARD_LIBRARIES } from './standard-libraries.js';

/** caar ... cddddr: (scheme base) has the two-letter ones, (scheme cxr) the rest. */
const CXRS = ['caar', 'cadr', 'cdar', 'cddr', ...STANDARD_LIBRARIES.cxr];

const SRFI_1 = [
  // constructors
  'cons', 'list', 'xcons', 'cons*', 'make-list', 'list-tabulate', 'list-copy', 'circular-list', 'iota',
  // predicates
  'pair?', 'null?', 'proper-list?', 'circular-list?', 'dotted-list?', 'not-pair?', 'null-list?', 'list=',
  // selectors
  'car', 'cdr', ...CXRS, 'list-ref', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth',
  'ninth', 'tenth', 'car+cdr', 'take', 'drop', 'take-right', 'drop-right', 'take!', 'drop-right!', 'split-at',
  'split-at!', 'last', 'last-pair',
  // miscellaneous
  'length', 'length+', 'append', 'concatenate', 'reverse', 'append!', 'concatenate!', 'reverse!', 'append-reverse',
  'append-reverse!', 'zip', 'unzip1', 'unzip2', 'unzip3', 'unzip4', 'unzip5', 'count',
  // fold, unfold, map
  'fold', 'unfold', 'pair-fold', 'reduce', 'fold-right', 'unfold-right', 'pair-fold-right', 'reduce-right',
  'append-map', 'append-map!', 'pair-for-each', 'filter-map', 'map-in-order', 'map', 'for-each', 'map!',
  // filtering and partitioning
  'filter', 'partition', 'remove', 'filter!', 'partition!', 'remove!',
  // searching
  'member', 'memq', 'memv', 'find', 'find-tail', 'any', 'every', 'list-index', 'take-while', 'drop-while',
  'take-while!', 'span', 'break', 'span!', 'break!',
  // deleting
  'delete', 'delete-duplicates', 'delete!', 'delete-duplicates!',
  // association lists
  'assoc', 'assq', 'assv', 'alist-cons', 'alist-copy', 'alist-delete', 'alist-delete!',
  // sets
  'lset<=', 'lset=', 'lset-adjoin', 'lset-union', 'lset-intersection', 'lset-difference', 'lset-xor',
  'lset-diff+intersection', 'lset-union!', 'lset-intersection!', 'lset-difference!', 'lset-xor!',
  'lset-diff+intersection!',
  // mutators
  'set-car!', 'set-cdr!',
];

const SRFI_13 = [
  'string?', 'make-string', 'string', 'string-length', 'string-ref', 'string-set!', 'string-copy', 'substring',
  'substring/shared', 'string-copy!', 'string-append', 'string-concatenate', 'string-concatenate-reverse',
  'string->list', 'list->string', 'reverse-list->string', 'string-join', 'string-tabulate', 'string-null?',
  'string-every', 'string-any', 'string-take', 'string-drop', 'string-take-right', 'string-drop-right',
  'string-pad', 'string-pad-right', 'string-trim', 'string-trim-right', 'string-trim-both', 'string-fill!',
  'string=?', 'string<?', 'string>?', 'string<=?', 'string>=?', 'string-ci=?', 'string-ci<?', 'string-ci>?',
  'string-ci<=?', 'string-ci>=?', 'string-hash', 'string-ci-hash', 'string-prefix?', 'string-suffix?',
  'string-prefix-ci?', 'string-suffix-ci?', 'string-index', 'string-index-right', 'string-skip',
  'string-skip-right', 'string-count', 'string-contains', 'string-contains-ci', 'string-upcase',
  'string-downcase', 'string-reverse', 'string-map', 'string-for-each', 'string-fold', 'string-fold-right',
  'string-tokenize', 'string-filter', 'string-delete',
];

const SRFI_69 = [
  'make-hash-table', 'hash-table?', 'alist->hash-table', 'hash-table-equivalence-function',
  'hash-table-hash-function', 'hash-table-ref', 'hash-table-ref/default', 'hash-table-set!', 'hash-table-delete!',
  'hash-table-exists?', 'hash-table-update!', 'hash-table-update!/default', 'hash-table-size', 'hash-table-keys',
  'hash-table-values', 'hash-table-walk', 'hash-table-fold', 'hash-table->alist', 'hash-table-copy',
  'hash-table-merge!', 'hash', 'string-hash', 'string-ci-hash', 'hash-by-identity',
];

const SRFI_125 = [
  'make-hash-table', 'hash-table', 'hash-table-unfold', 'alist->hash-table', 'hash-table?', 'hash-table-contains?',
  'hash-table-exists?', 'hash-table-empty?', 'hash-table=?', 'hash-table-mutable?', 'hash-table-ref',
  'hash-table-ref/default', 'hash-table-set!', 'hash-table-delete!', 'hash-table-intern!', 'hash-table-update!',
  'hash-table-update!/default', 'hash-table-pop!', 'hash-table-clear!', 'hash-table-size', 'hash-table-keys',
  'hash-table-values', 'hash-table-entries', 'hash-table-find', 'hash-table-count', 'hash-table-map',
  'hash-table-for-each', 'hash-table-walk', 'hash-table-map!', 'hash-table-map->list', 'hash-table-fold',
  'hash-table-prune!', 'hash-table-copy', 'hash-table-empty-copy', 'hash-table->alist', 'hash-table-union!',
  'hash-table-merge!', 'hash-table-intersection!', 'hash-table-difference!', 'hash-table-xor!', 'hash',
  'string-hash', 'string-ci-hash', 'hash-by-identity', 'hash-table-equivalence-function', 'hash-table-hash-function',
];

const SRFI_132 = [
  'list-sorted?', 'vector-sorted?', 'list-sort', 'list-stable-sort', 'list-sort!', 'list-stable-sort!',
  'vector-sort', 'vector-stable-sort', 'vector-sort!', 'vector-stable-sort!', 'list-merge', 'list-merge!',
  'vector-merge', 'vector-merge!', 'list-delete-neighbor-dups', 'list-delete-neighbor-dups!',
  'vector-delete-neighbor-dups', 'vector-delete-neighbor-dups!', 'vector-find-median', 'vector-find-median!',
  'vector-select!', 'vector-separate!',
];

const SRFI_133 = [
  // constructors
  'make-vector', 'vector', 'vector-unfold', 'vector-unfold-right', 'vector-copy', 'vector-reverse-copy',
  'vector-append', 'vector-concatenate', 'vector-append-subvectors',
  // predicates
  'vector?', 'vector-empty?', 'vector=',
  // selectors
  'vector-ref', 'vector-length',
  // iteration
  'vector-fold', 'vector-fold-right', 'vector-map', 'vector-map!', 'vector-for-each', 'vector-count',
  'vector-cumulate',
  // searching
  'vector-index', 'vector-index-right', 'vector-skip', 'vector-skip-right', 'vector-binary-search', 'vector-any',
  'vector-every', 'vector-partition',
  // mutators
  'vector-set!', 'vector-swap!', 'vector-fill!', 'vector-reverse!', 'vector-copy!', 'vector-reverse-copy!',
  'vector-unfold!', 'vector-unfold-right!',
  // conversion
  'vector->list', 'reverse-vector->list', 'list->vector', 'reverse-list->vector', 'vector->string', 'string->vector',
];

export const SRFI_LIBRARIES: Readonly<Record<number, readonly string[]>> = {
  1: SRFI_1,
  2: ['and-let*'],
  8: ['receive'],
  11: ['let-values', 'let*-values'],
  13: SRFI_13,
  16: ['case-lambda'],
  23: ['error'],
  26: ['cut', 'cute', '<>', '<...>'],
  28: ['format'],
  31: ['rec'],
  39: ['make-parameter', 'parameterize'],
  69: SRFI_69,
  87: ['case'],
  111: ['box', 'box?', 'unbox', 'set-box!'],
  125: SRFI_125,
  132: SRFI_132,
  133: SRFI_133,
};
