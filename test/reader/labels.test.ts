import { readAll } from '../../src/reader/reader.js';
import { Placeholder } from '../../src/reader/labels.js';
import { writeString } from '../../src/values/printer.js';
import { Pair } from '../../src/values/pair.js';
import { intern } from '../../src/values/symbol.js';
import type { Value } from '../../src/values/value.js';

const read1 = (text: string): Value => readAll(text)[0];

/** Whether a placeholder survived anywhere in a datum (walks pairs and vectors, cycles included). */
function hasPlaceholder(root: Value): boolean {
  const seen = new Set<object>();
  const work: Value[] = [root];
  while (work.length > 0) {
    const x = work.pop();
    if (x instanceof Placeholder) return true;
    if (x instanceof Pair || Array.isArray(x)) {
      if (seen.has(x)) continue;
      seen.add(x);
      if (x instanceof Pair) work.push(x.car, x.cdr);
      else work.push(...x);
    }
  }
  return false;
}

describe('datum labels', () => {
  test('a label makes shared structure', () => {
    const v = read1('(#0=(a b) #0# #0#)') as Pair;
    const second = v.cdr as Pair;
    expect(second.car).toBe(v.car);
    expect((second.cdr as Pair).car).toBe(v.car);
    expect(writeString(v)).toBe('((a b) (a b) (a b))');
    expect(writeString(v, 'shared')).toBe('(#0=(a b) #0# #0#)');
  });

  test('a reference inside its own datum makes a cycle', () => {
    const x = read1('#0=(a b . #0#)') as Pair;
    expect(((x.cdr as Pair).cdr as Pair)).toBe(x);
    expect(x.car).toBe(intern('a'));
    expect(writeString(x)).toBe('#0=(a b . #0#)');
    expect(hasPlaceholder(x)).toBe(false);
  });

  test('a cycle through the car', () => {
    const x = read1('#1=(#1# . x)') as Pair;
    expect(x.car).toBe(x);
    expect(writeString(x)).toBe('#0=(#0# . x)');
  });

  test('cycles through vectors', () => {
    const v = read1('#0=#(#0# 0)') as Value[];
    expect(v[0]).toBe(v);
    expect(writeString(v)).toBe('#0=#(#0# 0)');
    const w = read1('#0=(a #(b #0#))') as Pair;
    expect(((w.cdr as Pair).car as Value[])[1]).toBe(w);
    expect(writeString(w)).toBe('#0=(a #(b #0#))');
  });

  test('several labels, nested, with the label numbers of the text', () => {
    const x = read1('#5=(#7=(1 . #7#) #5# #7#)') as Pair;
    const inner = x.car as Pair;
    expect(inner.cdr).toBe(inner);
    expect(((x.cdr as Pair).car)).toBe(x);
    expect(((x.cdr as Pair).cdr as Pair).car).toBe(inner);
    expect(hasPlaceholder(x)).toBe(false);
    expect(writeString(x)).toBe('#0=(#1=(1 . #1#) #0# #1#)');
  });

  test('a label on an atom, and a label of a bare reference to an enclosing label', () => {
    expect(writeString(read1('(#0=hello #0#)'))).toBe('(hello hello)');
    const x = read1('#0=(a #1=#0# #1#)') as Pair;
    expect((x.cdr as Pair).car).toBe(x);
    expect(((x.cdr as Pair).cdr as Pair).car).toBe(x);
    expect(hasPlaceholder(x)).toBe(false);
  });

  test('labels inside quote forms and after a dot', () => {
    const x = read1("'#0=(a . #0#)") as Pair;
    const quoted = (x.cdr as Pair).car as Pair;
    expect(quoted.cdr).toBe(quoted);
    const y = read1('(a . #0=(b . #0#))') as Pair;
    expect((y.cdr as Pair).cdr).toBe(y.cdr);
    expect(writeString(y)).toBe('(a . #0=(b . #0#))');
  });

  test('label numbers with leading zeros are the same label', () => {
    const x = read1('(#007=(1) #7#)') as Pair;
    expect((x.cdr as Pair).car).toBe(x.car);
  });

  test('labels are scoped to one top-level datum', () => {
    expect(() => readAll('#0=(a) #0#')).toThrow('datum label #0# is not defined');
  });

  test('errors', () => {
    expect(() => readAll('(#1# #1=a)')).toThrow('datum label #1# is not defined');
    expect(() => readAll('#0=#0#')).toThrow('datum label #0= labels only itself');
    expect(() => readAll('(#0=a #0=b)')).toThrow('datum label #0= is defined twice');
  });

  test('a long circular list is patched without recursion', () => {
    const n = 200000;
    const text = '#0=(' + 'x '.repeat(n) + '. #0#)';
    const x = read1(text) as Pair;
    let p: Value = x;
    for (let i = 0; i < n; i++) p = (p as Pair).cdr;
    expect(p).toBe(x);
  });
});
