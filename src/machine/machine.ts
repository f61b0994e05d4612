// The machine: its registers (the pending step, the dynamic environment), the run loop that drives
// compiled code, and the application of any procedure to arguments.
import type { Value } from '../values/value.js';
import { Primitive, Procedure } from '../values/procedure.js';
import { Pair } from '../values/pair.js';
import { MultipleValues } from '../values/singletons.js';
import { SchemeError, ErrorObject, makeError, arityError, describeArity, typeError, withPos, type SrcPos } from '../values/error.js';
import { MString } from '../values/string.js';
import { isConstantWrite, constantWriteError } from '../values/constant.js';
import * as v8 from 'node:v8';
import { BOUNCE, HALT, Closure, refuel, resume, builtinReturnPoint, type Frame, type ReturnPoint, type Signal } from './kernel.js';
import { DynamicState, EMPTY_DYNAMIC_STATE } from './dynamic.js';

/** A procedure that needs the machine: it gets the continuation (rf, rp) and must continue it. */
export abstract class MachineProcedure extends Procedure {
  abstract apply(m: Machine, rf: Frame, rp: ReturnPoint, args: Value[]): Signal;
}

/** A procedure written in TypeScript that takes over the machine: call/cc, apply, dynamic-wind ... */
export class ControlPrimitive extends MachineProcedure {
  constructor(
    readonly name: string,
    readonly min: number,
    readonly max: number,
    readonly enter: (m: Machine, rf: Frame, rp: ReturnPoint, args: Value[]) => Signal,
  ) {
    super();
  }
  apply(m: Machine, rf: Frame, rp: ReturnPoint, args: Value[]): Signal {
    if (args.length < this.min || args.length > this.max) {
      throw arityError(this.name, describeArity(this.min, this.max), args.length);
    }
    return this.enter(m, rf, rp, args);
  }
}

/**
 * An exception that ends the machine's run and goes to the driver as it is, never to a Lisp handler:
 * an uncaught error, an interrupt, a request to exit.
 */
export class LeaveMachine extends Error {}

/** Raised to the driver when an error reaches the top with no handler left. */
export class UncaughtError extends LeaveMachine {
  constructor(
    readonly payload: Value,
    /** the frame where it was raised, for the backtrace */
    readonly frame: Frame | null,
    /** the call of raise, when the raised object cannot say where it came from */
    readonly pos: SrcPos | null = null,
  ) {
    super(payload instanceof ErrorObject ? payload.message.toString() : 'uncaught raise');
  }
}

/** Thrown out of the run loop when the user interrupts (Ctrl-C). */
export class Interrupted extends LeaveMachine {
  constructor() {
    super('interrupted');
  }
}

const CALL = 0;
const RETURN = 1;

let active: Machine | null = null;

/** The machine that is running now (built-ins that consult the dynamic environment use it). */
export function activeMachine(): Machine {
  return active as Machine;
}

export type RunOutcome = { done: true; value: Value } | { done: false };

export class Machine {
  dyn: DynamicState = EMPTY_DYNAMIC_STATE;

  // The pending step, set by a bounce (and by the driver to start a run).
  private pendingKind = CALL;
  private pendingProc: Value = null;
  private pendingArgs: Value[] = [];
  private pendingRp: ReturnPoint | null = null;
  private pendingFrame: Frame | null = null;
  private pendingValue: Value = undefined;
  private result: Value = undefined;

  /** Set from outside (a SIGINT handler) to stop the computation at the next bounce. */
  interruptRequested = false;
  private bouncesSinceHeapCheck = 0;

  /** The source position of the call that entered the current control primitive, if known (error uses it). */
  callSite: SrcPos | null = null;

  bounceReturn(rp: ReturnPoint, rf: Frame, v: Value): Signal {
    this.pendingKind = RETURN;
    this.pendingRp = rp;
    this.pendingFrame = rf;
    this.pendingValue = v;
    return BOUNCE;
  }

  bounceCall(proc: Value, rf: Frame, rp: ReturnPoint, args: Value[]): Signal {
    this.pendingKind = CALL;
    this.pendingProc = proc;
    this.pendingFrame = rf;
    this.pendingRp = rp;
    this.pendingArgs = args;
    return BOUNCE;
  }

