// IR -> closures. Each node is compiled once. An expression that cannot call an unknown procedure is
// "simple" and becomes a function (frame) -> value. Anything else becomes a step (machine, frame) ->
// signal that ends by calling a procedure entry, returning from the frame, or handing its value to a
// continuation (machine, frame, value) -> signal. A continuation that a call returns to is a return
// point: it is stored in the callee's frame, so it is numbered within its Code for worlds.
//
// Arguments that are themselves calls are evaluated first, each into a temporary frame slot, so that
// a call step always has all its operands at hand (A-normal form, done on the fly).
import type { Value } from '../values/value.js';
import { UNSPECIFIED } from '../values/singletons.js';
import { makeError, type SrcPos } from '../values/error.js';
import type { GlobalCell } from '../values/global.js';
import type { Node, Lambda, Var, Let, Letrec, Call, CaseLambda } from '../expander/ir.js';
import { Closure, ret, type Frame, type ReturnPoint, type Signal } from '../machine/kernel.js';
import { callOther0, callOther1, callOther2, callOther3, callOtherN, type Machine } from '../machine/machine.js';
import { CompiledCode, codeOf, setCompiler, type Entries } from './code.js';
import { makeEntries, type Step } from './entry.js';
import { makeCaseLambdaEntries } from './case-lambda.js';
import { buildInline, slotGetter, constGetter, type Simple } from './inline.js';

type Cont = (m: Machine, fr: Frame, v: Value) => Signal;

/** Where the innermost environment vector is at a point of the code: its static depth and frame slot. */
interface EnvPos {
  readonly depth: number;
  readonly slot: number;
}

class Context {
  nextSlot: number;
  private simple = new Map<Node, boolean>();
  constructor(
    readonly code: CompiledCode,
    readonly lambda: Lambda,
  ) {
    this.nextSlot = lambda.frameBase;
  }

  temp(): number {
    return this.nextSlot++;
  }

  /** Makes k a return point of this code (once), noting the call site for backtraces. */
  returnPoint(k: Cont, pos: SrcPos | null): ReturnPoint {
    const rp = k as ReturnPoint;
    if (rp.owner === undefined) {
      rp.owner = this.code;
      rp.index = this.code.returnPoints.length;
      rp.site = { name: this.lambda.name, pos };
      this.code.returnPoints.push(rp);
    }
    return rp;
  }

  isSimple(node: Node): boolean {
    let s = this.simple.get(node);
    if (s === undefined) {
      s = computeSimple(node, this);
      this.simple.set(node, s);
    }
    return s;
  }
}

function computeSimple(node: Node, ctx: Context): boolean {
  switch (node.kind) {
    case 'const':
    case 'lref':
    case 'gref':
    case 'lambda':
    case 'case-lambda':
      return true;
    case 'lset':
    case 'gset':
    case 'gdef':
      return ctx.isSimple(node.value);
    case 'if':
      return ctx.isSimple(node.test) && ctx.isSimple(node.then) && ctx.isSimple(node.else_);
    case 'seq':
      return node.body.every((e) => ctx.isSimple(e));
    case 'call':
      return node.inline !== null && node.args.every((e) => ctx.isSimple(e));
    case 'let':
    case 'letrec':
      return node.inits.every((e) => ctx.isSimple(e)) && ctx.isSimple(node.body);
  }
}

function compileLambdaCode(code: CompiledCode): Entries {
  const ir = code.ir;
  if (ir.kind === 'case-lambda') return makeCaseLambdaEntries(ir, ir.clauses.map((c) => codeOf(c).ensureCompiled()));
  const ctx = new Context(code, ir);
  const body = compile(ir.body, ctx, { depth: ir.depth, slot: 2 }, null);
  return makeEntries(ir, body, ctx.nextSlot);
}
setCompiler(compileLambdaCode);

/** Compiles a top-level form (already analysed) into a procedure of no arguments. */
export function closureForTopLevel(top: Lambda): Closure {
  return new Closure(codeOf(top), null);
}

// ---------------------------------------------------------------- steps

