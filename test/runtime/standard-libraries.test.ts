// Every name the standard libraries export must mean something in the core environment: a missing
// built-in would otherwise surface only when a program used it.
import { sessionFromSource } from '../../src/runtime/boot.js';
import { STANDARD_LIBRARIES } from '../../src/runtime/standard-libraries.js';
import { SRFI_LIBRARIES } from '../../src/runtime/srfi-libraries.js';
import { intern } from '../../src/values/symbol.js';
import { GlobalCell } from '../../src/values/global.js';

const session = sessionFromSource('lib-lisp');

function unbound(names: readonly string[]): string[] {
  return names.filter((n) => {
    const b = session.core.table.get(intern(n));
    return b === undefined || (b instanceof GlobalCell && b.value === undefined);
  });
}

describe.each(Object.entries(STANDARD_LIBRARIES))('(scheme %s)', (_name, names) => {
  test('every export is defined', () => {
    expect(unbound(names)).toEqual([]);
  });
});

describe.each(Object.entries(SRFI_LIBRARIES))('(srfi %s)', (_name, names) => {
  test('every export is defined', () => {
    expect(unbound(names)).toEqual([]);
  });
});