  /** Applies proc to args and runs until it returns; errors nobody handles are thrown as UncaughtError. */
  apply(proc: Value, args: Value[]): Value {
    this.start(proc, args);
    const outcome = this.run(Infinity);
    return (outcome as { value: Value }).value;
  }

  /** Sets up a call of proc; run() then carries it out. */
  start(proc: Value, args: Value[]): void {
    this.bounceCall(proc, null as unknown as Frame, HALT_RP, args);
  }

  /**
   * Runs the pending step until the computation halts, or until `deadline` (a performance.now() time)
   * passes, in which case it returns {done: false} and a later run() goes on from where it stopped.
   */
  run(deadline: number): RunOutcome {
    active = this;
    let bounces = 0;
    for (;;) {
      refuel();
      let sig: Signal;
      try {
        if (this.pendingKind === CALL) {
          const proc = this.pendingProc;
          const args = this.pendingArgs;
          this.pendingProc = null;
          this.pendingArgs = [];
          sig = applyProc(this, proc, this.pendingFrame as Frame, this.pendingRp as ReturnPoint, args);
        } else {
          const v = this.pendingValue;
          this.pendingValue = undefined;
          sig = (this.pendingRp as ReturnPoint)(this, this.pendingFrame as Frame, v);
        }
      } catch (e) {
        this.raiseFromHost(e);
        continue;
      }
      if (sig === HALT) {
        const v = this.result;
        this.result = undefined;
        return { done: true, value: v };
      }
      if ((++this.bouncesSinceHeapCheck & 15) === 0 && heapNearlyFull()) {
        // A runaway recursion or allocation: raise it as an error before V8 runs out of memory and
        // aborts the process; unwinding lets the frames go.
        this.callSite = null;
        this.raiseFromHost(makeError('range', `out of memory: the heap is nearly full (${heapMegabytes()} MB used); a recursion that does not end?`, []));
        continue;
      }
      if (this.interruptRequested) {
        this.interruptRequested = false;
        this.dyn = EMPTY_DYNAMIC_STATE;
        throw new Interrupted();
      }
      if (deadline !== Infinity && (++bounces & 31) === 0 && performance.now() > deadline) return { done: false };
    }
  }

  /** Records the final value of a run (called by the halt return point). */
  halt(v: Value): Signal {
    this.result = v;
    return HALT;
  }

  /**
   * Turns an exception thrown by TypeScript code (a primitive's error, a JS stack overflow) into a Lisp
   * raise at the frame where it happened, so handlers and guard see it like any other condition.
   */
  private raiseFromHost(e: unknown): void {
    if (e instanceof LeaveMachine) throw e;
    let payload: Value;
    let frame: Frame | null = null;
    if (e instanceof SchemeError) {
      payload = e.payload;
      frame = e.frame as Frame | null;
    } else if (isTooLarge(e)) {
      payload = makeError('range', 'the object would be too large to make', []).payload;
    } else if (isConstantWrite(e)) {
      payload = (constantWriteError('a procedure').payload);
    } else if (e instanceof RangeError && /call stack/.test(e.message)) {
      payload = new ErrorObject('internal', new MString('stack overflow in the host (a structure nested too deeply?)'), null);
    } else {
      const msg = e instanceof Error ? e.message : String(e);
      payload = new ErrorObject('internal', new MString(`internal error: ${msg}`), null);
      if (process.env.LISP_DEBUG && e instanceof Error) console.error(e.stack);
    }
    this.callSite = null;
    this.setupRaise(payload, frame ?? [null, ERROR_SITE_RP, null], ERROR_SITE_RP, false);
  }

  /**
   * Arranges for the current handler to be called with obj (the next run step does it). With no handler
   * left the error is uncaught and goes to the driver.
   */
  setupRaise(obj: Value, rf: Frame, rp: ReturnPoint, continuable: boolean): Signal {
    const handlers = this.dyn.handlers;
    if (!(handlers instanceof Pair)) {
      this.dyn = EMPTY_DYNAMIC_STATE;
      // [rf, rp] stands for the raise's own frame, so the backtrace starts at the call of raise
      throw new UncaughtError(obj, [rf, rp], this.callSite);
    }
    const saved = this.dyn;
    this.dyn = saved.withHandlers(handlers.cdr);
    if (continuable) return this.bounceCall(handlers.car, [rf, rp, null, saved], RESTORE_DYNAMIC_RP, [obj]);
    return this.bounceCall(handlers.car, [rf, rp, null, obj], HANDLER_RETURNED_RP, [obj]);
  }

