// Syntactic environments. A top-level Environment maps symbols to what they mean there: a global
// variable (its GlobalCell), a macro, or a special form. A Scope is one lexical level inside a
// program (a lambda's parameters, a body's definitions, a let-syntax) and maps identifiers, which may
// be renamed ones (Alias) made by macro expansion, to their bindings. Every scope chain ends in an
// Environment, where an unknown symbol becomes a (so far unbound) global variable.
import { Sym } from '../values/symbol.js';
import { GlobalCell } from '../values/global.js';
import { Pair } from '../values/pair.js';
import { makeError } from '../values/error.js';
import type { Value } from '../values/value.js';
import type { Var } from './ir.js';

/** A symbol inserted by a macro expansion: it means what `name` means where the macro was defined. */
export class Alias {
  constructor(
    readonly name: Identifier,
    readonly env: Scope | Environment,
  ) {}
}

export type Identifier = Sym | Alias;

export function isIdentifier(x: Value): x is Identifier {
  return x instanceof Sym || x instanceof Alias;
}

/** The symbol an identifier was made from (renaming stripped). */
export function baseSymbol(id: Identifier): Sym {
  while (id instanceof Alias) id = id.name;
  return id;
}

/** A core syntactic keyword (if, lambda, define ...) or auxiliary syntax (else, =>, ..., _). */
export class SpecialForm {
  constructor(readonly name: string) {}
}

/** A macro: its transformer and the environment it was defined in (for hygiene). */
export class Macro {
  constructor(
    /** SyntaxRules data, or a Lisp procedure (define-macro, er-macro-transformer) */
    readonly transformer: Value,
    readonly kind: 'syntax-rules' | 'define-macro' | 'er',
    readonly env: Scope | Environment,
  ) {}
}

/** A lexical variable binding. */
export class LocalBinding {
  constructor(readonly v: Var) {}
}

export type Binding = GlobalCell | Macro | SpecialForm | LocalBinding;

export class Environment {
  readonly table = new Map<Sym, Binding>();
  /** an environment made by (environment ...): definitions in it are errors (R7RS 6.12) */
  immutable = false;
  constructor(readonly name: string) {}

  private checkMutable(sym: Sym): void {
    if (this.immutable) throw makeError('error', `define: cannot define ${sym.name} in an immutable environment`, [sym]);
  }

  /** The cell of a global variable, made (unbound) if the symbol has no meaning here yet. */
  cell(sym: Sym): Binding {
    let b = this.table.get(sym);
    if (b === undefined) {
      b = new GlobalCell(sym);
      this.table.set(sym, b);
    }
    return b;
  }

  /** The cell `define` assigns: a new one if the symbol meant syntax or was imported from elsewhere. */
  definitionCell(sym: Sym): GlobalCell {
    this.checkMutable(sym);
    const b = this.table.get(sym);
    if (b instanceof GlobalCell && !this.imported.has(sym)) return b;
    const c = new GlobalCell(sym);
    this.table.set(sym, c);
    this.imported.delete(sym);
    return c;
  }

  defineSyntax(sym: Sym, b: Macro | SpecialForm): void {
    this.checkMutable(sym);
    this.table.set(sym, b);
    this.imported.delete(sym);
  }

  /** Symbols whose bindings came from another environment by import: define makes a new binding. */
  readonly imported = new Set<Sym>();

  /**
   * Top-level definitions of identifiers a macro inserted. They stay hygienic: only that same
   * renamed identifier finds the binding, not the user's symbol of the same name (as in Racket and
   * Guile), so a macro's helper definitions cannot clash with the program's names.
   */
  readonly renamed = new Map<Alias, Binding>();

  /** The cell define assigns for an identifier, renamed or not. */
  definitionCellFor(id: Identifier): GlobalCell {
    if (id instanceof Sym) return this.definitionCell(id);
    const b = this.renamed.get(id);
    if (b instanceof GlobalCell) return b;
    const c = new GlobalCell(baseSymbol(id));
    this.renamed.set(id, c);
    return c;
  }

