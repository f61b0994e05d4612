// The expander: data read from text, in a syntactic environment, to IR. Macro uses are rewritten until
// a core form or a call remains; core forms are turned into IR by their handlers (core-forms.ts,
// derived-forms.ts, quasiquote.ts). Bodies are scanned for internal definitions first, so that a
// definition is visible to the whole body, and become letrec*.
import type { Value } from '../values/value.js';
import { Pair, listToArray } from '../values/pair.js';
import { intern } from '../values/symbol.js';
import { GlobalCell } from '../values/global.js';
import { UNSPECIFIED } from '../values/singletons.js';
import { makeError, withPos, describe, SchemeError, type SrcPos } from '../values/error.js';
import { positionOf, recordPosition } from '../reader/positions.js';
import { freezeConstant } from '../values/constant.js';
import {
  Environment,
  Scope,
  Macro,
  SpecialForm,
  LocalBinding,
  isIdentifier,
  baseSymbol,
  resolve,
  rootEnvironment,
  Alias,
  sameBinding,
  stripSyntax,
  type Binding,
  type Identifier,
} from './environment.js';
import { SyntaxRules, expandSyntaxRules, parseSyntaxRules } from './syntax-rules.js';
import { Primitive } from '../values/procedure.js';
import { Const, LocalRef, GlobalRef, Seq, Call, Letrec, Var, GlobalDefine, type Node } from './ir.js';

export type Env = Scope | Environment;

/** What the expander needs from the running system: evaluation at expansion time, files, features. */
export interface ExpansionHost {
  /** evaluates an expression's IR now, in env (define-syntax transformers, define-macro) */
  evaluate(node: Node, env: Environment): Value;
  /** applies a Lisp procedure now (macro transformers) */
  apply(proc: Value, args: Value[]): Value;
  /** the data in a file named by include, found relative to the including file */
  readInclude(file: string, from: SrcPos | null, foldCase: boolean): Value[];
  /** the feature identifiers cond-expand tests */
  features(): readonly string[];
  /** whether (library name) is available, for cond-expand */
  hasLibrary(name: Value): boolean;
  /** (import set ...): gives env the bindings, now (form is for messages) */
  importInto(env: Environment, specs: Value[], form: Value): void;
  /** (define-library ...): defines the library, evaluating its body now */
  defineLibrary(form: Pair): void;
}

export type Handler = (x: Expander, form: Pair, env: Env) => Node;
/** For begin-like forms: the forms they stand for, spliced in where definitions are allowed. */
export type Splicer = (x: Expander, form: Pair, env: Env) => Value[];

const handlers = new Map<string, Handler>();
const splicers = new Map<string, Splicer>();
const specialForms = new Map<string, SpecialForm>();

/** Registers the handler of a core form; the SpecialForm object is what environments bind. */
export function defineSpecialForm(name: string, handler: Handler | null, splicer?: Splicer): void {
  if (handler !== null) handlers.set(name, handler);
  if (splicer !== undefined) splicers.set(name, splicer);
  specialForms.set(name, new SpecialForm(name));
}

/** The SpecialForm of a name (a world stores special forms by name and finds them here). */
export function specialForm(name: string): SpecialForm | undefined {
  return specialForms.get(name);
}

export function allSpecialForms(): ReadonlyMap<string, SpecialForm> {
  return specialForms;
}

/** Macro uses one form may be rewritten through before the expander gives up on it. */
const MAX_REWRITES = 100000;

export function syntaxError(form: Value, message: string): SchemeError {
  return makeError('syntax', message, [stripSyntax(form)], form instanceof Pair ? positionOf(form) : null);
}

export class Expander {
  constructor(
    readonly host: ExpansionHost,
    /** the environment whose procedures derived forms call (cons, append, eqv? ...) */
    readonly core: Environment,
  ) {}

  /** The cell of a core procedure, for code the expander generates. */
  coreRef(name: string): GlobalRef {
    const b = this.core.cell(intern(name));
    if (!(b instanceof GlobalCell)) throw new Error(`core binding ${name} is not a variable`);
    return new GlobalRef(b, null);
  }

  // ------------------------------------------------------------ expressions

  /**
   * The position of the innermost form being expanded that has one: a variable reference has no
   * position of its own (symbols are not pairs), so it takes this one for its errors.
   */
  private currentPos: SrcPos | null = null;

