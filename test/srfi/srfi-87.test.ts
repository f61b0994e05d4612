// SRFI 87: => in case clauses.
import { newSession, evalString } from '../lang/helpers.js';

const session = newSession();
const ev = (text: string) => evalString(session, text);

describe('case with =>', () => {
  test('a clause with => passes the key to the procedure', () => {
    expect(ev("(case (* 2 3) ((2 3 5 7) 'prime) ((1 4 6 8 9) => (lambda (x) (list 'composite x))))")).toBe('(composite 6)');
  });

  test('so may the else clause', () => {
    expect(ev('(case 10 ((1) (quote one)) (else => (lambda (x) (* x 2))))')).toBe('20');
  });

  test('clauses without => still work', () => {
    expect(ev("(case 'b ((a) 1) ((b c) 2) (else 3))")).toBe('2');
  });
});
