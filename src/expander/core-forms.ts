// Handlers of the core forms: quote, if, set!, lambda, begin, let-syntax, letrec-syntax, case-lambda,
// include, cond-expand, and the keywords that only have meaning inside other forms.
import type { Value } from '../values/value.js';
import { Pair } from '../values/pair.js';
import { UNSPECIFIED } from '../values/singletons.js';
import { positionOf } from '../reader/positions.js';
import { MString } from '../values/string.js';
import { Scope, LocalBinding, Macro, isIdentifier, baseSymbol, resolve, stripSyntax, rootEnvironment, type Identifier } from './environment.js';
import { makeError, describe } from '../values/error.js';
import { freezeConstant } from '../values/constant.js';
import { defineSpecialForm, syntaxError, type Expander, type Env } from './expand.js';
import { Const, If, LocalSet, GlobalSet, Lambda, Seq, Var, CaseLambda, type Node } from './ir.js';
import { GlobalCell } from '../values/global.js';
import { evaluateFeatureRequirement } from './features.js';

defineSpecialForm('quote', (x, form) => {
  const items = x.listOf(form, 'quote');
  if (items.length !== 2) throw syntaxError(form, 'quote: expected (quote datum)');
  return new Const(freezeConstant(stripSyntax(items[1])));
});

defineSpecialForm('if', (x, form, env) => {
  const items = x.listOf(form, 'if');
  if (items.length !== 3 && items.length !== 4) throw syntaxError(form, 'if: expected (if test consequent [alternative])');
  const alt = items.length === 4 ? x.expand(items[3], env) : new Const(UNSPECIFIED);
  return new If(x.expand(items[1], env), x.expand(items[2], env), alt);
});

defineSpecialForm('set!', (x, form, env) => {
  const items = x.listOf(form, 'set!');
  if (items.length !== 3 || !isIdentifier(items[1])) throw syntaxError(form, 'set!: expected (set! variable expression)');
  const b = resolve(items[1], env);
  const value = x.expandNamed(items[2], env, items[1]);
  if (b instanceof LocalBinding) return new LocalSet(b.v, value);
  if (b instanceof GlobalCell) {
    if (rootEnvironment(env).immutable) throw syntaxError(form, `set!: cannot assign ${baseSymbol(items[1]).name} in an immutable environment`);
    return new GlobalSet(b, value, positionOf(form));
  }
  throw syntaxError(form, `set!: ${baseSymbol(items[1]).name} is a syntactic keyword, not a variable`);
});

/** Parses a parameter list: (a b), (a b . rest), or args. */
export function parseFormals(formals: Value, form: Value): { ids: Identifier[]; rest: Identifier | null } {
  const ids: Identifier[] = [];
  let f = formals;
  while (f instanceof Pair) {
    if (!isIdentifier(f.car)) throw syntaxError(form, 'lambda: a parameter must be an identifier');
    ids.push(f.car);
    f = f.cdr;
  }
  let rest: Identifier | null = null;
  if (f !== null) {
    if (!isIdentifier(f)) throw syntaxError(form, 'lambda: bad parameter list');
    rest = f;
  }
  const all = rest === null ? ids : [...ids, rest];
  for (let i = 0; i < all.length; i++) {
    if (all.indexOf(all[i]) !== i) throw syntaxError(form, `lambda: parameter ${baseSymbol(all[i]).name} appears twice`);
  }
  return { ids, rest };
}

/** A lambda from its parameter list and body forms. */
export function makeLambda(x: Expander, name: string, formals: Value, body: Value, env: Env, form: Value): Lambda {
  const { ids, rest } = parseFormals(formals, form);
  const scope = new Scope(env);
  const bindVar = (id: Identifier): Var => {
    const v = new Var(baseSymbol(id));
    scope.table.set(id, new LocalBinding(v));
    return v;
  };
  const params = ids.map(bindVar);
  const restVar = rest === null ? null : bindVar(rest);
  if (body === null) throw syntaxError(form, 'lambda: the body is empty');
  const bodyNode = x.expandBody(body, scope, 'a lambda body');
  return new Lambda(name, params, restVar, bodyNode, form instanceof Pair ? positionOf(form) : null);
}

defineSpecialForm('lambda', (x, form, env) => {
  if (!(form.cdr instanceof Pair)) throw syntaxError(form, 'lambda: expected (lambda formals body ...)');
  return makeLambda(x, '', form.cdr.car, form.cdr.cdr, env, form);
});

// (named-lambda (name . formals) body ...), as in MIT Scheme and Chibi
defineSpecialForm('named-lambda', (x, form, env) => {
  const spec = form.cdr instanceof Pair ? form.cdr.car : null;
  if (!(spec instanceof Pair) || !isIdentifier(spec.car)) throw syntaxError(form, 'named-lambda: expected (named-lambda (name . formals) body ...)');
  return makeLambda(x, baseSymbol(spec.car).name, spec.cdr, (form.cdr as Pair).cdr, env, form);
});

