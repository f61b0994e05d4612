import { readAll, Reader, skipShebang } from '../../src/reader/reader.js';
import { positionOf } from '../../src/reader/positions.js';
import { Pair, cons } from '../../src/values/pair.js';
import type { Value } from '../../src/values/value.js';

const at = (v: Value) => positionOf(v as Pair);

describe('source positions', () => {
  test('the first pair of a list has the position of its opening paren', () => {
    const [a, b] = readAll('(a b)\n  (c\n   (d e))', 'f.scm');
    expect(at(a)).toEqual({ file: 'f.scm', line: 1, col: 1 });
    expect(at(b)).toEqual({ file: 'f.scm', line: 2, col: 3 });
    const inner = (((b as Pair).cdr as Pair).car) as Pair;
    expect(at(inner)).toEqual({ file: 'f.scm', line: 3, col: 4 });
  });

  test('nested lists across lines, and brackets', () => {
    const text = ['(define (f x)', '  (let ([y 1])', '    (+ x y)))'].join('\n');
    const [form] = readAll(text, 'g.scm');
    const f = form as Pair;
    const head = (f.cdr as Pair).car as Pair; // (f x)
    const body = ((f.cdr as Pair).cdr as Pair).car as Pair; // (let ...)
    const bindings = (body.cdr as Pair).car as Pair; // ([y 1])
    const binding = bindings.car as Pair; // [y 1]
    const call = ((body.cdr as Pair).cdr as Pair).car as Pair; // (+ x y)
    expect(at(f)).toEqual({ file: 'g.scm', line: 1, col: 1 });
    expect(at(head)).toEqual({ file: 'g.scm', line: 1, col: 9 });
    expect(at(body)).toEqual({ file: 'g.scm', line: 2, col: 3 });
    expect(at(bindings)).toEqual({ file: 'g.scm', line: 2, col: 8 });
    expect(at(binding)).toEqual({ file: 'g.scm', line: 2, col: 9 });
    expect(at(call)).toEqual({ file: 'g.scm', line: 3, col: 5 });
  });

  test("'x gets the position of the quote character", () => {
    const [q] = readAll("\n  'x", 'q');
    expect(at(q)).toEqual({ file: 'q', line: 2, col: 3 });
    const [l] = readAll('(a `(b ,c))', 'q');
    const qq = ((l as Pair).cdr as Pair).car as Pair;
    expect(at(qq)).toEqual({ file: 'q', line: 1, col: 4 });
    const inner = ((qq.cdr as Pair).car as Pair); // (b ,c)
    expect(at(inner)).toEqual({ file: 'q', line: 1, col: 5 });
    const unq = ((inner.cdr as Pair).car as Pair);
    expect(at(unq)).toEqual({ file: 'q', line: 1, col: 8 });
  });

  test('columns count characters, not UTF-16 units; CRLF and CR end lines', () => {
    const [, b] = readAll('"😀😀" (x)', 'u');
    expect(at(b)).toEqual({ file: 'u', line: 1, col: 6 });
    const [, d] = readAll('a\r\n\r\n (b)', 'w');
    expect(at(d)).toEqual({ file: 'w', line: 3, col: 2 });
    const [, e] = readAll('a\r\r(b)', 'w');
    expect(at(e)).toEqual({ file: 'w', line: 3, col: 1 });
  });

  test('positions after comments and multi-line strings', () => {
    const [, l] = readAll('"a\nb" #| x\n y |# ; z\n   (q)', 'c');
    expect(at(l)).toEqual({ file: 'c', line: 4, col: 4 });
  });

  test('a reader that starts mid-text counts from the given cursor', () => {
    const r = new Reader('...... (a)', 'p', { start: { offset: 7, line: 10, col: 3 } });
    expect(at(r.read())).toEqual({ file: 'p', line: 10, col: 3 });
  });

  test('pairs not read from text have no position', () => {
    expect(positionOf(cons(1, null))).toBe(null);
  });

  test('later pairs of a list have none (only the list is recorded)', () => {
    const [l] = readAll('(a b)');
    expect(at((l as Pair).cdr)).toBe(null);
  });

  test('positions can be turned off', () => {
    const r = new Reader('(a b)', 'x', { positions: false });
    expect(at(r.read())).toBe(null);
  });

  test('skipShebang keeps the line numbers', () => {
    const text = skipShebang('#!/usr/bin/env lisp\n(display 1)');
    const [l] = readAll(text, 's');
    expect(at(l)).toEqual({ file: 's', line: 2, col: 1 });
    expect(skipShebang('#!/bin/lisp')).toBe('');
    expect(skipShebang('#!fold-case\nA')).toBe('#!fold-case\nA');
    expect(skipShebang('(a)')).toBe('(a)');
  });
});
