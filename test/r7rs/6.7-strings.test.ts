// R7RS 6.7 Strings, with the string procedures of (scheme char).
import { newSession, reportExamples, examples, errors } from './report.js';

const s = newSession();

describe('string syntax', () => {
  examples(s, [
    ['"The word \\"recursion\\" has many meanings."', '"The word \\"recursion\\" has many meanings."'],
    ['(string-length "Another example:\\ntwo lines of text")', '34'],
    ['"Here\'s text \\\n   containing just one line"', '"Here\'s text containing just one line"'],
    ['(string-ref "\\x03B1; is named GREEK SMALL LETTER ALPHA." 0)', '#\\α'],
    ['(map char->integer (string->list "\\a\\b\\t\\n\\r\\"\\\\\\|"))', '(7 8 9 10 13 34 92 124)'],
    ['(string-length "\\x1F600;")', '1'],
  ]);
});

describe('string?, make-string, string, string-length, string-ref, string-set!', () => {
  reportExamples(s, [
    ['(define (f) (make-string 3 #\\*))', null],
    ['(define (g) "***")', null],
    ['(string-set! (f) 0 #\\?)', '#<unspecified>'],
  ]);
  errors(s, [["(string-set! (symbol->string 'immutable) 0 #\\?)", /^string-set!: /]]);
  errors(s, [['(string-set! (g) 0 #\\?)', /^string-set!: /]]);
  examples(s, [
    ['(string? "")', '#t'],
    ["(string? 'a)", '#f'],
    ['(string? #\\a)', '#f'],
    ['(make-string 3 #\\*)', '"***"'],
    ['(make-string 0 #\\*)', '""'],
    ['(string-length (make-string 5))', '5'],
    ['(make-string 2 #\\λ)', '"λλ"'],
    ['(string)', '""'],
    ['(string #\\a #\\b #\\c)', '"abc"'],
    ['(string #\\x1F600 #\\a)', '"\u{1F600}a"'],
    ['(string-length "")', '0'],
    ['(string-length "abc")', '3'],
    ['(string-length (string #\\x1F600 #\\x1F601))', '2'],
    ['(string-ref "abc" 0)', '#\\a'],
    ['(string-ref "abc" 2)', '#\\c'],
    ['(string-ref "a\\x1F600;b" 2)', '#\\b'],
    ['(let ((s (make-string 3 #\\*))) (string-set! s 0 #\\?) s)', '"?**"'],
    ['(let ((s (string #\\a #\\b))) (string-set! s 1 #\\x1F600) (list s (string-length s) (string-ref s 1)))', '("a\u{1F600}" 2 #\\\u{1F600})'],
    ['(let ((s (make-string 2 #\\a))) (eq? s (make-string 2 #\\a)))', '#f'],
  ]);
  errors(s, [
    ['(make-string -1)', /^make-string: /],
    ['(make-string 2 "a")', /^make-string: /],
    ['(make-string 1.0)', /^make-string: /],
    ['(string #\\a 1)', /^string: /],
    ["(string-length 'abc)", /^string-length: /],
    ['(string-ref "abc" 3)', /^string-ref: /],
    ['(string-ref "abc" -1)', /^string-ref: /],
    ['(string-ref "abc" 1.0)', /^string-ref: /],
    ['(string-ref "" 0)', /^string-ref: /],
    ["(string-ref 'abc 0)", /^string-ref: /],
    ['(string-set! (make-string 2) 2 #\\a)', /^string-set!: /],
    ['(string-set! (make-string 2) 0 "a")', /^string-set!: /],
  ]);
});

describe('string=? string<? string>? string<=? string>=?', () => {
  examples(s, [
    ['(string=? "abc" "abc")', '#t'],
    ['(string=? "abc" "abd")', '#f'],
    ['(string=? "abc" "ab")', '#f'],
    ['(string=? "" "")', '#t'],
    ['(string=? "a" "a" "a")', '#t'],
    ['(string=? "a" "a" "b")', '#f'],
    ['(string<? "abc" "abd")', '#t'],
    ['(string<? "ab" "abc")', '#t'],
    ['(string<? "" "a")', '#t'],
    ['(string<? "a" "a")', '#f'],
    ['(string<? "a" "b" "c")', '#t'],
    ['(string<? "a" "b" "b")', '#f'],
    ['(string<? "Z" "a")', '#t'],
    ['(string>? "b" "a")', '#t'],
    ['(string>? "c" "b" "a")', '#t'],
    ['(string>? "abc" "abc")', '#f'],
    ['(string<=? "a" "a" "b")', '#t'],
    ['(string<=? "b" "a")', '#f'],
    ['(string>=? "b" "a" "a")', '#t'],
    ['(string>=? "a" "b")', '#f'],
    // by code point, also beyond the BMP
    ['(string<? (string #\\xFFFF) (string #\\x10000))', '#t'],
    // exactly one of <, =, > holds
    ['(let ((a "abc") (b "abd")) (list (string<? a b) (string=? a b) (string>? a b) (string<=? a b) (string>=? a b)))', '(#t #f #f #t #f)'],
  ]);
  errors(s, [
    ["(string=? \"a\" 'a)", /^string=\?: /],
    ['(string<? "a" #\\b)', /^string<\?: /],
    ['(string>? "a" "b" 3)', /^string>\?: /],
    ['(string<=? 1 "a")', /^string<=\?: /],
    ["(string>=? \"a\" 'b)", /^string>=\?: /],
  ]);
});

