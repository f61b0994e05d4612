import '../../src/builtins/strings.js';
import { call, show, errorOf, primitiveNamed, ch, str, list, w } from './call.js';
import { MString } from '../../src/values/string.js';
import { Flonum } from '../../src/values/number.js';
import { stringRef, stringSet, stringLength } from '../../src/values/text.js';

const smile = '\u{1F600}';

test('the built-ins run the same checked accessors as the open-coded calls', () => {
  expect(primitiveNamed('string-ref').fn).toBe(stringRef);
  expect(primitiveNamed('string-set!').fn).toBe(stringSet);
  expect(primitiveNamed('string-length').fn).toBe(stringLength);
});

describe('construction and access', () => {
  test('make-string, string, string-length, string-ref', () => {
    expect(show('make-string', 3, ch('*'))).toBe('"***"');
    expect(show('make-string', 2, ch(smile))).toBe(`"${smile}${smile}"`);
    expect(call('string-length', call('make-string', 2, ch(smile)))).toBe(2);
    expect(call('string-length', call('make-string', 4))).toBe(4);
    expect(show('make-string', 0, ch('a'))).toBe('""');
    expect(show('string', ch('a'), ch(smile), ch('b'))).toBe(`"a${smile}b"`);
    expect(show('string')).toBe('""');
    expect(call('string-length', str(smile))).toBe(1);
    expect(call('string-length', str(''))).toBe(0);
    expect(call('string-ref', str(`a${smile}b`), 1)).toBe(ch(smile));
    expect(call('string-ref', str(`a${smile}b`), 2)).toBe(ch('b'));
    expect(errorOf('string', ch('a'), 1)).toBe('string: expected a character, got 1');
    expect(errorOf('make-string', 2, str('a'))).toBe('make-string: expected a character, got "a"');
  });

  test('index errors', () => {
    expect(errorOf('string-ref', str('abc'), 3)).toBe('string-ref: index out of range 0..2, got 3');
    expect(errorOf('string-ref', str('abc'), -1)).toBe('string-ref: index out of range 0..2, got -1');
    expect(errorOf('string-ref', str(''), 0)).toBe('string-ref: index out of range (no valid index), got 0');
    expect(errorOf('string-ref', str('abc'), new Flonum(1))).toBe('string-ref: expected an exact integer index, got 1.0');
    expect(errorOf('string-ref', str('abc'), 2n ** 70n)).toBe('string-ref: index out of range 0..2, got 1180591620717411303424');
    expect(errorOf('string-ref', list(1), 0)).toBe('string-ref: expected a string, got (1)');
    expect(errorOf('string-length', 5)).toBe('string-length: expected a string, got 5');
  });

  test('string-set! and string-fill! mutate in place', () => {
    const s = call('make-string', 3, ch('*')) as MString;
    call('string-set!', s, 0, ch('?'));
    call('string-set!', s, 2, ch(smile));
    expect(w(s)).toBe(`"?*${smile}"`);
    expect(s.length).toBe(3);
    call('string-fill!', s, ch('x'), 1);
    expect(w(s)).toBe('"?xx"');
    call('string-fill!', s, ch('y'));
    expect(w(s)).toBe('"yyy"');
    call('string-fill!', s, ch('z'), 1, 1);
    expect(w(s)).toBe('"yyy"');
    expect(errorOf('string-set!', s, 3, ch('a'))).toBe('string-set!: index out of range 0..2, got 3');
    expect(errorOf('string-set!', s, 0, 97)).toBe('string-set!: expected a character, got 97');
    expect(errorOf('string-fill!', s, ch('a'), 2, 1)).toBe('string-fill!: end must not be before start 2, got 1');
    expect(errorOf('string-fill!', s, ch('a'), 0, 4)).toBe('string-fill!: index out of range 0..3, got 4');
  });
});

