// R7RS libraries: the registry of libraries a session knows, import sets, define-library, and finding
// a library's source on the library path.
//
// A library is an environment and its exports (external name -> name inside). The standard
// libraries (scheme base) ... and the SRFI libraries (srfi 1) ... all export bindings of the core
// environment; a define-library gets an environment of its own, built from its imports and body.
// Importing gives the importing environment the very same bindings (cells are shared), so an
// assignment in the library is seen by everyone who imported the variable.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Value } from '../values/value.js';
import { Pair, listToArray } from '../values/pair.js';
import { Sym, intern } from '../values/symbol.js';
import { makeError, type SchemeError } from '../values/error.js';
import { MString } from '../values/string.js';
import { GlobalCell } from '../values/global.js';
import { readAll } from '../reader/reader.js';
import { positionOf } from '../reader/positions.js';
import { Environment, SpecialForm, Macro, isIdentifier, baseSymbol, stripSyntax, type Binding } from '../expander/environment.js';
import { specialForm } from '../expander/expand.js';
import { STANDARD_LIBRARIES } from './standard-libraries.js';
import { SRFI_LIBRARIES } from './srfi-libraries.js';

export class Library {
  constructor(
    /** the name as written, "(scheme base)" */
    readonly name: string,
    readonly env: Environment,
    /** external name -> the name it has inside the library */
    readonly exports: Map<Sym, Sym>,
  ) {}
}

/** "(scheme base)" from the datum (scheme base); null when it is not a library name. */
export function libraryKey(name: Value): string | null {
  const parts = name instanceof Pair ? listToArray(stripSyntax(name)) : null;
  if (parts === null || parts.length === 0) return null;
  const words: string[] = [];
  for (const p of parts) {
    if (p instanceof Sym) words.push(p.name);
    else if (typeof p === 'number' && p >= 0) words.push(String(p));
    else return null;
  }
  return `(${words.join(' ')})`;
}

function libraryError(message: string, form: Value): SchemeError {
  return makeError('syntax', message, [stripSyntax(form)], form instanceof Pair ? positionOf(form) : null);
}

/** What the registry needs from the session: evaluating a form in an environment, features. */
export interface LibraryHost {
  evalIn(form: Value, env: Environment): void;
  features(): readonly string[];
  readInclude(file: string, from: Value, foldCase: boolean): Value[];
}

export class LibraryRegistry {
  readonly libraries = new Map<string, Library>();
  /** the libraries whose files are being loaded now, innermost last (to catch circular imports) */
  private loading: string[] = [];
  /** directories searched for a library's file, in order, after those of the program */
  searchPath: string[] = [];

  register(lib: Library): void {
    this.libraries.set(lib.name, lib);
  }

  /** Defines every standard and SRFI library as exports of the core environment. */
  defineBuiltinLibraries(core: Environment): void {
    const add = (name: string, names: readonly string[]) => {
      const exports = new Map<Sym, Sym>();
      for (const n of names) exports.set(intern(n), intern(n));
      this.register(new Library(name, core, exports));
    };
    for (const [name, names] of Object.entries(STANDARD_LIBRARIES)) add(`(scheme ${name})`, names);
    for (const [n, names] of Object.entries(SRFI_LIBRARIES)) add(`(srfi ${n})`, names);
    // (lisp base) is everything a program without imports sees
    add('(lisp base)', [...core.table.keys()].map((s) => s.name));
  }

  has(name: Value): boolean {
    const key = libraryKey(name);
    return key !== null && this.libraries.has(key);
  }

