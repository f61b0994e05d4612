// SRFI 16: case-lambda.
import { newSession, evalString, errorOf } from '../lang/helpers.js';

const session = newSession();
const ev = (text: string) => evalString(session, text);

describe('case-lambda', () => {
  test('the first clause that takes the argument count is used', () => {
    expect(ev(`(define plus (case-lambda (() 0) ((a) a) ((a b) (+ a b)) ((a b . rest) (apply + a b rest))))
               (list (plus) (plus 1) (plus 1 2) (plus 1 2 3 4))`)).toBe('(0 1 3 10)');
    expect(ev("((case-lambda ((a . rest) (list 'rest rest)) ((a b) 'never)) 1 2)")).toBe('(rest (2))');
  });

  test('a count no clause takes is an error', () => {
    expect(errorOf(session, '((case-lambda ((a) a) ((a b c) a)) 1 2)')).toMatch(/expected an argument count that one of its clauses accepts, got 2/);
  });
});
