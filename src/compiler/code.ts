// The Code object of each Lambda: its entries start as stubs that compile the Lambda the first time it
// is called, so booting a world compiles only what runs. The compiled body and its return points are
// kept here, indexed in the order compilation makes them, which is what a world refers to.
import type { Value } from '../values/value.js';
import type { Lambda, CaseLambda } from '../expander/ir.js';
import type { Closure, Code, Frame, ReturnPoint, Signal } from '../machine/kernel.js';
import type { Machine } from '../machine/machine.js';

export interface Entries {
  e0(m: Machine, c: Closure, rf: Frame, rp: ReturnPoint): Signal;
  e1(m: Machine, c: Closure, rf: Frame, rp: ReturnPoint, a: Value): Signal;
  e2(m: Machine, c: Closure, rf: Frame, rp: ReturnPoint, a: Value, b: Value): Signal;
  e3(m: Machine, c: Closure, rf: Frame, rp: ReturnPoint, a: Value, b: Value, d: Value): Signal;
  eN(m: Machine, c: Closure, rf: Frame, rp: ReturnPoint, args: Value[]): Signal;
}

type Compiler = (code: CompiledCode) => Entries;
let compiler: Compiler | null = null;

/** compile.ts registers itself here; code.ts cannot import it without an import cycle. */
export function setCompiler(c: Compiler): void {
  compiler = c;
}

export class CompiledCode implements Code {
  returnPoints: ReturnPoint[] = [];
  private compiled = false;
  e0: Entries['e0'];
  e1: Entries['e1'];
  e2: Entries['e2'];
  e3: Entries['e3'];
  eN: Entries['eN'];

  constructor(readonly ir: Lambda | CaseLambda) {
    this.e0 = (m, c, rf, rp) => this.ensureCompiled().e0(m, c, rf, rp);
    this.e1 = (m, c, rf, rp, a) => this.ensureCompiled().e1(m, c, rf, rp, a);
    this.e2 = (m, c, rf, rp, a, b) => this.ensureCompiled().e2(m, c, rf, rp, a, b);
    this.e3 = (m, c, rf, rp, a, b, d) => this.ensureCompiled().e3(m, c, rf, rp, a, b, d);
    this.eN = (m, c, rf, rp, args) => this.ensureCompiled().eN(m, c, rf, rp, args);
  }

  get name(): string {
    return this.ir.name;
  }

  ensureCompiled(): this {
    if (!this.compiled) {
      const entries = (compiler as Compiler)(this);
      this.compiled = true;
      this.e0 = entries.e0;
      this.e1 = entries.e1;
      this.e2 = entries.e2;
      this.e3 = entries.e3;
      this.eN = entries.eN;
    }
    return this;
  }

  /** The index-th return point of this code (a world names return points this way). */
  returnPoint(index: number): ReturnPoint {
    this.ensureCompiled();
    const rp = this.returnPoints[index];
    if (rp === undefined) throw new Error(`${this.name || 'lambda'} has no return point ${index}`);
    return rp;
  }
}

const codes = new WeakMap<Lambda | CaseLambda, CompiledCode>();

/** The one Code object of a Lambda or CaseLambda node. */
export function codeOf(ir: Lambda | CaseLambda): CompiledCode {
  let c = codes.get(ir);
  if (c === undefined) {
    c = new CompiledCode(ir);
    codes.set(ir, c);
  }
  return c;
}