/** A step that returns the value of a simple expression, marked so a continuation can do it directly. */
type ReturningStep = Step & { returns?: Simple };

function returning(s: Simple): Step {
  const i = s.slot;
  const step: ReturningStep = i !== undefined ? (m, fr) => ret(m, fr, fr[i]) : (m, fr) => ret(m, fr, s(fr));
  step.returns = s;
  return step;
}

/** Compiles node so that its value goes to k, or is returned from the frame when k is null (tail). */
function compile(node: Node, ctx: Context, env: EnvPos, k: Cont | null): Step {
  if (ctx.isSimple(node)) {
    const s = compileSimple(node, ctx, env);
    if (k === null) return returning(s);
    return (m, fr) => k(m, fr, s(fr));
  }
  switch (node.kind) {
    case 'if':
      return compileIf(node.test, node.then, node.else_, ctx, env, k);
    case 'seq':
      return compileSeq(node.body, ctx, env, k);
    case 'call':
      return compileCall(node, ctx, env, k);
    case 'let':
      return compileLet(node, ctx, env, k);
    case 'letrec':
      return compileLetrec(node, ctx, env, k);
    case 'lset': {
      const set = localSetter(node.v, env);
      return compile(node.value, ctx, env, (m, fr, v) => {
        set(fr, v);
        return k === null ? ret(m, fr, UNSPECIFIED) : k(m, fr, UNSPECIFIED);
      });
    }
    case 'gset': {
      const cell = node.cell;
      const pos = node.pos;
      return compile(node.value, ctx, env, (m, fr, v) => {
        setGlobal(cell, v, fr, pos);
        return k === null ? ret(m, fr, UNSPECIFIED) : k(m, fr, UNSPECIFIED);
      });
    }
    case 'gdef': {
      const cell = node.cell;
      return compile(node.value, ctx, env, (m, fr, v) => {
        cell.value = v;
        return k === null ? ret(m, fr, UNSPECIFIED) : k(m, fr, UNSPECIFIED);
      });
    }
    default:
      throw new Error(`compile: unexpected ${node.kind}`);
  }
}

function compileIf(test: Node, then: Node, else_: Node, ctx: Context, env: EnvPos, k: Cont | null): Step {
  const C = compile(then, ctx, env, k);
  const E = compile(else_, ctx, env, k);
  if (ctx.isSimple(test)) {
    const T = compileSimple(test, ctx, env);
    return (m, fr) => (T(fr) !== false ? C(m, fr) : E(m, fr));
  }
  return compile(test, ctx, env, (m, fr, v) => (v !== false ? C(m, fr) : E(m, fr)));
}

function compileSeq(body: Node[], ctx: Context, env: EnvPos, k: Cont | null): Step {
  let step = compile(body[body.length - 1], ctx, env, k);
  // Runs of simple expressions become one step, so a long body does not nest JS calls per form.
  let i = body.length - 2;
  while (i >= 0) {
    const next = step;
    if (ctx.isSimple(body[i])) {
      const run: Simple[] = [];
      while (i >= 0 && ctx.isSimple(body[i])) run.unshift(compileSimple(body[i--], ctx, env));
      step = (m, fr) => {
        for (let j = 0; j < run.length; j++) run[j](fr);
        return next(m, fr);
      };
    } else {
      step = compile(body[i--], ctx, env, (m, fr) => next(m, fr));
    }
  }
  return step;
}

/** Evaluates the operands that are calls into temporaries, then runs `then` with getters for all of them. */
function withOperands(operands: Node[], ctx: Context, env: EnvPos, then: (getters: Simple[]) => Step): Step {
  const getters: Simple[] = [];
  const pending: { node: Node; slot: number }[] = [];
  for (const op of operands) {
    if (ctx.isSimple(op)) {
      getters.push(compileSimple(op, ctx, env));
    } else {
      const slot = ctx.temp();
      pending.push({ node: op, slot });
      getters.push(slotGetter(slot));
    }
  }
  let step = then(getters);
  for (let i = pending.length - 1; i >= 0; i--) {
    const next = step;
    const slot = pending[i].slot;
    const result = (next as ReturningStep).returns;
    step = compile(
      pending[i].node,
      ctx,
      env,
      result !== undefined
        ? (m, fr, v) => {
            fr[slot] = v;
            return ret(m, fr, result(fr));
          }
        : (m, fr, v) => {
            fr[slot] = v;
            return next(m, fr);
          },
    );
  }
  return step;
}

