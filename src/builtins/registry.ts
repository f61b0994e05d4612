// Every built-in procedure is registered here under its Scheme name. The table is what the global
// environment is filled from, and what a world uses to store a built-in by name and find it at boot.
import type { Value } from '../values/value.js';
import { Primitive, type Procedure } from '../values/procedure.js';
import { ControlPrimitive, type Machine } from '../machine/machine.js';
import type { Frame, ReturnPoint, Signal } from '../machine/kernel.js';

const table = new Map<string, Procedure>();

function register(p: Procedure): void {
  if (table.has(p.name)) throw new Error(`built-in ${p.name} defined twice`);
  table.set(p.name, p);
}

/** Defines a primitive: fn gets the Lisp arguments (between min and max of them) and returns a value. */
export function primitive(name: string, min: number, max: number, fn: (...args: any[]) => Value): Primitive {
  const p = new Primitive(name, fn, min, max);
  register(p);
  return p;
}

/** Defines a variadic primitive from a function of its argument array (so any number of arguments works). */
export function variadic(name: string, min: number, fn: (args: Value[]) => Value): Primitive {
  const p = primitive(name, min, Infinity, (...args: Value[]) => fn(args));
  p.applyToArray = fn;
  return p;
}

/** Defines a control primitive: enter gets the continuation (rf, rp) and must continue it. */
export function control(
  name: string,
  min: number,
  max: number,
  enter: (m: Machine, rf: Frame, rp: ReturnPoint, args: Value[]) => Signal,
): ControlPrimitive {
  const p = new ControlPrimitive(name, min, max, enter);
  register(p);
  return p;
}

/**
 * Registers a procedure object made by TypeScript code, such as the current-output-port parameter:
 * a world stores it by name, so after a boot the name still means this very object.
 */
export function wellKnown<T extends Procedure>(p: T, name: string = p.name): T {
  if (table.has(name)) throw new Error(`built-in ${name} defined twice`);
  table.set(name, p);
  return p;
}

/** Registers a second name for a built-in (as Scheme sees it; the procedure keeps its own name). */
export function alias(name: string, of: string): void {
  const p = table.get(of);
  if (p === undefined) throw new Error(`alias ${name}: no built-in ${of}`);
  if (table.has(name)) throw new Error(`built-in ${name} defined twice`);
  table.set(name, p);
}

export function builtinTable(): ReadonlyMap<string, Procedure> {
  return table;
}
