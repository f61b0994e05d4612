// syntax-rules: matching a macro use against the patterns and building the expansion from the
// template. Hygiene comes from renaming: every symbol the template inserts (one that is not a pattern
// variable) becomes an Alias that means what the symbol meant where the macro was defined, and a
// binding form in the expansion binds the Alias, not the user's symbol of the same name.
import type { Value } from '../values/value.js';
import { Pair } from '../values/pair.js';
import { intern } from '../values/symbol.js';
import { equal } from '../values/equality.js';
import { makeError, describe } from '../values/error.js';
import { Alias, isIdentifier, baseSymbol, sameBinding, stripSyntax, type Identifier, type Scope, type Environment } from './environment.js';

export class SyntaxRules {
  constructor(
    readonly ellipsis: Identifier,
    readonly literals: Identifier[],
    /** [pattern, template] pairs; the pattern's first element (the keyword) is ignored */
    readonly rules: [Value, Value][],
    readonly env: Scope | Environment,
  ) {}
}

const ELLIPSIS = intern('...');
const UNDERSCORE = intern('_');

/** Parses (syntax-rules [ellipsis] (literal ...) (pattern template) ...). */
export function parseSyntaxRules(form: Value, env: Scope | Environment, where: string): SyntaxRules {
  const fail = (why: string) => makeError('syntax', `${where}: bad syntax-rules: ${why}`, [form]);
  let rest = (form as Pair).cdr;
  let ellipsis: Identifier = ELLIPSIS;
  if (rest instanceof Pair && isIdentifier(rest.car)) {
    ellipsis = rest.car;
    rest = rest.cdr;
  }
  if (!(rest instanceof Pair)) throw fail('missing the literals list');
  const literals: Identifier[] = [];
  for (let l = rest.car; l !== null; l = (l as Pair).cdr) {
    if (!(l instanceof Pair) || !isIdentifier(l.car)) throw fail('literals must be a list of identifiers');
    literals.push(l.car);
  }
  const rules: [Value, Value][] = [];
  for (let r = rest.cdr; r !== null; r = (r as Pair).cdr) {
    if (!(r instanceof Pair)) throw fail('improper list of rules');
    const rule = r.car;
    if (!(rule instanceof Pair) || !(rule.cdr instanceof Pair) || rule.cdr.cdr !== null) throw fail('each rule must be (pattern template)');
    if (!(rule.car instanceof Pair)) throw fail('a pattern must be a list starting with the keyword');
    rules.push([rule.car, rule.cdr.car]);
  }
  return new SyntaxRules(ellipsis, literals, rules, env);
}

/** What a pattern variable matched: a form, or (under ellipses) a sequence of deeper matches. */
class MatchSeq {
  constructor(readonly items: Match[]) {}
}
type Match = Value | MatchSeq;

/** A pattern variable's match and its ellipsis depth. */
interface Bound {
  readonly depth: number;
  readonly m: Match;
}
type Binds = Map<Identifier, Bound>;

class Matcher {
  constructor(
    readonly sr: SyntaxRules,
    readonly useEnv: Scope | Environment,
  ) {}

  isEllipsis(x: Value): boolean {
    if (!isIdentifier(x) || this.isLiteral(x)) return false;
    return x === this.sr.ellipsis || (this.sr.ellipsis === ELLIPSIS && baseSymbol(x) === ELLIPSIS);
  }

  isLiteral(x: Identifier): boolean {
    return this.sr.literals.includes(x);
  }

  /** Matches form against pattern, adding to binds; false when it does not match. */
  match(pattern: Value, form: Value, binds: Binds): boolean {
    if (isIdentifier(pattern)) {
      if (this.isLiteral(pattern)) {
        return isIdentifier(form) && sameBinding(form, this.useEnv, pattern, this.sr.env);
      }
      if (baseSymbol(pattern) === UNDERSCORE) return true;
      binds.set(pattern, { depth: 0, m: form });
      return true;
    }
    if (pattern instanceof Pair) return this.matchList(pattern, form, binds);
    if (Array.isArray(pattern)) {
      if (!Array.isArray(form)) return false;
      return this.matchList(arrayToPairs(pattern), arrayToPairs(form), binds);
    }
    return equal(pattern, form);
  }

