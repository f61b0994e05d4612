// SRFI 11: let-values and let*-values.
import { newSession, evalString } from '../lang/helpers.js';

const session = newSession();
const ev = (text: string) => evalString(session, text);

describe('let-values and let*-values', () => {
  test('let-values binds every formals at once', () => {
    expect(ev('(let-values (((a b) (values 1 2)) ((c . d) (values 3 4 5)) (e (values 6 7))) (list a b c d e))')).toBe('(1 2 3 (4 5) (6 7))');
    expect(ev("(let ((a 'outer)) (let-values (((a) (values 1)) ((b) (values a))) (list a b)))")).toBe('(1 outer)');
  });

  test('let*-values binds one after another', () => {
    expect(ev("(let ((a 'outer)) (let*-values (((a) (values 1)) ((b) (values a))) (list a b)))")).toBe('(1 1)');
  });

  test('no bindings', () => {
    expect(ev("(list (let-values () 'x) (let*-values () 'y))")).toBe('(x y)');
  });
});
