// R7RS 6.6 Characters, with (scheme char).
import { newSession, reportExamples, examples, errors } from './report.js';

const s = newSession();

describe('character syntax', () => {
  examples(s, [
    ['(char->integer #\\alarm)', '7'],
    ['(char->integer #\\backspace)', '8'],
    ['(char->integer #\\delete)', '127'],
    ['(char->integer #\\escape)', '27'],
    ['(char->integer #\\newline)', '10'],
    ['(char->integer #\\null)', '0'],
    ['(char->integer #\\return)', '13'],
    ['(char->integer #\\space)', '32'],
    ['(char->integer #\\tab)', '9'],
    ['(char->integer #\\a)', '97'],
    ['(char->integer #\\A)', '65'],
    ['(char->integer #\\()', '40'],
    ['(char->integer #\\ )', '32'],
    ['(char->integer #\\x03BB)', '955'],
    ['(char->integer #\\x)', '120'],
    ['#\\x41', '#\\A'],
    ['#\\λ', '#\\λ'],
    ['#\\x4a', '#\\J'],
    ['#\\x4A', '#\\J'],
    ['(list #\\alarm #\\backspace #\\delete #\\escape #\\newline #\\null #\\return #\\space #\\tab)',
      '(#\\alarm #\\backspace #\\delete #\\escape #\\newline #\\null #\\return #\\space #\\tab)'],
  ]);
});

// 7.1: case is not significant in #\x<hex scalar value>, so #\X41 is #\A.
describe('hex character syntax', () => {
  examples(s, [['(char->integer (read (open-input-string "#\\\\X41")))', '65']]);
});

describe('char?, char->integer, integer->char', () => {
  examples(s, [
    ['(char? #\\a)', '#t'],
    ['(char? "a")', '#f'],
    ["(char? 'a)", '#f'],
    ['(integer->char 955)', '#\\λ'],
    ['(integer->char 0)', '#\\null'],
    ['(integer->char #xD7FF)', '#\\xd7ff'],
    ['(integer->char #xE000)', '#\\xe000'],
    ['(char->integer (integer->char #x10FFFF))', '1114111'],
    ['(char->integer (integer->char #x1F600))', '128512'],
    ['(let loop ((i 0)) (cond ((= i #x3000) #t) ((= i #xD800) (loop #xE000)) ((= i (char->integer (integer->char i))) (loop (+ i 1))) (else i)))', '#t'],
  ]);
  errors(s, [
    ['(integer->char #xD800)', /^integer->char: /],
    ['(integer->char #xDFFF)', /^integer->char: /],
    ['(integer->char #x110000)', /^integer->char: /],
    ['(integer->char -1)', /^integer->char: /],
    ['(integer->char 65.0)', /^integer->char: /],
    ["(integer->char 'a)", /^integer->char: /],
    ['(char->integer "a")', /^char->integer: /],
  ]);
});

describe('char=? char<? char>? char<=? char>=?', () => {
  examples(s, [
    ['(char=? #\\a #\\a)', '#t'],
    ['(char=? #\\a #\\A)', '#f'],
    ['(char=? #\\a #\\a #\\a)', '#t'],
    ['(char=? #\\a #\\a #\\b)', '#f'],
    ['(char<? #\\a #\\b #\\c)', '#t'],
    ['(char<? #\\a #\\b #\\b)', '#f'],
    ['(char<? #\\A #\\a)', '#t'],
    ['(char>? #\\c #\\b #\\a)', '#t'],
    ['(char>? #\\c #\\c)', '#f'],
    ['(char<=? #\\a #\\b #\\b)', '#t'],
    ['(char<=? #\\b #\\a)', '#f'],
    ['(char>=? #\\b #\\b #\\a)', '#t'],
    ['(char>=? #\\a #\\b)', '#f'],
    ['(char<? #\\xFFFF #\\x10000)', '#t'],
  ]);
  errors(s, [
    ["(char=? #\\a 'a)", /^char=\?: /],
    ['(char<? #\\a "b")', /^char<\?: /],
    ['(char>? 1 #\\a)', /^char>\?: /],
    ['(char<=? #\\a #\\b 3)', /^char<=\?: /],
    ['(char>=? #\\a 1)', /^char>=\?: /],
  ]);
});

describe('the -ci comparisons fold case first', () => {
  examples(s, [
    ['(char-ci=? #\\A #\\a)', '#t'],
    ['(char-ci=? #\\A #\\a #\\A)', '#t'],
    ['(char-ci=? #\\A #\\a #\\b)', '#f'],
    ['(char-ci<? #\\a #\\B #\\c)', '#t'],
    ['(char-ci<? #\\a #\\B #\\b)', '#f'],
    ['(char-ci>? #\\C #\\b #\\A)', '#t'],
    ['(char-ci<=? #\\a #\\A #\\b)', '#t'],
    ['(char-ci>=? #\\b #\\B #\\a)', '#t'],
    ['(char-ci>=? #\\a #\\B)', '#f'],
    ['(char-ci=? #\\x03A3 #\\x03C3 #\\x03C2)', '#t'],
    // Z < a but z > A once folded
    ['(char<? #\\Z #\\a)', '#t'],
    ['(char-ci<? #\\Z #\\a)', '#f'],
  ]);
  errors(s, [
    ["(char-ci=? #\\a 'a)", /^char-ci=\?: /],
    ['(char-ci<? #\\a #\\b "c")', /^char-ci<\?: /],
  ]);
});

