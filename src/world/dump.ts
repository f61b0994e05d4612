// Flattening the heap: a breadth-first walk from the root with a work list (the objects array
// itself), giving each object an id the first time it is met and storing its fields as tags and
// numbers. Sharing and cycles come out right because an object met again is just its id.
import type { Value } from '../values/value.js';
import { Pair } from '../values/pair.js';
import { Tag, type Body } from './format.js';
import { KINDS, kindOf, kindNumber, Blob, type Stored } from './kinds.js';

const PAIR = kindNumber('pair');

export function flattenHeap(root: Value): Body {
  const ids = new Map<object, number>();
  const objects: object[] = [];
  const kinds: number[] = [];
  const fieldStart: number[] = [0];
  const tags: number[] = [];
  const nums: number[] = [];
  const strings: string[] = [];
  const stringIds = new Map<string, number>();
  const blobs: Uint8Array[] = [];

  const idOf = (o: object): number => {
    let id = ids.get(o);
    if (id === undefined) {
      id = objects.length;
      ids.set(o, id);
      objects.push(o);
    }
    return id;
  };
  const stringId = (s: string): number => {
    let id = stringIds.get(s);
    if (id === undefined) {
      id = strings.length;
      strings.push(s);
      stringIds.set(s, id);
    }
    return id;
  };
  const put = (v: Stored): void => {
    switch (typeof v) {
      case 'number':
        tags.push(Tag.Num);
        nums.push(v);
        return;
      case 'boolean':
        tags.push(v ? Tag.True : Tag.False);
        nums.push(0);
        return;
      case 'undefined':
        tags.push(Tag.Undefined);
        nums.push(0);
        return;
      case 'string':
        tags.push(Tag.Str);
        nums.push(stringId(v));
        return;
      case 'bigint':
        tags.push(Tag.Big);
        nums.push(stringId(v.toString()));
        return;
      default:
        if (v === null) {
          tags.push(Tag.Null);
          nums.push(0);
        } else if (v instanceof Blob) {
          tags.push(Tag.Blob);
          nums.push(blobs.length);
          blobs.push(v.bytes);
        } else {
          tags.push(Tag.Ref);
          nums.push(idOf(v as object));
        }
    }
  };

  const rootId = idOf(root as object);
  for (let i = 0; i < objects.length; i++) {
    const obj = objects[i];
    if (obj instanceof Pair) {
      // the bulk of most heaps, so spared the generic path's array
      kinds.push(PAIR);
      put(obj.car);
      put(obj.cdr);
    } else {
      const k = kindOf(obj);
      kinds.push(k);
      const fields = KINDS[k].store(obj);
      for (let j = 0; j < fields.length; j++) put(fields[j]);
    }
    fieldStart.push(tags.length);
  }
  return {
    kinds: Uint8Array.from(kinds),
    fieldStart: Uint32Array.from(fieldStart),
    fieldTags: Uint8Array.from(tags),
    fieldNums: Float64Array.from(nums),
    strings,
    blobs,
    root: rootId,
  };
}
