// The machine's calling convention. Compiled code and control primitives all follow it; the run loop in
// run.ts drives it.
//
// A frame (activation record) is a JS array: [0] the caller's frame, [1] the return point to resume in
// the caller, [2] the procedure's environment vector, [3...] its other variables and temporaries. The
// frame is also the continuation: returning value v from frame f is f[1](m, f[0], v). Frames are
// never popped or copied, so call/cc just keeps (frame, return point), and resuming it again later works.
//
// Lisp calls and returns are ordinary JS calls in tail position, so the JS stack grows until `fuel` runs
// out; then the pending call or return is stored in the machine and BOUNCE unwinds the JS stack to the
// run loop, which carries on from the stored step. No state lives on the JS stack, which is why deep
// recursion, proper tail calls, re-entrant continuations and interrupts all work.
import type { Value } from '../values/value.js';
import { Procedure } from '../values/procedure.js';
import type { Lambda, CaseLambda } from '../expander/ir.js';
import type { Machine } from './machine.js';

export type Frame = any[];
export type Signal = { readonly signal: string };
export type ReturnPoint = ((m: Machine, frame: Frame, v: Value) => Signal) & ReturnPointInfo;

/** What a world needs to store a return point: the code and index, or the name of a built-in one. */
export interface ReturnPointInfo {
  owner?: Code;
  index?: number;
  builtinName?: string;
  /** the call site this return point follows, for backtraces */
  site?: { name: string; pos: import('../values/error.js').SrcPos | null };
}

export const BOUNCE: Signal = { signal: 'bounce' };
export const HALT: Signal = { signal: 'halt' };

/** The compiled form of a Lambda or CaseLambda: one entry per small argument count, and a general one. */
export interface Code {
  readonly ir: Lambda | CaseLambda;
  readonly name: string;
  e0(m: Machine, c: Closure, rf: Frame, rp: ReturnPoint): Signal;
  e1(m: Machine, c: Closure, rf: Frame, rp: ReturnPoint, a: Value): Signal;
  e2(m: Machine, c: Closure, rf: Frame, rp: ReturnPoint, a: Value, b: Value): Signal;
  e3(m: Machine, c: Closure, rf: Frame, rp: ReturnPoint, a: Value, b: Value, d: Value): Signal;
  eN(m: Machine, c: Closure, rf: Frame, rp: ReturnPoint, args: Value[]): Signal;
}

export class Closure extends Procedure {
  constructor(
    readonly code: Code,
    readonly env: Value[] | null,
  ) {
    super();
  }
  get name(): string {
    return this.code.name;
  }
}

const FUEL = 400;
let fuel = FUEL;

/** Called on every Lisp call and return; true when the JS stack should be unwound. */
export function spendFuel(): boolean {
  return --fuel < 0;
}

export function refuel(): void {
  fuel = FUEL;
}

/** Returns v from the procedure whose frame is fr. */
export function ret(m: Machine, fr: Frame, v: Value): Signal {
  if (--fuel < 0) return m.bounceReturn(fr[1], fr[0], v);
  return fr[1](m, fr[0], v);
}

/** Delivers v to return point rp of frame rf. */
export function resume(m: Machine, rp: ReturnPoint, rf: Frame, v: Value): Signal {
  if (--fuel < 0) return m.bounceReturn(rp, rf, v);
  return rp(m, rf, v);
}

const builtinReturnPoints = new Map<string, ReturnPoint>();

/** Registers a return point of the machine itself under a stable name, so a world can refer to it. */
export function builtinReturnPoint(name: string, fn: (m: Machine, frame: Frame, v: Value) => Signal): ReturnPoint {
  if (builtinReturnPoints.has(name)) throw new Error(`return point ${name} defined twice`);
  const rp = fn as ReturnPoint;
  rp.builtinName = name;
  builtinReturnPoints.set(name, rp);
  return rp;
}

export function findBuiltinReturnPoint(name: string): ReturnPoint | undefined {
  return builtinReturnPoints.get(name);
}
