// The base of every applicable object, and the primitives: procedures written in TypeScript that take
// their arguments and return a value without calling back into Lisp (car, +, string-append ...).
// Procedures that need the machine (call/cc, apply, dynamic-wind) and Lisp closures are defined by the
// machine, which knows how frames work.
import type { Value } from './value.js';

export abstract class Procedure {
  abstract get name(): string;
}

export class Primitive extends Procedure {
  /**
   * For a variadic primitive, the same function taking its arguments as one array: used when a call
   * has more arguments than a JS call can spread (apply of a long list).
   */
  applyToArray: ((args: Value[]) => Value) | null = null;

  constructor(
    readonly name: string,
    /** the implementation; it receives exactly the Lisp arguments */
    readonly fn: (...args: any[]) => Value,
    readonly min: number,
    /** Infinity for a variadic primitive */
    readonly max: number,
  ) {
    super();
  }
}
