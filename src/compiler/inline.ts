// Open-coded primitives: a call such as (car x) or (+ n 1) to the built-in of that name compiles to a
// closure that does the work directly, with the common case (a pair, two fixnums) tested first. Any
// other case calls the ordinary implementation, whose error then carries this call's frame and position.
import type { Value } from '../values/value.js';
import { Pair, car, cdr, setCar, setCdr, cxr } from '../values/pair.js';
import { add, sub, mul, numEq, numLt, numGt, numLe, numGe, isZero, MAX_FIX, MIN_FIX, Flonum, isNumber } from '../values/number.js';
import { eqv } from '../values/equality.js';
import { Sym } from '../values/symbol.js';
import { MString } from '../values/string.js';
import { Char } from '../values/char.js';
import { vectorIndex, vectorRef, vectorLength } from '../values/vector.js';
import { stringRef, stringLength, charToInteger } from '../values/text.js';
import { UNSPECIFIED } from '../values/singletons.js';
import { Procedure } from '../values/procedure.js';
import { typeError, type SrcPos } from '../values/error.js';
import { annotate } from '../machine/machine.js';
import type { Frame } from '../machine/kernel.js';

export type Simple = ((fr: Frame) => Value) & { slot?: number; constant?: { value: Value } };

/** A getter that reads frame slot i, marked so that operators can read the slot themselves. */
export function slotGetter(i: number): Simple {
  const g: Simple = (fr) => fr[i];
  g.slot = i;
  return g;
}

export function constGetter(v: Value): Simple {
  const g: Simple = () => v;
  g.constant = { value: v };
  return g;
}
type Builder = (args: Simple[], pos: SrcPos | null) => Simple;

interface Inliner {
  min: number;
  max: number;
  build: Builder;
}

const inliners = new Map<string, Inliner>();

function define(name: string, min: number, max: number, build: Builder): void {
  inliners.set(name, { min, max, build });
}

export function canInline(name: string, argc: number): boolean {
  const i = inliners.get(name);
  return i !== undefined && argc >= i.min && argc <= i.max;
}

export function buildInline(name: string, args: Simple[], pos: SrcPos | null): Simple {
  return (inliners.get(name) as Inliner).build(args, pos);
}

/** Calls f(a) or f(a, b), giving any error it throws this call's frame and position. */
function guarded1(f: (a: Value) => Value, a: Value, fr: Frame, pos: SrcPos | null): Value {
  try {
    return f(a);
  } catch (e) {
    throw annotate(e, fr, pos);
  }
}
function guarded2(f: (a: Value, b: Value) => Value, a: Value, b: Value, fr: Frame, pos: SrcPos | null): Value {
  try {
    return f(a, b);
  } catch (e) {
    throw annotate(e, fr, pos);
  }
}

const bool = (f: (x: Value) => boolean): Builder => ([A]) => (fr) => f(A(fr));

// ---- pairs
define('car', 1, 1, ([A], pos) => (fr) => {
  const x = A(fr);
  return x instanceof Pair ? x.car : guarded1(car, x, fr, pos);
});
define('cdr', 1, 1, ([A], pos) => (fr) => {
  const x = A(fr);
  return x instanceof Pair ? x.cdr : guarded1(cdr, x, fr, pos);
});
for (const name of ['caar', 'cadr', 'cdar', 'cddr']) {
  const path = (x: Value) => cxr(name, x);
  define(name, 1, 1, ([A], pos) => (fr) => guarded1(path, A(fr), fr, pos));
}
define('cons', 2, 2, ([A, B]) => (fr) => new Pair(A(fr), B(fr)));
define('set-car!', 2, 2, ([A, B], pos) => (fr) => {
  guarded2(setCar, A(fr), B(fr), fr, pos);
  return UNSPECIFIED;
});
define('set-cdr!', 2, 2, ([A, B], pos) => (fr) => {
  guarded2(setCdr, A(fr), B(fr), fr, pos);
  return UNSPECIFIED;
});
define('list', 0, 8, (args) => (fr) => {
  let r: Value = null;
  for (let i = args.length - 1; i >= 0; i--) r = new Pair(args[i](fr), r);
  return r;
});

// ---- predicates
define('pair?', 1, 1, bool((x) => x instanceof Pair));
define('null?', 1, 1, bool((x) => x === null));
define('not', 1, 1, bool((x) => x === false));
define('symbol?', 1, 1, bool((x) => x instanceof Sym));
define('string?', 1, 1, bool((x) => x instanceof MString));
define('char?', 1, 1, bool((x) => x instanceof Char));
define('vector?', 1, 1, bool((x) => Array.isArray(x)));
define('boolean?', 1, 1, bool((x) => x === true || x === false));
define('procedure?', 1, 1, bool((x) => x instanceof Procedure));
define('number?', 1, 1, bool(isNumber));
define('eq?', 2, 2, ([A, B]) => (fr) => A(fr) === B(fr));
define('eqv?', 2, 2, ([A, B]) => (fr) => eqv(A(fr), B(fr)));

