// R7RS 6.5 Symbols: symbol?, symbol=?, symbol->string, string->symbol, and write/read invariance.
import { newSession, reportExamples, examples, errors } from './report.js';

const s = newSession();

describe('symbol?', () => {
  reportExamples(s, [
    ["(symbol? 'foo)", '#t'],
    ["(symbol? (car '(a b)))", '#t'],
    ['(symbol? "bar")', '#f'],
    ["(symbol? 'nil)", '#t'],
    ["(symbol? '())", '#f'],
    ['(symbol? #f)', '#f'],
  ]);
  examples(s, [
    ["(symbol? '|hello world|)", '#t'],
    ['(symbol? (string->symbol ""))', '#t'],
    ['(symbol? #\\a)', '#f'],
  ]);
});

describe('symbol=?', () => {
  examples(s, [
    ["(symbol=? 'a 'a)", '#t'],
    ["(symbol=? 'a 'b)", '#f'],
    ["(symbol=? 'a 'a 'a)", '#t'],
    ["(symbol=? 'a 'a 'b)", '#f'],
    ["(symbol=? 'b 'a 'a)", '#f'],
    ["(symbol=? 'abc (string->symbol \"abc\"))", '#t'],
    ["(symbol=? 'abc 'ABC)", '#f'],
  ]);
  errors(s, [
    ["(symbol=? 'a \"a\")", /^symbol=\?: /],
    ["(symbol=? 1 'a)", /^symbol=\?: /],
    ["(symbol=? 'a 'b 3)", /^symbol=\?: /],
  ]);
});

describe('symbol->string and string->symbol', () => {
  reportExamples(s, [
    ["(symbol->string 'flying-fish)", '"flying-fish"'],
    ["(symbol->string 'Martin)", '"Martin"'],
    ['(symbol->string (string->symbol "Malvina"))', '"Malvina"'],
    ['(string->symbol "mISSISSIppi")', 'mISSISSIppi'],
    ['(eqv? \'bitBlt (string->symbol "bitBlt"))', '#t'],
    ["(eqv? 'LollyPop (string->symbol (symbol->string 'LollyPop)))", '#t'],
    ['(string=? "K. Harper, M.D." (symbol->string (string->symbol "K. Harper, M.D.")))', '#t'],
  ]);
  examples(s, [
    ['(symbol->string (string->symbol ""))', '""'],
    ["(symbol->string '|a b|)", '"a b"'],
    // without adding escapes, and not interpreting any
    ["(symbol->string '|a\\x41;b|)", '"aAb"'],
    ['(symbol->string (string->symbol "a\\\\x41;b"))', '"a\\\\x41;b"'],
    ['(string-length (symbol->string (string->symbol "λx")))', '2'],
    ["(eq? (string->symbol \"abc\") 'abc)", '#t'],
    // the string returned is a copy that mutating the argument string does not affect
    ['(let* ((str (string #\\a #\\b)) (sym (string->symbol str))) (string-set! str 0 #\\z) sym)', 'ab'],
  ]);
  errors(s, [
    ['(string->symbol 5)', /^string->symbol: /],
    ["(string->symbol 'a)", /^string->symbol: /],
    ['(symbol->string "a")', /^symbol->string: /],
    // the name of a symbol cannot be changed through the string symbol->string returns
    ["(string-set! (symbol->string 'immutable) 0 #\\?)", /^string-set!: /],
    ["(string-fill! (symbol->string 'immutable) #\\?)", /^string-fill!: /],
    ["(string-copy! (symbol->string 'immutable) 0 \"xy\")", /^string-copy!: /],
  ]);
});

describe('symbols written and read back are the same symbol', () => {
  const roundTrip = (expr: string): string =>
    `(let* ((sym ${expr}) (p (open-output-string))) (write sym p) (eq? sym (read (open-input-string (get-output-string p)))))`;
  examples(
    s,
    [
      "'abc",
      "'Hello",
      "'|hello world|",
      '(string->symbol "")',
      '(string->symbol "1")',
      '(string->symbol "+1")',
      '(string->symbol "-")',
      '(string->symbol "...")',
      '(string->symbol ".")',
      '(string->symbol "#foo")',
      '(string->symbol "a|b")',
      '(string->symbol "a\\\\b")',
      '(string->symbol "λ")',
      '(string->symbol "tab\\there")',
      '(string->symbol "(x)")',
      '(string->symbol "a;b")',
      '(string->symbol "\\"q\\"")',
      '(string->symbol "1/2")',
      '(string->symbol "+inf.0")',
    ].map((e) => [roundTrip(e), '#t'] as const),
  );
  examples(s, [
    ["(let ((p (open-output-string))) (write 'abc p) (get-output-string p))", '"abc"'],
    ['(let ((p (open-output-string))) (write (string->symbol "a b") p) (get-output-string p))', '"|a b|"'],
    ['(let ((p (open-output-string))) (display (string->symbol "a b") p) (get-output-string p))', '"a b"'],
  ]);
});
