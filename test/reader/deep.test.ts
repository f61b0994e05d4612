// Depth and length limited by memory only: the reader and the printer both keep their own stacks.
import { readAll, Reader } from '../../src/reader/reader.js';
import { writeString } from '../../src/values/printer.js';
import { Pair } from '../../src/values/pair.js';
import type { Value } from '../../src/values/value.js';

const N = 1_000_000;

test('a 10^6-deep nested list reads and prints back the same', () => {
  const text = '('.repeat(N) + ')'.repeat(N);
  const [v] = readAll(text);
  let depth = 0;
  for (let p: Value = v; p instanceof Pair; p = p.car) depth++;
  expect(depth).toBe(N - 1); // the innermost () is the empty list
  expect(writeString(v)).toBe(text);
});

test('a 10^6-deep list with elements, without positions, written and written simply', () => {
  const text = '(a '.repeat(N) + ')'.repeat(N);
  const v = new Reader(text, 'deep', { positions: false }).read();
  const expected = text.replace(' )', ')');
  expect(writeString(v)).toBe(expected);
  expect(writeString(v, 'simple')).toBe(expected);
});

test('a 10^6-element list reads and prints', () => {
  const text = '(' + Array.from({ length: N }, (_, i) => String(i % 1000)).join(' ') + ')';
  const [v] = readAll(text);
  expect(writeString(v)).toBe(text);
});

test('deep vectors and quotes', () => {
  const n = 200_000;
  const vec = '#('.repeat(n) + ')'.repeat(n);
  expect(writeString(readAll(vec)[0])).toBe(vec);
  const quotes = "'".repeat(n) + 'x';
  expect(writeString(readAll(quotes)[0])).toBe('(quote '.repeat(n) + 'x' + ')'.repeat(n));
});
