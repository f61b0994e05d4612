// Equivalence predicates and booleans (R7RS 6.1, 6.3).
import type { Value } from '../values/value.js';
import { eqv, equal } from '../values/equality.js';
import { primitive } from './registry.js';
import { checkBoolean, chainTest } from './check.js';

primitive('eq?', 2, 2, (a: Value, b: Value) => a === b);
primitive('eqv?', 2, 2, eqv);
primitive('equal?', 2, 2, equal);

primitive('not', 1, 1, (x: Value) => x === false);
primitive('boolean?', 1, 1, (x: Value) => x === true || x === false);
primitive('boolean=?', 1, Infinity, (...xs: Value[]) =>
  chainTest(xs, (x) => checkBoolean('boolean=?', x), (a, b) => a === b),
);
