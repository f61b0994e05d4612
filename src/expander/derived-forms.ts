// The derived expression types of R7RS 4.2, expanded straight to IR: let, let*, letrec, letrec*,
// named let, cond, case, and, or, when, unless, do.
import type { Value } from '../values/value.js';
import { Pair } from '../values/pair.js';
import { Sym, intern } from '../values/symbol.js';
import { Char } from '../values/char.js';
import { UNSPECIFIED } from '../values/singletons.js';
import { positionOf } from '../reader/positions.js';
import { Scope, LocalBinding, isIdentifier, baseSymbol, resolve, stripSyntax, type Identifier } from './environment.js';
import { defineSpecialForm, specialForm, syntaxError, type Expander, type Env } from './expand.js';
import { Const, If, Lambda, Let, Letrec, LocalRef, Seq, Call, Var, type Node } from './ir.js';

/** True when id means the core keyword `name` (else, =>) in env. */
export function isKeyword(x: Value, env: Env, name: string): boolean {
  return isIdentifier(x) && resolve(x, env) === specialForm(name);
}

function sequence(nodes: Node[]): Node {
  if (nodes.length === 0) return new Const(UNSPECIFIED);
  return nodes.length === 1 ? nodes[0] : new Seq(nodes);
}

/** ((name init) ...): the names and init forms, checking the shape and that names are distinct. */
function parseBindings(x: Expander, bindings: Value, form: Value, kind: string): [Identifier[], Value[]] {
  const ids: Identifier[] = [];
  const inits: Value[] = [];
  for (const b of x.listOf(bindings, `${kind} bindings`)) {
    const parts = b instanceof Pair ? x.listOf(b, `a ${kind} binding`) : null;
    if (parts === null || parts.length !== 2 || !isIdentifier(parts[0])) {
      throw syntaxError(form, `${kind}: each binding must be (name value)`);
    }
    if (ids.includes(parts[0])) throw syntaxError(form, `${kind}: ${baseSymbol(parts[0]).name} is bound twice`);
    ids.push(parts[0]);
    inits.push(parts[1]);
  }
  return [ids, inits];
}

function bindAll(scope: Scope, ids: Identifier[], recursive: boolean): Var[] {
  return ids.map((id) => {
    const v = new Var(baseSymbol(id), recursive);
    scope.table.set(id, new LocalBinding(v));
    return v;
  });
}

/** A lambda whose body the caller builds as IR in the lambda's scope. */
function lambdaWith(name: string, ids: Identifier[], env: Env, pos: Lambda['pos'], body: (scope: Scope) => Node): Lambda {
  const scope = new Scope(env);
  const params = bindAll(scope, ids, false);
  return new Lambda(name, params, null, body(scope), pos);
}

/** ((letrec ((name lambda)) name) args ...): how named let and do loop. */
function loop(name: Sym, make: (self: Scope, v: Var) => Lambda, inits: Node[], env: Env, nameId: Identifier | null, pos: Lambda['pos']): Node {
  const self = new Scope(env);
  const v = new Var(name, true);
  if (nameId !== null) self.table.set(nameId, new LocalBinding(v));
  const lambda = make(self, v);
  return new Call(new Letrec([v], [lambda], new LocalRef(v, null)), inits, pos);
}

defineSpecialForm('let', (x, form, env) => {
  if (!(form.cdr instanceof Pair)) throw syntaxError(form, 'let: expected (let ((name value) ...) body ...)');
  const second = form.cdr.car;
  if (isIdentifier(second)) {
    // named let: the inits are outside the scope of the loop's name
    const rest = form.cdr.cdr;
    if (!(rest instanceof Pair)) throw syntaxError(form, 'let: expected (let name ((var init) ...) body ...)');
    const [ids, initForms] = parseBindings(x, rest.car, form, 'let');
    const inits = initForms.map((f, i) => x.expandNamed(f, env, ids[i]));
    const name = baseSymbol(second);
    return loop(
      name,
      (self) => {
        const scope = new Scope(self);
        const params = bindAll(scope, ids, false);
        return new Lambda(name.name, params, null, x.expandBody(rest.cdr, scope, 'a let body'), positionOf(form));
      },
      inits,
      env,
      second,
      positionOf(form),
    );
  }
  const [ids, initForms] = parseBindings(x, second, form, 'let');
  const inits = initForms.map((f, i) => x.expandNamed(f, env, ids[i]));
  const scope = new Scope(env);
  const vars = bindAll(scope, ids, false);
  const body = x.expandBody(form.cdr.cdr, scope, 'a let body');
  return vars.length === 0 ? body : new Let(vars, inits, body);
});

