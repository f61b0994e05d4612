// SRFI 23: error.
import { newSession, evalString, errorOf } from '../lang/helpers.js';

const session = newSession();
const ev = (text: string) => evalString(session, text);

describe('error', () => {
  test('raises an error object with the message and the irritants', () => {
    expect(errorOf(session, '(error "something bad:" 42)')).toBe('something bad:');
    expect(ev('(guard (e ((error-object? e) (list (error-object-message e) (error-object-irritants e)))) (error "bad thing" 1 "two" \'(3)))')).toBe(
      '("bad thing" (1 "two" (3)))',
    );
    expect(ev('(guard (e (#t (error-object-irritants e))) (error "no irritants"))')).toBe('()');
  });

  test('a message that is not a string is displayed into the message, as Guile does', () => {
    expect(ev("(guard (e (#t (error-object-message e))) (error 'my-proc \"went wrong\"))")).toBe('"my-proc"');
  });
});
