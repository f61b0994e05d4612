// Every kind of object a world can hold, with how it is stored and rebuilt. The order of KINDS is part
// of the format: an object's kind is its index here. Plain data classes list their fields; the others
// say how to turn an object into stored fields and back.
//
// Booting rebuilds in passes: allocate every object from its scalar fields (so that references to it
// can be made), then fill in each object's fields, then finish the objects that are made from their
// finished fields (record procedures). The return point of a saved frame comes back as a stand-in that
// compiles its code and finds the real one the first time the frame is returned to.
import type { Value } from '../values/value.js';
import { Pair } from '../values/pair.js';
import { Sym, intern } from '../values/symbol.js';
import { Char, charOf } from '../values/char.js';
import { MString } from '../values/string.js';
import { Flonum, Ratnum } from '../values/number.js';
import { Unspecified, EofObject, DefaultObject, MultipleValues, UNSPECIFIED, EOF, DEFAULT } from '../values/singletons.js';
import { GlobalCell } from '../values/global.js';
import { Primitive } from '../values/procedure.js';
import { RecordType, Record, RecordProcedure, type RecordProcedureKind } from '../values/record.js';
import { Promise } from '../values/promise.js';
import { HashTable, type HashKind } from '../values/hash-table.js';
import { Box } from '../values/box.js';
import { ErrorObject, type ErrorKind } from '../values/error.js';
import { Port, TextInputPort, TextOutputPort, BinaryInputPort, BinaryOutputPort } from '../values/port.js';
import * as ir from '../expander/ir.js';
import { Environment, Scope, Alias, SpecialForm, Macro, LocalBinding, type Identifier, type Binding } from '../expander/environment.js';
import { specialForm } from '../expander/expand.js';
import { SyntaxRules } from '../expander/syntax-rules.js';
import { Library } from '../runtime/libraries.js';
import { Closure, findBuiltinReturnPoint, type ReturnPoint } from '../machine/kernel.js';
import { Continuation } from '../machine/continuation.js';
import { Parameter } from '../machine/parameter.js';
import { DynamicState, Winder, ParamBinding } from '../machine/dynamic.js';
import { codeOf, CompiledCode } from '../compiler/code.js';
import { builtinTable } from '../builtins/registry.js';
import { stdinPort, stdoutPort, stderrPort } from '../builtins/stdio.js';

/** Bytes stored in the blob table. */
export class Blob {
  constructor(readonly bytes: Uint8Array) {}
}

/** What a kind stores for an object: Lisp values and objects, JS strings, blobs. */
export type Stored = Value | string | Blob | ReturnPoint;

export interface Kind {
  readonly name: string;
  /** the fields to store for obj */
  store(obj: any): Stored[];
  /** a new object; `scalars` has the fields that are not references (references are undefined) */
  allocate(scalars: Stored[]): any;
  /** sets the fields now that every object exists */
  fill?(obj: any, fields: Stored[]): void;
  /** finishes an object whose state is computed from its filled-in fields */
  finish?(obj: any): void;
}

/** A kind for a class whose state is just the listed fields, set after allocation. */
function plain(name: string, cls: { prototype: object }, fields: string[]): Kind {
  return {
    name,
    store: (o) => fields.map((f) => o[f]),
    allocate: () => Object.create(cls.prototype),
    fill: (o, vals) => fields.forEach((f, i) => (o[f] = vals[i])),
  };
}

function singleton(name: string, value: object): Kind {
  return { name, store: () => [], allocate: () => value };
}

function mapToVector(m: Map<unknown, unknown>): Value[] {
  const out: Value[] = [];
  for (const [k, v] of m) out.push(k as Value, v as Value);
  return out;
}

function vectorToMap<K, V>(v: Value[]): Map<K, V> {
  const m = new Map<K, V>();
  for (let i = 0; i < v.length; i += 2) m.set(v[i] as K, v[i + 1] as V);
  return m;
}

/** Fields kept between the filling and finishing passes of a boot. */
const pending = new WeakMap<object, Stored[]>();