  /** The library named, loading it from the library path if it is not defined yet. */
  find(name: Value, host: LibraryHost, form: Value): Library {
    const key = libraryKey(name);
    if (key === null) throw libraryError(`import: bad library name ${describe(name)}`, form);
    const known = this.libraries.get(key);
    if (known !== undefined) return known;
    const file = this.locate(name);
    if (file === null) {
      throw libraryError(`import: unknown library ${key} (looked for ${relativeFile(name)}.sld in ${this.searchPath.join(', ') || 'no directory'})`, form);
    }
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      throw makeError('file', `import: cannot read ${file}: ${(e as Error).message}`, []);
    }
    if (this.loading.includes(key)) {
      throw libraryError(`import: circular import: ${[...this.loading.slice(this.loading.indexOf(key)), key].join(' -> ')}`, form);
    }
    this.loading.push(key);
    try {
      for (const f of readAll(text, file)) {
        if (f instanceof Pair && f.car instanceof Sym && f.car.name === 'define-library') this.defineLibrary(f, host);
      }
    } finally {
      this.loading.pop();
    }
    const lib = this.libraries.get(key);
    if (lib === undefined) throw libraryError(`import: ${file} does not define the library ${key}`, form);
    return lib;
  }

  private locate(name: Value): string | null {
    const rel = relativeFile(name);
    for (const dir of this.searchPath) {
      for (const ext of ['.sld', '.scm']) {
        const f = path.join(dir, rel + ext);
        if (fs.existsSync(f)) return f;
      }
    }
    return null;
  }

  /** The bindings an import set gives, by the names they will have. */
  importSet(spec: Value, host: LibraryHost, form: Value): Map<Sym, Binding> {
    const bad = (why: string) => libraryError(`import: ${why}`, form);
    if (spec instanceof Pair && isIdentifier(spec.car) && spec.cdr instanceof Pair) {
      const kind = baseSymbol(spec.car).name;
      const rest = listToArray(stripSyntax(spec.cdr));
      if (rest !== null && ['only', 'except', 'prefix', 'rename'].includes(kind)) {
        const inner = this.importSet(spec.cdr.car, host, form);
        const args = rest.slice(1);
        switch (kind) {
          case 'only': {
            const out = new Map<Sym, Binding>();
            for (const id of args) {
              if (!(id instanceof Sym) || !inner.has(id)) throw bad(`only: ${describe(id)} is not exported`);
              out.set(id, inner.get(id) as Binding);
            }
            return out;
          }
          case 'except':
            for (const id of args) {
              if (!(id instanceof Sym) || !inner.has(id)) throw bad(`except: ${describe(id)} is not exported`);
              inner.delete(id);
            }
            return inner;
          case 'prefix': {
            if (args.length !== 1 || !(args[0] instanceof Sym)) throw bad('prefix: expected (prefix import-set identifier)');
            const out = new Map<Sym, Binding>();
            for (const [k, v] of inner) out.set(intern((args[0] as Sym).name + k.name), v);
            return out;
          }
          case 'rename': {
            for (const r of args) {
              const pair = listToArray(r);
              if (pair === null || pair.length !== 2 || !(pair[0] instanceof Sym) || !(pair[1] instanceof Sym)) throw bad('rename: expected (rename import-set (from to) ...)');
              const b = inner.get(pair[0]);
              if (b === undefined) throw bad(`rename: ${pair[0].name} is not exported`);
              inner.delete(pair[0]);
              inner.set(pair[1], b);
            }
            return inner;
          }
        }
      }
    }
    const lib = this.find(spec, host, form);
    const out = new Map<Sym, Binding>();
    for (const [ext, int] of lib.exports) out.set(ext, lib.env.cell(int));
    return out;
  }

  /** (import set ...) into env. */
  importInto(env: Environment, specs: Value[], host: LibraryHost, form: Value): void {
    for (const spec of specs) for (const [name, b] of this.importSet(spec, host, form)) env.importBinding(name, b);
  }

  /** (define-library name declaration ...): makes and registers the library. */
  defineLibrary(form: Pair, host: LibraryHost): void {
    const parts = listToArray(form);
    if (parts === null || parts.length < 2) throw libraryError('define-library: expected (define-library name declaration ...)', form);
    const key = libraryKey(parts[1]);
    if (key === null) throw libraryError(`define-library: bad library name ${describe(parts[1])}`, form);
    const env = new Environment(key);
    bindLibraryKeywords(env);
    const exports = new Map<Sym, Sym>();
    const declarations = (decls: Value[], where: Value): void => {
      for (const d of decls) {
        const items = listToArray(d);
        const head = items !== null && items.length > 0 && isIdentifier(items[0]) ? baseSymbol(items[0]).name : null;
        if (items === null || head === null) throw libraryError('define-library: a declaration must be a list', where);
        const args = items.slice(1);
        switch (head) {
          case 'export':
            for (const spec of args) {
              const s = stripSyntax(spec);
              const r = listToArray(s);
              if (s instanceof Sym) exports.set(s, s);
              else if (r !== null && r.length === 3 && r[0] instanceof Sym && r[0].name === 'rename' && r[1] instanceof Sym && r[2] instanceof Sym) exports.set(r[2], r[1]);
              else throw libraryError(`define-library: bad export ${describe(s)}`, d);
            }
            break;
          case 'import':
            this.importInto(env, args, host, d);
            break;
          case 'begin':
            for (const f of args) host.evalIn(f, env);
            break;
          case 'include':
          case 'include-ci':
            for (const file of args) {
              if (!(file instanceof MString)) throw libraryError(`${head}: expected file names as strings`, d);
              for (const f of host.readInclude(file.toString(), d, head === 'include-ci')) host.evalIn(f, env);
            }
            break;
          case 'include-library-declarations':
            for (const file of args) {
              if (!(file instanceof MString)) throw libraryError(`${head}: expected file names as strings`, d);
              declarations(host.readInclude(file.toString(), d, false), d);
            }
            break;
          case 'cond-expand':
            for (const clause of args) {
              const c = listToArray(clause);
              if (c === null || c.length === 0) throw libraryError('cond-expand: each clause must be (requirement declaration ...)', d);
              if (this.requirementHolds(c[0], host)) {
                declarations(c.slice(1), d);
                break;
              }
            }
            break;
          default:
            throw libraryError(`define-library: unknown declaration ${head}`, d);
        }
      }
    };
    declarations(parts.slice(2), form);
    for (const [ext, int] of exports) {
      const b = env.table.get(int);
      if (b === undefined || (b instanceof GlobalCell && b.value === undefined)) {
        throw libraryError(`define-library: ${key} exports ${ext.name}, but does not define ${int.name}`, form);
      }
    }
    this.register(new Library(key, env, exports));
  }

  private requirementHolds(req: Value, host: LibraryHost): boolean {
    const r = stripSyntax(req);
    if (r instanceof Sym) return r.name === 'else' || host.features().includes(r.name);
    const items = listToArray(r);
    if (items === null || items.length === 0 || !(items[0] instanceof Sym)) return false;
    const args = items.slice(1);
    switch (items[0].name) {
      case 'and':
        return args.every((a) => this.requirementHolds(a, host));
      case 'or':
        return args.some((a) => this.requirementHolds(a, host));
      case 'not':
        return !this.requirementHolds(args[0], host);
      case 'library':
        return this.has(args[0]) || this.locate(args[0]) !== null;
      default:
        return false;
    }
  }
}

/**
 * The keywords every library and program environment starts with, before any import: import itself
 * (and define-library, so a program file may define its libraries first, as Chibi allows).
 */
export function bindLibraryKeywords(env: Environment): void {
  for (const name of ['import', 'define-library']) env.importBinding(intern(name), specialForm(name) as SpecialForm);
}

/** An environment with only syntax: the bindings of env that are keywords (null-environment). */
export function syntaxOnly(bindings: Map<Sym, Binding>): Map<Sym, Binding> {
  const out = new Map<Sym, Binding>();
  for (const [k, v] of bindings) if (v instanceof SpecialForm || v instanceof Macro) out.set(k, v);
  return out;
}

function relativeFile(name: Value): string {
  const parts = listToArray(stripSyntax(name)) ?? [];
  return parts.map((p) => (p instanceof Sym ? p.name : String(p))).join('/');
}

function describe(x: Value): string {
  const s = stripSyntax(x);
  if (s instanceof Sym) return s.name;
  return libraryKey(s) ?? 'that';
}