  private matchList(pattern: Value, form: Value, binds: Binds): boolean {
    while (pattern instanceof Pair) {
      if (pattern.cdr instanceof Pair && this.isEllipsis(pattern.cdr.car)) {
        const sub = pattern.car;
        const after = pattern.cdr.cdr;
        const minAfter = countPairs(after);
        const items: Value[] = [];
        let f = form;
        while (f instanceof Pair && countPairs(f) > minAfter) {
          items.push(f.car);
          f = f.cdr;
        }
        const vars = this.patternVars(sub);
        const seqs = vars.map(() => [] as Match[]);
        const depths = vars.map(() => 0);
        for (const item of items) {
          const b: Binds = new Map();
          if (!this.match(sub, item, b)) return false;
          vars.forEach((v, i) => {
            const got = b.get(v) as Bound;
            seqs[i].push(got.m);
            depths[i] = got.depth;
          });
        }
        // with no items, a variable's depth comes from the pattern itself
        if (items.length === 0) vars.forEach((v, i) => (depths[i] = this.depthIn(sub, v)));
        vars.forEach((v, i) => binds.set(v, { depth: depths[i] + 1, m: new MatchSeq(seqs[i]) }));
        pattern = after;
        form = f;
        continue;
      }
      if (!(form instanceof Pair)) return false;
      if (!this.match(pattern.car, form.car, binds)) return false;
      pattern = pattern.cdr;
      form = form.cdr;
    }
    if (pattern === null) return form === null;
    return this.match(pattern, form, binds);
  }

  /** How many ellipses the pattern variable v is under inside pattern p. */
  depthIn(p: Value, v: Identifier): number {
    if (p === v) return 0;
    if (p instanceof Pair) {
      const underEllipsis = p.cdr instanceof Pair && this.isEllipsis(p.cdr.car);
      const d = this.depthIn(p.car, v);
      if (d >= 0) return d + (underEllipsis ? 1 : 0);
      return this.depthIn(underEllipsis ? (p.cdr as Pair).cdr : p.cdr, v);
    }
    if (Array.isArray(p)) return this.depthIn(arrayToPairs(p), v);
    return -1;
  }

  /** The pattern variables in a pattern, in order. */
  patternVars(pattern: Value, out: Identifier[] = []): Identifier[] {
    if (isIdentifier(pattern)) {
      if (!this.isLiteral(pattern) && !this.isEllipsis(pattern) && baseSymbol(pattern) !== UNDERSCORE) out.push(pattern);
    } else if (pattern instanceof Pair) {
      this.patternVars(pattern.car, out);
      this.patternVars(pattern.cdr, out);
    } else if (Array.isArray(pattern)) {
      for (const p of pattern) this.patternVars(p, out);
    }
    return out;
  }
}

function countPairs(x: Value): number {
  let n = 0;
  while (x instanceof Pair) {
    n++;
    x = x.cdr;
  }
  return n;
}

function arrayToPairs(a: Value[]): Value {
  let r: Value = null;
  for (let i = a.length - 1; i >= 0; i--) r = new Pair(a[i], r);
  return r;
}

/**
 * Expands a use of the macro: the first rule whose pattern matches wins. `onNewPair` is told of every
 * pair the expansion makes, so the caller can give them the use's source position.
 */
export function expandSyntaxRules(sr: SyntaxRules, form: Value, useEnv: Scope | Environment, onNewPair: (p: Pair) => void): Value {
  const matcher = new Matcher(sr, useEnv);
  for (const [pattern, template] of sr.rules) {
    const binds: Binds = new Map();
    if (matcher.match((pattern as Pair).cdr, (form as Pair).cdr, binds)) {
      return new Instantiator(matcher, binds, onNewPair).build(template);
    }
  }
  const name = (form as Pair).car;
  throw makeError('syntax', `${isIdentifier(name) ? baseSymbol(name).name : 'macro'}: no syntax rule matches ${describeForm(form)}`, [form]);
}

function describeForm(form: Value): string {
  return describe(stripSyntax(form));
}

class Instantiator {
  private renames = new Map<Identifier, Alias>();
  constructor(
    readonly matcher: Matcher,
    readonly binds: Binds,
    readonly onNewPair: (p: Pair) => void,
  ) {}

  private cons(a: Value, d: Value): Pair {
    const p = new Pair(a, d);
    this.onNewPair(p);
    return p;
  }

