// quasiquote at any depth. Parts with nothing unquoted at the current depth are constants; the rest
// are built with cons, append and list->vector from the core environment.
import type { Value } from '../values/value.js';
import { Pair } from '../values/pair.js';
import { intern } from '../values/symbol.js';
import { stripSyntax } from './environment.js';
import { defineSpecialForm, syntaxError, type Expander, type Env } from './expand.js';
import { isKeyword } from './derived-forms.js';
import { Const, Call, type Node } from './ir.js';

defineSpecialForm('quasiquote', (x, form, env) => {
  if (!(form.cdr instanceof Pair) || form.cdr.cdr !== null) throw syntaxError(form, 'quasiquote: expected (quasiquote template)');
  return template(x, form.cdr.car, 1, env);
});

/** (keyword datum) with keyword meaning unquote, unquote-splicing or quasiquote here. */
function tagged(form: Value, env: Env, keyword: string): Value | undefined {
  if (form instanceof Pair && isKeyword(form.car, env, keyword) && form.cdr instanceof Pair && form.cdr.cdr === null) {
    return form.cdr.car;
  }
  return undefined;
}

function hasUnquote(form: Value, depth: number, env: Env): boolean {
  const stack: [Value, number][] = [[form, depth]];
  while (stack.length > 0) {
    const [f, d] = stack.pop() as [Value, number];
    if (f instanceof Pair) {
      if (tagged(f, env, 'unquote') !== undefined || tagged(f, env, 'unquote-splicing') !== undefined) {
        if (d === 1) return true;
        stack.push([(f.cdr as Pair).car, d - 1]);
      } else if (tagged(f, env, 'quasiquote') !== undefined) {
        stack.push([(f.cdr as Pair).car, d + 1]);
      } else {
        stack.push([f.car, d], [f.cdr, d]);
      }
    } else if (Array.isArray(f)) {
      for (const e of f) stack.push([e, d]);
    }
  }
  return false;
}

function template(x: Expander, form: Value, depth: number, env: Env): Node {
  if (!hasUnquote(form, depth, env)) return new Const(stripSyntax(form));
  const unquoted = tagged(form, env, 'unquote');
  if (unquoted !== undefined) {
    if (depth === 1) return x.expand(unquoted, env);
    return list(x, [new Const(intern('unquote')), template(x, unquoted, depth - 1, env)]);
  }
  const inner = tagged(form, env, 'quasiquote');
  if (inner !== undefined) return list(x, [new Const(intern('quasiquote')), template(x, inner, depth + 1, env)]);
  if (Array.isArray(form)) {
    let l: Value = null;
    for (let i = form.length - 1; i >= 0; i--) l = new Pair(form[i], l);
    return new Call(x.coreRef('list->vector'), [template(x, l, depth, env)], null);
  }
  const p = form as Pair;
  const spliced = tagged(p.car, env, 'unquote-splicing');
  if (spliced !== undefined) {
    const rest = template(x, p.cdr, depth, env);
    if (depth === 1) return new Call(x.coreRef('append'), [x.expand(spliced, env), rest], null);
    return new Call(x.coreRef('cons'), [list(x, [new Const(intern('unquote-splicing')), template(x, spliced, depth - 1, env)]), rest], null);
  }
  return new Call(x.coreRef('cons'), [template(x, p.car, depth, env), template(x, p.cdr, depth, env)], null);
}

function list(x: Expander, items: Node[]): Node {
  return new Call(x.coreRef('list'), items, null);
}
