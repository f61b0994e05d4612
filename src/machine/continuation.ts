// First-class continuations. A continuation is the frame and return point to deliver values to, plus
// the dynamic environment to restore; since frames are never mutated after they stop running, keeping
// them is all capture takes, and a continuation can be resumed any number of times. Resuming one runs
// the dynamic-wind `after` thunks of the extents being left and the `before` thunks of those entered.
import type { Value } from '../values/value.js';
import { MultipleValues } from '../values/singletons.js';
import { resume, builtinReturnPoint, type Frame, type ReturnPoint, type Signal } from './kernel.js';
import { MachineProcedure, applyProc, type Machine } from './machine.js';
import { windPath, type DynamicState } from './dynamic.js';

export class Continuation extends MachineProcedure {
  constructor(
    readonly frame: Frame,
    readonly rp: ReturnPoint,
    readonly dyn: DynamicState,
  ) {
    super();
  }
  get name(): string {
    return 'continuation';
  }
  apply(m: Machine, _rf: Frame, _rp: ReturnPoint, args: Value[]): Signal {
    return throwTo(m, this, args.length === 1 ? args[0] : new MultipleValues(args));
  }
}

/** Delivers v to continuation k, winding out of and into dynamic-wind extents on the way. */
export function throwTo(m: Machine, k: Continuation, v: Value): Signal {
  const { leave, enter } = windPath(m.dyn.winders, k.dyn.winders);
  if (leave.length === 0 && enter.length === 0) {
    m.dyn = k.dyn;
    return resume(m, k.rp, k.frame, v);
  }
  // [thunk, dynamic state to run it in, ...]: after thunks innermost first, then before thunks
  const steps: Value[] = [];
  for (const w of leave) steps.push(w.after, w.outer);
  for (const w of enter) steps.push(w.before, w.outer);
  return windStep(m, steps, 0, k, v);
}

function windStep(m: Machine, steps: Value[], i: number, k: Continuation, v: Value): Signal {
  if (i === steps.length) {
    m.dyn = k.dyn;
    return resume(m, k.rp, k.frame, v);
  }
  m.dyn = steps[i + 1] as DynamicState;
  return applyProc(m, steps[i], [null, WIND_STEP_RP, null, steps, i + 2, k, v], WIND_STEP_RP, []);
}

/** Frame [_, _, _, steps, next index, continuation, values]. */
const WIND_STEP_RP = builtinReturnPoint('wind-step', (m, fr) => windStep(m, fr[3], fr[4], fr[5], fr[6]));
