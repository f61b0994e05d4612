// R7RS 6.13.2 Input and 6.13.3 Output: read, read-char, peek-char, read-line, eof-object,
// char-ready?, read-string, read-u8, peek-u8, u8-ready?, read-bytevector, read-bytevector!, write,
// write-shared, write-simple, display, newline, write-char, write-string, write-u8,
// write-bytevector, flush-output-port.
import { newSession, examples, errors } from './report.js';

const s = newSession();

/** All the data read from the text of `text` (a Scheme string literal), as a list. */
const readAll = (text: string): string =>
  `(let ((p (open-input-string ${text}))) (let loop ((acc '())) (let ((d (read p))) (if (eof-object? d) (reverse acc) (loop (cons d acc))))))`;
/** What `proc` writes of `expr` to a string port. */
const written = (proc: string, expr: string): string =>
  `(let ((p (open-output-string))) (${proc} ${expr} p) (get-output-string p))`;

describe('read', () => {
  examples(s, [
    [readAll('"(a . b) (1 2 . 3) #(1 #(2)) #u8(3 4) \\"s\\\\n\\" #\\\\x #\\\\space #\\\\x41 1.5 -1/2 #x1F #e1.5 |sym bol| #t #false"'),
      '((a . b) (1 2 . 3) #(1 #(2)) #u8(3 4) "s\\n" #\\x #\\space #\\A 1.5 -1/2 31 3/2 |sym bol| #t #f)'],
    [readAll("\"'q `(a ,b ,@c)\""), '((quote q) (quasiquote (a (unquote b) (unquote-splicing c))))'],
    [readAll('"a ; comment\\n b #| block #| nested |# |# c #;(skipped datum) d"'), '(a b c d)'],
    [readAll('"#0=(x . #0#)"'), '(#0=(x . #0#))'],
    [readAll('"(#1=(a) #1#)"'), '(((a) (a)))'],
    ['(let ((d (read (open-input-string "(#1=(a) #1#)")))) (eq? (car d) (cadr d)))', '#t'],
    [readAll('"#!fold-case ABC #!no-fold-case ABC"'), '(abc ABC)'],
    [readAll('"|a\\\\x41;b| \\"a\\\\x41;b\\" \\"tab\\\\there\\""'), '(aAb "aAb" "tab\\there")'],
    [readAll('"... + - -> <=? a.b"'), '(... + - -> <=? a.b)'],
    [readAll('"[1 2] ()"'), '((1 2) ())'],
    ['(read (open-input-string ""))', '#<eof>'],
    ['(read (open-input-string "   ; only a comment"))', '#<eof>'],
    // read leaves the port just after the datum
    ['(let ((p (open-input-string "abc def"))) (list (read p) (read-char p) (read p) (read p)))', '(abc #\\space def #<eof>)'],
    ['(let ((p (open-input-string "(1)x"))) (list (read p) (read-char p)))', '((1) #\\x)'],
    // at end of input the port stays open and keeps giving eof
    ['(let ((p (open-input-string "x"))) (read p) (list (read p) (read p) (input-port-open? p)))', '(#<eof> #<eof> #t)'],
    // the data read are mutable
    ['(let ((d (read (open-input-string "(1 2)")))) (set-car! d 0) d)', '(0 2)'],
    ['(let ((d (read (open-input-string "\\"ab\\"")))) (string-set! d 0 #\\z) d)', '"zb"'],
  ]);
  errors(s, [
    ['(read (open-input-string "(1 2"))', /./],
    ['(read (open-input-string ")"))', /./],
    ['(read (open-input-string "(1 . 2 3)"))', /./],
    ['(read (open-input-string "#0#"))', /./],
    ["(read 'x)", /^read: /],
    ['(read (open-input-bytevector #u8(1)))', /^read: /],
  ]);
});