defineSpecialForm('let*', (x, form, env) => {
  if (!(form.cdr instanceof Pair)) throw syntaxError(form, 'let*: expected (let* ((name value) ...) body ...)');
  const bindings = x.listOf(form.cdr.car, 'let* bindings');
  const levels: { v: Var; init: Node }[] = [];
  let scope: Env = env;
  for (const b of bindings) {
    const [[id], [initForm]] = parseBindings(x, new Pair(b, null), form, 'let*');
    const init = x.expandNamed(initForm, scope, id);
    const inner = new Scope(scope);
    const [v] = bindAll(inner, [id], false);
    levels.push({ v, init });
    scope = inner;
  }
  let node = x.expandBody(form.cdr.cdr, scope, 'a let* body');
  for (let i = levels.length - 1; i >= 0; i--) node = new Let([levels[i].v], [levels[i].init], node);
  return node;
});

function expandLetrec(x: Expander, form: Pair, env: Env, kind: string): Node {
  if (!(form.cdr instanceof Pair)) throw syntaxError(form, `${kind}: expected (${kind} ((name value) ...) body ...)`);
  const [ids, initForms] = parseBindings(x, form.cdr.car, form, kind);
  const scope = new Scope(env);
  const vars = bindAll(scope, ids, true);
  const inits = initForms.map((f, i) => x.expandNamed(f, scope, ids[i]));
  const body = x.expandBody(form.cdr.cdr, scope, `a ${kind} body`);
  return vars.length === 0 ? body : new Letrec(vars, inits, body);
}
defineSpecialForm('letrec', (x, form, env) => expandLetrec(x, form, env, 'letrec'));
defineSpecialForm('letrec*', (x, form, env) => expandLetrec(x, form, env, 'letrec*'));

defineSpecialForm('and', (x, form, env) => {
  const items = x.listOf(form.cdr, 'and');
  if (items.length === 0) return new Const(true);
  let node = x.expand(items[items.length - 1], env);
  for (let i = items.length - 2; i >= 0; i--) node = new If(x.expand(items[i], env), node, new Const(false));
  return node;
});

/** (or a b): a's value is kept in a variable no user code can name. */
function orElse(test: Node, otherwise: Node): Node {
  const t = new Var(intern('or-value'));
  return new Let([t], [test], new If(new LocalRef(t, null), new LocalRef(t, null), otherwise));
}

defineSpecialForm('or', (x, form, env) => {
  const items = x.listOf(form.cdr, 'or');
  if (items.length === 0) return new Const(false);
  let node = x.expand(items[items.length - 1], env);
  for (let i = items.length - 2; i >= 0; i--) node = orElse(x.expand(items[i], env), node);
  return node;
});

defineSpecialForm('when', (x, form, env) => {
  const items = x.listOf(form.cdr, 'when');
  if (items.length < 1) throw syntaxError(form, 'when: expected (when test body ...)');
  return new If(x.expand(items[0], env), sequence(items.slice(1).map((f) => x.expand(f, env))), new Const(UNSPECIFIED));
});

defineSpecialForm('unless', (x, form, env) => {
  const items = x.listOf(form.cdr, 'unless');
  if (items.length < 1) throw syntaxError(form, 'unless: expected (unless test body ...)');
  return new If(x.expand(items[0], env), new Const(UNSPECIFIED), sequence(items.slice(1).map((f) => x.expand(f, env))));
});

/** The value of `test` passed to the procedure `receiver` when it is true, else `otherwise`. */
function arrowClause(test: Node, receiver: Node, otherwise: Node, pos: Lambda['pos']): Node {
  const t = new Var(intern('cond-value'));
  return new Let([t], [test], new If(new LocalRef(t, null), new Call(receiver, [new LocalRef(t, null)], pos), otherwise));
}

defineSpecialForm('cond', (x, form, env) => {
  const clauses = x.listOf(form.cdr, 'cond');
  let node: Node = new Const(UNSPECIFIED);
  for (let i = clauses.length - 1; i >= 0; i--) {
    const clause = clauses[i];
    const parts = clause instanceof Pair ? x.listOf(clause, 'a cond clause') : null;
    if (parts === null || parts.length === 0) throw syntaxError(form, 'cond: each clause must be (test expression ...)');
    if (isKeyword(parts[0], env, 'else')) {
      if (i !== clauses.length - 1) throw syntaxError(form, 'cond: else must be the last clause');
      node = sequence(parts.slice(1).map((f) => x.expand(f, env)));
      continue;
    }
    const test = x.expand(parts[0], env);
    if (parts.length === 1) node = orElse(test, node);
    else if (isKeyword(parts[1], env, '=>')) {
      if (parts.length !== 3) throw syntaxError(clause, 'cond: expected (test => receiver)');
      node = arrowClause(test, x.expand(parts[2], env), node, positionOf(clause as Pair));
    } else node = new If(test, sequence(parts.slice(1).map((f) => x.expand(f, env))), node);
  }
  return node;
});

