// Parameter objects (make-parameter, parameterize). A parameter's current value is its binding in the
// dynamic environment's parameterize bindings, or its global value if it is not parameterized.
import type { Value } from '../values/value.js';
import { arityError } from '../values/error.js';
import { resume, type Frame, type ReturnPoint, type Signal } from './kernel.js';
import { MachineProcedure, type Machine } from './machine.js';

export class Parameter extends MachineProcedure {
  constructor(
    public value: Value,
    /** a procedure applied to values given by parameterize, or false */
    readonly converter: Value,
  ) {
    super();
  }
  get name(): string {
    return 'parameter';
  }
  apply(m: Machine, rf: Frame, rp: ReturnPoint, args: Value[]): Signal {
    if (args.length !== 0) throw arityError('parameter', '0 arguments', args.length);
    return resume(m, rp, rf, parameterValue(m, this));
  }
}

export function parameterValue(m: Machine, p: Parameter): Value {
  for (let b = m.dyn.params; b !== null; b = b.next) if (b.param === p) return b.value;
  return p.value;
}