  /**
   * Calls proc from TypeScript and waits for its value (macro transformers at expansion time). It runs
   * a loop of its own; an error inside that no handler inside catches is thrown out as a SchemeError.
   */
  applyNested(proc: Value, args: Value[]): Value {
    const saved = this.saveRegisters();
    this.dyn = EMPTY_DYNAMIC_STATE;
    try {
      return this.apply(proc, args);
    } catch (e) {
      if (e instanceof UncaughtError) {
        const err = new SchemeError(e.payload);
        throw err;
      }
      throw e;
    } finally {
      this.restoreRegisters(saved);
    }
  }

  private saveRegisters(): unknown[] {
    return [this.dyn, this.pendingKind, this.pendingProc, this.pendingArgs, this.pendingRp, this.pendingFrame, this.pendingValue, this.result];
  }

  private restoreRegisters(r: unknown[]): void {
    [this.dyn, this.pendingKind, this.pendingProc, this.pendingArgs, this.pendingRp, this.pendingFrame, this.pendingValue, this.result] = r as [
      DynamicState, number, Value, Value[], ReturnPoint, Frame, Value, Value,
    ];
  }
}

export const HALT_RP = builtinReturnPoint('halt', (m, _fr, v) => m.halt(v));

/** Where an error raised by TypeScript code "returns" to; a non-continuable raise never does. */
const ERROR_SITE_RP = builtinReturnPoint('error-site', () => {
  throw makeError('internal', 'returned to the site of an error');
});

/** Frame [rf, rp, _, dyn]: restores the dynamic environment dyn and returns v to rp. */
export const RESTORE_DYNAMIC_RP = builtinReturnPoint('restore-dynamic', (m, fr, v) => {
  m.dyn = fr[3];
  return resume(m, fr[1], fr[0], v);
});

const HANDLER_RETURNED_RP = builtinReturnPoint('handler-returned', (_m, fr) => {
  const e = makeError('error', 'exception handler returned from a non-continuable raise', [fr[3]]);
  e.frame = fr;
  throw e;
});

/** Applies any procedure to a list of arguments held in an array. */
export function applyProc(m: Machine, f: Value, rf: Frame, rp: ReturnPoint, args: Value[]): Signal {
  if (f instanceof Closure) {
    const c = f.code;
    switch (args.length) {
      case 0:
        return c.e0(m, f, rf, rp);
      case 1:
        return c.e1(m, f, rf, rp, args[0]);
      case 2:
        return c.e2(m, f, rf, rp, args[0], args[1]);
      case 3:
        return c.e3(m, f, rf, rp, args[0], args[1], args[2]);
      default:
        return c.eN(m, f, rf, rp, args);
    }
  }
  if (f instanceof Primitive) return resume(m, rp, rf, callPrimitive(f, args, rf, null));
  if (f instanceof MachineProcedure) {
    m.callSite = null;
    return f.apply(m, rf, rp, args);
  }
  throw notAProcedure(f, rf);
}

export function notAProcedure(f: Value, rf: Frame | null, pos: SrcPos | null = null): SchemeError {
  const e = typeError('application', 'a procedure', f);
  withPos(e, pos);
  e.frame = rf;
  return e;
}

/** Calls a primitive with an argument array, checking the argument count. */
export function callPrimitive(p: Primitive, args: Value[], rf: Frame | null, pos: SrcPos | null): Value {
  if (args.length < p.min || args.length > p.max) {
    const e = arityError(p.name, describeArity(p.min, p.max), args.length);
    withPos(e, pos);
    e.frame = rf;
    throw e;
  }
  try {
    if (args.length > 4096 && p.applyToArray !== null) return p.applyToArray(args);
    return p.fn.apply(null, args);
  } catch (e) {
    if (e instanceof RangeError && args.length > 4096) e = makeError('range', `${p.name}: too many arguments (${args.length})`, []);
    throw annotate(e, rf, pos, p.name);
  }
}

function heapNearlyFull(): boolean {
  const h = v8.getHeapStatistics();
  return h.used_heap_size > h.heap_size_limit * 0.8;
}

function heapMegabytes(): number {
  return Math.round(v8.getHeapStatistics().used_heap_size / 1048576);
}

