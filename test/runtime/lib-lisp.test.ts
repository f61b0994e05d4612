// lib-lisp's files share the core environment, so a name defined in two of them silently replaces
// the first definition for everything loaded after it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readAll } from '../../src/reader/reader.js';
import { Pair } from '../../src/values/pair.js';
import { Sym } from '../../src/values/symbol.js';

function definedNames(file: string): string[] {
  const names: string[] = [];
  for (const form of readAll(fs.readFileSync(file, 'utf8'), file)) {
    if (!(form instanceof Pair) || !(form.car instanceof Sym) || !(form.cdr instanceof Pair)) continue;
    if (!['define', 'define-syntax', 'define-record-type', 'define-macro'].includes(form.car.name)) continue;
    let target = form.cdr.car;
    while (target instanceof Pair) target = target.car;
    if (target instanceof Sym) names.push(target.name);
  }
  return names;
}

test('no name is defined twice across lib-lisp', () => {
  const where = new Map<string, string[]>();
  for (const f of fs.readdirSync('lib-lisp').filter((f) => f.endsWith('.scm')).sort()) {
    for (const n of definedNames(path.join('lib-lisp', f))) where.set(n, [...(where.get(n) ?? []), f]);
  }
  const twice = [...where].filter(([, files]) => files.length > 1);
  expect(twice).toEqual([]);
});
