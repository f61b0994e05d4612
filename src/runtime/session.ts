// The running system: the machine, the expander, and the two top-level environments every world has.
// `core` holds the built-ins, the special forms and lib-lisp's definitions; `user` is where the REPL
// and scripts define things, and starts with every core binding imported.
//
// A form is evaluated by expanding it, wrapping the result in a procedure of no arguments, analysing
// that, and running the compiled closure on the machine.
import type { Value } from '../values/value.js';
import { intern } from '../values/symbol.js';
import type { SrcPos } from '../values/error.js';
import { Environment } from '../expander/environment.js';
import { Expander, allSpecialForms, type ExpansionHost } from '../expander/expand.js';
import { Lambda, type Node } from '../expander/ir.js';
import { analyzeTopLevel } from '../compiler/analyze.js';
import { closureForTopLevel } from '../compiler/compile.js';
import { canInline } from '../compiler/primitives.js';
import type { Closure } from '../machine/kernel.js';
import { Machine } from '../machine/machine.js';
import { LibraryRegistry, bindLibraryKeywords, type LibraryHost } from './libraries.js';
import { positionOf } from '../reader/positions.js';
import { Pair } from '../values/pair.js';
import '../expander/core-forms.js';
import '../expander/derived-forms.js';
import '../expander/quasiquote.js';

export interface SessionState {
  core: Environment;
  user: Environment;
  libraries: LibraryRegistry;
}

/** How the session reads files for include and load, and what cond-expand sees. */
export interface SessionHooks {
  readInclude(file: string, from: SrcPos | null, foldCase: boolean): Value[];
  features(): readonly string[];
}

export class Session implements ExpansionHost {
  readonly machine = new Machine();
  readonly expander: Expander;
  private readonly libraryHost: LibraryHost;

  constructor(
    readonly core: Environment,
    readonly user: Environment,
    readonly libraries: LibraryRegistry,
    private hooks: SessionHooks,
  ) {
    this.expander = new Expander(this, core);
    this.libraryHost = {
      evalIn: (form, env) => {
        this.machine.applyNested(this.compileTopLevel(form, env), []);
      },
      features: () => this.hooks.features(),
      readInclude: (file, from, foldCase) => this.hooks.readInclude(file, from instanceof Pair ? positionOf(from) : null, foldCase),
    };
  }

  /** A fresh environment for an R7RS program: it sees only what it imports. */
  programEnvironment(name = 'program'): Environment {
    const env = new Environment(name);
    bindLibraryKeywords(env);
    return env;
  }

  /** Compiles a top-level form for env into a procedure of no arguments. */
  compileTopLevel(form: Value, env: Environment, name = 'top-level'): Closure {
    const node = this.expander.expandTopLevel(form, env);
    return this.closureFor(node, name);
  }

  closureFor(node: Node, name: string): Closure {
    const top = new Lambda(name, [], null, node, null);
    top.topLevel = true;
    analyzeTopLevel(top, { canInline });
    return closureForTopLevel(top);
  }

  /** Evaluates a top-level form from TypeScript, waiting for its value. */
  evalTopLevel(form: Value, env: Environment = this.user): Value {
    return this.machine.apply(this.compileTopLevel(form, env), []);
  }

  // ExpansionHost: evaluation during expansion runs nested on the same machine.
  evaluate(node: Node, _env: Environment): Value {
    return this.machine.applyNested(this.closureFor(node, 'macro-transformer'), []);
  }
  apply(proc: Value, args: Value[]): Value {
    return this.machine.applyNested(proc, args);
  }
  readInclude(file: string, from: SrcPos | null, foldCase: boolean): Value[] {
    return this.hooks.readInclude(file, from, foldCase);
  }
  features(): readonly string[] {
    return this.hooks.features();
  }
  hasLibrary(name: Value): boolean {
    return this.libraries.has(name);
  }
  importInto(env: Environment, specs: Value[], form: Value): void {
    this.libraries.importInto(env, specs, this.libraryHost, form);
  }
  defineLibrary(form: Pair): void {
    this.libraries.defineLibrary(form, this.libraryHost);
  }

  state(): SessionState {
    return { core: this.core, user: this.user, libraries: this.libraries };
  }
}

/** A core environment with the special forms and the given built-ins, and a user one importing it. */
export function freshEnvironments(builtins: ReadonlyMap<string, Value>): SessionState {
  const core = new Environment('core');
  for (const [name, sf] of allSpecialForms()) core.defineSyntax(intern(name), sf);
  for (const [name, proc] of builtins) {
    const cell = core.definitionCell(intern(name));
    cell.value = proc;
  }
  return { core, user: new Environment('user'), libraries: new LibraryRegistry() };
}

/** Gives `to` every binding `from` has (the same cells, so later assignments are shared). */
export function importAll(from: Environment, to: Environment): void {
  for (const [sym, b] of from.table) to.importBinding(sym, b);
}

let current: Session | null = null;

/** The session built-ins such as eval and load work in. */
export function currentSession(): Session {
  if (current === null) throw new Error('no session');
  return current;
}

export function setCurrentSession(s: Session): void {
  current = s;
}
