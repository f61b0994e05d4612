// R7RS 6.13.1 Ports: call-with-port, the port predicates, the current ports, file, string and
// bytevector ports, closing.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { newSession, reportExamples, examples, errors } from './report.js';

const s = newSession();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lisp-r7rs-ports-'));
const file = (name: string): string => JSON.stringify(path.join(dir, name));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('call-with-port', () => {
  examples(s, [
    ['(call-with-port (open-input-string "abc") read-char)', '#\\a'],
    ['(let ((p (open-input-string "abc"))) (call-with-port p read-char) (input-port-open? p))', '#f'],
    ['(call-with-port (open-input-string "abc") (lambda (p) (values 1 2)))', '1 2'],
    ['(let ((p (open-output-string))) (call-with-port p (lambda (q) (write \'x q))) (output-port-open? p))', '#f'],
    // a port is not closed when proc escapes
    ['(let ((p (open-input-string "abc"))) (call/cc (lambda (k) (call-with-port p (lambda (q) (k #f))))) (input-port-open? p))', '#t'],
  ]);
  errors(s, [['(call-with-port (open-input-string "") 5)', /procedure/]]);
});

describe('port predicates', () => {
  examples(s, [
    ['(input-port? (open-input-string ""))', '#t'],
    ['(output-port? (open-input-string ""))', '#f'],
    ['(output-port? (open-output-string))', '#t'],
    ['(input-port? (open-output-string))', '#f'],
    ['(textual-port? (open-input-string ""))', '#t'],
    ['(binary-port? (open-input-string ""))', '#f'],
    ['(textual-port? (open-input-bytevector #u8()))', '#f'],
    ['(binary-port? (open-input-bytevector #u8()))', '#t'],
    ['(binary-port? (open-output-bytevector))', '#t'],
    ['(port? (open-output-bytevector))', '#t'],
    ['(port? 5)', '#f'],
    ['(input-port? "abc")', '#f'],
    ["(output-port? 'x)", '#f'],
    ['(textual-port? #f)', '#f'],
    ['(binary-port? #u8())', '#f'],
    ['(port? (current-input-port))', '#t'],
    ['(input-port? (current-input-port))', '#t'],
    ['(textual-port? (current-input-port))', '#t'],
    ['(output-port? (current-output-port))', '#t'],
    ['(textual-port? (current-output-port))', '#t'],
    ['(output-port? (current-error-port))', '#t'],
    ['(textual-port? (current-error-port))', '#t'],
  ]);
});