  expand(form: Value, env: Env): Node {
    const outer = this.currentPos;
    try {
      return this.expandForm(form, env);
    } finally {
      this.currentPos = outer;
    }
  }

  private expandForm(form: Value, env: Env): Node {
    for (let rewrites = 0; ; rewrites++) {
      if (isIdentifier(form)) return this.expandIdentifier(form, env);
      if (form instanceof Pair) this.currentPos = positionOf(form) ?? this.currentPos;
      this.checkRewrites(rewrites, form);
      if (!(form instanceof Pair)) {
        if (form === null) throw syntaxError(form, 'empty combination () is not an expression');
        return new Const(freezeConstant(stripSyntax(form)));
      }
      const head = form.car;
      if (isIdentifier(head)) {
        const b = resolve(head, env);
        if (b instanceof Macro) {
          form = this.transform(b, form, env);
          continue;
        }
        if (b instanceof SpecialForm) {
          const h = handlers.get(b.name);
          if (h === undefined) throw syntaxError(form, `${b.name}: not allowed here`);
          return h(this, form, env);
        }
      }
      return this.expandCall(form, env);
    }
  }

  /** A macro that rewrites a form into a use of itself for ever is an error, not a hang. */
  private checkRewrites(n: number, form: Value): void {
    if (n > MAX_REWRITES) {
      const shown = describe(stripSyntax(form));
      throw makeError('syntax', `macro expansion does not end: ${MAX_REWRITES} rewrites of one form, the last ${shown.slice(0, 100)}`, [], this.currentPos);
    }
  }

  private expandIdentifier(id: Identifier, env: Env): Node {
    const b = resolve(id, env);
    if (b instanceof LocalBinding) return new LocalRef(b.v, this.currentPos);
    if (b instanceof GlobalCell) return new GlobalRef(b, this.currentPos);
    throw makeError('syntax', `${baseSymbol(id).name}: syntactic keyword used as a variable`, [baseSymbol(id)], this.currentPos);
  }

  private expandCall(form: Pair, env: Env): Node {
    const items = this.listOf(form, 'a call');
    const pos = positionOf(form);
    const fn = this.expand(items[0], env);
    const args = items.slice(1).map((a) => this.expand(a, env));
    return new Call(fn, args, pos);
  }

  /** Expands an expression whose value will be bound to a name, naming the procedure it makes. */
  expandNamed(form: Value, env: Env, name: Identifier): Node {
    const node = this.expand(form, env);
    if ((node.kind === 'lambda' || node.kind === 'case-lambda') && node.name === '') node.name = baseSymbol(name).name;
    return node;
  }

  /** The elements of a proper list form, or a syntax error naming what was expected. */
  listOf(form: Value, what: string): Value[] {
    const items = listToArray(form);
    if (items === null) throw syntaxError(form, `bad syntax: ${what} must be a proper list`);
    return items;
  }

  // ------------------------------------------------------------ macros

  transform(m: Macro, form: Pair, env: Env): Value {
    const pos = positionOf(form);
    try {
      return this.transformAt(m, form, env, pos);
    } catch (e) {
      // an error in the transformer (no rule matches, a define-macro failing) is an error of this use
      throw withPos(e, pos);
    }
  }

  private transformAt(m: Macro, form: Pair, env: Env, pos: SrcPos | null): Value {
    const mark = pos === null ? () => {} : (p: Pair) => recordPosition(p, pos);
    switch (m.kind) {
      case 'syntax-rules':
        return expandSyntaxRules(m.transformer as SyntaxRules, form, env, mark);
      case 'define-macro':
        return this.host.apply(m.transformer, listToArray(stripSyntax(form.cdr)) ?? [stripSyntax(form.cdr)]);
      case 'er':
        return this.host.apply(m.transformer, [form, renamer(m.env), comparer(env)]);
    }
  }

  // ------------------------------------------------------------ bodies