function compileCall(node: Call, ctx: Context, env: EnvPos, k: Cont | null): Step {
  if (node.inline !== null) {
    const name = node.inline;
    return withOperands(node.args, ctx, env, (args) => {
      const s = buildInline(name, args, node.pos);
      if (k === null) return returning(s);
      return (m, fr) => k(m, fr, s(fr));
    });
  }
  const rp = k === null ? null : ctx.returnPoint(k, node.pos);
  if (node.fn.kind === 'gref') {
    const cell = node.fn.cell;
    return withOperands(node.args, ctx, env, (args) => globalCallStep(cell, args, rp, node.pos));
  }
  return withOperands([node.fn, ...node.args], ctx, env, ([F, ...args]) => callStep(F, args, rp, node.pos));
}

/**
 * A call whose operator is a global variable, the most common kind: the step reads the cell itself.
 * An unbound operator shows up as undefined and gets its error from the general path.
 */
function globalCallStep(cell: GlobalCell, args: Simple[], rp: ReturnPoint | null, pos: SrcPos | null): Step {
  const F: Simple = (fr) => {
    const v = cell.value;
    return v !== undefined ? v : unbound(cell, fr, pos);
  };
  if (rp === null) {
    switch (args.length) {
      case 1: {
        const [A] = args;
        return (m, fr) => {
          const f = cell.value;
          const a = A(fr);
          if (f instanceof Closure) return f.code.e1(m, f, fr[0], fr[1], a);
          return callOther1(m, F(fr), fr[0], fr[1], a, pos);
        };
      }
      case 2: {
        const [A, B] = args;
        return (m, fr) => {
          const f = cell.value;
          const a = A(fr);
          const b = B(fr);
          if (f instanceof Closure) return f.code.e2(m, f, fr[0], fr[1], a, b);
          return callOther2(m, F(fr), fr[0], fr[1], a, b, pos);
        };
      }
      case 3: {
        const [A, B, C] = args;
        return (m, fr) => {
          const f = cell.value;
          const a = A(fr);
          const b = B(fr);
          const c = C(fr);
          if (f instanceof Closure) return f.code.e3(m, f, fr[0], fr[1], a, b, c);
          return callOther3(m, F(fr), fr[0], fr[1], a, b, c, pos);
        };
      }
      default:
        return callStep(F, args, rp, pos);
    }
  }
  switch (args.length) {
    case 1: {
      const [A] = args;
      return (m, fr) => {
        const f = cell.value;
        const a = A(fr);
        if (f instanceof Closure) return f.code.e1(m, f, fr, rp, a);
        return callOther1(m, F(fr), fr, rp, a, pos);
      };
    }
    case 2: {
      const [A, B] = args;
      return (m, fr) => {
        const f = cell.value;
        const a = A(fr);
        const b = B(fr);
        if (f instanceof Closure) return f.code.e2(m, f, fr, rp, a, b);
        return callOther2(m, F(fr), fr, rp, a, b, pos);
      };
    }
    case 3: {
      const [A, B, C] = args;
      return (m, fr) => {
        const f = cell.value;
        const a = A(fr);
        const b = B(fr);
        const c = C(fr);
        if (f instanceof Closure) return f.code.e3(m, f, fr, rp, a, b, c);
        return callOther3(m, F(fr), fr, rp, a, b, c, pos);
      };
    }
    default:
      return callStep(F, args, rp, pos);
  }
}