describe('input-port-open?, output-port-open?, closing', () => {
  examples(s, [
    ['(input-port-open? (open-input-string "abc"))', '#t'],
    ['(let ((p (open-input-string "abc"))) (close-port p) (input-port-open? p))', '#f'],
    ['(let ((p (open-input-string "abc"))) (close-input-port p) (input-port-open? p))', '#f'],
    ['(output-port-open? (open-output-string))', '#t'],
    ['(let ((p (open-output-string))) (close-port p) (output-port-open? p))', '#f'],
    ['(let ((p (open-output-string))) (close-output-port p) (output-port-open? p))', '#f'],
    ['(input-port-open? (open-output-string))', '#f'],
    ['(output-port-open? (open-input-string ""))', '#f'],
    ['(let ((p (open-input-bytevector #u8(1)))) (close-port p) (input-port-open? p))', '#f'],
    // closing twice has no effect
    ["(let ((p (open-input-string \"abc\"))) (close-port p) (close-port p) (close-input-port p) 'ok)", 'ok'],
    ["(let ((p (open-output-string))) (close-port p) (close-output-port p) 'ok)", 'ok'],
    // what was written before closing is still there
    ['(let ((p (open-output-string))) (write 1 p) (close-port p) (get-output-string p))', '"1"'],
  ]);
  errors(s, [
    ['(close-input-port (open-output-string))', /^close-input-port: /],
    ['(close-output-port (open-input-string ""))', /^close-output-port: /],
    ['(close-port 5)', /^close-port: /],
    ['(input-port-open? 5)', /^input-port-open\?: /],
    ['(output-port-open? "x")', /^output-port-open\?: /],
    // input and output on a closed port are errors
    ['(let ((p (open-input-string "abc"))) (close-port p) (read-char p))', /^read-char: /],
    ['(let ((p (open-input-string "abc"))) (close-port p) (peek-char p))', /^peek-char: /],
    ['(let ((p (open-input-string "abc"))) (close-port p) (read-line p))', /^read-line: /],
    ['(let ((p (open-input-string "abc"))) (close-port p) (read p))', /^read: /],
    ['(let ((p (open-input-string "abc"))) (close-port p) (read-string 1 p))', /^read-string: /],
    ['(let ((p (open-input-string "abc"))) (close-port p) (char-ready? p))', /^char-ready\?: /],
    ['(let ((p (open-input-bytevector #u8(1)))) (close-port p) (read-u8 p))', /^read-u8: /],
    ['(let ((p (open-input-bytevector #u8(1)))) (close-port p) (peek-u8 p))', /^peek-u8: /],
    ['(let ((p (open-input-bytevector #u8(1)))) (close-port p) (read-bytevector 1 p))', /^read-bytevector: /],
    ['(let ((p (open-output-string))) (close-port p) (write 1 p))', /^write: /],
    ['(let ((p (open-output-string))) (close-port p) (display 1 p))', /^display: /],
    ['(let ((p (open-output-string))) (close-port p) (write-char #\\a p))', /^write-char: /],
    ['(let ((p (open-output-string))) (close-port p) (write-string "a" p))', /^write-string: /],
    ['(let ((p (open-output-string))) (close-port p) (newline p))', /^newline: /],
    ['(let ((p (open-output-bytevector))) (close-port p) (write-u8 1 p))', /^write-u8: /],
  ]);
});

describe('the current ports are parameters', () => {
  examples(s, [
    ['(let ((p (open-output-string))) (parameterize ((current-output-port p)) (write \'hello)) (get-output-string p))', '"hello"'],
    ['(let ((p (open-output-string))) (parameterize ((current-error-port p)) (write 1 (current-error-port))) (get-output-string p))', '"1"'],
    ['(parameterize ((current-input-port (open-input-string "(a b) c"))) (list (read) (read-char) (read) (eof-object? (read))))', '((a b) #\\space c #t)'],
    ['(parameterize ((current-input-port (open-input-string "xy"))) (list (peek-char) (read-char) (read-line) (read-string 1)))', '(#\\x #\\x "y" #<eof>)'],
    ['(eq? (current-output-port) (current-output-port))', '#t'],
  ]);
});

describe('string ports', () => {
  reportExamples(s, [
    [`(parameterize ((current-output-port (open-output-string)))
        (display "piece")
        (display " by piece ")
        (display "by piece.")
        (newline)
        (get-output-string (current-output-port)))`, '"piece by piece by piece.\\n"'],
  ]);
  examples(s, [
    ['(get-output-string (open-output-string))', '""'],
    ['(let ((p (open-output-string))) (write-char #\\λ p) (write-string "\\x1F600;" p) (get-output-string p))', '"λ\u{1F600}"'],
    // get-output-string gives what was written so far, each time
    ['(let ((p (open-output-string))) (write 1 p) (let ((a (get-output-string p))) (write 2 p) (list a (get-output-string p))))', '("1" "12")'],
    ['(let* ((p (open-output-string)) (a (begin (write 1 p) (get-output-string p)))) (string-set! a 0 #\\x) (get-output-string p))', '"1"'],
    ['(read-char (open-input-string ""))', '#<eof>'],
    ['(let ((p (open-input-string "\\x1F600;a"))) (list (read-char p) (read-char p)))', '(#\\\u{1F600} #\\a)'],
  ]);
  errors(s, [
    ['(get-output-string (open-input-string ""))', /^get-output-string: /],
    ['(get-output-string (open-output-bytevector))', /^get-output-string: /],
    ["(open-input-string 'abc)", /^open-input-string: /],
  ]);
});

