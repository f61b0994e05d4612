// SRFI 13 string searching, trimming, padding, taking and dropping, and MIT's string-search-...
import { newSession, evalString, errorOf } from '../lang/helpers.js';

const session = newSession();
const ev = (text: string) => evalString(session, text);
const err = (text: string) => errorOf(session, text);

describe('searching by character or predicate', () => {
  test('string-index and string-index-right', () => {
    expect(ev('(list (string-index "hello world" #\\o) (string-index "hello world" #\\o 5) (string-index "hello" #\\z))')).toBe('(4 7 #f)');
    expect(ev('(list (string-index-right "hello world" #\\o) (string-index-right "hello world" #\\o 0 5) (string-index "a1b2" char-numeric?))')).toBe(
      '(7 4 1)',
    );
    expect(ev('(string-index "hello" #\\l 3 4)')).toBe('3');
  });

  test('string-skip and string-skip-right', () => {
    expect(ev('(list (string-skip "   x" #\\space) (string-skip "   " #\\space) (string-skip-right "x   " char-whitespace?))')).toBe('(3 #f 0)');
  });

  test('string-count', () => {
    expect(ev('(list (string-count "banana" #\\a) (string-count "banana" #\\a 2 4) (string-count "a1b22" char-numeric?))')).toBe('(3 1 3)');
  });

  test('indexes count characters, not UTF-16 units', () => {
    expect(ev('(list (string-index "😀a😀b" #\\b) (string-index-right "😀a😀b" #\\😀))')).toBe('(3 2)');
  });

  test('errors', () => {
    expect(err('(string-index "abc" 5)')).toBe('string-index: expected a character or a predicate on characters, got 5');
    expect(err("(string-index 'abc #\\a)")).toBe('string-index: expected a string, got abc');
    expect(err('(string-index "abc" #\\a 4)')).toBe('string-index: index out of range 0..3, got 4');
    expect(err('(string-index "abc" #\\a 2 1)')).toBe('string-index: end must not be before start 2, got 1');
  });
});

describe('searching for strings', () => {
  test('string-contains (SRFI 13) and string-search-forward (MIT)', () => {
    expect(ev('(list (string-contains "hello" "ll") (string-contains "hello" "z") (string-contains "hello" ""))')).toBe('(2 #f 0)');
    expect(ev('(list (string-search-forward "lo" "hello hello" 0) (string-search-forward "lo" "hello hello" 4))')).toBe('(3 9)');
  });

  test('string-search-backward gives the index after the match', () => {
    expect(ev('(list (string-search-backward "lo" "hello hello" 11) (string-search-backward "lo" "hello hello" 10) (string-search-backward "z" "abc"))')).toBe(
      '(11 5 #f)',
    );
  });

  test('string-search-all gives every start, overlapping ones too', () => {
    expect(ev('(list (string-search-all "lo" "hello hello") (string-search-all "aa" "aaaa") (string-search-all "a" "😀a😀a"))')).toBe(
      '((3 9) (0 1 2) (1 3))',
    );
    expect(err('(string-search-all "" "abc")')).toBe('string-search-all: expected a non-empty pattern, got ""');
  });

  test('prefixes and suffixes', () => {
    expect(ev('(list (string-prefix? "he" "hello") (string-prefix? "lo" "hello") (string-suffix? "lo" "hello") (string-prefix-ci? "HE" "hello") (string-suffix-ci? "LO" "hello"))')).toBe(
      '(#t #f #t #t #t)',
    );
  });
});

