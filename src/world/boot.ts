// Rebuilding the heap from a flattened body, in passes over the object table and never recursively:
// allocate every object, fill in the fields (now that any object can be referred to), finish the
// objects computed from their fields. Anything out of range means the body is damaged.
import type { Value } from '../values/value.js';
import { Pair } from '../values/pair.js';
import { Tag, type Body } from './format.js';
import { KINDS, kindNumber, Blob, type Stored } from './kinds.js';

export class WorldDamaged extends Error {}

const PAIR = kindNumber('pair');

export function rebuildHeap(body: Body): Value {
  const { kinds, fieldStart, fieldTags, fieldNums, strings, blobs } = body;
  const n = kinds.length;
  if (fieldStart.length !== n + 1 || fieldTags.length !== fieldNums.length || fieldStart[n] !== fieldTags.length) {
    throw new WorldDamaged('the object table is inconsistent');
  }
  if (!(body.root >= 0 && body.root < n)) throw new WorldDamaged('the root is missing');
  const objs: unknown[] = new Array(n);

  const decode = (j: number, refs: boolean): Stored => {
    const x = fieldNums[j];
    switch (fieldTags[j]) {
      case Tag.Ref:
        if (!(x >= 0 && x < n)) throw new WorldDamaged('a reference points outside the object table');
        return refs ? (objs[x] as Stored) : undefined;
      case Tag.Num:
        return x;
      case Tag.True:
        return true;
      case Tag.False:
        return false;
      case Tag.Null:
        return null;
      case Tag.Undefined:
        return undefined;
      case Tag.Str:
        if (strings[x] === undefined) throw new WorldDamaged('a string is missing');
        return strings[x];
      case Tag.Big:
        if (strings[x] === undefined) throw new WorldDamaged('a number is missing');
        return BigInt(strings[x]);
      case Tag.Blob:
        if (blobs[x] === undefined) throw new WorldDamaged('a byte array is missing');
        return new Blob(blobs[x]);
      default:
        throw new WorldDamaged('a field has an unknown tag');
    }
  };
  const fields = (i: number, refs: boolean): Stored[] => {
    const out: Stored[] = [];
    for (let j = fieldStart[i]; j < fieldStart[i + 1]; j++) out.push(decode(j, refs));
    return out;
  };

  for (let i = 0; i < n; i++) {
    const k = kinds[i];
    if (k === PAIR) {
      objs[i] = new Pair(null, null);
      continue;
    }
    const kind = KINDS[k];
    if (kind === undefined) throw new WorldDamaged(`object ${i} has an unknown kind`);
    objs[i] = kind.allocate(fields(i, false));
  }
  for (let i = 0; i < n; i++) {
    const k = kinds[i];
    if (k === PAIR) {
      const p = objs[i] as Pair;
      const j = fieldStart[i];
      if (fieldStart[i + 1] !== j + 2) throw new WorldDamaged('a pair does not have two fields');
      p.car = decode(j, true) as Value;
      p.cdr = decode(j + 1, true) as Value;
      continue;
    }
    const fill = KINDS[k].fill;
    if (fill !== undefined) fill(objs[i], fields(i, true));
  }
  for (let i = 0; i < n; i++) {
    const finish = KINDS[kinds[i]].finish;
    if (finish !== undefined) finish(objs[i]);
  }
  return objs[body.root] as Value;
}