describe('the -ci comparisons fold case first', () => {
  examples(s, [
    ['(string-ci=? "abc" "ABC")', '#t'],
    ['(string-ci=? "abc" "ABC" "aBc")', '#t'],
    ['(string-ci=? "abc" "ABC" "abd")', '#f'],
    ['(string-ci=? "Strasse" "STRASSE" "strasse")', '#t'],
    ['(string-ci=? "Straße" "STRASSE")', '#t'],
    ['(string-ci=? "ΧΑΟΣ" "χαος")', '#t'],
    ['(string-ci<? "a" "B" "c")', '#t'],
    ['(string-ci<? "a" "B" "b")', '#f'],
    ['(string-ci<? "Z" "a")', '#f'],
    ['(string-ci>? "c" "B" "a")', '#t'],
    ['(string-ci<=? "a" "A" "b")', '#t'],
    ['(string-ci>=? "B" "b" "A")', '#t'],
    ['(string-ci>=? "a" "B")', '#f'],
  ]);
  errors(s, [
    ["(string-ci=? \"a\" 'a)", /^string-ci=\?: /],
    ['(string-ci<? "a" "b" #\\c)', /^string-ci<\?: /],
    ['(string-ci>? 1 "a")', /^string-ci>\?: /],
    ["(string-ci<=? \"a\" 'b)", /^string-ci<=\?: /],
    ['(string-ci>=? "a" 2)', /^string-ci>=\?: /],
  ]);
});

describe('string-upcase, string-downcase, string-foldcase', () => {
  examples(s, [
    ['(string-upcase "Hello")', '"HELLO"'],
    ['(string-upcase "")', '""'],
    ['(string-upcase "Straße")', '"STRASSE"'],
    ['(string-downcase "HeLLo")', '"hello"'],
    ['(string-downcase "ΧΑΟΣ")', '"χαος"'],
    ['(string-foldcase "HeLLo")', '"hello"'],
    ['(string-foldcase "Straße")', '"strasse"'],
    ['(string-foldcase "ΧΑΟΣ")', '"χαοσ"'],
    ['(let ((s (string #\\a))) (eq? s (string-upcase s)))', '#f'],
  ]);
  errors(s, [
    ["(string-upcase 'a)", /^string-upcase: /],
    ['(string-downcase #\\a)', /^string-downcase: /],
    ['(string-foldcase 1)', /^string-foldcase: /],
  ]);
});

describe('substring, string-append, string-copy', () => {
  examples(s, [
    ['(substring "hello" 1 3)', '"el"'],
    ['(substring "hello" 0 5)', '"hello"'],
    ['(substring "hello" 2 2)', '""'],
    ['(substring "hello" 5 5)', '""'],
    ['(let ((s "abc")) (eq? s (substring s 0 3)))', '#f'],
    ['(string-append "a" "b" "c")', '"abc"'],
    ['(string-append)', '""'],
    ['(string-append "abc")', '"abc"'],
    ['(string-append "" "")', '""'],
    ['(let ((s (string #\\a))) (eq? s (string-append s)))', '#f'],
    ['(string-copy "abc")', '"abc"'],
    ['(string-copy "abc" 1)', '"bc"'],
    ['(string-copy "abc" 1 2)', '"b"'],
    ['(string-copy "abc" 3)', '""'],
    ['(string-copy "")', '""'],
    ['(let* ((a (string #\\a #\\b)) (b (string-copy a))) (string-set! b 0 #\\z) (list a b))', '("ab" "zb")'],
    ['(let ((s (symbol->string \'abc))) (string-set! (string-copy s) 0 #\\z) s)', '"abc"'],
  ]);
  errors(s, [
    ['(substring "hello" 3 1)', /^substring: /],
    ['(substring "hello" 0 6)', /^substring: /],
    ['(substring "hello" -1 2)', /^substring: /],
    ["(substring 'hello 0 1)", /^substring: /],
    ['(string-append "a" #\\b)', /^string-append: /],
    ["(string-append 'a)", /^string-append: /],
    ['(string-copy "abc" 4)', /^string-copy: /],
    ['(string-copy "abc" 2 1)', /^string-copy: /],
    ['(string-copy "abc" 0 4)', /^string-copy: /],
    ["(string-copy 'abc)", /^string-copy: /],
  ]);
});