/** Whether a JS exception is the engine refusing to make an object that large. */
function isTooLarge(e: unknown): boolean {
  return e instanceof RangeError && /Invalid (array|string|typed array) length|allocation failed|Array buffer/i.test(e.message);
}

/** Gives an error from TypeScript code the frame and call site it happened at, if it has none yet. */
export function annotate(e: unknown, rf: Frame | null, pos: SrcPos | null, who: string | null = null): unknown {
  if (who !== null && isConstantWrite(e)) e = constantWriteError(who);
  if (who !== null && isTooLarge(e)) e = makeError('range', `${who}: the result would be too large to make`, []);
  if (e instanceof SchemeError) {
    withPos(e, pos);
    if (e.frame === null) e.frame = rf;
  }
  return e;
}

// Call sites with a known small argument count come here when the callee is not a closure.
export function callOther0(m: Machine, f: Value, rf: Frame, rp: ReturnPoint, pos: SrcPos | null): Signal {
  if (f instanceof Primitive) return resume(m, rp, rf, callPrimitive0(f, rf, pos));
  if (f instanceof MachineProcedure) return applyMachineProc(m, f, rf, rp, [], pos);
  throw notAProcedure(f, rf, pos);
}

export function callOther1(m: Machine, f: Value, rf: Frame, rp: ReturnPoint, a: Value, pos: SrcPos | null): Signal {
  if (f instanceof Primitive) return resume(m, rp, rf, callPrimitive1(f, a, rf, pos));
  if (f instanceof MachineProcedure) return applyMachineProc(m, f, rf, rp, [a], pos);
  throw notAProcedure(f, rf, pos);
}

export function callOther2(m: Machine, f: Value, rf: Frame, rp: ReturnPoint, a: Value, b: Value, pos: SrcPos | null): Signal {
  if (f instanceof Primitive) return resume(m, rp, rf, callPrimitive2(f, a, b, rf, pos));
  if (f instanceof MachineProcedure) return applyMachineProc(m, f, rf, rp, [a, b], pos);
  throw notAProcedure(f, rf, pos);
}

export function callOther3(m: Machine, f: Value, rf: Frame, rp: ReturnPoint, a: Value, b: Value, c: Value, pos: SrcPos | null): Signal {
  if (f instanceof Primitive) return resume(m, rp, rf, callPrimitive(f, [a, b, c], rf, pos));
  if (f instanceof MachineProcedure) return applyMachineProc(m, f, rf, rp, [a, b, c], pos);
  throw notAProcedure(f, rf, pos);
}

export function callOtherN(m: Machine, f: Value, rf: Frame, rp: ReturnPoint, args: Value[], pos: SrcPos | null): Signal {
  if (f instanceof Primitive) return resume(m, rp, rf, callPrimitive(f, args, rf, pos));
  if (f instanceof MachineProcedure) return applyMachineProc(m, f, rf, rp, args, pos);
  throw notAProcedure(f, rf, pos);
}

function applyMachineProc(m: Machine, f: MachineProcedure, rf: Frame, rp: ReturnPoint, args: Value[], pos: SrcPos | null): Signal {
  m.callSite = pos;
  try {
    return f.apply(m, rf, rp, args);
  } catch (e) {
    throw annotate(e, rf, pos);
  }
}

function callPrimitive0(p: Primitive, rf: Frame, pos: SrcPos | null): Value {
  if (p.min > 0) return callPrimitive(p, [], rf, pos);
  try {
    return p.fn();
  } catch (e) {
    throw annotate(e, rf, pos, p.name);
  }
}

function callPrimitive1(p: Primitive, a: Value, rf: Frame, pos: SrcPos | null): Value {
  if (p.min > 1 || p.max < 1) return callPrimitive(p, [a], rf, pos);
  try {
    return p.fn(a);
  } catch (e) {
    throw annotate(e, rf, pos, p.name);
  }
}

function callPrimitive2(p: Primitive, a: Value, b: Value, rf: Frame, pos: SrcPos | null): Value {
  if (p.min > 2 || p.max < 2) return callPrimitive(p, [a, b], rf, pos);
  try {
    return p.fn(a, b);
  } catch (e) {
    throw annotate(e, rf, pos, p.name);
  }
}

/** The values a continuation received, as an array (values passes several at once). */
export function valuesToArray(v: Value): Value[] {
  return v instanceof MultipleValues ? v.values : [v];
}
