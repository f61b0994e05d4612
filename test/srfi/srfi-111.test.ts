// SRFI 111: boxes.
import { newSession, evalString, errorOf } from '../lang/helpers.js';

const session = newSession();
const ev = (text: string) => evalString(session, text);
const err = (text: string) => errorOf(session, text);

describe('boxes', () => {
  test('box, box?, unbox, set-box!', () => {
    expect(ev('(define b (box 1)) (list (box? b) (unbox b))')).toBe('(#t 1)');
    expect(ev("(set-box! b 'two) (unbox b)")).toBe('two');
    expect(ev("(list (box? 1) (box? '()) (box? (vector 1)))")).toBe('(#f #f #f)');
  });

  test('a box is its own object: equal? boxes are the same box', () => {
    expect(ev('(list (eq? b b) (eqv? (box 1) (box 1)) (equal? (box 1) (box 1)))')).toBe('(#t #f #f)');
  });

  test('a box prints as #<box>, and may hold itself', () => {
    expect(ev('(let ((c (box #f))) (set-box! c c) (list c (eq? (unbox c) c)))')).toBe('(#<box> #t)');
  });

  test('errors', () => {
    expect(err('(unbox 5)')).toBe('unbox: expected a box, got 5');
    expect(err("(set-box! '(1) 2)")).toBe('set-box!: expected a box, got (1)');
  });
});
