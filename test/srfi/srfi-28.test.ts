// SRFI 28 format, and the directives of Guile and Chibi that programs commonly use.
import { newSession, evalString, errorOf } from '../lang/helpers.js';

const session = newSession();
const ev = (text: string) => evalString(session, text);
const err = (text: string) => errorOf(session, text);

describe('format', () => {
  test('SRFI 28: (format control arg ...) returns a string', () => {
    expect(ev('(format "Hello, ~a" "World!")')).toBe('"Hello, World!"');
    expect(ev('(format "Error, list is too short: ~s~%" \'(one "two" 3))')).toBe('"Error, list is too short: (one \\"two\\" 3)\\n"');
    expect(ev('(format "~~")')).toBe('"~"');
  });

  test('(format #f ...) returns a string; numbers in several radixes', () => {
    expect(ev('(format #f "~a ~s ~w" "x" "x" #\\y)')).toBe('"x \\"x\\" #\\\\y"');
    expect(ev('(format #f "~d ~x ~o ~b" 255 255 255 5)')).toBe('"255 ff 377 101"');
    expect(ev('(format #f "~X ~A" 255 1)')).toBe('"ff 1"');
    expect(ev('(format #f "~d" 1/3)')).toBe('"1/3"');
    expect(ev("(format #f \"~d\" 'sym)")).toBe('"sym"');
    expect(ev('(format #f "~c~c" #\\a #\\b)')).toBe('"ab"');
  });

  test('(format #t ...) writes to the current output port, (format port ...) to the port', () => {
    expect(ev('(with-output-to-string (lambda () (format #t "x=~a~%" 1)))')).toBe('"x=1\\n"');
    expect(ev('(call-with-output-string (lambda (p) (format p "~s" "q")))')).toBe('"\\"q\\""');
    expect(ev('(let ((p (open-output-string))) (list (eq? (if #f #f) (format p "a")) (get-output-string p)))')).toBe('(#t "a")');
  });

  test('~& starts a fresh line, knowing where the port is', () => {
    expect(ev('(format #f "a~&~&b~&")')).toBe('"a\\nb\\n"');
    expect(ev('(format #f "~&x")')).toBe('"x"');
    expect(ev('(call-with-output-string (lambda (p) (display "abc" p) (format p "~&d")))')).toBe('"abc\\nd"');
  });

  test('~ at the end of a line skips the line break and the indentation after it', () => {
    expect(ev('(format #f "a~\n     b")')).toBe('"ab"');
  });

  test('errors', () => {
    expect(err('(format #f "~a ~a" 1)')).toBe('format: no argument left for ~a');
    expect(err('(format #f "~a" 1 2)')).toBe('format: 1 more arguments than the directives use');
    expect(err('(format #f "~q" 1)')).toBe('format: unknown directive ~q');
    expect(err('(format #f "abc~")')).toBe('format: the control string ends with ~');
    expect(err("(format 'x \"a\")")).toBe('format: expected a textual output port, got x');
    expect(err('(format #f 5)')).toBe('format: expected a control string, got 5');
    expect(err('(format #f "~c" 5)')).toBe('format: expected a character for ~c, got 5');
  });
});
