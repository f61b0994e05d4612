// Every procedure R7RS-small defines (chapters 4 and 6, appendix A) is bound in the user environment
// and takes the numbers of arguments the report gives it, optional ones included: called with a count
// in its range it may fail on the arguments (all #f here) but never on their number, and one argument
// more than its most is an arity error, as is one fewer than its least.
import type { Value } from '../../src/values/value.js';
import { Pair } from '../../src/values/pair.js';
import { MString } from '../../src/values/string.js';
import { newSession, evalString } from './report.js';
import { evalValue } from '../lang/helpers.js';

const s = newSession();

const N = Infinity;
/** name, least and most arguments (N: any number) */
const ARITIES: readonly (readonly [string, number, number])[] = [
  // 4.2.5, 4.2.6
  ['force', 1, 1], ['make-promise', 1, 1], ['promise?', 1, 1], ['make-parameter', 1, 2],
  // 6.1
  ['eqv?', 2, 2], ['eq?', 2, 2], ['equal?', 2, 2],
  // 6.2
  ['number?', 1, 1], ['complex?', 1, 1], ['real?', 1, 1], ['rational?', 1, 1], ['integer?', 1, 1],
  ['exact?', 1, 1], ['inexact?', 1, 1], ['exact-integer?', 1, 1], ['finite?', 1, 1], ['infinite?', 1, 1],
  ['nan?', 1, 1], ['=', 2, N], ['<', 2, N], ['>', 2, N], ['<=', 2, N], ['>=', 2, N], ['zero?', 1, 1],
  ['positive?', 1, 1], ['negative?', 1, 1], ['odd?', 1, 1], ['even?', 1, 1], ['max', 1, N], ['min', 1, N],
  ['+', 0, N], ['*', 0, N], ['-', 1, N], ['/', 1, N], ['abs', 1, 1], ['floor/', 2, 2],
  ['floor-quotient', 2, 2], ['floor-remainder', 2, 2], ['truncate/', 2, 2], ['truncate-quotient', 2, 2],
  ['truncate-remainder', 2, 2], ['quotient', 2, 2], ['remainder', 2, 2], ['modulo', 2, 2], ['gcd', 0, N],
  ['lcm', 0, N], ['numerator', 1, 1], ['denominator', 1, 1], ['floor', 1, 1], ['ceiling', 1, 1],
  ['truncate', 1, 1], ['round', 1, 1], ['rationalize', 2, 2], ['exp', 1, 1], ['log', 1, 2], ['sin', 1, 1],
  ['cos', 1, 1], ['tan', 1, 1], ['asin', 1, 1], ['acos', 1, 1], ['atan', 1, 2], ['square', 1, 1],
  ['sqrt', 1, 1], ['exact-integer-sqrt', 1, 1], ['expt', 2, 2], ['make-rectangular', 2, 2],
  ['make-polar', 2, 2], ['real-part', 1, 1], ['imag-part', 1, 1], ['magnitude', 1, 1], ['angle', 1, 1],
  ['inexact', 1, 1], ['exact', 1, 1], ['exact->inexact', 1, 1], ['inexact->exact', 1, 1],
  ['number->string', 1, 2], ['string->number', 1, 2],
  // 6.3
  ['not', 1, 1], ['boolean?', 1, 1], ['boolean=?', 2, N],
  // 6.4
  ['pair?', 1, 1], ['cons', 2, 2], ['car', 1, 1], ['cdr', 1, 1], ['set-car!', 2, 2], ['set-cdr!', 2, 2],
  ['caar', 1, 1], ['cadr', 1, 1], ['cdar', 1, 1], ['cddr', 1, 1],
  ...['caaar', 'caadr', 'cadar', 'caddr', 'cdaar', 'cdadr', 'cddar', 'cdddr', 'caaaar', 'caaadr', 'caadar',
    'caaddr', 'cadaar', 'cadadr', 'caddar', 'cadddr', 'cdaaar', 'cdaadr', 'cdadar', 'cdaddr', 'cddaar',
    'cddadr', 'cdddar', 'cddddr'].map((n) => [n, 1, 1] as const),
  ['null?', 1, 1], ['list?', 1, 1], ['make-list', 1, 2], ['list', 0, N], ['length', 1, 1], ['append', 0, N],
  ['reverse', 1, 1], ['list-tail', 2, 2], ['list-ref', 2, 2], ['list-set!', 3, 3], ['memq', 2, 2],
  ['memv', 2, 2], ['member', 2, 3], ['assq', 2, 2], ['assv', 2, 2], ['assoc', 2, 3], ['list-copy', 1, 1],
  // 6.5
  ['symbol?', 1, 1], ['symbol=?', 2, N], ['symbol->string', 1, 1], ['string->symbol', 1, 1],
  // 6.6
  ['char?', 1, 1], ['char=?', 2, N], ['char<?', 2, N], ['char>?', 2, N], ['char<=?', 2, N], ['char>=?', 2, N],
  ['char-ci=?', 2, N], ['char-ci<?', 2, N], ['char-ci>?', 2, N], ['char-ci<=?', 2, N], ['char-ci>=?', 2, N],
  ['char-alphabetic?', 1, 1], ['char-numeric?', 1, 1], ['char-whitespace?', 1, 1],
  ['char-upper-case?', 1, 1], ['char-lower-case?', 1, 1], ['digit-value', 1, 1], ['char->integer', 1, 1],
  ['integer->char', 1, 1], ['char-upcase', 1, 1], ['char-downcase', 1, 1], ['char-foldcase', 1, 1],
  // 6.7
  ['string?', 1, 1], ['make-string', 1, 2], ['string', 0, N], ['string-length', 1, 1], ['string-ref', 2, 2],
  ['string-set!', 3, 3], ['string=?', 2, N], ['string-ci=?', 2, N], ['string<?', 2, N],
  ['string-ci<?', 2, N], ['string>?', 2, N], ['string-ci>?', 2, N], ['string<=?', 2, N],
  ['string-ci<=?', 2, N], ['string>=?', 2, N], ['string-ci>=?', 2, N], ['string-upcase', 1, 1],
  ['string-downcase', 1, 1], ['string-foldcase', 1, 1], ['substring', 3, 3], ['string-append', 0, N],
  ['string->list', 1, 3], ['list->string', 1, 1], ['string-copy', 1, 3], ['string-copy!', 3, 5],
  ['string-fill!', 2, 4],
  // 6.8
  ['vector?', 1, 1], ['make-vector', 1, 2], ['vector', 0, N], ['vector-length', 1, 1], ['vector-ref', 2, 2],
  ['vector-set!', 3, 3], ['vector->list', 1, 3], ['list->vector', 1, 1], ['vector->string', 1, 3],
  ['string->vector', 1, 3], ['vector-copy', 1, 3], ['vector-copy!', 3, 5], ['vector-append', 0, N],
  ['vector-fill!', 2, 4],
  // 6.9
  ['bytevector?', 1, 1], ['make-bytevector', 1, 2], ['bytevector', 0, N], ['bytevector-length', 1, 1],
  ['bytevector-u8-ref', 2, 2], ['bytevector-u8-set!', 3, 3], ['bytevector-copy', 1, 3],
  ['bytevector-copy!', 3, 5], ['bytevector-append', 0, N], ['utf8->string', 1, 3], ['string->utf8', 1, 3],
  // 6.10
  ['procedure?', 1, 1], ['apply', 2, N], ['map', 2, N], ['string-map', 2, N], ['vector-map', 2, N],
  ['for-each', 2, N], ['string-for-each', 2, N], ['vector-for-each', 2, N],
  ['call-with-current-continuation', 1, 1], ['call/cc', 1, 1], ['values', 0, N], ['call-with-values', 2, 2],
  ['dynamic-wind', 3, 3],
  // 6.11
  ['with-exception-handler', 2, 2], ['raise', 1, 1], ['raise-continuable', 1, 1], ['error', 1, N],
  ['error-object?', 1, 1], ['error-object-message', 1, 1], ['error-object-irritants', 1, 1],
  ['read-error?', 1, 1], ['file-error?', 1, 1],
  // 6.12
  ['environment', 1, N], ['scheme-report-environment', 1, 1], ['null-environment', 1, 1],
  ['interaction-environment', 0, 0], ['eval', 2, 2],
  // 6.13
  ['call-with-port', 2, 2], ['call-with-input-file', 2, 2], ['call-with-output-file', 2, 2],
  ['input-port?', 1, 1], ['output-port?', 1, 1], ['textual-port?', 1, 1], ['binary-port?', 1, 1],
  ['port?', 1, 1], ['input-port-open?', 1, 1], ['output-port-open?', 1, 1], ['current-input-port', 0, 0],
  ['current-output-port', 0, 0], ['current-error-port', 0, 0], ['with-input-from-file', 2, 2],
  ['with-output-to-file', 2, 2], ['open-input-file', 1, 1], ['open-binary-input-file', 1, 1],
  ['open-output-file', 1, 1], ['open-binary-output-file', 1, 1], ['close-port', 1, 1],
  ['close-input-port', 1, 1], ['close-output-port', 1, 1], ['open-input-string', 1, 1],
  ['open-output-string', 0, 0], ['get-output-string', 1, 1], ['open-input-bytevector', 1, 1],
  ['open-output-bytevector', 0, 0], ['get-output-bytevector', 1, 1], ['read', 0, 1], ['read-char', 0, 1],
  ['peek-char', 0, 1], ['read-line', 0, 1], ['eof-object?', 1, 1], ['eof-object', 0, 0],
  ['char-ready?', 0, 1], ['read-string', 1, 2], ['read-u8', 0, 1], ['peek-u8', 0, 1], ['u8-ready?', 0, 1],
  ['read-bytevector', 1, 2], ['read-bytevector!', 1, 4], ['write', 1, 2], ['write-shared', 1, 2],
  ['write-simple', 1, 2], ['display', 1, 2], ['newline', 0, 1], ['write-char', 1, 2],
  ['write-string', 1, 4], ['write-u8', 1, 2], ['write-bytevector', 1, 4], ['flush-output-port', 0, 1],
  // 6.14
  ['load', 1, 2], ['file-exists?', 1, 1], ['delete-file', 1, 1], ['command-line', 0, 0], ['exit', 0, 1],
  ['emergency-exit', 0, 1], ['get-environment-variable', 1, 1], ['get-environment-variables', 0, 0],
  ['current-second', 0, 0], ['current-jiffy', 0, 0], ['jiffies-per-second', 0, 0], ['features', 0, 0],
];