describe('copying', () => {
  test('substring, string-copy, string-append', () => {
    expect(show('substring', str(`a${smile}b`), 2, 3)).toBe('"b"');
    expect(show('substring', str(`a${smile}b`), 1, 2)).toBe(`"${smile}"`);
    expect(show('substring', str('abc'), 1, 1)).toBe('""');
    expect(show('substring', str('abc'), 1)).toBe('"bc"');
    expect(show('string-copy', str('hello'), 1, 3)).toBe('"el"');
    expect(show('string-copy', str('hello'), 5)).toBe('""');
    const s = str('abc');
    const c = call('string-copy', s) as MString;
    expect(c).not.toBe(s);
    call('string-set!', c, 0, ch('z'));
    expect(w(s)).toBe('"abc"');
    expect(show('string-append', str('a'), str(smile), str(''), str('b'))).toBe(`"a${smile}b"`);
    expect(call('string-length', call('string-append', str(smile), str(smile)))).toBe(2);
    expect(show('string-append')).toBe('""');
    expect(errorOf('string-append', str('a'), ch('b'))).toBe('string-append: expected a string, got #\\b');
    expect(errorOf('substring', str('abc'), 2, 1)).toBe('substring: end must not be before start 2, got 1');
  });

  test('string-copy!, overlapping either way', () => {
    const b = str('abcde');
    call('string-copy!', b, 1, str('12345'), 0, 2);
    expect(w(b)).toBe('"a12de"');
    const s = str('abcde');
    call('string-copy!', s, 1, s, 0, 3);
    expect(w(s)).toBe('"aabce"');
    const t = str('abcde');
    call('string-copy!', t, 0, t, 2);
    expect(w(t)).toBe('"cdede"');
    const u = str(`${smile}bc`);
    call('string-copy!', u, 1, str(`x${smile}`));
    expect(w(u)).toBe(`"${smile}x${smile}"`);
    const v = str('abc');
    call('string-copy!', v, 3, str('xyz'), 1, 1);
    expect(w(v)).toBe('"abc"');
    expect(errorOf('string-copy!', str('abc'), 2, str('xyz'))).toBe(
      'string-copy!: index leaves room for 1 of the 3 elements to copy, got 2',
    );
    expect(errorOf('string-copy!', str('abc'), 4, str(''))).toBe('string-copy!: index out of range 0..3, got 4');
  });
});

describe('conversions', () => {
  test('string->list, list->string, string->vector, vector->string', () => {
    expect(show('string->list', str(`a${smile}`))).toBe(`(#\\a #\\${smile})`);
    expect(show('string->list', str('abcd'), 1, 3)).toBe('(#\\b #\\c)');
    expect(show('string->list', str(''))).toBe('()');
    expect(show('list->string', list(ch('a'), ch(smile)))).toBe(`"a${smile}"`);
    expect(show('list->string', null)).toBe('""');
    expect(errorOf('list->string', list(ch('a'), 1))).toBe('list->string: expected a character, got 1');
    expect(errorOf('list->string', ch('a'))).toBe('list->string: expected a proper list, got #\\a');
    expect(show('string->vector', str('ABC'))).toBe('#(#\\A #\\B #\\C)');
    expect(show('string->vector', str('ABC'), 2)).toBe('#(#\\C)');
    expect(show('vector->string', [ch('1'), ch('2'), ch('3')])).toBe('"123"');
    expect(show('vector->string', [ch('1'), ch('2'), ch('3')], 0, 2)).toBe('"12"');
    expect(errorOf('vector->string', [ch('1'), 2])).toBe('vector->string: expected a character, got 2');
  });

  test('string->utf8 and utf8->string', () => {
    expect(show('string->utf8', str('λ'))).toBe('#u8(206 187)');
    expect(show('string->utf8', str('\u{1D11E}'))).toBe('#u8(240 157 132 158)');
    expect(show('string->utf8', str('aλb'), 1, 2)).toBe('#u8(206 187)');
    expect(show('string->utf8', str(''))).toBe('#u8()');
    expect(show('utf8->string', Uint8Array.of(0x41))).toBe('"A"');
    expect(show('utf8->string', Uint8Array.of(0xce, 0xbb, 0x78))).toBe('"λx"');
    expect(show('utf8->string', Uint8Array.of(0x41, 0xce, 0xbb, 0x78), 1, 3)).toBe('"λ"');
    expect(call('string-length', call('utf8->string', Uint8Array.of(240, 159, 152, 128)))).toBe(1);
    expect(show('utf8->string', Uint8Array.of(0xff))).toBe('"\uFFFD"');
    expect(call('string-length', call('utf8->string', Uint8Array.of(0xef, 0xbb, 0xbf)))).toBe(1);
    expect(errorOf('utf8->string', Uint8Array.of(1), 0, 2)).toBe('utf8->string: index out of range 0..1, got 2');
  });
});

