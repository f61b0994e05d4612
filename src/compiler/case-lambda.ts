// case-lambda: the closure's entries pass the call on to the first clause that accepts that many
// arguments. The clauses are ordinary compiled lambdas sharing the case-lambda closure's environment.
import type { Value } from '../values/value.js';
import { arityError } from '../values/error.js';
import type { CaseLambda } from '../expander/ir.js';
import type { Frame } from '../machine/kernel.js';
import type { CompiledCode, Entries } from './code.js';

export function makeCaseLambdaEntries(ir: CaseLambda, clauses: CompiledCode[]): Entries {
  const accepts = (i: number, argc: number): boolean => {
    const c = ir.clauses[i];
    return c.rest === null ? argc === c.params.length : argc >= c.params.length;
  };
  const pick = (argc: number, rf: Frame): CompiledCode => {
    for (let i = 0; i < clauses.length; i++) if (accepts(i, argc)) return clauses[i];
    const e = arityError(ir.name || 'case-lambda procedure', 'an argument count that one of its clauses accepts', argc);
    e.frame = rf;
    throw e;
  };
  const fixed = [0, 1, 2, 3].map((n) => clauses.find((_, i) => accepts(i, n)) ?? null);
  return {
    e0: (m, c, rf, rp) => (fixed[0] ?? pick(0, rf)).e0(m, c, rf, rp),
    e1: (m, c, rf, rp, a) => (fixed[1] ?? pick(1, rf)).e1(m, c, rf, rp, a),
    e2: (m, c, rf, rp, a, b) => (fixed[2] ?? pick(2, rf)).e2(m, c, rf, rp, a, b),
    e3: (m, c, rf, rp, a, b, d) => (fixed[3] ?? pick(3, rf)).e3(m, c, rf, rp, a, b, d),
    eN: (m, c, rf, rp, args: Value[]) => pick(args.length, rf).eN(m, c, rf, rp, args),
  };
}