/**
 * Procedures that accept fewer arguments than the report's least, as an extension: the comparisons
 * with one argument (true, as in most Schemes), (apply f), (substring s start), (eval expr) in the
 * interaction environment, and (environment) with no import sets.
 */
const FEWER_ALLOWED = new Set([
  '=', '<', '>', '<=', '>=', 'boolean=?', 'symbol=?', 'char=?', 'char<?', 'char>?', 'char<=?', 'char>=?',
  'char-ci=?', 'char-ci<?', 'char-ci>?', 'char-ci<=?', 'char-ci>=?', 'string=?', 'string<?', 'string>?',
  'string<=?', 'string>=?', 'string-ci=?', 'string-ci<?', 'string-ci>?', 'string-ci<=?', 'string-ci>=?',
  'apply', 'substring', 'eval', 'environment',
]);

/** Calls that would end the process or wait for the terminal if they ran. */
const NOT_RUN = new Set(['exit', 'emergency-exit']);

// The messages arity errors have (values/error.ts describeArity, and case-lambda's).
const ARITY_MESSAGE = /: expected (\d+ arguments?|at least \d+ arguments?|\d+ to \d+ arguments|an argument count that one of its clauses accepts), got \d+$/;

/**
 * For each count in `counts`, whether calling `name` with that many arguments, all #f, fails on their
 * number; the calls run with the standard ports out of the way, in one evaluation.
 */