describe('read-char, peek-char, eof-object', () => {
  examples(s, [
    ['(let ((p (open-input-string "abc"))) (list (read-char p) (peek-char p) (read-char p) (read-char p) (read-char p) (peek-char p)))', '(#\\a #\\b #\\b #\\c #<eof> #<eof>)'],
    ['(let ((p (open-input-string "a"))) (list (peek-char p) (peek-char p) (read-char p)))', '(#\\a #\\a #\\a)'],
    ['(eof-object? (read-char (open-input-string "")))', '#t'],
    ['(eof-object? (peek-char (open-input-string "")))', '#t'],
    ['(eof-object? (eof-object))', '#t'],
    ["(eof-object? 'eof)", '#f'],
    ['(eof-object? "")', '#f'],
    ["(eof-object? '())", '#f'],
  ]);
  errors(s, [
    ['(read-char (open-input-bytevector #u8(65)))', /^read-char: /],
    ['(peek-char 5)', /^peek-char: /],
  ]);
});

describe('read-line', () => {
  examples(s, [
    ['(let ((p (open-input-string "abc\\ndef"))) (list (read-line p) (read-line p) (read-line p)))', '("abc" "def" #<eof>)'],
    // a line ends at a linefeed, a return, or a return and a linefeed
    ['(let ((p (open-input-string "a\\r\\nb\\rc\\nd"))) (list (read-line p) (read-line p) (read-line p) (read-line p) (read-line p)))', '("a" "b" "c" "d" #<eof>)'],
    ['(let ((p (open-input-string "a\\r"))) (list (read-line p) (read-line p)))', '("a" #<eof>)'],
    ['(let ((p (open-input-string "\\n\\n"))) (list (read-line p) (read-line p) (read-line p)))', '("" "" #<eof>)'],
    ['(read-line (open-input-string ""))', '#<eof>'],
    ['(let ((p (open-input-string "ab\\ncd"))) (read-line p) (read-char p))', '#\\c'],
  ]);
  errors(s, [["(read-line 'x)", /^read-line: /]]);
});

describe('char-ready?', () => {
  examples(s, [
    ['(char-ready? (open-input-string "abc"))', '#t'],
    // at end of file it is #t
    ['(char-ready? (open-input-string ""))', '#t'],
    ['(let ((p (open-input-string "a"))) (read-char p) (char-ready? p))', '#t'],
  ]);
  errors(s, [['(char-ready? (open-input-bytevector #u8()))', /^char-ready\?: /]]);
});

describe('read-string', () => {
  examples(s, [
    ['(let ((p (open-input-string "abcdef"))) (list (read-string 2 p) (read-string 10 p) (read-string 1 p)))', '("ab" "cdef" #<eof>)'],
    ['(read-string 0 (open-input-string "abc"))', '""'],
    ['(read-string 3 (open-input-string "a\\x1F600;bc"))', '"a\u{1F600}b"'],
    ['(let ((p (open-input-string "abc"))) (read-string 1 p) (read-char p))', '#\\b'],
  ]);
  errors(s, [
    ['(read-string -1 (open-input-string "abc"))', /^read-string: /],
    ['(read-string 1.5 (open-input-string "abc"))', /^read-string: /],
    ['(read-string 1 (open-input-bytevector #u8(1)))', /^read-string: /],
  ]);
});

describe('read-u8, peek-u8, u8-ready?', () => {
  examples(s, [
    ['(let ((p (open-input-bytevector #u8(1 2 3)))) (list (read-u8 p) (peek-u8 p) (read-u8 p) (read-u8 p) (read-u8 p) (peek-u8 p)))', '(1 2 2 3 #<eof> #<eof>)'],
    ['(let ((p (open-input-bytevector #u8(255)))) (list (peek-u8 p) (peek-u8 p) (read-u8 p)))', '(255 255 255)'],
    ['(u8-ready? (open-input-bytevector #u8(1)))', '#t'],
    ['(u8-ready? (open-input-bytevector #u8()))', '#t'],
  ]);
  errors(s, [
    ['(read-u8 (open-input-string "a"))', /^read-u8: /],
    ['(peek-u8 (open-input-string "a"))', /^peek-u8: /],
    ['(u8-ready? (open-input-string "a"))', /^u8-ready\?: /],
  ]);
});

