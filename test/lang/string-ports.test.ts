// R7RS 6.13 for ports on strings and bytevectors: input from them, output collected in them.
import { newSession, evalString } from './helpers.js';

const session = newSession();
const ev = (text: string) => evalString(session, text);

describe('string input ports', () => {
  beforeAll(() => {
    ev('(define ip (open-input-string "hello (1 2) world\\nline2\\n"))');
  });

  test('read-char and peek-char', () => {
    expect(ev('(list (read-char ip) (peek-char ip) (read-char ip))')).toBe('(#\\h #\\e #\\e)');
  });

  test('read reads one datum at a time, after what was consumed', () => {
    expect(ev('(read ip)')).toBe('llo');
    expect(ev('(read ip)')).toBe('(1 2)');
  });

  test('read-line reads up to the end of the line, then the next line, then eof', () => {
    expect(ev('(read-line ip)')).toBe('" world"');
    expect(ev('(read-line ip)')).toBe('"line2"');
    expect(ev('(eof-object? (read-line ip))')).toBe('#t');
    expect(ev('(list (eof-object? (read-char ip)) (eof-object? (peek-char ip)) (eof-object? (read ip)))')).toBe('(#t #t #t)');
  });

  test('read-string takes up to k characters', () => {
    expect(ev('(let ((p (open-input-string "abcdef"))) (list (read-string 4 p) (read-string 4 p) (eof-object? (read-string 4 p))))')).toBe(
      '("abcd" "ef" #t)',
    );
  });

  test('read gives every kind of datum, and eof at the end', () => {
    expect(ev("(let ((p (open-input-string \"#(1 #\\\\a) \\\"s\\\" 'q 3/4 #u8(1)\"))) (let loop ((acc '())) (let ((d (read p))) (if (eof-object? d) (reverse acc) (loop (cons d acc))))))")).toBe(
      '(#(1 #\\a) "s" (quote q) 3/4 #u8(1))',
    );
  });

  test('after a syntax error, read goes on with the text that follows', () => {
    expect(ev('(let ((p (open-input-string "a ) b"))) (list (read p) (guard (e ((read-error? e) (quote bad))) (read p)) (read p)))')).toBe(
      '(a bad b)',
    );
  });

  test('char-ready? and the port predicates', () => {
    expect(ev('(char-ready? (open-input-string "x"))')).toBe('#t');
    expect(ev('(list (input-port? ip) (output-port? ip) (textual-port? ip) (binary-port? ip) (port? ip))')).toBe('(#t #f #t #f #t)');
  });

  test('a closed port is no longer open', () => {
    expect(ev('(let ((p (open-input-string "x"))) (close-port p) (input-port-open? p))')).toBe('#f');
  });
});

describe('string output ports', () => {
  test('write, display, write-char, write-string and newline accumulate in order', () => {
    expect(ev(`
      (let ((op (open-output-string)))
        (write 'a op) (display " " op) (write "s\\n" op) (write-char #\\z op) (write-string "xy" op) (newline op)
        (get-output-string op))`)).toBe('"a \\"s\\\\n\\"zxy\\n"');
  });

  test('get-output-string can be called repeatedly as output grows', () => {
    expect(ev('(let ((op (open-output-string))) (display 1 op) (let ((first (get-output-string op))) (display 2 op) (list first (get-output-string op))))')).toBe(
      '("1" "12")',
    );
  });

  test('output to current-output-port redirected by parameterize', () => {
    expect(ev('(let ((p (open-output-string))) (parameterize ((current-output-port p)) (write (list 1 "a")) (newline)) (get-output-string p))')).toBe(
      '"(1 \\"a\\")\\n"',
    );
  });

  test('write shows shared structure only for cycles; write-shared for all sharing', () => {
    expect(ev("(let ((p (open-output-string)) (x (list 1 2))) (set-cdr! (cdr x) x) (write x p) (get-output-string p))")).toBe('"#0=(1 2 . #0#)"');
    expect(ev("(let ((p (open-output-string)) (s (list 'a))) (write-shared (list s s) p) (get-output-string p))")).toBe('"(#0=(a) #0#)"');
  });
});

describe('bytevector ports', () => {
  test('input', () => {
    expect(ev('(let ((p (open-input-bytevector (bytevector 1 2 3)))) (list (read-u8 p) (peek-u8 p) (read-bytevector 5 p) (eof-object? (read-u8 p))))')).toBe(
      '(1 2 #u8(2 3) #t)',
    );
  });

  test('output', () => {
    expect(ev('(let ((p (open-output-bytevector))) (write-u8 7 p) (write-bytevector (bytevector 8 9) p) (get-output-bytevector p))')).toBe('#u8(7 8 9)');
  });
});
