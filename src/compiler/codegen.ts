// IR -> JS. Each Lambda becomes one generated JS factory whose functions are the lambda's blocks:
// the body, the continuations that calls return to (return points), and one entry per small argument
// count. The factory is made with `new Function` from source generated here, once per Lambda, the
// first time the Lambda is called; the world never holds this source (it stores the IR and compiles
// again after a boot). Each Lambda getting functions of its own matters for speed: V8 then keeps type
// feedback per Lambda, where closures made from shared templates would all share one feedback.
//
// The shape of the code follows the machine's calling convention (../machine/kernel.ts). An
// expression that cannot call an unknown procedure is "simple" and becomes a JS expression. Anything
// else is emitted as statements ending in a call, a return, or a jump to a continuation. Operands that
// are calls are evaluated first, in order, each into a frame slot (A-normal form), except the last,
// whose value arrives as the return point's argument.
import type { Value } from '../values/value.js';
import { formatPos, type SrcPos } from '../values/error.js';
import { Seq, type Node, type Lambda, type Var, type Let, type Letrec, type Call } from '../expander/ir.js';
import type { ReturnPoint } from '../machine/kernel.js';
import { runtime } from './support.js';
import { emitInline } from './primitives.js';
import { codeOf, type CompiledCode, type Entries } from './code.js';

/** Where the innermost environment vector is at a point of the code: its static depth and frame slot. */
interface EnvPos {
  readonly depth: number;
  readonly slot: number;
}

/** One generated JS function. */
class Fn {
  private lines: string[] = [];
  private temps = 0;
  constructor(
    readonly name: string,
    readonly params: string,
  ) {}
  temp(): string {
    return `t${this.temps++}`;
  }
  line(s: string): void {
    this.lines.push(s);
  }
  source(): string {
    const decl = this.temps > 0 ? `let ${Array.from({ length: this.temps }, (_, i) => `t${i}`).join(', ')};\n` : '';
    return `function ${this.name}(${this.params}) {\n${decl}${this.lines.join('\n')}\n}`;
  }
}

/** Where a value goes next. */
interface Cont {
  /** emits, into f, the statements that continue with the value of JS expression v (ending in a return) */
  emit(f: Fn, v: string): void;
  /** the name of a function a callee can return to, made a return point of this code */
  returnPoint(pos: SrcPos | null): string;
  /** a continuation that several places may continue with (a branch's join point) */
  shared(): Cont;
  readonly tail: boolean;
}

const TAIL: Cont = {
  emit: (f, v) => f.line(`return ret(m, fr, ${v});`),
  returnPoint: () => {
    throw new Error('a tail call has no return point');
  },
  shared: () => TAIL,
  tail: true,
};

/** Returning before a frame exists: straight to the caller's continuation. */
const ENTRY_TAIL: Cont = {
  emit: (f, v) => f.line(`return resume(m, rp, rf, ${v});`),
  returnPoint: () => {
    throw new Error('a tail call has no return point');
  },
  shared: () => ENTRY_TAIL,
  tail: true,
};

/** A function continuation: jumped to directly, or returned to by a callee. */
class Named implements Cont {
  readonly tail = false;
  constructor(
    readonly gen: Gen,
    readonly name: string,
  ) {}
  emit(f: Fn, v: string): void {
    f.line(`return ${this.name}(m, fr, ${v});`);
  }
  returnPoint(pos: SrcPos | null): string {
    this.gen.markReturnPoint(this.name, pos);
    return this.name;
  }
  shared(): Cont {
    return this;
  }
}

/** A continuation emitted in place, made into a function of its own only when something must return to it. */
class Inline implements Cont {
  readonly tail = false;
  private named: Named | null = null;
  constructor(
    readonly gen: Gen,
    readonly body: (f: Fn, v: string) => void,
  ) {}
  emit(f: Fn, v: string): void {
    if (this.named !== null) this.named.emit(f, v);
    else this.body(f, v);
  }
  private materialize(): Named {
    if (this.named === null) {
      const fn = this.gen.newFn('m, fr, v');
      this.named = new Named(this.gen, fn.name);
      this.body(fn, 'v');
    }
    return this.named;
  }
  returnPoint(pos: SrcPos | null): string {
    return this.materialize().returnPoint(pos);
  }
  shared(): Cont {
    return this.materialize();
  }
}