describe('read-bytevector and read-bytevector!', () => {
  examples(s, [
    ['(let ((p (open-input-bytevector #u8(1 2 3 4 5)))) (list (read-bytevector 2 p) (read-bytevector 10 p) (read-bytevector 1 p)))', '(#u8(1 2) #u8(3 4 5) #<eof>)'],
    ['(read-bytevector 0 (open-input-bytevector #u8(1)))', '#u8()'],
    ['(let ((p (open-input-bytevector #u8(1 2 3))) (bv (make-bytevector 5 0))) (list (read-bytevector! bv p) bv (read-bytevector! bv p)))', '(3 #u8(1 2 3 0 0) #<eof>)'],
    ['(let ((p (open-input-bytevector #u8(1 2 3))) (bv (make-bytevector 5 0))) (list (read-bytevector! bv p 2) bv))', '(3 #u8(0 0 1 2 3))'],
    ['(let ((p (open-input-bytevector #u8(1 2 3))) (bv (make-bytevector 5 0))) (list (read-bytevector! bv p 1 3) bv (read-u8 p)))', '(2 #u8(0 1 2 0 0) 3)'],
    ['(let ((p (open-input-bytevector #u8(1 2 3 4 5 6))) (bv (make-bytevector 4 0))) (list (read-bytevector! bv p) bv))', '(4 #u8(1 2 3 4))'],
    // nothing asked, nothing read: 0, even at end of file
    ['(read-bytevector! (make-bytevector 5 0) (open-input-bytevector #u8(1)) 2 2)', '0'],
    ['(parameterize ((current-input-port (open-input-bytevector #u8(7 8)))) (let ((bv (make-bytevector 2 0))) (list (read-bytevector! bv) bv)))', '(2 #u8(7 8))'],
  ]);
  errors(s, [
    ['(read-bytevector -1 (open-input-bytevector #u8(1)))', /^read-bytevector: /],
    ['(read-bytevector 1 (open-input-string "a"))', /^read-bytevector: /],
    ['(read-bytevector! (make-bytevector 2) (open-input-bytevector #u8(1)) 3)', /^read-bytevector!: /],
    ['(read-bytevector! (make-bytevector 2) (open-input-bytevector #u8(1)) 1 0)', /^read-bytevector!: /],
    ['(read-bytevector! "ab" (open-input-bytevector #u8(1)))', /^read-bytevector!: /],
  ]);
});