describe('trimming and padding', () => {
  test('string-trim trims the left, string-trim-right the right, string-trim-both both', () => {
    expect(ev('(list (string-trim "  a b  ") (string-trim-left "  a b  ") (string-trim-right "  a b  ") (string-trim-both "  a b  "))')).toBe(
      '("a b  " "a b  " "  a b" "a b")',
    );
    expect(ev('(list (string-trim "xxaxx" #\\x) (string-trim-both "12ab34" char-numeric?) (string-trim-both "  a b  " char-whitespace? 1 5))')).toBe(
      '("axx" "ab" "a b")',
    );
    expect(ev('(list (string-trim "") (string-trim-both "   "))')).toBe('("" "")');
  });

  test('string-pad pads or truncates on the left, string-pad-right on the right', () => {
    expect(ev('(list (string-pad "abc" 5) (string-pad "abcdef" 3) (string-pad "42" 5 #\\0) (string-pad "abcdef" 4 #\\space 1 4))')).toBe(
      '("  abc" "def" "00042" " bcd")',
    );
    expect(ev('(list (string-pad-right "abc" 5 #\\*) (string-pad-right "abcdef" 3) (string-pad-right "" 2))')).toBe('("abc**" "abc" "  ")');
    expect(err('(string-pad "a" -1)')).toBe('string-pad: expected a non-negative exact integer, got -1');
  });
});

describe('taking and dropping', () => {
  test('string-take, string-drop, string-take-right, string-drop-right', () => {
    expect(ev('(list (string-take "hello" 2) (string-drop "hello" 2) (string-take-right "hello" 2) (string-drop-right "hello" 2))')).toBe(
      '("he" "llo" "lo" "hel")',
    );
    expect(ev('(list (string-take "abc" 0) (string-drop "abc" 3))')).toBe('("" "")');
    expect(err('(string-take "abc" 4)')).toBe('string-take: index out of range 0..3, got 4');
  });
});

describe('tokens, folds and the rest', () => {
  test('string-tokenize', () => {
    expect(ev('(string-tokenize "  the quick  brown ")')).toBe('("the" "quick" "brown")');
    expect(ev('(string-tokenize "a,b,,c" (lambda (c) (not (char=? c #\\,))))')).toBe('("a" "b" "c")');
    expect(ev('(list (string-tokenize "") (string-tokenize "   "))')).toBe('(() ())');
  });

  test('string-fold, string-fold-right, string-any, string-every', () => {
    expect(ev("(list (string-fold cons '() \"abc\") (string-fold-right cons '() \"abc\") (string-fold cons '() \"abcd\" 1 3))")).toBe(
      '((#\\c #\\b #\\a) (#\\a #\\b #\\c) (#\\c #\\b))',
    );
    expect(ev('(list (string-any char-numeric? "ab1") (string-any #\\z "abc") (string-every char-alphabetic? "abc") (string-every char-alphabetic? ""))')).toBe(
      '(#t #f #t #t)',
    );
  });

  test('string-join and string-concatenate', () => {
    expect(ev("(list (string-join '(\"a\" \"b\" \"c\") \", \") (string-join '(\"a\" \"b\")) (string-concatenate '(\"a\" \"\" \"bc\")))")).toBe(
      '("a, b, c" "a b" "abc")',
    );
  });

  test('string-tabulate, string-filter, string-delete (the string first or second), string-contains-ci', () => {
    expect(ev('(string-tabulate (lambda (i) (integer->char (+ 97 i))) 4)')).toBe('"abcd"');
    expect(ev('(list (string-filter char-numeric? "a1b2c3") (string-filter "a1b2c3" char-numeric?) (string-delete #\\a "banana") (string-delete "banana" #\\a 0 3))')).toBe(
      '("123" "123" "bnn" "bn")',
    );
    expect(ev('(list (string-contains-ci "Hello World" "WORLD") (string-contains-ci "abc" "d"))')).toBe('(6 #f)');
    expect(ev("(list (reverse-list->string '(#\\a #\\b)) (string-concatenate-reverse '(\"a\" \"b\")) (substring/shared \"hello\" 1 3))")).toBe(
      '("ba" "ba" "el")',
    );
    expect(err('(string-tabulate 5 5)')).toBe('string-tabulate: expected a procedure, got 5');
  });
});