/** The generator for one Lambda. */
class Gen {
  private fns: Fn[] = [];
  private constants: unknown[] = [];
  private constantIds = new Map<unknown, number>();
  private simpleCache = new Map<Node, boolean>();
  /** return point function names in index order, with their call sites */
  readonly returnPoints: { name: string; pos: SrcPos | null }[] = [];
  nextSlot: number;
  /**
   * True while generating code that runs in an entry before any frame exists (see entryBody): the
   * parameters are then the entry's JS arguments, the environment is the closure's, and a return goes
   * straight to the caller's continuation.
   */
  private frameless = false;

  constructor(readonly lambda: Lambda) {
    this.nextSlot = lambda.frameBase;
  }

  newFn(params: string): Fn {
    const f = new Fn(`b${this.fns.length}`, params);
    this.fns.push(f);
    return f;
  }

  markReturnPoint(name: string, pos: SrcPos | null): void {
    if (!this.returnPoints.some((r) => r.name === name)) this.returnPoints.push({ name, pos });
  }

  /** A frame slot for a temporary (never reused: see analyze.ts). */
  frameTemp(): number {
    return this.nextSlot++;
  }

  /** The name of a constant of the generated code (a value, a cell, a code object, a position). */
  constant(v: unknown): string {
    let id = this.constantIds.get(v);
    if (id === undefined) {
      id = this.constants.length;
      this.constants.push(v);
      this.constantIds.set(v, id);
    }
    return `k${id}`;
  }

  /** A JS literal for a value where one is exact, else its constant. */
  literal(v: Value): string {
    if (typeof v === 'number') return Object.is(v, -0) ? this.constant(v) : v < 0 ? `(${v})` : `${v}`;
    if (v === true || v === false || v === null) return String(v);
    return this.constant(v);
  }

  pos(p: SrcPos | null): string {
    return p === null ? 'null' : this.constant(p);
  }

  /**
   * The frame an error here should carry: this procedure's, or before it has one, a stand-in with its
   * caller's frame and return point (all a backtrace reads), made only when an error happens.
   */
  private get frameVar(): string {
    return this.frameless ? '[rf, rp]' : 'fr';
  }

  /** The last two arguments of a slow path or error call: the frame and the source position. */
  site(p: SrcPos | null): string {
    return `${this.frameVar}, ${this.pos(p)}`;
  }

  /** The JS for the environment vector in frame slot s. */
  private envSlot(s: number): string {
    return this.frameless && s === 2 ? 'c.env' : `fr[${s}]`;
  }

  isSimple(node: Node): boolean {
    let s = this.simpleCache.get(node);
    if (s === undefined) {
      s = this.computeSimple(node);
      this.simpleCache.set(node, s);
    }
    return s;
  }