/** The call itself; rp null means a tail call, which passes on this frame's own continuation. */
function callStep(F: Simple, args: Simple[], rp: ReturnPoint | null, pos: SrcPos | null): Step {
  if (rp === null) {
    switch (args.length) {
      case 0:
        return (m, fr) => {
          const f = F(fr);
          if (f instanceof Closure) return f.code.e0(m, f, fr[0], fr[1]);
          return callOther0(m, f, fr[0], fr[1], pos);
        };
      case 1: {
        const [A] = args;
        return (m, fr) => {
          const f = F(fr);
          const a = A(fr);
          if (f instanceof Closure) return f.code.e1(m, f, fr[0], fr[1], a);
          return callOther1(m, f, fr[0], fr[1], a, pos);
        };
      }
      case 2: {
        const [A, B] = args;
        return (m, fr) => {
          const f = F(fr);
          const a = A(fr);
          const b = B(fr);
          if (f instanceof Closure) return f.code.e2(m, f, fr[0], fr[1], a, b);
          return callOther2(m, f, fr[0], fr[1], a, b, pos);
        };
      }
      case 3: {
        const [A, B, C] = args;
        return (m, fr) => {
          const f = F(fr);
          const a = A(fr);
          const b = B(fr);
          const c = C(fr);
          if (f instanceof Closure) return f.code.e3(m, f, fr[0], fr[1], a, b, c);
          return callOther3(m, f, fr[0], fr[1], a, b, c, pos);
        };
      }
      default:
        return (m, fr) => {
          const f = F(fr);
          const vals = args.map((A) => A(fr));
          if (f instanceof Closure) return f.code.eN(m, f, fr[0], fr[1], vals);
          return callOtherN(m, f, fr[0], fr[1], vals, pos);
        };
    }
  }
  switch (args.length) {
    case 0:
      return (m, fr) => {
        const f = F(fr);
        if (f instanceof Closure) return f.code.e0(m, f, fr, rp);
        return callOther0(m, f, fr, rp, pos);
      };
    case 1: {
      const [A] = args;
      return (m, fr) => {
        const f = F(fr);
        const a = A(fr);
        if (f instanceof Closure) return f.code.e1(m, f, fr, rp, a);
        return callOther1(m, f, fr, rp, a, pos);
      };
    }
    case 2: {
      const [A, B] = args;
      return (m, fr) => {
        const f = F(fr);
        const a = A(fr);
        const b = B(fr);
        if (f instanceof Closure) return f.code.e2(m, f, fr, rp, a, b);
        return callOther2(m, f, fr, rp, a, b, pos);
      };
    }
    case 3: {
      const [A, B, C] = args;
      return (m, fr) => {
        const f = F(fr);
        const a = A(fr);
        const b = B(fr);
        const c = C(fr);
        if (f instanceof Closure) return f.code.e3(m, f, fr, rp, a, b, c);
        return callOther3(m, f, fr, rp, a, b, c, pos);
      };
    }
    default:
      return (m, fr) => {
        const f = F(fr);
        const vals = args.map((A) => A(fr));
        if (f instanceof Closure) return f.code.eN(m, f, fr, rp, vals);
        return callOtherN(m, f, fr, rp, vals, pos);
      };
  }
}

/** Where a let or letrec puts the value of each variable, and the env position inside its body. */
function bindingTargets(b: Let | Letrec, env: EnvPos): { inner: EnvPos; boxed: boolean } {
  const boxed = b.envSize > 0;
  return { inner: boxed ? { depth: b.depth, slot: b.envSlot } : env, boxed };
}

function compileLet(node: Let, ctx: Context, env: EnvPos, k: Cont | null): Step {
  const { inner, boxed } = bindingTargets(node, env);
  const body = compile(node.body, ctx, inner, k);
  const vars = node.vars;
  // Frame variables are stored straight away; captured ones wait in temporaries until the
  // environment vector is made, after all the inits (which must not see the new bindings).
  const dest = vars.map((v) => (v.captured ? ctx.temp() : v.slot));
  let afterInits: Step = body;
  if (boxed) {
    const envSlot = node.envSlot;
    const outerSlot = env.slot;
    const size = node.envSize;
    const fills = vars.map((v, i) => [v.slot, dest[i]] as const).filter((_, i) => vars[i].captured);
    afterInits = (m, fr) => {
      const e: Value[] = new Array(size);
      e[0] = fr[outerSlot];
      for (let j = 0; j < fills.length; j++) e[fills[j][0]] = fr[fills[j][1]];
      fr[envSlot] = e;
      return body(m, fr);
    };
  }
  return storeInits(node.inits, dest, ctx, env, afterInits);
}