defineSpecialForm('case-lambda', (x, form, env) => {
  const clauses = x.listOf(form.cdr, 'case-lambda').map((clause) => {
    if (!(clause instanceof Pair)) throw syntaxError(form, 'case-lambda: each clause must be (formals body ...)');
    return makeLambda(x, '', clause.car, clause.cdr, env, clause);
  });
  return new CaseLambda('', clauses, positionOf(form));
});

/** An expression standing for a sequence of forms (begin, and what include and cond-expand give). */
function sequenceOf(x: Expander, forms: Value[], env: Env): Node {
  if (forms.length === 0) return new Const(UNSPECIFIED);
  const nodes = forms.map((f) => x.expand(f, env));
  return nodes.length === 1 ? nodes[0] : new Seq(nodes);
}

const beginForms = (x: Expander, form: Pair): Value[] => x.listOf(form.cdr, 'begin');
defineSpecialForm('begin', (x, form, env) => sequenceOf(x, beginForms(x, form), env), beginForms);

function expandSyntaxBinding(x: Expander, form: Pair, env: Env, recursive: boolean): Node {
  const kind = recursive ? 'letrec-syntax' : 'let-syntax';
  const items = x.listOf(form, kind);
  if (items.length < 3) throw syntaxError(form, `${kind}: expected (${kind} ((name transformer) ...) body ...)`);
  const scope = new Scope(env);
  for (const binding of x.listOf(items[1], `${kind} bindings`)) {
    const b = x.listOf(binding, `a ${kind} binding`);
    if (b.length !== 2 || !isIdentifier(b[0])) throw syntaxError(form, `${kind}: each binding must be (name transformer)`);
    const macro: Macro = x.parseTransformer(b[1], recursive ? scope : env, baseSymbol(b[0]).name);
    scope.table.set(b[0], macro);
  }
  return x.expandBody((form.cdr as Pair).cdr, scope, `a ${kind} body`);
}

defineSpecialForm('let-syntax', (x, form, env) => expandSyntaxBinding(x, form, env, false));
defineSpecialForm('letrec-syntax', (x, form, env) => expandSyntaxBinding(x, form, env, true));

// (include "file" ...) and (include-ci ...): the files' data, as if they stood in a begin
function includedForms(x: Expander, form: Pair, foldCase: boolean): Value[] {
  const names = x.listOf(form.cdr, 'include');
  if (names.length === 0 || !names.every((n) => n instanceof MString)) throw syntaxError(form, 'include: expected file names as strings');
  const forms: Value[] = [];
  for (const n of names) forms.push(...x.host.readInclude(n.toString(), positionOf(form), foldCase));
  return forms;
}
const include = (x: Expander, form: Pair) => includedForms(x, form, false);
const includeCi = (x: Expander, form: Pair) => includedForms(x, form, true);
defineSpecialForm('include', (x, form, env) => sequenceOf(x, include(x, form), env), include);
defineSpecialForm('include-ci', (x, form, env) => sequenceOf(x, includeCi(x, form), env), includeCi);

// (cond-expand (requirement body ...) ... [(else body ...)]): the body of the first clause whose
// requirement holds, as if it stood in a begin
function condExpandForms(x: Expander, form: Pair, env: Env): Value[] {
  for (const clause of x.listOf(form.cdr, 'cond-expand')) {
    if (!(clause instanceof Pair)) throw syntaxError(form, 'cond-expand: each clause must be (requirement body ...)');
    if (evaluateFeatureRequirement(x, clause.car, env)) return x.listOf(clause.cdr, 'a cond-expand clause');
  }
  return [];
}
defineSpecialForm('cond-expand', (x, form, env) => sequenceOf(x, condExpandForms(x, form, env), env), condExpandForms);

// Keywords that are errors on their own.
for (const name of ['define', 'define-syntax', 'define-macro']) {
  defineSpecialForm(name, (_x, form) => {
    throw syntaxError(form, `${name}: a definition is not allowed here (only at top level or at the start of a body)`);
  });
}
for (const name of ['else', '=>', '...', '_', 'unquote', 'unquote-splicing', 'syntax-rules', 'er-macro-transformer']) {
  defineSpecialForm(name, (_x, form) => {
    throw syntaxError(form, `${name}: misplaced syntactic keyword`);
  });
}

// (import set ...): the bindings are given to the environment at once, so that the forms after the
// import are expanded with them.
defineSpecialForm('import', (x, form, env) => {
  x.host.importInto(rootEnvironment(env), x.listOf(form.cdr, 'import'), form);
  return new Const(UNSPECIFIED);
});

defineSpecialForm('define-library', (_x, form) => {
  throw syntaxError(form, 'define-library: only allowed at top level');
});

// (syntax-error "message" form ...) reports an error when it is expanded (R7RS 4.3.3).
defineSpecialForm('syntax-error', (x, form) => {
  const items = x.listOf(form.cdr, 'syntax-error');
  const message = items.length > 0 && items[0] instanceof MString ? items[0].toString() : 'syntax error';
  const irritants = items.slice(1).map((i) => stripSyntax(i));
  throw makeError('syntax', [message, ...irritants.map((i) => describe(i))].join(' '), irritants, positionOf(form));
});