describe('write', () => {
  examples(s, [
    [written('write', `'(1 "a\\\\b\\"c" #\\a #\\space |x y| 1.5 #t ())`), '"(1 \\"a\\\\\\\\b\\\\\\"c\\" #\\\\a #\\\\space |x y| 1.5 #t ())"'],
    // strings: quotes and backslashes escaped, control characters as escapes, other characters as they are
    [written('write', '"λ\\t\\n\\a\\x0;\\r\\x1b;\\x7f;"'), '"\\"λ\\\\t\\\\n\\\\x07;\\\\x00;\\\\r\\\\x1b;\\\\x7f;\\""'],
    [`(equal? "é\\x1F600;" (read (open-input-string ${written('write', '"é\\x1F600;"')})))`, '#t'],
    [`(let ((s (list->string (map integer->char '(0 7 8 9 10 13 27 34 92 127 160 955 #x1F600)))))
        (equal? s (read (open-input-string ${written('write', 's')}))))`, '#t'],
    // characters use the #\\ notation, with the names for the named ones
    [written('write', "(list #\\a #\\A #\\( #\\space #\\newline #\\tab #\\null #\\alarm #\\backspace #\\delete #\\escape #\\return #\\λ)"),
      '"(#\\\\a #\\\\A #\\\\( #\\\\space #\\\\newline #\\\\tab #\\\\null #\\\\alarm #\\\\backspace #\\\\delete #\\\\escape #\\\\return #\\\\λ)"'],
    [`(let ((cs (map integer->char '(0 1 32 127 160 #x200B #xFEFF 955 #x1F600))))
        (equal? cs (map (lambda (c) (read (open-input-string ${written('write', 'c')}))) cs)))`, '#t'],
    // symbols with characters that need them are written with vertical lines, and read back
    [written('write', '(string->symbol "a b")'), '"|a b|"'],
    [written('write', '(string->symbol "")'), '"||"'],
    [written('write', '(string->symbol "λ")'), '"|λ|"'],
    [written('write', "'abc"), '"abc"'],
    [written('write', '1/2'), '"1/2"'],
    [written('write', '-0.0'), '"-0.0"'],
    [written('write', '#u8(1 2)'), '"#u8(1 2)"'],
    [written('write', "'(quote x)"), '"(quote x)"'],
    // datum labels only for cycles
    [written('write', "(let ((x (list 1 2))) (list x x))"), '"((1 2) (1 2))"'],
    [written('write', "(let ((x (list 1 2))) (set-cdr! (cdr x) x) x)"), '"#0=(1 2 . #0#)"'],
    [written('write', "(let ((x (vector 1 2))) (vector-set! x 0 x) x)"), '"#0=#(#0# 2)"'],
    // only the target of the cycle is labelled; the shared (#0#) is not, as no cycle passes through it twice
    [written('write', "(let* ((x (list 'a)) (y (list x x))) (set-car! x y) y)"), '"#0=((#0#) (#0#))"'],
    [written('write-shared', "(let* ((x (list 'a)) (y (list x x))) (set-car! x y) y)"), '"#0=(#1=(#0#) #1#)"'],
    ["(let ((x (list 1 2))) (set-cdr! (cdr x) x) (let ((y (read (open-input-string " + written('write', 'x') + ")))) (and (eq? y (cddr y)) (equal? (list-ref y 3) 2))))", '#t'],
    [written('write', "(string #\\a)"), '"\\"a\\""'],
  ]);
  errors(s, [
    ["(write 1 'x)", /^write: /],
    ['(write 1 (open-input-string ""))', /^write: /],
    ['(write 1 (open-output-bytevector))', /^write: /],
  ]);
});

describe('write-shared and write-simple', () => {
  examples(s, [
    [written('write-shared', "(let ((x (list 1 2))) (list x x))"), '"(#0=(1 2) #0#)"'],
    [written('write-shared', "(let ((x (list 1 2))) (set-cdr! (cdr x) x) x)"), '"#0=(1 2 . #0#)"'],
    [written('write-shared', "(let ((v (vector 1))) (vector v v))"), '"#(#0=#(1) #0#)"'],
    [written('write-shared', "'(1 2 3)"), '"(1 2 3)"'],
    [written('write-shared', '"str"'), '"\\"str\\""'],
    [written('write-simple', "(let ((x (list 1 2))) (list x x))"), '"((1 2) (1 2))"'],
    [written('write-simple', "'(1 \"a\" #\\b)"), '"(1 \\"a\\" #\\\\b)"'],
    [written('write-simple', "(let ((v (vector 1))) (vector v v))"), '"#(#(1) #(1))"'],
  ]);
});

describe('display', () => {
  examples(s, [
    [written('display', `'(1 "a\\\\b\\"c" #\\a #\\space |x y| 1.5)`), '"(1 a\\\\b\\"c a   x y 1.5)"'],
    [written('display', '"λ\\x1F600;"'), '"λ\u{1F600}"'],
    [written('display', '#\\λ'), '"λ"'],
    [written('display', "(string->symbol \"a b\")"), '"a b"'],
    [written('display', '-1/2'), '"-1/2"'],
    // display must not loop on cycles
    [written('display', "(let ((x (list 1 2))) (set-cdr! (cdr x) x) x)"), '"#0=(1 2 . #0#)"'],
    [written('display', "(let ((x (vector 1 2))) (vector-set! x 1 x) x)"), '"#0=#(1 #0#)"'],
    [written('display', "(let ((x (list 1 2))) (list x x))"), '"((1 2) (1 2))"'],
  ]);
  errors(s, [['(display 1 5)', /^display: /]]);
});