/** Evaluates inits in order, storing each into frame slot dest[i], then runs next. */
function storeInits(inits: Node[], dest: number[], ctx: Context, env: EnvPos, next: Step): Step {
  let step = next;
  let i = inits.length - 1;
  while (i >= 0) {
    const after = step;
    if (ctx.isSimple(inits[i])) {
      const run: { get: Simple; slot: number }[] = [];
      while (i >= 0 && ctx.isSimple(inits[i])) {
        run.unshift({ get: compileSimple(inits[i], ctx, env), slot: dest[i] });
        i--;
      }
      step = (m, fr) => {
        for (let j = 0; j < run.length; j++) fr[run[j].slot] = run[j].get(fr);
        return after(m, fr);
      };
    } else {
      const slot = dest[i];
      step = compile(inits[i--], ctx, env, (m, fr, v) => {
        fr[slot] = v;
        return after(m, fr);
      });
    }
  }
  return step;
}

function compileLetrec(node: Letrec, ctx: Context, env: EnvPos, k: Cont | null): Step {
  const { inner, boxed } = bindingTargets(node, env);
  const body = compile(node.body, ctx, inner, k);
  let step = body;
  for (let i = node.inits.length - 1; i >= 0; i--) {
    const next = step;
    const set = localSetter(node.vars[i], inner);
    if (ctx.isSimple(node.inits[i])) {
      const get = compileSimple(node.inits[i], ctx, inner);
      step = (m, fr) => {
        set(fr, get(fr));
        return next(m, fr);
      };
    } else {
      step = compile(node.inits[i], ctx, inner, (m, fr, v) => {
        set(fr, v);
        return next(m, fr);
      });
    }
  }
  if (!boxed) return step;
  const envSlot = node.envSlot;
  const outerSlot = env.slot;
  const size = node.envSize;
  const first = step;
  return (m, fr) => {
    const e: Value[] = new Array(size);
    e[0] = fr[outerSlot];
    fr[envSlot] = e;
    return first(m, fr);
  };
}

// ---------------------------------------------------------------- simple expressions

function compileSimple(node: Node, ctx: Context, env: EnvPos): Simple {
  switch (node.kind) {
    case 'const':
      return constGetter(node.value);
    case 'lref':
      return localGetter(node.v, env, node.pos);
    case 'gref': {
      const cell = node.cell;
      const pos = node.pos;
      return (fr) => {
        const v = cell.value;
        return v !== undefined ? v : unbound(cell, fr, pos);
      };
    }
    case 'lset': {
      const set = localSetter(node.v, env);
      const get = compileSimple(node.value, ctx, env);
      return (fr) => {
        set(fr, get(fr));
        return UNSPECIFIED;
      };
    }
    case 'gset': {
      const cell = node.cell;
      const pos = node.pos;
      const get = compileSimple(node.value, ctx, env);
      return (fr) => {
        setGlobal(cell, get(fr), fr, pos);
        return UNSPECIFIED;
      };
    }
    case 'gdef': {
      const cell = node.cell;
      const get = compileSimple(node.value, ctx, env);
      return (fr) => {
        cell.value = get(fr);
        return UNSPECIFIED;
      };
    }
    case 'if': {
      const T = compileSimple(node.test, ctx, env);
      const C = compileSimple(node.then, ctx, env);
      const E = compileSimple(node.else_, ctx, env);
      return (fr) => (T(fr) !== false ? C(fr) : E(fr));
    }
    case 'seq': {
      const run = node.body.map((e) => compileSimple(e, ctx, env));
      const last = run.pop() as Simple;
      return (fr) => {
        for (let j = 0; j < run.length; j++) run[j](fr);
        return last(fr);
      };
    }
    case 'call': {
      const args = node.args.map((e) => compileSimple(e, ctx, env));
      return buildInline(node.inline as string, args, node.pos);
    }
    case 'lambda': {
      const code = codeOf(node);
      const s = env.slot;
      return (fr) => new Closure(code, fr[s]);
    }
    case 'case-lambda': {
      const code = codeOf(node);
      const s = env.slot;
      return (fr) => new Closure(code, fr[s]);
    }
    case 'let':
    case 'letrec':
      return simpleBinding(node, ctx, env);
  }
}

