// SRFI 8: receive.
import { newSession, evalString, errorOf } from '../lang/helpers.js';

const session = newSession();
const ev = (text: string) => evalString(session, text);

describe('receive', () => {
  test('binds the values of an expression to formals, proper, dotted or a single variable', () => {
    expect(ev('(receive (a b) (values 1 2) (list a b))')).toBe('(1 2)');
    expect(ev('(receive (a . rest) (values 1 2 3) (list a rest))')).toBe('(1 (2 3))');
    expect(ev('(receive all (values 1 2 3) all)')).toBe('(1 2 3)');
    expect(ev('(receive () (values) (quote none))')).toBe('none');
    expect(ev('(receive (q r) (floor/ 7 2) (list q r))')).toBe('(3 1)');
  });

  test('the body is a body: it may define, and its last expression gives the value', () => {
    expect(ev('(receive (a b) (values 1 2) (define c (+ a b)) (* c 10))')).toBe('30');
  });

  test('the wrong number of values is an error', () => {
    expect(errorOf(session, '(receive (a b) (values 1 2 3) a)')).not.toBe('no error');
  });
});