describe('bytevector ports', () => {
  examples(s, [
    ['(let ((p (open-input-bytevector #u8(1 2 3)))) (list (read-u8 p) (read-u8 p) (read-u8 p) (read-u8 p)))', '(1 2 3 #<eof>)'],
    ['(let ((p (open-output-bytevector))) (write-u8 1 p) (write-u8 255 p) (get-output-bytevector p))', '#u8(1 255)'],
    ['(get-output-bytevector (open-output-bytevector))', '#u8()'],
    // the port reads the bytes it was given, whatever happens to the bytevector later
    ['(let* ((b (bytevector 1 2)) (p (open-input-bytevector b))) (bytevector-u8-set! b 0 9) (read-u8 p))', '1'],
    ['(let ((p (open-output-bytevector))) (write-u8 1 p) (let ((a (get-output-bytevector p))) (write-u8 2 p) (list a (get-output-bytevector p))))', '(#u8(1) #u8(1 2))'],
  ]);
  errors(s, [
    ['(get-output-bytevector (open-output-string))', /^get-output-bytevector: /],
    ['(open-input-bytevector "abc")', /^open-input-bytevector: /],
  ]);
});

describe('file ports', () => {
  examples(s, [
    [`(let ((f ${file('a.txt')}))
        (call-with-output-file f (lambda (p) (write '(a "b" #\\c 1.5) p) (newline p) (display "second line" p)))
        (list (file-exists? f)
              (call-with-input-file f read)
              (call-with-input-file f (lambda (p) (read-line p) (read-line p)))
              (with-input-from-file f read)))`, '(#t (a "b" #\\c 1.5) "second line" (a "b" #\\c 1.5))'],
    [`(let ((f ${file('b.txt')}))
        (with-output-to-file f (lambda () (display "hello") (newline)))
        (call-with-input-file f read-line))`, '"hello"'],
    // with-output-to-file binds current-output-port only for the thunk, and returns its values
    [`(let ((f ${file('c.txt')}) (outer (current-output-port)))
        (call-with-values (lambda () (with-output-to-file f (lambda () (write 'x) (values (eq? (current-output-port) outer) 2))))
          list))`, '(#f 2)'],
    [`(let ((f ${file('d.bin')}))
        (let ((p (open-binary-output-file f)))
          (write-u8 7 p) (write-bytevector #u8(8 9 10) p 1) (close-port p))
        (let ((p (open-binary-input-file f)))
          (list (binary-port? p) (input-port? p) (read-u8 p) (peek-u8 p) (read-bytevector 10 p) (read-u8 p))))`, '(#t #t 7 9 #u8(9 10) #<eof>)'],
    [`(let ((p (open-output-file ${file('e.txt')})))
        (list (textual-port? p) (output-port? p) (begin (close-port p) (output-port-open? p))))`, '(#t #t #f)'],
    [`(let ((f ${file('f.txt')}))
        (call-with-output-file f (lambda (p) (write-string "λ\\x1F600;" p)))
        (call-with-input-file f (lambda (p) (list (read-char p) (read-char p) (read-char p)))))`, '(#\\λ #\\\u{1F600} #<eof>)'],
    [`(let ((p (open-input-file ${file('f.txt')}))) (read-char p) (close-input-port p) (input-port-open? p))`, '#f'],
  ]);
  errors(s, [
    ['(open-input-file 5)', /^open-input-file: /],
    ["(open-output-file 'x)", /^open-output-file: /],
    ['(call-with-output-file "/nonexistent/dir/x" write)', /call-with-output-file|open-output-file/],
  ]);
});