  private rename(id: Identifier): Alias {
    let a = this.renames.get(id);
    if (a === undefined) {
      a = new Alias(id, this.matcher.sr.env);
      this.renames.set(id, a);
    }
    return a;
  }

  build(t: Value, binds: Binds = this.binds, literalEllipsis = false): Value {
    if (isIdentifier(t)) {
      const b = binds.get(t);
      if (b !== undefined) {
        if (b.depth > 0) {
          throw makeError('syntax', `${baseSymbol(t).name}: pattern variable used with too few ellipses in the template`, [t]);
        }
        return b.m as Value;
      }
      return this.rename(t);
    }
    if (t instanceof Pair) {
      // (... ...) is a literal ellipsis; (... template) turns ellipses off inside template
      if (!literalEllipsis && this.matcher.isEllipsis(t.car) && t.cdr instanceof Pair) {
        return this.build(t.cdr.car, binds, true);
      }
      const items: Value[] = [];
      let x: Value = t;
      while (x instanceof Pair) {
        const sub = x.car;
        x = x.cdr;
        let depth = 0;
        while (!literalEllipsis && x instanceof Pair && this.matcher.isEllipsis(x.car)) {
          depth++;
          x = x.cdr;
        }
        if (depth === 0) items.push(this.build(sub, binds, literalEllipsis));
        else items.push(...this.repeat(sub, depth, binds));
      }
      let result = x === null ? null : this.build(x, binds, literalEllipsis);
      for (let i = items.length - 1; i >= 0; i--) result = this.cons(items[i], result);
      return result;
    }
    if (Array.isArray(t)) {
      const asList = this.build(arrayToPairs(t), binds, literalEllipsis);
      const out: Value[] = [];
      for (let x = asList; x instanceof Pair; x = x.cdr) out.push(x.car);
      return out;
    }
    return t;
  }

  /** The expansions of `sub <ellipsis>^depth`, spliced into the enclosing list. */
  private repeat(sub: Value, depth: number, binds: Binds): Value[] {
    // The variables this ellipsis iterates over: those matched under more ellipses than they are
    // followed by inside sub (the rest are iterated by the inner ellipses, or are constant).
    const occurrences = new Map<Identifier, number>();
    this.occurrenceDepths(sub, 0, occurrences);
    const vars: Identifier[] = [];
    for (const [v, occ] of occurrences) {
      const b = binds.get(v);
      if (b !== undefined && b.depth > occ) vars.push(v);
    }
    if (vars.length === 0) throw makeError('syntax', 'an ellipsis in the template follows no pattern variable matched under an ellipsis', [sub]);
    let len = -1;
    for (const v of vars) {
      const n = ((binds.get(v) as Bound).m as MatchSeq).items.length;
      if (len === -1 || n < len) len = n;
    }
    const out: Value[] = [];
    for (let i = 0; i < len; i++) {
      const inner: Binds = new Map(binds);
      for (const v of vars) {
        const b = binds.get(v) as Bound;
        inner.set(v, { depth: b.depth - 1, m: (b.m as MatchSeq).items[i] });
      }
      if (depth > 1) out.push(...this.repeat(sub, depth - 1, inner));
      else out.push(this.build(sub, inner));
    }
    return out;
  }

  /** For each identifier in template t: the fewest ellipses it is followed by within t. */
  private occurrenceDepths(t: Value, depth: number, out: Map<Identifier, number>): void {
    if (isIdentifier(t)) {
      const d = out.get(t);
      if (d === undefined || depth < d) out.set(t, depth);
      return;
    }
    if (t instanceof Pair) {
      if (this.matcher.isEllipsis(t.car) && t.cdr instanceof Pair) return; // (... ...) escapes
      let x: Value = t;
      while (x instanceof Pair) {
        const sub = x.car;
        x = x.cdr;
        let n = 0;
        while (x instanceof Pair && this.matcher.isEllipsis(x.car)) {
          n++;
          x = x.cdr;
        }
        this.occurrenceDepths(sub, depth + n, out);
      }
      if (x !== null) this.occurrenceDepths(x, depth, out);
      return;
    }
    if (Array.isArray(t)) for (const e of t) this.occurrenceDepths(e, depth, out);
  }
}
