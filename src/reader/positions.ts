// Where each pair read from source text came from. The table is weak, so data read and dropped cost
// nothing, and pairs made by the program simply have no entry. The expander looks forms up here to put
// positions on its errors and on the code it compiles.
import type { Pair } from '../values/pair.js';
import type { SrcPos } from '../values/error.js';

const positions = new WeakMap<Pair, SrcPos>();

/**
 * The position a pair was read at: for the first pair of a list, its opening parenthesis (or the quote
 * character of 'x); for each later pair, the start of its element's text.
 */
export function positionOf(pair: Pair): SrcPos | null {
  return positions.get(pair) ?? null;
}

export function recordPosition(pair: Pair, pos: SrcPos): void {
  positions.set(pair, pos);
}
