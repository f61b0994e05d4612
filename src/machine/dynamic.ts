// The dynamic environment: the dynamic-wind stack, the exception handler stack and the parameterize
// bindings. It is immutable; entering dynamic-wind, with-exception-handler or parameterize makes a new
// one, and a continuation captures the one current when it was made.
import type { Value } from '../values/value.js';

export class Winder {
  readonly depth: number;
  constructor(
    readonly before: Value,
    readonly after: Value,
    readonly parent: Winder | null,
    /** the dynamic environment of the dynamic-wind call, in which before and after run */
    readonly outer: DynamicState,
  ) {
    this.depth = parent === null ? 1 : parent.depth + 1;
  }
}

export class ParamBinding {
  constructor(
    readonly param: Value,
    public value: Value,
    readonly next: ParamBinding | null,
  ) {}
}

export class DynamicState {
  constructor(
    readonly winders: Winder | null,
    /** a Lisp list of handler procedures, innermost first */
    readonly handlers: Value,
    readonly params: ParamBinding | null,
  ) {}

  withHandlers(handlers: Value): DynamicState {
    return new DynamicState(this.winders, handlers, this.params);
  }
  withWinder(w: Winder): DynamicState {
    return new DynamicState(w, this.handlers, this.params);
  }
  withParams(params: ParamBinding | null): DynamicState {
    return new DynamicState(this.winders, this.handlers, params);
  }
}

export const EMPTY_DYNAMIC_STATE = new DynamicState(null, null, null);

/** The winders to leave (innermost first) and to enter (outermost first) to get from `from` to `to`. */
export function windPath(from: Winder | null, to: Winder | null): { leave: Winder[]; enter: Winder[] } {
  const leave: Winder[] = [];
  const enter: Winder[] = [];
  let a = from;
  let b = to;
  while (a !== b) {
    if (a !== null && (b === null || a.depth >= b.depth)) {
      leave.push(a);
      a = a.parent;
    } else {
      enter.push(b as Winder);
      b = (b as Winder).parent;
    }
  }
  enter.reverse();
  return { leave, enter };
}