const STANDARD_PORTS: { [name: string]: Port } = { stdin: stdinPort, stdout: stdoutPort, stderr: stderrPort };

export const KINDS: Kind[] = [
  {
    name: 'pair',
    store: (p: Pair) => [p.car, p.cdr],
    allocate: () => new Pair(null, null),
    fill: (p: Pair, [a, d]) => {
      p.car = a as Value;
      p.cdr = d as Value;
    },
  },
  {
    name: 'vector',
    store: (v: Value[]) => v,
    allocate: (s) => new Array(s.length),
    fill: (v: Stored[], vals) => {
      for (let i = 0; i < vals.length; i++) v[i] = vals[i];
    },
  },
  { name: 'symbol', store: (s: Sym) => [s.name], allocate: ([n]) => intern(n as string) },
  { name: 'uninterned-symbol', store: (s: Sym) => [s.name], allocate: ([n]) => new Sym(n as string, false) },
  { name: 'char', store: (c: Char) => [c.code], allocate: ([c]) => charOf(c as number) },
  {
    name: 'string',
    store: (s: MString) => [s.toString(), s.mutable],
    allocate: ([t, m]) => new MString(t as string, m as boolean),
  },
  { name: 'flonum', store: (f: Flonum) => [f.value], allocate: ([v]) => new Flonum(v as number) },
  { name: 'ratnum', store: (r: Ratnum) => [r.num, r.den], allocate: ([n, d]) => new Ratnum(n as bigint, d as bigint) },
  { name: 'bytevector', store: (b: Uint8Array) => [new Blob(b)], allocate: ([b]) => (b as Blob).bytes.slice() },
  singleton('unspecified', UNSPECIFIED),
  singleton('eof', EOF),
  singleton('default', DEFAULT),
  plain('multiple-values', MultipleValues, ['values']),
  {
    name: 'builtin',
    store: (p) => [builtinName(p)],
    allocate: ([n]) => {
      const p = builtinTable().get(n as string);
      if (p === undefined) throw new WorldMismatch(`the world uses the built-in ${n as string}, which this lisp does not have`);
      return p;
    },
  },
  {
    name: 'record-procedure',
    store: (p: RecordProcedure) => [p.kind, p.type, p.fieldIndexes, p.givenName],
    allocate: () => Object.create(RecordProcedure.prototype),
    fill: (p, [k, t, idx, name]) => Object.assign(p, { kind: k, type: t, fieldIndexes: idx, givenName: name }),
    finish: (p: RecordProcedure) => Object.assign(p, new RecordProcedure(p.kind as RecordProcedureKind, p.type, p.fieldIndexes, p.givenName)),
  },
  plain('record-type', RecordType, ['name', 'fields', 'printName']),
  {
    // The entries are stored with their hashes, so a custom table's hash function need not run at
    // boot; the index is rebuilt from them once the keys are filled in.
    name: 'hash-table',
    store: (t: HashTable) => [t.kind, t.equivalence, t.hasher, t.storedEntries()],
    allocate: ([kind]) => new HashTable(kind as HashKind, false, false),
    fill: (t: HashTable, [, eq, h, entries]) => {
      t.equivalence = eq as Value;
      t.hasher = h as Value;
      pending.set(t, [entries]);
    },
    finish: (t: HashTable) => t.restoreEntries((pending.get(t) as [Value[]])[0]),
  },
  plain('box', Box, ['value']),
  plain('record', Record, ['type', 'fields']),
  plain('promise', Promise, ['box']),
  plain('global-cell', GlobalCell, ['name', 'value']),
  {
    // The table is stored as a vector [key, binding, ...], which may be filled in after the
    // environment is, so the Map is made in the finishing pass.
    name: 'environment',
    store: (e: Environment) => [e.name, mapToVector(e.table), [...e.imported], mapToVector(e.renamed), e.immutable],
    allocate: ([n, , , , immutable]) => {
      const e = new Environment(n as string);
      e.immutable = immutable as boolean;
      return e;
    },
    fill: (e: Environment, [, table, imported, renamed]) => pending.set(e, [table, imported, renamed]),
    finish: (e: Environment) => {
      const [table, imported, renamed] = pending.get(e) as [Value[], Sym[], Value[]];
      for (const [k, v] of vectorToMap<Sym, Binding>(table)) e.table.set(k, v);
      for (const s of imported) e.imported.add(s);
      for (const [k, v] of vectorToMap<Alias, Binding>(renamed)) e.renamed.set(k, v);
    },
  },
  {
    name: 'scope',
    store: (s: Scope) => [s.parent, mapToVector(s.table)],
    allocate: () => Object.create(Scope.prototype),
    fill: (s, [parent, table]) => {
      Object.assign(s, { parent, table: new Map() });
      pending.set(s, [table]);
    },
    finish: (s: Scope) => {
      for (const [k, v] of vectorToMap<Identifier, Binding>((pending.get(s) as [Value[]])[0])) s.table.set(k, v);
    },
  },
  plain('alias', Alias, ['name', 'env']),
  {
    name: 'library',
    store: (l: Library) => [l.name, l.env, mapToVector(l.exports)],
    allocate: ([n]) => Object.create(Library.prototype),
    fill: (l, [name, env, exports]) => {
      Object.assign(l, { name, env, exports: new Map() });
      pending.set(l, [exports]);
    },
    finish: (l: Library) => {
      for (const [k, v] of vectorToMap<Sym, Sym>((pending.get(l) as [Value[]])[0])) l.exports.set(k, v);
    },
  },
  {
    name: 'special-form',
    store: (s: SpecialForm) => [s.name],
    allocate: ([n]) => {
      const sf = specialForm(n as string);
      if (sf === undefined) throw new WorldMismatch(`the world uses the special form ${n as string}, which this lisp does not have`);
      return sf;
    },
  },
  plain('macro', Macro, ['transformer', 'kind', 'env']),
  plain('local-binding', LocalBinding, ['v']),
  plain('syntax-rules', SyntaxRules, ['ellipsis', 'literals', 'rules', 'env']),
  plain('var', ir.Var, ['name', 'recursive', 'captured', 'mutated', 'slot', 'depth']),
  plain('const', ir.Const, ['kind', 'value']),
  plain('local-ref', ir.LocalRef, ['kind', 'v', 'pos']),
  plain('global-ref', ir.GlobalRef, ['kind', 'cell', 'pos']),
  plain('local-set', ir.LocalSet, ['kind', 'v', 'value']),
  plain('global-set', ir.GlobalSet, ['kind', 'cell', 'value', 'pos']),
  plain('global-define', ir.GlobalDefine, ['kind', 'cell', 'value']),
  plain('if', ir.If, ['kind', 'test', 'then', 'else_']),
  plain('seq', ir.Seq, ['kind', 'body']),
  plain('call', ir.Call, ['kind', 'fn', 'args', 'pos', 'inline']),
  plain('lambda', ir.Lambda, ['kind', 'name', 'params', 'rest', 'body', 'pos', 'depth', 'envSize', 'frameBase', 'topLevel']),
  plain('let', ir.Let, ['kind', 'vars', 'inits', 'body', 'envSize', 'envSlot', 'depth']),
  plain('letrec', ir.Letrec, ['kind', 'vars', 'inits', 'body', 'envSize', 'envSlot', 'depth']),
  plain('case-lambda', ir.CaseLambda, ['kind', 'name', 'clauses', 'pos']),
  {
    name: 'source-position',
    store: (p: { file: string; line: number; col: number }) => [p.file, p.line, p.col],
    allocate: ([file, line, col]) => ({ file, line, col }),
  },
  {
    name: 'closure',
    store: (c: Closure) => [c.code.ir, c.env],
    allocate: () => Object.create(Closure.prototype),
    fill: (c, [code, env]) => Object.assign(c, { code: codeOf(code as ir.Lambda), env }),
  },
  plain('continuation', Continuation, ['frame', 'rp', 'dyn']),
  plain('parameter', Parameter, ['value', 'converter']),
  plain('dynamic-state', DynamicState, ['winders', 'handlers', 'params']),
  plain('winder', Winder, ['before', 'after', 'parent', 'outer', 'depth']),
  plain('param-binding', ParamBinding, ['param', 'value', 'next']),
  {
    name: 'error-object',
    store: (e: ErrorObject) => [e.kind, e.message, e.irritants, e.pos],
    allocate: ([k]) => new ErrorObject(k as ErrorKind, new MString(''), null),
    fill: (e, [, message, irritants, pos]) => Object.assign(e, { message, irritants, pos }),
  },
  {
    name: 'compiled-return-point',
    store: (rp: ReturnPoint) => [(rp.owner as CompiledCode).ir, rp.index as number],
    allocate: () => {
      const standIn = ((m, fr, v) => (standIn.owner as CompiledCode).returnPoint(standIn.index as number)(m, fr, v)) as ReturnPoint;
      return standIn;
    },
    fill: (rp: ReturnPoint, [code, index]) => {
      rp.owner = codeOf(code as ir.Lambda);
      rp.index = index as number;
    },
  },
  {
    name: 'builtin-return-point',
    store: (rp: ReturnPoint) => [rp.builtinName as string],
    allocate: ([n]) => {
      const rp = findBuiltinReturnPoint(n as string);
      if (rp === undefined) throw new WorldMismatch(`the world uses the return point ${n as string}, which this lisp does not have`);
      return rp;
    },
  },
  {
    name: 'standard-port',
    store: (p: Port) => [p.standard as string],
    allocate: ([n]) => STANDARD_PORTS[n as string],
  },
  {
    // A string port, or a file read whole when it was opened: the text and where reading stands.
    name: 'text-input-port',
    store: (p: TextInputPort) => [p.name, p.text, p.pos, p.line, p.col, p.foldCase, p.open],
    allocate: ([name, text, pos, line, col, foldCase, open]) => {
      const p = new TextInputPort(name as string, text as string);
      p.moveTo(pos as number, line as number, col as number);
      p.foldCase = foldCase as boolean;
      p.open = open as boolean;
      return p;
    },
  },
  {
    name: 'string-output-port',
    store: (p: TextOutputPort) => [p.name, p.contents(), p.column, p.open],
    allocate: ([name, contents, column, open]) => {
      const p = new TextOutputPort(name as string);
      p.restore(contents as string, column as number);
      p.open = open as boolean;
      return p;
    },
  },
  {
    name: 'bytevector-input-port',
    store: (p: BinaryInputPort) => [p.name, new Blob(p.bytes), p.pos, p.open],
    allocate: ([name, bytes, pos, open]) => {
      const p = new BinaryInputPort(name as string, (bytes as Blob).bytes.slice());
      p.pos = pos as number;
      p.open = open as boolean;
      return p;
    },
  },
  {
    name: 'bytevector-output-port',
    store: (p: BinaryOutputPort) => [p.name, new Blob(p.contents()), p.open],
    allocate: ([name, bytes, open]) => {
      const p = new BinaryOutputPort(name as string);
      p.writeBytes((bytes as Blob).bytes);
      p.open = open as boolean;
      return p;
    },
  },
  {
    // Ports on files being written, and the like, do not survive a save (their files and buffers
    // belong to the saving process): they come back closed, with their kind and name.
    name: 'closed-port',
    store: (p: Port) => [p.textual, p.input, p.name],
    allocate: ([textual, input, name]) => {
      const n = name as string;
      const p = textual ? (input ? new TextInputPort(n, '') : new TextOutputPort(n)) : input ? new BinaryInputPort(n, new Uint8Array(0)) : new BinaryOutputPort(n);
      p.open = false;
      return p;
    },
  },
];