  private computeSimple(node: Node): boolean {
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
        return this.isSimple(node.value);
      case 'if':
        return this.isSimple(node.test) && this.isSimple(node.then) && this.isSimple(node.else_);
      case 'seq':
        return node.body.every((e) => this.isSimple(e));
      case 'call':
        return node.inline !== null && node.args.every((e) => this.isSimple(e));
      case 'let':
      case 'letrec':
        return node.inits.every((e) => this.isSimple(e)) && this.isSimple(node.body);
    }
  }

  // ------------------------------------------------------------ statements

  /** Emits into f the code that computes node and continues with k. */
  gen(node: Node, env: EnvPos, f: Fn, k: Cont): void {
    if (this.isSimple(node)) {
      k.emit(f, this.expr(node, env, f));
      return;
    }
    switch (node.kind) {
      case 'if': {
        const join = k.shared();
        const branches = (g: Fn, test: string) => {
          g.line(`if (${test} !== false) {`);
          this.gen(node.then, env, g, join);
          g.line('} else {');
          this.gen(node.else_, env, g, join);
          g.line('}');
        };
        if (this.isSimple(node.test)) branches(f, this.expr(node.test, env, f));
        else this.gen(node.test, env, f, new Inline(this, branches));
        return;
      }
      case 'seq':
        this.sequence(node.body, 0, env, f, k);
        return;
      case 'call':
        this.call(node, env, f, k);
        return;
      case 'let':
        this.let(node, env, f, k);
        return;
      case 'letrec':
        this.letrec(node, env, f, k);
        return;
      case 'lset': {
        const v = node.v;
        this.gen(node.value, env, f, new Inline(this, (g, x) => {
          g.line(`${this.setLocal(v, env, x)};`);
          k.emit(g, 'UNSPECIFIED');
        }));
        return;
      }
      case 'gset': {
        const cell = this.constant(node.cell);
        const p = this.pos(node.pos);
        this.gen(node.value, env, f, new Inline(this, (g, x) => {
          g.line(`setGlobal(${cell}, ${x}, fr, ${p});`); // not frameless: the value needed a call
          k.emit(g, 'UNSPECIFIED');
        }));
        return;
      }
      case 'gdef': {
        const cell = this.constant(node.cell);
        this.gen(node.value, env, f, new Inline(this, (g, x) => {
          g.line(`${cell}.value = ${x};`);
          k.emit(g, 'UNSPECIFIED');
        }));
        return;
      }
      default:
        throw new Error(`codegen: unexpected ${node.kind}`);
    }
  }

  private sequence(body: Node[], from: number, env: EnvPos, f: Fn, k: Cont): void {
    for (let i = from; i < body.length - 1; i++) {
      const e = body[i];
      if (this.isSimple(e)) {
        f.line(`${this.expr(e, env, f)};`);
        continue;
      }
      this.gen(e, env, f, new Inline(this, (g, v) => {
        // the value is not wanted, but computing it may do something (an open-coded vector-set!)
        if (v !== 'v') g.line(`${v};`);
        this.sequence(body, i + 1, env, g, k);
      }));
      return;
    }
    this.gen(body[body.length - 1], env, f, k);
  }

  /**
   * Evaluates operands, the ones that are calls first, then calls finish with a JS expression for
   * each operand, valid in the function finish is given.
   */
  private operands(ops: Node[], env: EnvPos, f: Fn, finish: (g: Fn, values: string[]) => void): void {
    const complex = ops.map((o, i) => (this.isSimple(o) ? -1 : i)).filter((i) => i >= 0);
    const held = new Map<number, string>();
    const step = (j: number, g: Fn): void => {
      if (j === complex.length) {
        finish(g, ops.map((o, i) => held.get(i) ?? this.expr(o, env, g)));
        return;
      }
      const i = complex[j];
      const last = j === complex.length - 1;
      this.gen(ops[i], env, g, new Inline(this, (h, v) => {
        if (last) {
          const t = h.temp();
          h.line(`${t} = ${v};`);
          held.set(i, t);
        } else {
          const slot = this.frameTemp();
          h.line(`fr[${slot}] = ${v};`);
          held.set(i, `fr[${slot}]`);
        }
        step(j + 1, h);
      }));
    };
    step(0, f);
  }

  private call(node: Call, env: EnvPos, f: Fn, k: Cont): void {
    const p = this.pos(node.pos);
    if (node.inline !== null) {
      const name = node.inline;
      const site = this.site(node.pos);
      this.operands(node.args, env, f, (g, args) => k.emit(g, emitInline(name, args, site, g)));
      return;
    }
    const rf = k.tail ? (this.frameless ? 'rf' : 'fr[0]') : 'fr';
    const rp = k.tail ? (this.frameless ? 'rp' : 'fr[1]') : k.returnPoint(node.pos);
    const frameVar = this.frameVar;
    const global = node.fn.kind === 'gref' ? this.constant(node.fn.cell) : null;
    const ops = global === null ? [node.fn, ...node.args] : node.args;
    this.operands(ops, env, f, (g, values) => {
      const fnExpr = global === null ? values[0] : `${global}.value`;
      const argExprs = global === null ? values.slice(1) : values;
      const fv = g.temp();
      g.line(`${fv} = ${fnExpr};`);
      const args = argExprs.map((a) => {
        const t = g.temp();
        g.line(`${t} = ${a};`);
        return t;
      });
      const n = args.length;
      const list = n <= 3 ? args.map((a) => `, ${a}`).join('') : `, [${args.join(', ')}]`;
      const entry = n <= 3 ? `e${n}` : 'eN';
      const other = n <= 3 ? `callOther${n}` : 'callOtherN';
      g.line(`if (${fv} instanceof Closure) return ${fv}.code.${entry}(m, ${fv}, ${rf}, ${rp}${list});`);
      if (global !== null) g.line(`if (${fv} === undefined) unbound(${global}, ${frameVar}, ${p});`);
      g.line(`return ${other}(m, ${fv}, ${rf}, ${rp}${list}, ${p});`);
    });
  }

  private let(node: Let, env: EnvPos, f: Fn, k: Cont): void {
    const boxed = node.envSize > 0;
    const inner: EnvPos = boxed ? { depth: node.depth, slot: node.envSlot } : env;
    // frame variables are stored at once; captured ones wait until the environment vector is made,
    // after every init (which must not see the new bindings)
    const simple = node.inits.every((e) => this.isSimple(e));
    const dest = node.vars.map((v) => (!v.captured ? `fr[${v.slot}]` : simple ? f.temp() : `fr[${this.frameTemp()}]`));
    const after = (g: Fn) => {
      if (boxed) g.line(`fr[${node.envSlot}] = ${this.envVector(node, env, dest)};`);
      this.gen(node.body, inner, g, k);
    };
    this.assignInOrder(node.inits, dest, env, f, after);
  }

  /** Evaluates inits in order into the JS places dest[i], then runs then. */
  private assignInOrder(inits: Node[], dest: string[], env: EnvPos, f: Fn, then: (g: Fn) => void): void {
    const step = (i: number, g: Fn): void => {
      for (; i < inits.length && this.isSimple(inits[i]); i++) g.line(`${dest[i]} = ${this.expr(inits[i], env, g)};`);
      if (i === inits.length) {
        then(g);
        return;
      }
      const d = dest[i];
      this.gen(inits[i], env, g, new Inline(this, (h, v) => {
        h.line(`${d} = ${v};`);
        step(i + 1, h);
      }));
    };
    step(0, f);
  }

  /** [parent env, captured values in env-index order] for a let whose values are in places. */
  private envVector(node: Let | Letrec, env: EnvPos, places: string[] | null): string {
    const items = new Array<string>(node.envSize).fill('undefined');
    items[0] = `fr[${env.slot}]`;
    if (places !== null) node.vars.forEach((v, i) => v.captured && (items[v.slot] = places[i]));
    return `[${items.join(', ')}]`;
  }

  private letrec(node: Letrec, env: EnvPos, f: Fn, k: Cont): void {
    const boxed = node.envSize > 0;
    const inner: EnvPos = boxed ? { depth: node.depth, slot: node.envSlot } : env;
    if (boxed) f.line(`fr[${node.envSlot}] = ${this.envVector(node, env, null)};`);
    const dest = node.vars.map((v) => this.localPlace(v, inner));
    this.assignInOrder(node.inits, dest, inner, f, (g) => this.gen(node.body, inner, g, k));
  }

  // ------------------------------------------------------------ expressions

  /** The JS expression of a simple node, valid in f. */
  expr(node: Node, env: EnvPos, f: Fn): string {
    switch (node.kind) {
      case 'const':
        return this.literal(node.value);
      case 'lref':
        return this.getLocal(node.v, env, f, node.pos);
      case 'gref': {
        const t = f.temp();
        const cell = this.constant(node.cell);
        return `((${t} = ${cell}.value) !== undefined ? ${t} : unbound(${cell}, ${this.site(node.pos)}))`;
      }
      case 'lset':
        return `(${this.setLocal(node.v, env, this.expr(node.value, env, f))}, UNSPECIFIED)`;
      case 'gset':
        return `setGlobal(${this.constant(node.cell)}, ${this.expr(node.value, env, f)}, ${this.site(node.pos)})`;
      case 'gdef':
        return `(${this.constant(node.cell)}.value = ${this.expr(node.value, env, f)}, UNSPECIFIED)`;
      case 'if':
        return `(${this.expr(node.test, env, f)} !== false ? ${this.expr(node.then, env, f)} : ${this.expr(node.else_, env, f)})`;
      case 'seq':
        return `(${node.body.map((e) => this.expr(e, env, f)).join(', ')})`;
      case 'call':
        return emitInline(node.inline as string, node.args.map((e) => this.expr(e, env, f)), this.site(node.pos), f);
      case 'lambda':
      case 'case-lambda':
        return `new Closure(${this.constant(codeOf(node))}, ${this.envSlot(env.slot)})`;
      case 'let': {
        const boxed = node.envSize > 0;
        const inner: EnvPos = boxed ? { depth: node.depth, slot: node.envSlot } : env;
        const dest = node.vars.map((v) => (v.captured ? f.temp() : `fr[${v.slot}]`));
        const parts = node.inits.map((e, i) => `${dest[i]} = ${this.expr(e, env, f)}`);
        if (boxed) parts.push(`fr[${node.envSlot}] = ${this.envVector(node, env, dest)}`);
        parts.push(this.expr(node.body, inner, f));
        return `(${parts.join(', ')})`;
      }
      case 'letrec': {
        const boxed = node.envSize > 0;
        const inner: EnvPos = boxed ? { depth: node.depth, slot: node.envSlot } : env;
        const parts: string[] = [];
        if (boxed) parts.push(`fr[${node.envSlot}] = ${this.envVector(node, env, null)}`);
        node.vars.forEach((v, i) => parts.push(`${this.localPlace(v, inner)} = ${this.expr(node.inits[i], inner, f)}`));
        parts.push(this.expr(node.body, inner, f));
        return `(${parts.join(', ')})`;
      }
    }
  }

  /** The JS place (assignable expression) of a local variable. */
  private localPlace(v: Var, env: EnvPos): string {
    if (!v.captured) return this.frameless ? `a${v.slot - 3}` : `fr[${v.slot}]`;
    return `${this.envSlot(env.slot)}${'[0]'.repeat(env.depth - v.depth)}[${v.slot}]`;
  }

  private getLocal(v: Var, env: EnvPos, f: Fn, pos: SrcPos | null): string {
    const place = this.localPlace(v, env);
    if (!v.recursive) return place;
    const t = f.temp();
    return `((${t} = ${place}) !== undefined ? ${t} : uninitialised(${this.constant(v)}, ${this.site(pos)}))`;
  }

  private setLocal(v: Var, env: EnvPos, x: string): string {
    return `${this.localPlace(v, env)} = ${x}`;
  }

  // ------------------------------------------------------------ entries and assembly

  /** A simple expression that needs no frame slot (no let inside), so it can run before the frame exists. */
  private framelessSimple(node: Node): boolean {
    if (!this.isSimple(node)) return false;
    switch (node.kind) {
      case 'let':
      case 'letrec':
        return false;
      case 'lset':
      case 'gset':
      case 'gdef':
        return this.framelessSimple(node.value);
      case 'if':
        return this.framelessSimple(node.test) && this.framelessSimple(node.then) && this.framelessSimple(node.else_);
      case 'seq':
        return node.body.every((e) => this.framelessSimple(e));
      case 'call':
        return node.args.every((e) => this.framelessSimple(e));
      default:
        return true;
    }
  }

  /**
   * The body, generated into a fixed-arity entry as far as it can run without a frame: tests,
   * simple results and tail calls on the arguments. So a recursion's base case, and each turn of a
   * loop whose body only tests, computes and calls itself in tail position, allocates nothing; the
   * frame is made where the code first needs one (a non-tail call, a let).
   */
  private entryBody(node: Node, env: EnvPos, f: Fn): void {
    if (this.framelessSimple(node)) {
      ENTRY_TAIL.emit(f, this.expr(node, env, f));
      return;
    }
    if (node.kind === 'call' && node.inline === null && this.framelessSimple(node.fn) && node.args.every((a) => this.framelessSimple(a))) {
      this.call(node, env, f, ENTRY_TAIL);
      return;
    }
    if (node.kind === 'if' && this.framelessSimple(node.test)) {
      f.line(`if (${this.expr(node.test, env, f)} !== false) {`);
      this.entryBody(node.then, env, f);
      f.line('} else {');
      this.entryBody(node.else_, env, f);
      f.line('}');
      return;
    }
    if (node.kind === 'seq') {
      let i = 0;
      for (; i < node.body.length - 1 && this.framelessSimple(node.body[i]); i++) f.line(`${this.expr(node.body[i], env, f)};`);
      if (i === node.body.length - 1) this.entryBody(node.body[i], env, f);
      else this.withFrame(new Seq(node.body.slice(i)), env, f);
      return;
    }
    this.withFrame(node, env, f);
  }

  /** Makes the frame from the entry's arguments and runs node (in tail position) in a block of its own. */
  private withFrame(node: Node, env: EnvPos, f: Fn): void {
    const block = this.newFn('m, fr');
    this.frameless = false;
    this.gen(node, env, block, TAIL);
    this.frameless = true;
    const args = this.lambda.params.map((_, i) => `, a${i}`).join('');
    f.line(`{ const fr = [rf, rp, c.env${args}${PAD}];`);
    f.line(`return ${block.name}(m, fr); }`);
  }

  /** Whether the fixed-arity entry runs the body itself (see entryBody). */
  private runsInEntry(): boolean {
    const lam = this.lambda;
    return lam.rest === null && lam.envSize === 0 && lam.params.length <= 3 && !lam.topLevel;
  }

  /** The entries: check the argument count, make the frame, run the body. */
  private entries(bodyName: string): string {
    const lam = this.lambda;
    const nreq = lam.params.length;
    const rest = lam.rest !== null;
    const size = this.nextSlot;
    const params = rest ? [...lam.params, lam.rest as Var] : lam.params;
    const name = this.constant(lam.name || (lam.pos !== null ? `the procedure at ${formatPos(lam.pos)}` : 'anonymous procedure'));
    const arity = this.constant(describeCount(nreq, rest));
    // the environment of the body, from the closure's and the captured parameters (in frame slots)
    const envFromFrame = lam.envSize > 0 ? `[c.env, ${params.filter((p) => p.captured).map((p) => `fr[${3 + params.indexOf(p)}]`).join(', ')}]` : 'c.env';
    const frame = (args: string[], env: string) => {
      const slots = ['rf', 'rp', env, ...args];
      while (slots.length < size) slots.push('undefined');
      return `[${slots.join(', ')}]`;
    };
    const out: string[] = [];
    if (this.runsInEntry()) {
      const as = Array.from({ length: nreq }, (_, i) => `args[${i}]`).join(', ');
      out.push(`function eN(m, c, rf, rp, args) {
if (args.length !== ${nreq}) wrongCount(${name}, ${arity}, args.length, rf, rp);
return e${nreq}(m, c, rf, rp${as.length > 0 ? ', ' + as : ''});
}`);
    } else {
      out.push(`function eN(m, c, rf, rp, args) {
if (spendFuel()) return m.bounceCall(c, rf, rp, args);
const n = args.length;
if (n ${rest ? '<' : '!=='} ${nreq}) wrongCount(${name}, ${arity}, n, rf, rp);
const fr = ${frame([], 'null')};
for (let i = 0; i < ${nreq}; i++) fr[3 + i] = args[i];
${rest ? `fr[${3 + nreq}] = n > ${nreq} ? arrayToList(args.slice(${nreq})) : null;` : ''}
fr[2] = ${envFromFrame};
return ${bodyName}(m, fr);
}`);
    }
    for (let n = 0; n <= 3; n++) {
      const as = Array.from({ length: n }, (_, i) => `a${i}`);
      const sig = ['m', 'c', 'rf', 'rp', ...as].join(', ');
      const fits = rest ? n >= nreq : n === nreq;
      if (!fits) {
        out.push(`function e${n}(${sig}) {\nreturn eN(m, c, rf, rp, [${as.join(', ')}]);\n}`);
        continue;
      }
      if (this.runsInEntry()) continue; // generated with the body
      const slotArgs = as.slice(0, nreq);
      if (rest) slotArgs.push(n > nreq ? `arrayToList([${as.slice(nreq).join(', ')}])` : 'null');
      const direct = lam.envSize === 0;
      out.push(`function e${n}(${sig}) {
if (spendFuel()) return m.bounceCall(c, rf, rp, [${as.join(', ')}]);
const fr = ${frame(slotArgs, direct ? 'c.env' : 'null')};
${direct ? '' : `fr[2] = ${envFromFrame};`}
return ${bodyName}(m, fr);
}`);
    }
    return out.join('\n');
  }

  /** Generates the whole Lambda and makes its functions. */
  build(code: CompiledCode): Entries {
    const lam = this.lambda;
    const env: EnvPos = { depth: lam.depth, slot: 2 };
    let bodyName = '';
    if (this.runsInEntry()) {
      const as = lam.params.map((_, i) => `a${i}`);
      const entry = new Fn(`e${as.length}`, ['m', 'c', 'rf', 'rp', ...as].join(', '));
      this.fns.push(entry);
      entry.line(`if (spendFuel()) return m.bounceCall(c, rf, rp, [${as.join(', ')}]);`);
      this.frameless = true;
      this.entryBody(lam.body, env, entry);
      this.frameless = false;
    } else {
      const body = this.newFn('m, fr');
      bodyName = body.name;
      const last = lam.topLevel ? new Inline(this, (g, v) => g.line(`return ret(m, fr, ${v});`)) : TAIL;
      this.gen(lam.body, env, body, last);
    }
    const entries = this.entries(bodyName);
    const pad = ', undefined'.repeat(Math.max(0, this.nextSlot - 3 - lam.params.length));
    const rtNames = Object.keys(runtime).join(', ');
    const source = [
      '"use strict";',
      `const { ${rtNames} } = rt;`,
      ...this.constants.map((_, i) => `const k${i} = K[${i}];`),
      ...this.fns.map((f) => f.source().split(PAD).join(pad)),
      entries,
      `return { e0, e1, e2, e3, eN, rps: [${this.returnPoints.map((r) => r.name).join(', ')}] };`,
    ].join('\n');
    if (process.env.LISP_DUMP_JS) process.stderr.write(`// ---- ${lam.name || 'lambda'}\n${source}\n`);
    const made = new Function('K', 'rt', source)(this.constants, runtime) as Entries & { rps: ReturnPoint[] };
    made.rps.forEach((rp, i) => {
      rp.owner = code;
      rp.index = i;
      rp.site = { name: lam.name, pos: this.returnPoints[i].pos };
    });
    code.returnPoints = made.rps;
    return made;
  }
}

/** Stands for the undefined slots that complete a frame literal, filled in once the frame's size is known. */
const PAD = '/*frame-padding*/';

function describeCount(nreq: number, rest: boolean): string {
  const args = (n: number) => `${n} argument${n === 1 ? '' : 's'}`;
  return rest ? `at least ${args(nreq)}` : args(nreq);
}

/** Compiles one Lambda into its entries. */
export function generateLambda(code: CompiledCode, lam: Lambda): Entries {
  return new Gen(lam).build(code);
}