/** A let or letrec whose inits and body are all simple, as one function. */
function simpleBinding(node: Let | Letrec, ctx: Context, env: EnvPos): Simple {
  const { inner, boxed } = bindingTargets(node, env);
  const isLet = node.kind === 'let';
  const initEnv = isLet ? env : inner;
  const inits = node.inits.map((e) => compileSimple(e, ctx, initEnv));
  const sets = node.vars.map((v) => localSetter(v, inner));
  const body = compileSimple(node.body, ctx, inner);
  const envSlot = node.envSlot;
  const outerSlot = env.slot;
  const size = node.envSize;
  const n = inits.length;
  return (fr) => {
    if (isLet) {
      const vals = new Array(n);
      for (let j = 0; j < n; j++) vals[j] = inits[j](fr);
      if (boxed) {
        const e: Value[] = new Array(size);
        e[0] = fr[outerSlot];
        fr[envSlot] = e;
      }
      for (let j = 0; j < n; j++) sets[j](fr, vals[j]);
    } else {
      if (boxed) {
        const e: Value[] = new Array(size);
        e[0] = fr[outerSlot];
        fr[envSlot] = e;
      }
      for (let j = 0; j < n; j++) sets[j](fr, inits[j](fr));
    }
    return body(fr);
  };
}

/** The environment vector `hops` levels out from the one in frame slot s. */
function envGetter(s: number, hops: number): (fr: Frame) => Value[] {
  switch (hops) {
    case 0:
      return (fr) => fr[s];
    case 1:
      return (fr) => fr[s][0];
    case 2:
      return (fr) => fr[s][0][0];
    default:
      return (fr) => {
        let e = fr[s];
        for (let h = 0; h < hops; h++) e = e[0];
        return e;
      };
  }
}

function localGetter(v: Var, env: EnvPos, pos: SrcPos | null): Simple {
  const i = v.slot;
  if (!v.captured) {
    if (!v.recursive) return slotGetter(i);
    return (fr) => {
      const x = fr[i];
      return x !== undefined ? x : uninitialised(v, fr, pos);
    };
  }
  const s = env.slot;
  const hops = env.depth - v.depth;
  if (hops === 0 && !v.recursive) return (fr) => fr[s][i];
  if (hops === 1 && !v.recursive) return (fr) => fr[s][0][i];
  const get = envGetter(s, hops);
  return (fr) => {
    const x = get(fr)[i];
    return x !== undefined ? x : uninitialised(v, fr, pos);
  };
}

function localSetter(v: Var, env: EnvPos): (fr: Frame, x: Value) => void {
  const i = v.slot;
  if (!v.captured) {
    return (fr, x) => {
      fr[i] = x;
    };
  }
  const get = envGetter(env.slot, env.depth - v.depth);
  return (fr, x) => {
    get(fr)[i] = x;
  };
}

function unbound(cell: GlobalCell, fr: Frame, pos: SrcPos | null): never {
  const e = makeError('unbound', `unbound variable: ${cell.name.name}`, [cell.name], pos);
  e.frame = fr;
  throw e;
}

function uninitialised(v: Var, fr: Frame, pos: SrcPos | null): never {
  const e = makeError('unbound', `${v.name.name}: variable used before its definition`, [v.name], pos);
  e.frame = fr;
  throw e;
}

function setGlobal(cell: GlobalCell, v: Value, fr: Frame, pos: SrcPos | null): void {
  if (cell.value === undefined) {
    const e = makeError('unbound', `set!: unbound variable: ${cell.name.name}`, [cell.name], pos);
    e.frame = fr;
    throw e;
  }
  cell.value = v;
}

