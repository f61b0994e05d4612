// The compiler's entry points: a Code object's stub entries call compileCode the first time the
// Lambda runs. A Lambda is generated as JS (codegen.ts); a case-lambda dispatches to its clauses.
import type { Lambda } from '../expander/ir.js';
import { Closure } from '../machine/kernel.js';
import { codeOf, setCompiler, type CompiledCode, type Entries } from './code.js';
import { generateLambda } from './codegen.js';
import { makeCaseLambdaEntries } from './case-lambda.js';

function compileCode(code: CompiledCode): Entries {
  const ir = code.ir;
  if (ir.kind === 'case-lambda') return makeCaseLambdaEntries(ir, ir.clauses.map((c) => codeOf(c).ensureCompiled()));
  return generateLambda(code, ir);
}
setCompiler(compileCode);

/** A top-level form (already analysed) as a procedure of no arguments. */
export function closureForTopLevel(top: Lambda): Closure {
  return new Closure(codeOf(top), null);
}