export class WorldMismatch extends Error {}

const KIND_INDEX = new Map(KINDS.map((k, i) => [k.name, i]));

export function kindNumber(name: string): number {
  return KIND_INDEX.get(name) as number;
}

let builtinNames: Map<object, string> | null = null;

/** The name a built-in object is registered under (the first, if it has aliases). */
export function builtinName(p: object): string | undefined {
  if (builtinNames === null) {
    builtinNames = new Map();
    for (const [name, proc] of builtinTable()) if (!builtinNames.has(proc)) builtinNames.set(proc, name);
  }
  return builtinNames.get(p);
}

const BY_CLASS = new Map<unknown, string>([
  [Pair, 'pair'],
  [Array, 'vector'],
  [Char, 'char'],
  [MString, 'string'],
  [Flonum, 'flonum'],
  [Ratnum, 'ratnum'],
  [Uint8Array, 'bytevector'],
  [Unspecified, 'unspecified'],
  [EofObject, 'eof'],
  [DefaultObject, 'default'],
  [MultipleValues, 'multiple-values'],
  [RecordProcedure, 'record-procedure'],
  [RecordType, 'record-type'],
  [HashTable, 'hash-table'],
  [Box, 'box'],
  [Record, 'record'],
  [Promise, 'promise'],
  [GlobalCell, 'global-cell'],
  [Environment, 'environment'],
  [Scope, 'scope'],
  [Alias, 'alias'],
  [Library, 'library'],
  [SpecialForm, 'special-form'],
  [Macro, 'macro'],
  [LocalBinding, 'local-binding'],
  [SyntaxRules, 'syntax-rules'],
  [ir.Var, 'var'],
  [ir.Const, 'const'],
  [ir.LocalRef, 'local-ref'],
  [ir.GlobalRef, 'global-ref'],
  [ir.LocalSet, 'local-set'],
  [ir.GlobalSet, 'global-set'],
  [ir.GlobalDefine, 'global-define'],
  [ir.If, 'if'],
  [ir.Seq, 'seq'],
  [ir.Call, 'call'],
  [ir.Lambda, 'lambda'],
  [ir.Let, 'let'],
  [ir.Letrec, 'letrec'],
  [ir.CaseLambda, 'case-lambda'],
  [Object, 'source-position'],
  [Closure, 'closure'],
  [Continuation, 'continuation'],
  [Parameter, 'parameter'],
  [DynamicState, 'dynamic-state'],
  [Winder, 'winder'],
  [ParamBinding, 'param-binding'],
  [ErrorObject, 'error-object'],
]);