/** Data for which eqv? is eq? here: fixnums, symbols, characters, booleans, (). */
function eqComparable(d: Value): boolean {
  return typeof d === 'number' || d instanceof Sym || d instanceof Char || typeof d === 'boolean' || d === null;
}

defineSpecialForm('case', (x, form, env) => {
  const items = x.listOf(form.cdr, 'case');
  if (items.length < 1) throw syntaxError(form, 'case: expected (case key clause ...)');
  const key = new Var(intern('case-key'));
  const keyRef = () => new LocalRef(key, null);
  const clauseBody = (parts: Value[], clause: Value): Node => {
    if (parts.length > 0 && isKeyword(parts[0], env, '=>')) {
      if (parts.length !== 2) throw syntaxError(clause, 'case: expected (data => receiver)');
      return new Call(x.expand(parts[1], env), [keyRef()], positionOf(clause as Pair));
    }
    return sequence(parts.map((f) => x.expand(f, env)));
  };
  const clauses = items.slice(1);
  let node: Node = new Const(UNSPECIFIED);
  for (let i = clauses.length - 1; i >= 0; i--) {
    const clause = clauses[i];
    const parts = clause instanceof Pair ? x.listOf(clause, 'a case clause') : null;
    if (parts === null || parts.length === 0) throw syntaxError(form, 'case: each clause must be ((datum ...) expression ...)');
    if (isKeyword(parts[0], env, 'else')) {
      if (i !== clauses.length - 1) throw syntaxError(form, 'case: else must be the last clause');
      node = clauseBody(parts.slice(1), clause);
      continue;
    }
    const data = x.listOf(stripSyntax(parts[0]), 'case data');
    let test: Node;
    if (data.length > 6) {
      test = new Call(x.coreRef('memv'), [keyRef(), new Const(stripSyntax(parts[0]))], null);
    } else {
      test = new Const(false);
      for (let j = data.length - 1; j >= 0; j--) {
        const eq = x.coreRef(eqComparable(data[j]) ? 'eq?' : 'eqv?');
        test = new If(new Call(eq, [keyRef(), new Const(data[j])], null), new Const(true), test);
      }
    }
    node = new If(test, clauseBody(parts.slice(1), clause), node);
  }
  return new Let([key], [x.expand(items[0], env)], node);
});

defineSpecialForm('do', (x, form, env) => {
  const items = x.listOf(form.cdr, 'do');
  if (items.length < 2) throw syntaxError(form, 'do: expected (do ((var init step) ...) (test expression ...) command ...)');
  const ids: Identifier[] = [];
  const initForms: Value[] = [];
  const stepForms: Value[] = [];
  for (const spec of x.listOf(items[0], 'do bindings')) {
    const parts = spec instanceof Pair ? x.listOf(spec, 'a do binding') : null;
    if (parts === null || parts.length < 2 || parts.length > 3 || !isIdentifier(parts[0])) {
      throw syntaxError(form, 'do: each binding must be (variable init [step])');
    }
    ids.push(parts[0]);
    initForms.push(parts[1]);
    stepForms.push(parts.length === 3 ? parts[2] : parts[0]);
  }
  const exit = items[1] instanceof Pair ? x.listOf(items[1], 'do exit clause') : null;
  if (exit === null || exit.length === 0) throw syntaxError(form, 'do: expected an exit clause (test expression ...)');
  const inits = initForms.map((f) => x.expand(f, env));
  const pos = positionOf(form);
  return loop(
    intern('do-loop'),
    (self, loopVar) =>
      lambdaWith('do-loop', ids, self, pos, (scope) => {
        const again = new Call(new LocalRef(loopVar, null), stepForms.map((f) => x.expand(f, scope)), pos);
        const commands = items.slice(2).map((f) => x.expand(f, scope));
        return new If(x.expand(exit[0], scope), sequence(exit.slice(1).map((f) => x.expand(f, scope))), sequence([...commands, again]));
      }),
    inits,
    env,
    null,
    pos,
  );
});
