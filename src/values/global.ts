// A global variable is a cell shared by every piece of code that refers to it, so a reference compiles
// to one property load and redefinition is seen everywhere at once.
import type { Value } from './value.js';
import type { Sym } from './symbol.js';

export class GlobalCell {
  /** undefined while the variable is unbound */
  value: Value = undefined;
  constructor(readonly name: Sym) {}
}
