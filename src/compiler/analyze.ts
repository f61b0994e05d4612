// Analysis of a whole top-level form, before any of it is compiled: which variables are captured by
// inner lambdas or assigned, where each variable lives, and which calls open-code a primitive.
//
// A variable no inner lambda refers to lives in its procedure's frame, so it costs nothing beyond a
// frame slot. A captured one lives in an environment vector [parent, v1, v2 ...] that closures share:
// one per procedure call for captured parameters, and one per entry into a let or letrec that has
// captured variables (a fresh one each time, so closures made in different iterations or after a
// continuation re-enters the let each see their own binding). Slots are never reused within a frame;
// that keeps every slot assigned once per activation, which makes re-entering a continuation safe.
import type { Node, Lambda, Var } from '../expander/ir.js';
import { GlobalRef } from '../expander/ir.js';
import { Primitive } from '../values/procedure.js';

export interface InlineOracle {
  /** true when a call to primitive `name` with argc arguments can be open-coded */
  canInline(name: string, argc: number): boolean;
}

export function analyzeTopLevel(top: Lambda, oracle: InlineOracle): void {
  const owners = new Map<Var, Lambda>();
  markCaptures(top, top, owners);
  layoutLambda(top, 0, oracle);
}

function bind(vars: Var[], owner: Lambda, owners: Map<Var, Lambda>): void {
  for (const v of vars) owners.set(v, owner);
}

function use(v: Var, owner: Lambda, owners: Map<Var, Lambda>): void {
  const o = owners.get(v);
  if (o !== undefined && o !== owner) v.captured = true;
}

// Both walks recurse over the expression tree, which is as deep as the program text is nested.
function markCaptures(node: Node, owner: Lambda, owners: Map<Var, Lambda>): void {
  switch (node.kind) {
    case 'const':
    case 'gref':
      return;
    case 'lref':
      use(node.v, owner, owners);
      return;
    case 'lset':
      node.v.mutated = true;
      use(node.v, owner, owners);
      markCaptures(node.value, owner, owners);
      return;
    case 'gset':
    case 'gdef':
      markCaptures(node.value, owner, owners);
      return;
    case 'if':
      markCaptures(node.test, owner, owners);
      markCaptures(node.then, owner, owners);
      markCaptures(node.else_, owner, owners);
      return;
    case 'seq':
      for (const e of node.body) markCaptures(e, owner, owners);
      return;
    case 'call':
      markCaptures(node.fn, owner, owners);
      for (const e of node.args) markCaptures(e, owner, owners);
      return;
    case 'lambda':
      bind(node.params, node, owners);
      if (node.rest !== null) bind([node.rest], node, owners);
      markCaptures(node.body, node, owners);
      return;
    case 'case-lambda':
      for (const c of node.clauses) markCaptures(c, owner, owners);
      return;
    case 'let':
      for (const e of node.inits) markCaptures(e, owner, owners);
      bind(node.vars, owner, owners);
      markCaptures(node.body, owner, owners);
      return;
    case 'letrec':
      bind(node.vars, owner, owners);
      for (const e of node.inits) markCaptures(e, owner, owners);
      markCaptures(node.body, owner, owners);
      return;
  }
}

class SlotCounter {
  constructor(public next: number) {}
  take(): number {
    return this.next++;
  }
}

function layoutLambda(lam: Lambda, outerDepth: number, oracle: InlineOracle): void {
  const params = lam.rest === null ? lam.params : [...lam.params, lam.rest];
  let envIndex = 1;
  const innerDepth = outerDepth + (params.some((p) => p.captured) ? 1 : 0);
  params.forEach((p, i) => {
    if (p.captured) {
      p.slot = envIndex++;
      p.depth = innerDepth;
    } else {
      p.slot = 3 + i;
    }
  });
  lam.envSize = envIndex > 1 ? envIndex : 0;
  lam.depth = innerDepth;
  const slots = new SlotCounter(3 + params.length);
  layout(lam.body, innerDepth, slots, oracle);
  lam.frameBase = slots.next;
}

/** Places the variables of a let or letrec; returns the depth inside its body. */
function layoutBinding(b: { vars: Var[]; envSize: number; envSlot: number; depth: number }, depth: number, slots: SlotCounter): number {
  let envIndex = 1;
  const boxed = b.vars.some((v) => v.captured);
  const inner = boxed ? depth + 1 : depth;
  for (const v of b.vars) {
    if (v.captured) {
      v.slot = envIndex++;
      v.depth = inner;
    } else {
      v.slot = slots.take();
    }
  }
  b.envSize = boxed ? envIndex : 0;
  b.envSlot = boxed ? slots.take() : -1;
  b.depth = inner;
  return inner;
}

function layout(node: Node, depth: number, slots: SlotCounter, oracle: InlineOracle): void {
  switch (node.kind) {
    case 'const':
    case 'gref':
    case 'lref':
      return;
    case 'lset':
    case 'gset':
    case 'gdef':
      layout(node.value, depth, slots, oracle);
      return;
    case 'if':
      layout(node.test, depth, slots, oracle);
      layout(node.then, depth, slots, oracle);
      layout(node.else_, depth, slots, oracle);
      return;
    case 'seq':
      for (const e of node.body) layout(e, depth, slots, oracle);
      return;
    case 'call':
      node.inline = inlineName(node.fn, node.args.length, oracle);
      layout(node.fn, depth, slots, oracle);
      for (const e of node.args) layout(e, depth, slots, oracle);
      return;
    case 'lambda':
      layoutLambda(node, depth, oracle);
      return;
    case 'case-lambda':
      for (const c of node.clauses) layoutLambda(c, depth, oracle);
      return;
    case 'let': {
      for (const e of node.inits) layout(e, depth, slots, oracle);
      const inner = layoutBinding(node, depth, slots);
      layout(node.body, inner, slots, oracle);
      return;
    }
    case 'letrec': {
      const inner = layoutBinding(node, depth, slots);
      for (const e of node.inits) layout(e, inner, slots, oracle);
      layout(node.body, inner, slots, oracle);
      return;
    }
  }
}

/** A call is open-coded when it names a global still bound to the built-in of the same name. */
function inlineName(fn: Node, argc: number, oracle: InlineOracle): string | null {
  if (!(fn instanceof GlobalRef)) return null;
  const v = fn.cell.value;
  if (!(v instanceof Primitive) || v.name !== fn.cell.name.name) return null;
  return oracle.canInline(v.name, argc) ? v.name : null;
}