  /**
   * A body: definitions (possibly made by macros, possibly inside begin) then expressions. The
   * definitions become a letrec* around the expressions; an expression between definitions runs
   * in order, as part of the next definition's initialisation.
   */
  expandBody(forms: Value, env: Env, what: string): Node {
    const scope = new Scope(env);
    const queue = this.listOf(forms, what).map((f) => ({ form: f }));
    type Item = { kind: 'define'; v: Var; id: Identifier; form: Value } | { kind: 'expr'; form: Value };
    const items: Item[] = [];
    while (queue.length > 0) {
      let form = (queue.shift() as { form: Value }).form;
      for (let rewrites = 0; ; rewrites++) {
        this.checkRewrites(rewrites, form);
        if (!(form instanceof Pair) || !isIdentifier(form.car)) {
          items.push({ kind: 'expr', form });
          break;
        }
        const b = resolve(form.car, scope);
        if (b instanceof Macro) {
          form = this.transform(b, form, scope);
          continue;
        }
        const splice = b instanceof SpecialForm ? splicers.get(b.name) : undefined;
        if (splice !== undefined) {
          // begin, include, include-ci and cond-expand stand for their forms, definitions included
          queue.unshift(...splice(this, form, scope).map((f) => ({ form: f })));
          break;
        }
        if (b instanceof SpecialForm && b.name === 'define') {
          const [id, value] = parseDefine(this, form);
          const v = new Var(baseSymbol(id), true);
          scope.table.set(id, new LocalBinding(v));
          items.push({ kind: 'define', v, id, form: value });
          break;
        }
        if (b instanceof SpecialForm && (b.name === 'define-syntax' || b.name === 'define-macro')) {
          const [id, macro] = this.parseMacroDefinition(form, scope, b.name);
          scope.table.set(id, macro);
          break;
        }
        items.push({ kind: 'expr', form });
        break;
      }
    }
    const vars: Var[] = [];
    const inits: Node[] = [];
    let pending: Node[] = [];
    for (const item of items) {
      if (item.kind === 'define') {
        const init = this.expandNamed(item.form, scope, item.id);
        vars.push(item.v);
        inits.push(pending.length > 0 ? new Seq([...pending, init]) : init);
        pending = [];
      } else {
        pending.push(this.expand(item.form, scope));
      }
    }
    const body = pending.length === 0 ? new Const(UNSPECIFIED) : pending.length === 1 ? pending[0] : new Seq(pending);
    return vars.length === 0 ? body : new Letrec(vars, inits, body);
  }

  /** (define-syntax name transformer) or (define-macro ...): the name and the Macro. */
  parseMacroDefinition(form: Pair, env: Env, kind: string): [Identifier, Macro] {
    const items = this.listOf(form, kind);
    if (kind === 'define-macro') {
      // (define-macro (name . args) body ...) or (define-macro name procedure-expression)
      const target = items[1];
      let id: Value;
      let procForm: Value;
      if (target instanceof Pair) {
        id = target.car;
        procForm = new Pair(this.lambdaKeyword(), new Pair(target.cdr, (form.cdr as Pair).cdr));
      } else {
        id = target;
        if (items.length !== 3) throw syntaxError(form, 'define-macro: expected (define-macro name procedure)');
        procForm = items[2];
      }
      if (!isIdentifier(id)) throw syntaxError(form, 'define-macro: the macro name must be an identifier');
      const proc = this.evaluateNow(procForm, env);
      return [id, new Macro(proc, 'define-macro', env)];
    }
    if (items.length !== 3 || !isIdentifier(items[1])) throw syntaxError(form, `${kind}: expected (${kind} name transformer)`);
    return [items[1], this.parseTransformer(items[2], env, baseSymbol(items[1]).name)];
  }

  /** A transformer expression: syntax-rules, er-macro-transformer, or another macro's keyword. */
  parseTransformer(spec: Value, env: Env, name: string): Macro {
    if (isIdentifier(spec)) {
      const b = resolve(spec, env);
      if (b instanceof Macro) return b;
    }
    if (spec instanceof Pair && isIdentifier(spec.car)) {
      const b = resolve(spec.car, env);
      if (b instanceof SpecialForm && b.name === 'syntax-rules') {
        return new Macro(parseSyntaxRules(spec, env, name), 'syntax-rules', env);
      }
      if (b instanceof SpecialForm && b.name === 'er-macro-transformer') {
        const items = this.listOf(spec, 'er-macro-transformer');
        if (items.length !== 2) throw syntaxError(spec, 'er-macro-transformer: expected one procedure');
        return new Macro(this.evaluateNow(items[1], env), 'er', env);
      }
    }
    throw syntaxError(spec, `${name}: the transformer must be (syntax-rules ...) or (er-macro-transformer procedure)`);
  }