function arityErrors(name: string, counts: readonly number[]): boolean[] {
  const calls = counts.map(
    (n) => `(guard (e ((error-object? e) (error-object-message e)) (#t #f)) (${name}${' #f'.repeat(n)}) #f)`,
  );
  const results = evalValue(
    s,
    `(parameterize ((current-input-port (open-input-string ""))
                    (current-output-port (open-output-string))
                    (current-error-port (open-output-string)))
       (list ${calls.join(' ')}))`,
  );
  const out: boolean[] = [];
  for (let r: Value = results; r instanceof Pair; r = r.cdr) {
    out.push(r.car instanceof MString && ARITY_MESSAGE.test(r.car.toString()));
  }
  return out;
}

describe('every procedure of the report is bound to a procedure', () => {
  test.each(ARITIES.map(([name]) => name))('%s', (name) => {
    expect(evalString(s, `(procedure? ${name})`)).toBe('#t');
  });
});

describe('and takes the numbers of arguments the report gives it', () => {
  test.each(ARITIES.map((a) => [...a]))('%s takes %d to %d arguments', (name, min, max) => {
    const counts: number[] = [];
    const expected: boolean[] = [];
    if (!NOT_RUN.has(name)) {
      for (let n = min; n <= Math.min(max, min + 3); n++) {
        counts.push(n);
        expected.push(false);
      }
    }
    if (max !== N) {
      counts.push(max + 1);
      expected.push(true);
    }
    if (min > 0 && !FEWER_ALLOWED.has(name)) {
      counts.push(min - 1);
      expected.push(true);
    }
    const got = arityErrors(name, counts);
    const wrong = counts.filter((n, i) => got[i] !== expected[i]).map((n) => (got[counts.indexOf(n)] ? `refuses ${n}` : `accepts ${n}`));
    expect(wrong).toEqual([]);
  });
});