export class Unsaveable extends Error {}

function portKind(p: Port): string {
  if (p.standard !== null) return 'standard-port';
  if (p instanceof TextInputPort && p.selfContained) return 'text-input-port';
  if (p instanceof TextOutputPort && p.selfContained) return 'string-output-port';
  if (p instanceof BinaryInputPort) return 'bytevector-input-port';
  if (p instanceof BinaryOutputPort && p.selfContained) return 'bytevector-output-port';
  return 'closed-port';
}

/** The kind of an object being saved. */
export function kindOf(obj: object): number {
  const b = builtinName(obj);
  if (b !== undefined) return kindNumber('builtin');
  if (typeof obj === 'function') {
    const rp = obj as ReturnPoint;
    if (rp.owner !== undefined) return kindNumber('compiled-return-point');
    if (rp.builtinName !== undefined) return kindNumber('builtin-return-point');
    throw new Unsaveable('a JS function that is not a return point');
  }
  if (obj instanceof Sym) return kindNumber(obj.interned ? 'symbol' : 'uninterned-symbol');
  if (obj instanceof Port) return kindNumber(portKind(obj));
  const name = BY_CLASS.get(obj.constructor);
  if (name === undefined) {
    if (obj instanceof Primitive) throw new Unsaveable(`the procedure ${obj.name}, which exists only while a macro expands`);
    throw new Unsaveable(`an object of type ${obj.constructor?.name ?? 'unknown'}`);
  }
  if (name === 'source-position' && !('line' in obj && 'file' in obj)) throw new Unsaveable('a plain JS object');
  return kindNumber(name);
}