// ---- arithmetic
define('+', 0, 8, (args, pos) => {
  if (args.length === 0) return () => 0;
  if (args.length === 1) return unaryNumber('+', args[0], pos);
  return chain(args, (A, B) => {
    if (A.slot !== undefined && B.constant !== undefined && typeof B.constant.value === 'number') {
      const i = A.slot;
      const b = B.constant.value;
      return (fr) => {
        const a = fr[i];
        if (typeof a === 'number') {
          const r = a + b;
          if (r <= MAX_FIX && r >= MIN_FIX) return r;
        }
        return guarded2(add, a, b, fr, pos);
      };
    }
    return (fr) => {
      const a = A(fr);
      const b = B(fr);
      if (typeof a === 'number' && typeof b === 'number') {
        const r = a + b;
        if (r <= MAX_FIX && r >= MIN_FIX) return r;
      }
      return guarded2(add, a, b, fr, pos);
    };
  });
});
define('-', 1, 8, (args, pos) => {
  if (args.length === 1) {
    const [A] = args;
    return (fr) => guarded2(sub, 0, A(fr), fr, pos);
  }
  return chain(args, (A, B) => {
    if (A.slot !== undefined && B.constant !== undefined && typeof B.constant.value === 'number') {
      const i = A.slot;
      const b = B.constant.value;
      return (fr) => {
        const a = fr[i];
        if (typeof a === 'number') {
          const r = a - b;
          if (r <= MAX_FIX && r >= MIN_FIX) return r;
        }
        return guarded2(sub, a, b, fr, pos);
      };
    }
    return (fr) => {
      const a = A(fr);
      const b = B(fr);
      if (typeof a === 'number' && typeof b === 'number') {
        const r = a - b;
        if (r <= MAX_FIX && r >= MIN_FIX) return r;
      }
      return guarded2(sub, a, b, fr, pos);
    };
  });
});
define('*', 0, 8, (args, pos) => {
  if (args.length === 0) return () => 1;
  if (args.length === 1) return unaryNumber('*', args[0], pos);
  return chain(args, (A, B) => (fr) => guarded2(mul, A(fr), B(fr), fr, pos));
});

/** Left fold of a binary operation over two or more operands. */
function chain(args: Simple[], op: (a: Simple, b: Simple) => Simple): Simple {
  let acc = op(args[0], args[1]);
  for (let i = 2; i < args.length; i++) acc = op(acc, args[i]);
  return acc;
}

function unaryNumber(who: string, A: Simple, pos: SrcPos | null): Simple {
  const check = (x: Value) => {
    if (!isNumber(x)) throw typeError(who, 'a number', x);
    return x;
  };
  return (fr) => guarded1(check, A(fr), fr, pos);
}

type Compare = (a: Value, b: Value) => boolean;

/** (< a b c ...): every operand is evaluated, then compared pairwise. */
function comparison(who: string, test: Compare, fast: (a: number, b: number) => boolean): Builder {
  return (args, pos) => {
    const check = (x: Value) => {
      if (!isNumber(x)) throw typeError(who, 'a number', x);
      return true;
    };
    if (args.length === 1) {
      const [A] = args;
      return (fr) => guarded1(check, A(fr), fr, pos);
    }
    const slow = test as (a: Value, b: Value) => Value;
    if (args.length === 2) {
      const [A, B] = args;
      if (A.slot !== undefined && B.constant !== undefined && typeof B.constant.value === 'number') {
        const i = A.slot;
        const b = B.constant.value;
        return (fr) => {
          const a = fr[i];
          if (typeof a === 'number') return fast(a, b);
          return guarded2(slow, a, b, fr, pos) as boolean;
        };
      }
      if (A.slot !== undefined && B.slot !== undefined) {
        const i = A.slot;
        const j = B.slot;
        return (fr) => {
          const a = fr[i];
          const b = fr[j];
          if (typeof a === 'number' && typeof b === 'number') return fast(a, b);
          return guarded2(slow, a, b, fr, pos) as boolean;
        };
      }
      return (fr) => {
        const a = A(fr);
        const b = B(fr);
        if (typeof a === 'number' && typeof b === 'number') return fast(a, b);
        return guarded2(slow, a, b, fr, pos) as boolean;
      };
    }
    return (fr) => {
      const vals = args.map((A) => A(fr));
      let ok = true;
      for (let i = 0; i + 1 < vals.length; i++) if (!(guarded2(slow, vals[i], vals[i + 1], fr, pos) as boolean)) ok = false;
      return ok;
    };
  };
}
define('=', 1, 8, comparison('=', numEq, (a, b) => a === b));
define('<', 1, 8, comparison('<', numLt, (a, b) => a < b));
define('>', 1, 8, comparison('>', numGt, (a, b) => a > b));
define('<=', 1, 8, comparison('<=', numLe, (a, b) => a <= b));
define('>=', 1, 8, comparison('>=', numGe, (a, b) => a >= b));
define('zero?', 1, 1, ([A], pos) => (fr) => {
  const x = A(fr);
  return x === 0 || (guarded1(isZero, x, fr, pos) as boolean);
});

// ---- vectors and strings
define('vector-ref', 2, 2, ([A, B], pos) => (fr) => {
  const v = A(fr);
  const k = B(fr);
  if (Array.isArray(v) && typeof k === 'number' && k >= 0 && k < v.length && Number.isInteger(k)) return v[k];
  return guarded2(vectorRef, v, k, fr, pos);
});
define('vector-set!', 3, 3, ([A, B, C], pos) => (fr) => {
  const v = A(fr);
  const k = B(fr);
  const x = C(fr);
  (v as Value[])[guarded2((a, b) => vectorIndex('vector-set!', a, b), v, k, fr, pos) as number] = x;
  return UNSPECIFIED;
});
define('vector-length', 1, 1, ([A], pos) => (fr) => {
  const v = A(fr);
  return Array.isArray(v) ? v.length : guarded1(vectorLength, v, fr, pos);
});
define('string-ref', 2, 2, ([A, B], pos) => (fr) => guarded2(stringRef, A(fr), B(fr), fr, pos));
define('string-length', 1, 1, ([A], pos) => (fr) => guarded1(stringLength, A(fr), fr, pos));
define('char->integer', 1, 1, ([A], pos) => (fr) => guarded1(charToInteger, A(fr), fr, pos));

