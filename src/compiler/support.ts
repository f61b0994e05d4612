// What generated code can refer to: the machine's calling convention, the value classes its fast
// paths test for, and the slow paths. Each slow path runs the built-in's own implementation and gives
// any error it throws the frame and source position of the call, so an error from open-coded
// (car x) reads exactly like one from calling car.
import type { Value } from '../values/value.js';
import { Pair, car, cdr, setCar, setCdr, cxr, arrayToList } from '../values/pair.js';
import { add, sub, mul, numEq, numLt, numGt, numLe, numGe, isZero, isNumber, MAX_FIX, MIN_FIX, Flonum } from '../values/number.js';
import { eqv } from '../values/equality.js';
import { Sym } from '../values/symbol.js';
import { MString } from '../values/string.js';
import { Char, charOf } from '../values/char.js';
import { vectorRef, vectorSet, vectorLength } from '../values/vector.js';
import { stringRef, stringLength, charToInteger } from '../values/text.js';
import { UNSPECIFIED } from '../values/singletons.js';
import { Procedure } from '../values/procedure.js';
import { makeError, typeError, arityError, withPos, type SrcPos } from '../values/error.js';
import type { GlobalCell } from '../values/global.js';
import type { Var } from '../expander/ir.js';
import { Closure, ret, resume, spendFuel, type Frame, type ReturnPoint } from '../machine/kernel.js';
import { annotate, callOther0, callOther1, callOther2, callOther3, callOtherN } from '../machine/machine.js';
import { quotientFix, remainderFix, moduloFix } from './fixnum.js';

function guard1(f: (a: Value) => Value): (a: Value, fr: Frame, pos: SrcPos | null) => Value {
  return (a, fr, pos) => {
    try {
      return f(a);
    } catch (e) {
      throw annotate(e, fr, pos);
    }
  };
}

function guard2(f: (a: Value, b: Value) => Value, who: string | null = null): (a: Value, b: Value, fr: Frame, pos: SrcPos | null) => Value {
  return (a, b, fr, pos) => {
    try {
      return f(a, b);
    } catch (e) {
      throw annotate(e, fr, pos, who);
    }
  };
}

function guard3(f: (a: Value, b: Value, c: Value) => Value, who: string | null = null): (a: Value, b: Value, c: Value, fr: Frame, pos: SrcPos | null) => Value {
  return (a, b, c, fr, pos) => {
    try {
      return f(a, b, c);
    } catch (e) {
      throw annotate(e, fr, pos, who);
    }
  };
}

function checkedNumber(who: string): (x: Value) => Value {
  return (x) => {
    if (!isNumber(x)) throw typeError(who, 'a number', x);
    return x;
  };
}

/** The slow paths of the open-coded primitives, by the name generated code uses. */
export const slow = {
  car: guard1(car),
  cdr: guard1(cdr),
  cxr: (name: string, x: Value, fr: Frame, pos: SrcPos | null) => guard1((v) => cxr(name, v))(x, fr, pos),
  setCar: guard2(setCar, 'set-car!'),
  setCdr: guard2(setCdr, 'set-cdr!'),
  add: guard2(add),
  sub: guard2(sub),
  mul: guard2(mul),
  numEq: guard2(numEq),
  numLt: guard2(numLt),
  numGt: guard2(numGt),
  numLe: guard2(numLe),
  numGe: guard2(numGe),
  isZero: guard1(isZero),
  number: (who: string, x: Value, fr: Frame, pos: SrcPos | null) => guard1(checkedNumber(who))(x, fr, pos),
  quotient: guard2(quotientFix),
  remainder: guard2(remainderFix),
  modulo: guard2(moduloFix),
  vectorRef: guard2(vectorRef),
  vectorSet: guard3(vectorSet, 'vector-set!'),
  vectorLength: guard1(vectorLength),
  stringRef: guard2(stringRef),
  stringLength: guard1(stringLength),
  charToInteger: guard1(charToInteger),
  charEq: guard2((a, b) => {
    if (!(a instanceof Char)) throw typeError('char=?', 'a character', a);
    if (!(b instanceof Char)) throw typeError('char=?', 'a character', b);
    return a === b;
  }),
  eqv,
};

function failHere(e: ReturnType<typeof makeError>, fr: Frame): never {
  e.frame = fr;
  throw e;
}

/** Everything generated code refers to, passed to each generated factory as `rt`. */
export const runtime = {
  ret,
  resume,
  spendFuel,
  Closure,
  Pair,
  Flonum,
  Sym,
  MString,
  Char,
  Procedure,
  charOf,
  isNumber,
  arrayToList,
  UNSPECIFIED,
  MAX_FIX,
  MIN_FIX,
  callOther0,
  callOther1,
  callOther2,
  callOther3,
  callOtherN,
  slow,
  unbound(cell: GlobalCell, fr: Frame, pos: SrcPos | null): never {
    return failHere(makeError('unbound', `unbound variable: ${cell.name.name}`, [cell.name], pos), fr);
  },
  uninitialised(v: Var, fr: Frame, pos: SrcPos | null): never {
    return failHere(makeError('unbound', `${v.name.name}: variable used before its definition`, [v.name], pos), fr);
  },
  setGlobal(cell: GlobalCell, v: Value, fr: Frame, pos: SrcPos | null): Value {
    if (cell.value === undefined) failHere(makeError('unbound', `set!: unbound variable: ${cell.name.name}`, [cell.name], pos), fr);
    cell.value = v;
    return UNSPECIFIED;
  },
  /** A wrong argument count; when the caller returns to rp, rp's call site is where the call was. */
  wrongCount(name: string, arity: string, got: number, rf: Frame, rp: ReturnPoint): never {
    const e = arityError(name, arity, got);
    withPos(e, rp.site?.pos ?? null);
    e.frame = rf;
    throw e;
  },
};

export type Runtime = typeof runtime;
