// SRFI 26: cut and cute.
import { newSession, evalString, errorOf } from '../lang/helpers.js';

const session = newSession();
const ev = (text: string) => evalString(session, text);

describe('cut', () => {
  test('each <> is a parameter, in order; <...> takes the rest', () => {
    expect(ev("((cut cons (+ 1 1) <>) 'x)")).toBe('(2 . x)');
    expect(ev("((cut list 1 <> 3 <> 5) 'a 'b)")).toBe('(1 a 3 b 5)');
    expect(ev("((cut list 'a <...>) 1 2 3)")).toBe('(a 1 2 3)');
    expect(ev("((cut list 1 <> 3 <...>) 2 4 5)")).toBe('(1 2 3 4 5)');
    expect(ev('((cut list))')).toBe('()');
  });

  test('the procedure position may be a slot too', () => {
    expect(ev('((cut <> 1 2) +)')).toBe('3');
    expect(ev("(map (cut <> 10) (list (cut + 1 <>) (cut * 2 <>)))")).toBe('(11 20)');
  });

  test('cut evaluates its non-slot expressions each time the procedure is called', () => {
    expect(ev("(let* ((n 0) (f (cut list (begin (set! n (+ n 1)) n) <>))) (f 'a) (f 'b))")).toBe('(2 b)');
  });

  test('the procedure takes exactly as many arguments as there are slots', () => {
    expect(errorOf(session, "((cut list <> <>) 1)")).toMatch(/expected 2 arguments, got 1/);
  });
});

describe('cute', () => {
  test('cute evaluates its non-slot expressions once, when the procedure is made', () => {
    expect(ev("(let* ((n 0) (f (cute list (begin (set! n (+ n 1)) n) <>))) (f 'a) (list (f 'b) n))")).toBe('((1 b) 1)');
    expect(ev("((cute list 1 <> <...>) 2 3)")).toBe('(1 2 3)');
  });
});

describe('the slot names', () => {
  test('used outside cut they are errors', () => {
    expect(errorOf(session, '(<> 1)')).toBe('<>: no syntax rule matches (<> 1)');
    expect(errorOf(session, '<...>')).toMatch(/syntactic keyword used as a variable/);
  });

  test('a program may bind them, and then they are its own', () => {
    expect(ev("(let ((<> 5)) ((cut list <> <>)))")).toBe('(5 5)');
  });
});