  /** A `lambda` keyword that means the core lambda whatever the user has bound. */
  lambdaKeyword(): Value {
    return coreKeyword(this.core, 'lambda');
  }

  /** An identifier for a core keyword (begin, lambda ...) that user bindings cannot capture. */
  coreKeywordFor(name: string): Value {
    return coreKeyword(this.core, name);
  }

  /** Evaluates an expression at expansion time (it can only see globals, not the local scope). */
  evaluateNow(form: Value, env: Env): Value {
    const root = rootEnvironment(env);
    const node = this.expand(form, env);
    return this.host.evaluate(node, root);
  }

  // ------------------------------------------------------------ top level

  /**
   * A top-level form: definitions assign global cells of env; begin splices; define-syntax binds the
   * macro in env at once, so the forms after it can use it.
   */
  expandTopLevel(form: Value, env: Environment): Node {
    for (let rewrites = 0; ; rewrites++) {
      this.checkRewrites(rewrites, form);
      if (!(form instanceof Pair) || !isIdentifier(form.car)) return this.expand(form, env);
      const b: Binding = resolve(form.car, env);
      if (b instanceof Macro) {
        form = this.transform(b, form, env);
        continue;
      }
      if (!(b instanceof SpecialForm)) return this.expand(form, env);
      const splice = splicers.get(b.name);
      if (splice !== undefined) {
        const forms = splice(this, form, env);
        if (forms.length === 0) return new Const(UNSPECIFIED);
        return new Seq(forms.map((f) => this.expandTopLevel(f, env)));
      }
      switch (b.name) {
        case 'define': {
          const [id, value] = parseDefine(this, form);
          const cell = env.definitionCellFor(id);
          return new GlobalDefine(cell, this.expandNamed(value, env, id));
        }
        case 'define-syntax':
        case 'define-macro': {
          const [id, macro] = this.parseMacroDefinition(form, env, b.name);
          env.defineSyntaxFor(id, macro);
          return new Const(UNSPECIFIED);
        }
        case 'define-library':
          this.host.defineLibrary(form);
          return new Const(UNSPECIFIED);
        default:
          return this.expand(form, env);
      }
    }
  }
}

/** (define id expr), (define id), or (define (name . formals) body ...) with curried heads. */
export function parseDefine(x: Expander, form: Pair): [Identifier, Value] {
  const items = x.listOf(form, 'define');
  let target = items[1];
  if (items.length < 2) throw syntaxError(form, 'define: expected (define name value)');
  if (isIdentifier(target)) {
    if (items.length > 3) throw syntaxError(form, 'define: expected (define name value)');
    return [target, items.length === 3 ? items[2] : UNSPECIFIED];
  }
  // (define ((f a) b) body) is (define (f a) (lambda (b) body))
  let body: Value = (form.cdr as Pair).cdr;
  while (target instanceof Pair && !isIdentifier(target.car)) {
    body = new Pair(new Pair(x.lambdaKeyword(), new Pair(target.cdr, body)), null);
    target = target.car;
  }
  if (!(target instanceof Pair) || !isIdentifier(target.car)) throw syntaxError(form, 'define: bad name');
  const lambda = new Pair(x.lambdaKeyword(), new Pair(target.cdr, body));
  const pos = positionOf(form);
  if (pos !== null) recordPosition(lambda, pos);
  return [target.car, lambda];
}

/** An identifier meaning a core keyword or procedure, whatever the user has rebound. */
export function coreKeyword(core: Environment, name: string): Alias {
  return new Alias(intern(name), core);
}

// An er-macro-transformer gets rename and compare procedures made for each expansion.
function renamer(env: Env): Primitive {
  const renames = new Map<Value, Alias>();
  return new Primitive('rename', (x: Value) => {
    if (!isIdentifier(x)) throw makeError('type', 'rename: expected an identifier', [x]);
    let a = renames.get(x);
    if (a === undefined) renames.set(x, (a = new Alias(x, env)));
    return a;
  }, 1, 1);
}

function comparer(env: Env): Primitive {
  return new Primitive('compare', (a: Value, b: Value) => isIdentifier(a) && isIdentifier(b) && sameBinding(a, env, b, env), 2, 2);
}