describe('comparison', () => {
  test('by code point, variadic', () => {
    expect(call('string=?', str('abc'))).toBe(true);
    expect(call('string=?', str('abc'), str('abc'), str('abc'))).toBe(true);
    expect(call('string=?', str('abc'), str('abd'))).toBe(false);
    expect(call('string<?', str('abc'), str('abd'), str('b'))).toBe(true);
    expect(call('string<?', str('ab'), str('abc'))).toBe(true);
    expect(call('string<?', str(''), str('a'))).toBe(true);
    expect(call('string<?', str('a'), str('a'))).toBe(false);
    expect(call('string>?', str('b'), str('a'))).toBe(true);
    expect(call('string<=?', str('a'), str('a'), str('b'))).toBe(true);
    expect(call('string>=?', str('a'), str('b'))).toBe(false);
    // U+FF01 comes before U+1F600, though its UTF-16 unit does not
    expect(call('string<?', str('\uFF01'), str(smile))).toBe(true);
    expect(call('string>?', str(smile), str('\uFF01'))).toBe(true);
    expect(errorOf('string=?', str('a'), str('b'), 1)).toBe('string=?: expected a string, got 1');
  });

  test('-ci versions compare the case-folded strings', () => {
    expect(call('string-ci=?', str('Straße'), str('STRASSE'))).toBe(true);
    expect(call('string-ci=?', str('ΣΑΣ'), str('σας'))).toBe(true);
    expect(call('string-ci<?', str('apple'), str('Banana'), str('cherry'))).toBe(true);
    expect(call('string-ci>?', str('B'), str('a'))).toBe(true);
    expect(call('string-ci<=?', str('A'), str('a'))).toBe(true);
    expect(call('string-ci>=?', str('a'), str('B'))).toBe(false);
  });
});

test('string-upcase, string-downcase, string-foldcase use the full mappings', () => {
  expect(show('string-upcase', str('straße'))).toBe('"STRASSE"');
  expect(show('string-upcase', str('abc' + smile))).toBe(`"ABC${smile}"`);
  expect(show('string-upcase', str('\u{10428}'))).toBe('"\u{10400}"');
  expect(show('string-downcase', str('ABC'))).toBe('"abc"');
  expect(show('string-downcase', str('ΧΑΟΣ'))).toBe('"χαος"'); // final sigma
  expect(show('string-foldcase', str('ΣΑΣ'))).toBe('"σασ"');
  expect(show('string-foldcase', str('Straße'))).toBe('"strasse"');
  expect(show('string-foldcase', str('ẞ'))).toBe('"ss"');
  expect(show('string-foldcase', str(''))).toBe('""');
  const s = str('abc');
  expect(call('string-upcase', s)).not.toBe(s);
});

describe('SRFI 13, Guile and MIT extras', () => {
  test('string-null?, string-reverse, string-prefix?, string-suffix?', () => {
    expect(call('string-null?', str(''))).toBe(true);
    expect(call('string-null?', str('a'))).toBe(false);
    expect(show('string-reverse', str(`a${smile}b`))).toBe(`"b${smile}a"`);
    expect(show('string-reverse', str(''))).toBe('""');
    expect(call('string-prefix?', str('ab'), str('abc'))).toBe(true);
    expect(call('string-prefix?', str('abc'), str('ab'))).toBe(false);
    expect(call('string-prefix?', str(''), str('ab'))).toBe(true);
    expect(call('string-suffix?', str('bc'), str('abc'))).toBe(true);
    expect(call('string-suffix?', str('a'), str('abc'))).toBe(false);
  });

  test('string-join and string-split', () => {
    expect(show('string-join', list(str('a'), str('b'), str('c')))).toBe('"a b c"');
    expect(show('string-join', list(str('a'), str('b')), str(', '))).toBe('"a, b"');
    expect(show('string-join', null)).toBe('""');
    expect(errorOf('string-join', list(str('a'), 1))).toBe('string-join: expected a string, got 1');
    expect(show('string-split', str('a,b,,c'), ch(','))).toBe('("a" "b" "" "c")');
    expect(show('string-split', str(''), ch(','))).toBe('("")');
    expect(show('string-split', str(`a${smile}b`), ch(smile))).toBe('("a" "b")');
  });

  test('string-search-forward and string-contains index by code point', () => {
    expect(call('string-search-forward', str('lo'), str('hello lo'), 0)).toBe(3);
    expect(call('string-search-forward', str('lo'), str('hello lo'), 4)).toBe(6);
    expect(call('string-search-forward', str('x'), str('hello'), 0)).toBe(false);
    expect(call('string-search-forward', str(''), str('abc'), 3)).toBe(3);
    expect(call('string-search-forward', str('b'), str(`${smile}${smile}ab`), 0)).toBe(3);
    expect(call('string-search-forward', str(smile), str(`a${smile}b${smile}`), 2)).toBe(3);
    expect(errorOf('string-search-forward', str('a'), str('abc'), 4)).toBe(
      'string-search-forward: index out of range 0..3, got 4',
    );
    expect(call('string-contains', str('hello'), str('ll'))).toBe(2);
    expect(call('string-contains', str(`${smile}ll`), str('l'))).toBe(1);
    expect(call('string-contains', str('hello'), str('z'))).toBe(false);
  });
});