describe('string->list and list->string', () => {
  examples(s, [
    ['(string->list "abc")', '(#\\a #\\b #\\c)'],
    ['(string->list "abc" 1)', '(#\\b #\\c)'],
    ['(string->list "abc" 1 2)', '(#\\b)'],
    ['(string->list "abc" 3)', '()'],
    ['(string->list "")', '()'],
    ["(list->string '(#\\a #\\b))", '"ab"'],
    ["(list->string '())", '""'],
    ['(equal? "a\\x1F600;c" (list->string (string->list "a\\x1F600;c")))', '#t'],
  ]);
  errors(s, [
    ['(string->list "abc" 2 1)', /^string->list: /],
    ['(string->list "abc" 4)', /^string->list: /],
    ["(string->list 'abc)", /^string->list: /],
    ["(list->string '(#\\a 1))", /^list->string: /],
    ["(list->string '(#\\a . #\\b))", /^list->string: /],
    ['(list->string "ab")', /^list->string: /],
  ]);
});

describe('string-copy!', () => {
  reportExamples(s, [
    ['(define a "12345")', null],
    ['(define b (string-copy "abcde"))', null],
    ['(string-copy! b 1 a 0 2)', '#<unspecified>'],
    ['b', '"a12de"'],
  ]);
  examples(s, [
    ['(let ((b (string-copy "abcde"))) (string-copy! b 0 "xy") b)', '"xycde"'],
    ['(let ((b (string-copy "abcde"))) (string-copy! b 3 "xyz" 1) b)', '"abcyz"'],
    ['(let ((b (string-copy "abc"))) (string-copy! b 3 "") b)', '"abc"'],
    ['(let ((b (string-copy "abc"))) (string-copy! b 1 "xyz" 2 2) b)', '"abc"'],
    // overlapping: as if through a temporary string, in either direction
    ['(let ((b (string-copy "abcde"))) (string-copy! b 1 b 0 3) b)', '"aabce"'],
    ['(let ((b (string-copy "abcde"))) (string-copy! b 0 b 1 4) b)', '"bcdde"'],
    ['(let ((b (string-copy "abcde"))) (string-copy! b 0 b) b)', '"abcde"'],
    ['(let ((b (string #\\a #\\b #\\c))) (string-copy! b 1 (string #\\x1F600)) b)', '"a\u{1F600}c"'],
  ]);
  errors(s, [
    ['(string-copy! (string-copy "abc") 2 "xy")', /^string-copy!: /],
    ['(string-copy! (string-copy "abc") 4 "")', /^string-copy!: /],
    ['(string-copy! (string-copy "abc") -1 "x")', /^string-copy!: /],
    ['(string-copy! (string-copy "abc") 0 "xy" 2 1)', /^string-copy!: /],
    ['(string-copy! (string-copy "abc") 0 "xy" 0 3)', /^string-copy!: /],
    ["(string-copy! (string-copy \"abc\") 0 'xy)", /^string-copy!: /],
  ]);
});

describe('string-fill!', () => {
  examples(s, [
    ['(let ((s (make-string 5 #\\a))) (string-fill! s #\\b) s)', '"bbbbb"'],
    ['(let ((s (make-string 5 #\\a))) (string-fill! s #\\b 2) s)', '"aabbb"'],
    ['(let ((s (make-string 5 #\\a))) (string-fill! s #\\b 1 3) s)', '"abbaa"'],
    ['(let ((s (make-string 5 #\\a))) (string-fill! s #\\b 2 2) s)', '"aaaaa"'],
    ['(let ((s (make-string 2 #\\a))) (string-fill! s #\\x1F600) s)', '"\u{1F600}\u{1F600}"'],
    ['(let ((s (make-string 0))) (string-fill! s #\\b) s)', '""'],
  ]);
  errors(s, [
    ['(string-fill! (make-string 5 #\\a) "b")', /^string-fill!: /],
    ['(string-fill! (make-string 5 #\\a) #\\b 6)', /^string-fill!: /],
    ['(string-fill! (make-string 5 #\\a) #\\b 3 2)', /^string-fill!: /],
    ["(string-fill! 'abc #\\b)", /^string-fill!: /],
  ]);
});