describe('newline, write-char, write-string', () => {
  examples(s, [
    ['(let ((p (open-output-string))) (newline p) (get-output-string p))', '"\\n"'],
    ['(let ((p (open-output-string))) (write-char #\\a p) (write-char #\\x1F600 p) (get-output-string p))', '"a\u{1F600}"'],
    ['(let ((p (open-output-string))) (write-string "abc" p) (get-output-string p))', '"abc"'],
    ['(let ((p (open-output-string))) (write-string "abcdef" p 2) (get-output-string p))', '"cdef"'],
    ['(let ((p (open-output-string))) (write-string "abcdef" p 1 3) (get-output-string p))', '"bc"'],
    ['(let ((p (open-output-string))) (write-string "abc" p 3) (get-output-string p))', '""'],
    ['(let ((p (open-output-string))) (write-string "a\\x1F600;b" p 1 2) (get-output-string p))', '"\u{1F600}"'],
    ['(let ((p (open-output-string))) (parameterize ((current-output-port p)) (write-string "x") (write-char #\\y) (newline)) (get-output-string p))', '"xy\\n"'],
  ]);
  errors(s, [
    ['(write-char "a" (open-output-string))', /^write-char: /],
    ['(write-char #\\a (open-output-bytevector))', /^write-char: /],
    ["(write-string 'abc (open-output-string))", /^write-string: /],
    ['(write-string "abc" (open-output-string) 4)', /^write-string: /],
    ['(write-string "abc" (open-output-string) 2 1)', /^write-string: /],
    ['(newline (open-output-bytevector))', /^newline: /],
  ]);
});

describe('write-u8, write-bytevector, flush-output-port', () => {
  examples(s, [
    ['(let ((p (open-output-bytevector))) (write-u8 1 p) (write-u8 255 p) (get-output-bytevector p))', '#u8(1 255)'],
    ['(let ((p (open-output-bytevector))) (write-bytevector #u8(2 3 4 5) p) (get-output-bytevector p))', '#u8(2 3 4 5)'],
    ['(let ((p (open-output-bytevector))) (write-bytevector #u8(2 3 4 5) p 1) (get-output-bytevector p))', '#u8(3 4 5)'],
    ['(let ((p (open-output-bytevector))) (write-bytevector #u8(2 3 4 5) p 1 3) (get-output-bytevector p))', '#u8(3 4)'],
    ['(let ((p (open-output-bytevector))) (write-bytevector #u8(2 3) p 2 2) (get-output-bytevector p))', '#u8()'],
    ["(let ((p (open-output-string))) (flush-output-port p) 'ok)", 'ok'],
    ["(let ((p (open-output-bytevector))) (flush-output-port p) 'ok)", 'ok'],
    ["(begin (flush-output-port) 'ok)", 'ok'],
  ]);
  errors(s, [
    ['(write-u8 256 (open-output-bytevector))', /^write-u8: /],
    ['(write-u8 -1 (open-output-bytevector))', /^write-u8: /],
    ['(write-u8 1 (open-output-string))', /^write-u8: /],
    ['(write-bytevector #(1) (open-output-bytevector))', /^write-bytevector: /],
    ['(write-bytevector #u8(1) (open-output-bytevector) 2)', /^write-bytevector: /],
    ['(write-bytevector #u8(1) (open-output-string))', /^write-bytevector: /],
    ['(flush-output-port (open-input-string ""))', /^flush-output-port: /],
  ]);
});
