// Integer division on fixnums for the open-coded quotient, remainder and modulo: exact for all 53-bit
// integers, falling back to the general built-ins (through the slow path) for anything else.
import type { Value } from '../values/value.js';
import { makeError } from '../values/error.js';
import { builtinTable } from '../builtins/registry.js';
import type { Primitive } from '../values/procedure.js';

function general(name: string, a: Value, b: Value): Value {
  return (builtinTable().get(name) as Primitive).fn(a, b);
}

function fixPair(who: string, a: Value, b: Value): [number, number] | null {
  if (typeof a !== 'number' || typeof b !== 'number') return null;
  if (b === 0) throw makeError('range', `${who}: division by zero`, [a, b]);
  return [a, b];
}

export function quotientFix(a: Value, b: Value): Value {
  const p = fixPair('quotient', a, b);
  if (p === null) return general('quotient', a, b);
  const q = Math.trunc(p[0] / p[1]);
  // a / b of 53-bit integers can round; correct by one using the exact remainder
  const r = p[0] - q * p[1];
  if (Math.abs(r) >= Math.abs(p[1]) || (r !== 0 && Math.sign(r) !== Math.sign(p[0]))) return general('quotient', a, b);
  return q + 0;
}

export function remainderFix(a: Value, b: Value): Value {
  const p = fixPair('remainder', a, b);
  if (p === null) return general('remainder', a, b);
  return (p[0] % p[1]) + 0;
}

export function moduloFix(a: Value, b: Value): Value {
  const p = fixPair('modulo', a, b);
  if (p === null) return general('modulo', a, b);
  const r = p[0] % p[1];
  return (r !== 0 && r < 0 !== p[1] < 0 ? r + p[1] : r) + 0;
}

