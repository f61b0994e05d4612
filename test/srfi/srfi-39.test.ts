// SRFI 39: make-parameter and parameterize (R7RS's, tested in test/lang/parameters.test.ts too).
import { newSession, evalString } from '../lang/helpers.js';

const session = newSession();
const ev = (text: string) => evalString(session, text);

describe('parameters', () => {
  test('a parameter gives its value; parameterize rebinds it for a dynamic extent', () => {
    expect(ev("(define p (make-parameter 1)) (define (get) (p)) (list (get) (parameterize ((p 2)) (get)) (get))")).toBe('(1 2 1)');
  });

  test('the converter applies to the initial value and to each parameterized value', () => {
    expect(ev('(define q (make-parameter "5" string->number)) (list (q) (parameterize ((q "7")) (q)))')).toBe('(5 7)');
  });

  test('current-output-port is a parameter', () => {
    expect(ev('(let ((port (open-output-string))) (parameterize ((current-output-port port)) (display "hi")) (get-output-string port))')).toBe('"hi"');
  });
});
