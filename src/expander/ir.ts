// The expander's output and the compiler's input: core forms with every identifier resolved. A local
// variable is a Var object shared by its binding and its references; a global is its GlobalCell.
// This is also how a world stores code: a closure keeps its Lambda node, and booting compiles the node
// again, so no JS source is ever written to or read from a world.
//
// The fields below the "filled in by analysis" comments are computed by compiler/analyze.ts once per
// top-level form; they are plain data too and are saved with the node.
import type { Value } from '../values/value.js';
import type { Sym } from '../values/symbol.js';
import type { GlobalCell } from '../values/global.js';
import type { SrcPos } from '../values/error.js';

export class Var {
  // filled in by analysis
  /** referenced or assigned from a lambda other than the one that binds it */
  captured = false;
  mutated = false;
  /** frame slot (not captured) or index in its environment vector (captured) */
  slot = -1;
  /** for a captured variable: the static depth of the environment vector holding it */
  depth = -1;
  constructor(
    readonly name: Sym,
    /** true for letrec and internal-define variables, which can be referenced before they are set */
    readonly recursive = false,
  ) {}
}

export class Const {
  readonly kind = 'const';
  constructor(readonly value: Value) {}
}

export class LocalRef {
  readonly kind = 'lref';
  constructor(readonly v: Var, readonly pos: SrcPos | null) {}
}

export class GlobalRef {
  readonly kind = 'gref';
  constructor(readonly cell: GlobalCell, readonly pos: SrcPos | null) {}
}

export class LocalSet {
  readonly kind = 'lset';
  constructor(readonly v: Var, readonly value: Node) {}
}

export class GlobalSet {
  readonly kind = 'gset';
  constructor(readonly cell: GlobalCell, readonly value: Node, readonly pos: SrcPos | null) {}
}

export class GlobalDefine {
  readonly kind = 'gdef';
  constructor(readonly cell: GlobalCell, readonly value: Node) {}
}

export class If {
  readonly kind = 'if';
  constructor(readonly test: Node, readonly then: Node, readonly else_: Node) {}
}

export class Seq {
  readonly kind = 'seq';
  constructor(readonly body: Node[]) {}
}

export class Call {
  readonly kind = 'call';
  // filled in by analysis: the name of the primitive to open-code when fn is a global bound to a
  // built-in the compiler knows (decided once, so that a world compiles the same code at boot)
  inline: string | null = null;
  constructor(readonly fn: Node, readonly args: Node[], readonly pos: SrcPos | null) {}
}

export class Lambda {
  readonly kind = 'lambda';
  // filled in by analysis
  /** static depth of the environment current inside the body */
  depth = 0;
  /** size of the environment vector the lambda makes on entry for its captured parameters (0: none) */
  envSize = 0;
  /** first frame slot not taken by a variable; the compiler puts its temporaries from here on */
  frameBase = 3;
  /**
   * A top-level form wrapped as a procedure: its last call is compiled as a non-tail call, so that an
   * error in the called procedure's entry (a wrong argument count) can name this call's position.
   */
  topLevel = false;
  constructor(
    public name: string,
    readonly params: Var[],
    readonly rest: Var | null,
    readonly body: Node,
    readonly pos: SrcPos | null,
  ) {}
}

/** let: the inits are evaluated in the outer scope, then the body runs with the variables bound. */
export class Let {
  readonly kind = 'let';
  // filled in by analysis: a let with captured variables makes an environment vector, kept in envSlot
  envSize = 0;
  envSlot = -1;
  depth = 0;
  constructor(readonly vars: Var[], readonly inits: Node[], readonly body: Node) {}
}

/** letrec*: the variables are bound first, then the inits are evaluated and assigned in order. */
export class Letrec {
  readonly kind = 'letrec';
  envSize = 0;
  envSlot = -1;
  depth = 0;
  constructor(readonly vars: Var[], readonly inits: Node[], readonly body: Node) {}
}

/** case-lambda: one closure that picks the first clause whose parameter list accepts the arguments. */
export class CaseLambda {
  readonly kind = 'case-lambda';
  constructor(public name: string, readonly clauses: Lambda[], readonly pos: SrcPos | null) {}
}

export type Node = Const | LocalRef | GlobalRef | LocalSet | GlobalSet | GlobalDefine | If | Seq | Call | Lambda | Let | Letrec | CaseLambda;