  defineSyntaxFor(id: Identifier, b: Macro | SpecialForm): void {
    if (id instanceof Sym) this.defineSyntax(id, b);
    else this.renamed.set(id, b);
  }

  importBinding(sym: Sym, b: Binding): void {
    this.table.set(sym, b);
    this.imported.add(sym);
  }

  printedForm(): string {
    return `#<environment ${this.name}>`;
  }
}

export class Scope {
  readonly table = new Map<Identifier, Binding>();
  constructor(readonly parent: Scope | Environment) {}
}

/** The Environment at the root of a scope chain. */
export function rootEnvironment(env: Scope | Environment): Environment {
  while (env instanceof Scope) env = env.parent;
  return env;
}

/** What an identifier means in env. A symbol nobody bound is a global of the root environment. */
export function resolve(id: Identifier, env: Scope | Environment): Binding {
  for (;;) {
    let e: Scope | Environment = env;
    while (e instanceof Scope) {
      const b = e.table.get(id);
      if (b !== undefined) return b;
      e = e.parent;
    }
    if (id instanceof Alias) {
      const r = e.renamed.get(id);
      if (r !== undefined) return r;
      // Not bound by the expansion that made it: it means what it meant where its macro was defined.
      env = id.env;
      id = id.name;
      continue;
    }
    return e.cell(id);
  }
}

/**
 * free-identifier=?: the two identifiers mean the same thing in their environments, or (R7RS 4.3.2)
 * both are unbound and have the same name. Each top-level environment makes its own cell for a
 * symbol nobody defined, so two such cells of one name count as the same.
 */
export function sameBinding(a: Identifier, aEnv: Scope | Environment, b: Identifier, bEnv: Scope | Environment): boolean {
  const x = resolve(a, aEnv);
  const y = resolve(b, bEnv);
  if (x === y) return true;
  return x instanceof GlobalCell && y instanceof GlobalCell && x.value === undefined && y.value === undefined && x.name === y.name;
}

/** syntax->datum: the data with every renamed identifier replaced by its symbol (copying only what changes). */
export function stripSyntax(x: Value): Value {
  if (x instanceof Alias) return baseSymbol(x);
  if (!containsAlias(x)) return x;
  return copyStripped(x);
}

// Both walks use explicit stacks: quoted data can be deep. Circular data (from datum labels) is
// visited once per object.
function containsAlias(x: Value): boolean {
  const seen = new Set<object>();
  const stack: Value[] = [x];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v instanceof Alias) return true;
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    if (v instanceof Pair) {
      seen.add(v);
      stack.push(v.car, v.cdr);
    } else if (Array.isArray(v)) {
      seen.add(v);
      for (const e of v) stack.push(e);
    }
  }
  return false;
}

function copyStripped(x: Value): Value {
  const copies = new Map<object, Value>();
  const copyOf = (v: Value): Value => {
    if (v instanceof Alias) return baseSymbol(v);
    if (v instanceof Pair) {
      let c = copies.get(v);
      if (c === undefined) {
        c = new Pair(null, null);
        copies.set(v, c);
        work.push(v);
      }
      return c;
    }
    if (Array.isArray(v)) {
      let c = copies.get(v);
      if (c === undefined) {
        c = new Array(v.length);
        copies.set(v, c);
        work.push(v);
      }
      return c;
    }
    return v;
  };
  const work: object[] = [];
  const root = copyOf(x);
  while (work.length > 0) {
    const v = work.pop() as Pair | Value[];
    const c = copies.get(v);
    if (v instanceof Pair) {
      (c as Pair).car = copyOf(v.car);
      (c as Pair).cdr = copyOf(v.cdr);
    } else {
      for (let i = 0; i < v.length; i++) (c as Value[])[i] = copyOf(v[i]);
    }
  }
  return root;
}

