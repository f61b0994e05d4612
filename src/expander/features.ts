// cond-expand requirements: feature identifiers, (library name), and, or, not, else.
import type { Value } from '../values/value.js';
import { Pair, listToArray } from '../values/pair.js';
import { isIdentifier, baseSymbol, stripSyntax } from './environment.js';
import { syntaxError, type Expander, type Env } from './expand.js';

export function evaluateFeatureRequirement(x: Expander, req: Value, env: Env): boolean {
  if (isIdentifier(req)) {
    const name = baseSymbol(req).name;
    return name === 'else' || x.host.features().includes(name);
  }
  if (req instanceof Pair && isIdentifier(req.car)) {
    const args = listToArray(req.cdr);
    if (args === null) throw syntaxError(req, 'cond-expand: bad requirement');
    switch (baseSymbol(req.car).name) {
      case 'and':
        return args.every((a) => evaluateFeatureRequirement(x, a, env));
      case 'or':
        return args.some((a) => evaluateFeatureRequirement(x, a, env));
      case 'not':
        if (args.length !== 1) throw syntaxError(req, 'cond-expand: (not requirement) takes one requirement');
        return !evaluateFeatureRequirement(x, args[0], env);
      case 'library':
        if (args.length !== 1) throw syntaxError(req, 'cond-expand: (library name) takes one name');
        return x.host.hasLibrary(stripSyntax(args[0]));
    }
  }
  throw syntaxError(req, 'cond-expand: bad requirement');
}
