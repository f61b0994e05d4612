// The export lists of the (srfi N) libraries: every name is bound in the core environment, and a
// program that imports a library gets working bindings.
import { newSession, evalString } from '../lang/helpers.js';
import { SRFI_LIBRARIES } from '../../src/runtime/srfi-libraries.js';
import { intern } from '../../src/values/symbol.js';
import { GlobalCell } from '../../src/values/global.js';

const session = newSession();

describe('SRFI_LIBRARIES', () => {
  test.each(Object.keys(SRFI_LIBRARIES))('every name (srfi %s) exports is bound in the core environment', (n) => {
    const unbound = SRFI_LIBRARIES[Number(n)].filter((name) => {
      const b = session.core.table.get(intern(name));
      return b === undefined || (b instanceof GlobalCell && b.value === undefined);
    });
    expect(unbound).toEqual([]);
  });

  test('no library lists a name twice', () => {
    for (const names of Object.values(SRFI_LIBRARIES)) expect(new Set(names).size).toBe(names.length);
  });

  test('a program importing SRFI libraries can use them, cut slots included', () => {
    expect(
      evalString(session, `(import (srfi 1) (srfi 26) (srfi 69))
        (let ((t (make-hash-table))) (hash-table-set! t 'a 1) ((cut fold + <> '(1 2 3)) (hash-table-ref t 'a)))`),
    ).toBe('7');
  });
});
