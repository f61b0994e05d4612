import { readAll, Reader, isComplete, IncompleteInput } from '../../src/reader/reader.js';
import { SchemeError, ErrorObject, formatPos } from '../../src/values/error.js';
import { writeString } from '../../src/values/printer.js';
import { EOF } from '../../src/values/singletons.js';
import { intern } from '../../src/values/symbol.js';

/** The error reading `text` throws, checked to be a one-line read error with a position. */
function readErrorOf(text: string, file = 'e.scm'): { message: string; where: string; incomplete: boolean } {
  try {
    readAll(text, file);
  } catch (e) {
    expect(e).toBeInstanceOf(SchemeError);
    const payload = (e as SchemeError).payload;
    expect(payload).toBeInstanceOf(ErrorObject);
    const err = payload as ErrorObject;
    expect(err.kind).toBe('read');
    expect(err.pos).not.toBe(null);
    const message = err.message.toString();
    expect(message).not.toMatch(/\n/);
    return { message, where: formatPos(err.pos!), incomplete: e instanceof IncompleteInput };
  }
  throw new Error(`no error reading ${text}`);
}

describe('read errors', () => {
  test.each([
    [')', "unexpected ')'", 'e.scm:1:1'],
    ['(a))', "unexpected ')'", 'e.scm:1:4'],
    ['(a\n  b]', "unexpected ']'", 'e.scm:2:4'],
    ['#(1 2]', "unexpected ']'", 'e.scm:1:6'],
    ["(a ')", "unexpected ')'", 'e.scm:1:5'],
    ['(1 #;)', "unexpected ')'", 'e.scm:1:6'],
    ['.', 'dot in the wrong place', 'e.scm:1:1'],
    ['( . a)', 'dot in the wrong place', 'e.scm:1:3'],
    ['(a .)', 'dot in the wrong place', 'e.scm:1:5'],
    ['(a . . b)', 'dot in the wrong place', 'e.scm:1:6'],
    ['#(a . b)', 'dot in the wrong place', 'e.scm:1:5'],
    ['(a . b c)', 'more than one datum after the dot', 'e.scm:1:8'],
    ['(a . b (c))', 'more than one datum after the dot', 'e.scm:1:8'],
    ['#\\foo', 'bad character name #\\foo', 'e.scm:1:1'],
    ["(x\n \"ab\\x;\")", 'bad hex escape in a string', 'e.scm:2:5'],
    ['"\\x110000;"', 'bad hex escape in a string', 'e.scm:1:2'],
    ['#1#', 'datum label #1# is not defined', 'e.scm:1:1'],
    ['{a}', "'{' is reserved syntax", 'e.scm:1:1'],
    ['(a }', "'}' is reserved syntax", 'e.scm:1:4'],
    ['#u8(300)', 'a bytevector element must be an exact integer from 0 to 255', 'e.scm:1:5'],
    ['#u8(1 (2))', 'a bytevector element must be an exact integer from 0 to 255', 'e.scm:1:7'],
    ['#!oops', 'unknown directive #!oops', 'e.scm:1:1'],
    ['#true1', 'bad syntax #true1', 'e.scm:1:1'],
  ])('%s: %s at %s', (text, message, where) => {
    expect(readErrorOf(text)).toEqual({ message, where, incomplete: false });
  });
});

describe('incomplete input', () => {
  test.each([
    ['(a b', 'unexpected end of input in a list', 'e.scm:1:1'],
    ['(a\n  (b c)\n  (d', 'unexpected end of input in a list', 'e.scm:3:3'],
    ['[a', 'unexpected end of input in a list', 'e.scm:1:1'],
    ['(a .', 'unexpected end of input after a dot', 'e.scm:1:1'],
    ['#(1 2', 'unexpected end of input in a vector', 'e.scm:1:1'],
    ['#u8(1 2', 'unexpected end of input in a bytevector', 'e.scm:1:1'],
    ['"abc', 'unterminated string', 'e.scm:1:1'],
    ['x "a\\', 'unterminated string', 'e.scm:1:3'],
    ['"a\\x41', 'unterminated string', 'e.scm:1:1'],
    ['"abc\\  ', 'unterminated string', 'e.scm:1:1'],
    ['|abc', 'unterminated |symbol|', 'e.scm:1:1'],
    ['#| a #| b |#', 'unterminated block comment', 'e.scm:1:1'],
    ["'", "unexpected end of input after '", 'e.scm:1:1'],
    ['(a `', 'unexpected end of input after `', 'e.scm:1:4'],
    [',', 'unexpected end of input after ,', 'e.scm:1:1'],
    [',@', 'unexpected end of input after ,@', 'e.scm:1:1'],
    ['#;', 'unexpected end of input after #;', 'e.scm:1:1'],
    ['#0=', 'unexpected end of input after #0=', 'e.scm:1:1'],
    ['#\\', 'unexpected end of input after #\\', 'e.scm:1:1'],
  ])('%s: %s at %s', (text, message, where) => {
    expect(readErrorOf(text)).toEqual({ message, where, incomplete: true });
  });

  test('isComplete tells the REPL whether to ask for another line', () => {
    expect(isComplete('')).toBe(true);
    expect(isComplete('   ; comment')).toBe(true);
    expect(isComplete('(define (f x)')).toBe(false);
    expect(isComplete('(define (f x)\n  (* x x))')).toBe(true);
    expect(isComplete('(display "hello')).toBe(false);
    expect(isComplete('1 2 (3')).toBe(false);
    expect(isComplete('#| open')).toBe(false);
    // a syntax error is complete: reading it reports the error
    expect(isComplete(')')).toBe(true);
    expect(isComplete('(#\\bogus')).toBe(true);
  });

  test('after IncompleteInput the reader rewinds, so appended text completes the datum', () => {
    const r = new Reader('(display 1) (+ 1\n', '<repl>');
    expect(writeString(r.read())).toBe('(display 1)');
    expect(() => r.read()).toThrow(IncompleteInput);
    expect(r.offset).toBe(11);
    r.append('   2)\n');
    expect(writeString(r.read())).toBe('(+ 1 2)');
    expect(r.read()).toBe(EOF);
  });

  test('the fold-case state is rewound with the text', () => {
    const r = new Reader('(#!fold-case A', '<repl>');
    expect(() => r.read()).toThrow(IncompleteInput);
    expect(r.foldCase).toBe(false);
    r.append(' B) C');
    expect(writeString(r.read())).toBe('(a b)');
    expect(r.read()).toBe(intern('c'));
  });

  test('IncompleteInput is a SchemeError with a read ErrorObject', () => {
    try {
      readAll('(a');
    } catch (e) {
      expect(e).toBeInstanceOf(SchemeError);
      expect((e as SchemeError).payload).toBeInstanceOf(ErrorObject);
      expect(((e as SchemeError).payload as ErrorObject).kind).toBe('read');
      return;
    }
    throw new Error('no error');
  });

  test('a read error leaves the reader after the bad token, so later data can still be read', () => {
    const r = new Reader('#\\bogus (ok)');
    expect(() => r.read()).toThrow('bad character name #\\bogus');
    expect(writeString(r.read())).toBe('(ok)');
  });
});
