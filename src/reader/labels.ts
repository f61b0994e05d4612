// Datum labels (R7RS 2.4). #n=datum names the datum for the rest of the outermost datum; #n# refers to
// it. A reference made while the labelled datum is still being read (the only way to write a cycle)
// gets a placeholder, and once the outermost datum is complete one iterative walk replaces every
// placeholder with the finished datum.
import type { Value } from '../values/value.js';
import { Pair } from '../values/pair.js';

export class LabelEntry {
  value: Value = undefined;
  done = false;
  readonly placeholder = new Placeholder(this);
  constructor(readonly label: string) {}
}

export class Placeholder {
  constructor(readonly entry: LabelEntry) {}
}

/** What a placeholder stands for. A label's datum can itself be a bare reference only to an enclosing
 *  label, whose datum is then a real one, so this takes at most a step or two. */
function resolve(p: Placeholder): Value {
  let v: Value = p;
  while (v instanceof Placeholder) v = v.entry.value;
  return v;
}

/** Replaces the placeholders inside `root` (its pairs and vectors, however shared or circular). */
export function patchPlaceholders(root: Value): Value {
  if (root instanceof Placeholder) root = resolve(root);
  const seen = new Set<object>();
  const work: Value[] = [root];
  while (work.length > 0) {
    const x = work.pop();
    if (x instanceof Pair) {
      if (seen.has(x)) continue;
      seen.add(x);
      if (x.car instanceof Placeholder) x.car = resolve(x.car);
      if (x.cdr instanceof Placeholder) x.cdr = resolve(x.cdr);
      work.push(x.cdr, x.car);
    } else if (Array.isArray(x)) {
      if (seen.has(x)) continue;
      seen.add(x);
      for (let i = 0; i < x.length; i++) {
        if (x[i] instanceof Placeholder) x[i] = resolve(x[i]);
        work.push(x[i]);
      }
    }
  }
  return root;
}