describe('character classes (Unicode properties)', () => {
  examples(s, [
    ['(char-alphabetic? #\\a)', '#t'],
    ['(char-alphabetic? #\\Z)', '#t'],
    ['(char-alphabetic? #\\3)', '#f'],
    ['(char-alphabetic? #\\space)', '#f'],
    ['(char-alphabetic? #\\x03BB)', '#t'],
    ['(char-alphabetic? #\\x4E2D)', '#t'],
    ['(char-numeric? #\\3)', '#t'],
    ['(char-numeric? #\\a)', '#f'],
    ['(char-numeric? #\\x0664)', '#t'],
    ['(char-numeric? #\\x0AE6)', '#t'],
    ['(char-numeric? #\\xFF19)', '#t'],
    ['(char-numeric? #\\x00BD)', '#f'],
    ['(char-numeric? #\\x2168)', '#f'],
    ['(char-whitespace? #\\space)', '#t'],
    ['(char-whitespace? #\\tab)', '#t'],
    ['(char-whitespace? #\\newline)', '#t'],
    ['(char-whitespace? #\\return)', '#t'],
    ['(char-whitespace? #\\x0C)', '#t'],
    ['(char-whitespace? #\\x00A0)', '#t'],
    ['(char-whitespace? #\\x2003)', '#t'],
    ['(char-whitespace? #\\x3000)', '#t'],
    ['(char-whitespace? #\\a)', '#f'],
    ['(char-whitespace? #\\x200B)', '#f'],
    ['(char-upper-case? #\\A)', '#t'],
    ['(char-upper-case? #\\a)', '#f'],
    ['(char-upper-case? #\\3)', '#f'],
    ['(char-upper-case? #\\x03A3)', '#t'],
    ['(char-lower-case? #\\a)', '#t'],
    ['(char-lower-case? #\\A)', '#f'],
    ['(char-lower-case? #\\x03C3)', '#t'],
    ['(char-lower-case? #\\ß)', '#t'],
    // alphabetic but neither upper nor lower case
    ['(let ((c #\\x05D0)) (list (char-alphabetic? c) (char-upper-case? c) (char-lower-case? c)))', '(#t #f #f)'],
  ]);
  errors(s, [
    ["(char-alphabetic? 'a)", /^char-alphabetic\?: /],
    ['(char-numeric? 1)', /^char-numeric\?: /],
    ['(char-whitespace? " ")', /^char-whitespace\?: /],
    ["(char-upper-case? 'A)", /^char-upper-case\?: /],
    ["(char-lower-case? 'a)", /^char-lower-case\?: /],
  ]);
});

describe('digit-value', () => {
  reportExamples(s, [
    ['(digit-value #\\3)', '3'],
    ['(digit-value #\\x0664)', '4'],
    ['(digit-value #\\x0AE6)', '0'],
    ['(digit-value #\\x0EA6)', '#f'],
  ]);
  examples(s, [
    ['(digit-value #\\0)', '0'],
    ['(digit-value #\\9)', '9'],
    ['(digit-value #\\a)', '#f'],
    ['(digit-value #\\x00BD)', '#f'],
    ['(digit-value #\\xFF19)', '9'],
    ['(digit-value #\\x0966)', '0'],
    ['(digit-value #\\x1D7CE)', '0'],
    ['(digit-value #\\x1D7FF)', '9'],
    // exactly the characters char-numeric? accepts have a digit value
    ['(let loop ((i 0)) (cond ((= i #x2000) #t) ((eq? (char-numeric? (integer->char i)) (not (digit-value (integer->char i)))) i) (else (loop (+ i 1)))))', '#t'],
  ]);
  errors(s, [['(digit-value 3)', /^digit-value: /]]);
});

describe('char-upcase, char-downcase, char-foldcase', () => {
  examples(s, [
    ['(char-upcase #\\a)', '#\\A'],
    ['(char-upcase #\\A)', '#\\A'],
    ['(char-upcase #\\3)', '#\\3'],
    ['(char-upcase #\\x03BB)', '#\\Λ'],
    ['(char-upcase #\\ÿ)', '#\\Ÿ'],
    // the simple mappings: a letter whose full uppercase is two letters stays itself
    ['(char-upcase #\\ß)', '#\\ß'],
    ['(char-upcase #\\x03C2)', '#\\Σ'],
    ['(char-downcase #\\A)', '#\\a'],
    ['(char-downcase #\\a)', '#\\a'],
    ['(char-downcase #\\x03A3)', '#\\σ'],
    ['(char-downcase #\\x0130)', '#\\i'],
    ['(char-foldcase #\\A)', '#\\a'],
    ['(char-foldcase #\\a)', '#\\a'],
    ['(char-foldcase #\\x03A3)', '#\\σ'],
    ['(char-foldcase #\\x03C2)', '#\\σ'],
    ['(char-foldcase #\\x1E9E)', '#\\ß'],
    ['(char-foldcase #\\ß)', '#\\ß'],
    ['(char-foldcase #\\3)', '#\\3'],
    ['(char-foldcase #\\x0130)', '#\\İ'],
  ]);
  errors(s, [
    ["(char-upcase 'a)", /^char-upcase: /],
    ['(char-downcase "A")', /^char-downcase: /],
    ['(char-foldcase 65)', /^char-foldcase: /],
  ]);
});
