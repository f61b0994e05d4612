import '../../src/builtins/chars.js';
import { call, show, errorOf, ch, str } from './call.js';
import { charOf } from '../../src/values/char.js';
import { Flonum } from '../../src/values/number.js';

const code = (n: number) => charOf(n);

test('char->integer and integer->char, astral included', () => {
  expect(call('char->integer', ch('x'))).toBe(120);
  expect(call('char->integer', ch('\u{1D11E}'))).toBe(0x1d11e);
  expect(call('integer->char', 0x3bb)).toBe(ch('λ'));
  expect(call('integer->char', 0x10ffff)).toBe(code(0x10ffff));
  expect(call('integer->char', 0)).toBe(code(0));
  expect(errorOf('integer->char', 0xd800)).toMatch(/^integer->char: expected a Unicode scalar value .*, got 55296$/);
  expect(errorOf('integer->char', 0xdfff)).toMatch(/got 57343$/);
  expect(errorOf('integer->char', 0x110000)).toMatch(/got 1114112$/);
  expect(errorOf('integer->char', -1)).toMatch(/got -1$/);
  expect(errorOf('integer->char', new Flonum(65))).toBe('integer->char: expected an exact integer, got 65.0');
  expect(errorOf('char->integer', str('a'))).toBe('char->integer: expected a character, got "a"');
});

test('comparisons are by code point, variadic and transitive', () => {
  expect(call('char=?', ch('a'))).toBe(true);
  expect(call('char=?', ch('a'), ch('a'), ch('a'))).toBe(true);
  expect(call('char<?', ch('a'), ch('b'), ch('c'))).toBe(true);
  expect(call('char<?', ch('a'), ch('c'), ch('b'))).toBe(false);
  expect(call('char>?', ch('c'), ch('b'), ch('a'))).toBe(true);
  expect(call('char<=?', ch('a'), ch('a'), ch('b'))).toBe(true);
  expect(call('char>=?', ch('b'), ch('b'), ch('c'))).toBe(false);
  expect(call('char<?', ch('\uFFFF'), ch('\u{10000}'))).toBe(true);
  // every argument is checked, even after the answer is known
  expect(errorOf('char<?', ch('b'), ch('a'), 5)).toBe('char<?: expected a character, got 5');
});

test('-ci comparisons fold case first', () => {
  expect(call('char-ci=?', ch('A'), ch('a'))).toBe(true);
  expect(call('char-ci<?', ch('a'), ch('B'), ch('c'))).toBe(true);
  expect(call('char-ci=?', ch('Σ'), ch('σ'), ch('ς'))).toBe(true);
  expect(call('char-ci=?', ch('K'), ch('\u212A'))).toBe(true); // Kelvin sign
  expect(call('char-ci>=?', ch('Z'), ch('z'), ch('y'))).toBe(true);
});

test('classification by Unicode property', () => {
  expect(call('char-alphabetic?', ch('a'))).toBe(true);
  expect(call('char-alphabetic?', ch('λ'))).toBe(true);
  expect(call('char-alphabetic?', ch('中'))).toBe(true);
  expect(call('char-alphabetic?', ch('1'))).toBe(false);
  expect(call('char-alphabetic?', ch('\u{1D400}'))).toBe(true); // mathematical bold A
  expect(call('char-numeric?', ch('7'))).toBe(true);
  expect(call('char-numeric?', code(0x664))).toBe(true); // Arabic-Indic four
  expect(call('char-numeric?', ch('½'))).toBe(false); // numeric, but not a decimal digit
  expect(call('char-numeric?', ch('a'))).toBe(false);
  expect(call('char-whitespace?', ch(' '))).toBe(true);
  expect(call('char-whitespace?', ch('\t'))).toBe(true);
  expect(call('char-whitespace?', code(0xa0))).toBe(true);
  expect(call('char-whitespace?', code(0x3000))).toBe(true);
  expect(call('char-whitespace?', ch('a'))).toBe(false);
  expect(call('char-upper-case?', ch('A'))).toBe(true);
  expect(call('char-upper-case?', ch('a'))).toBe(false);
  expect(call('char-upper-case?', ch('Σ'))).toBe(true);
  expect(call('char-lower-case?', ch('ß'))).toBe(true);
  expect(call('char-lower-case?', ch('ª'))).toBe(true); // Lowercase but not Ll
  expect(call('char-lower-case?', ch('中'))).toBe(false);
  expect(call('char-upper-case?', ch('中'))).toBe(false);
  expect(errorOf('char-alphabetic?', str('a'))).toBe('char-alphabetic?: expected a character, got "a"');
});

test('digit-value of any decimal digit', () => {
  expect(call('digit-value', ch('3'))).toBe(3);
  expect(call('digit-value', code(0x664))).toBe(4);
  expect(call('digit-value', code(0xae6))).toBe(0);
  expect(call('digit-value', code(0xea6))).toBe(false);
  expect(call('digit-value', ch('a'))).toBe(false);
  expect(call('digit-value', code(0xff19))).toBe(9); // fullwidth nine
  expect(call('digit-value', code(0x1d7d9))).toBe(1); // in the 50-digit mathematical run
  expect(call('digit-value', code(0x1d7ff))).toBe(9);
  expect(call('digit-value', ch('½'))).toBe(false);
});

test('char-upcase, char-downcase: simple, single-character mappings', () => {
  expect(show('char-upcase', ch('a'))).toBe('#\\A');
  expect(show('char-upcase', ch('A'))).toBe('#\\A');
  expect(show('char-upcase', ch('1'))).toBe('#\\1');
  expect(call('char-upcase', ch('λ'))).toBe(ch('Λ'));
  expect(call('char-upcase', ch('ß'))).toBe(ch('ß')); // full uppercase is SS
  expect(call('char-upcase', ch('ÿ'))).toBe(ch('Ÿ'));
  expect(call('char-upcase', code(0x1f80))).toBe(code(0x1f88));
  expect(call('char-upcase', ch('\u{10428}'))).toBe(ch('\u{10400}')); // Deseret
  expect(call('char-downcase', ch('Λ'))).toBe(ch('λ'));
  expect(call('char-downcase', ch('Σ'))).toBe(ch('σ'));
  expect(call('char-downcase', code(0x130))).toBe(ch('i'));
  expect(call('char-downcase', ch('\u{10400}'))).toBe(ch('\u{10428}'));
  expect(errorOf('char-upcase', 65)).toBe('char-upcase: expected a character, got 65');
});

test('char-foldcase: simple case folding', () => {
  expect(call('char-foldcase', ch('A'))).toBe(ch('a'));
  expect(call('char-foldcase', ch('ς'))).toBe(ch('σ'));
  expect(call('char-foldcase', ch('Σ'))).toBe(ch('σ'));
  expect(call('char-foldcase', code(0x17f))).toBe(ch('s')); // long s
  expect(call('char-foldcase', code(0xb5))).toBe(code(0x3bc)); // micro sign
  expect(call('char-foldcase', ch('ß'))).toBe(ch('ß'));
  expect(call('char-foldcase', code(0x1e9e))).toBe(ch('ß'));
  expect(call('char-foldcase', code(0x130))).toBe(code(0x130)); // only a Turkic folding
  expect(call('char-foldcase', code(0x131))).toBe(code(0x131));
  expect(call('char-foldcase', code(0x13a0))).toBe(code(0x13a0)); // Cherokee folds to upper case
  expect(call('char-foldcase', code(0xab70))).toBe(code(0x13a0));
});
