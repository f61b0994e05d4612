import { readAll, Reader } from '../../src/reader/reader.js';
import { writeString } from '../../src/values/printer.js';
import { Pair } from '../../src/values/pair.js';
import { intern, Sym } from '../../src/values/symbol.js';
import { Char, charOf } from '../../src/values/char.js';
import { MString } from '../../src/values/string.js';
import { Flonum, Ratnum } from '../../src/values/number.js';
import { EOF, DEFAULT, UNSPECIFIED } from '../../src/values/singletons.js';
import type { Value } from '../../src/values/value.js';

const read1 = (text: string): Value => {
  const data = readAll(text);
  expect(data).toHaveLength(1);
  return data[0];
};
/** read, then write: the quickest way to state what was read */
const rw = (text: string): string => readAll(text).map((v) => writeString(v)).join(' ');
const str = (v: Value): string => {
  expect(v).toBeInstanceOf(MString);
  return (v as MString).toString();
};
const code = (v: Value): number => {
  expect(v).toBeInstanceOf(Char);
  return (v as Char).code;
};

describe('lists', () => {
  test('proper, dotted, nested and empty lists', () => {
    expect(rw('(a b c)')).toBe('(a b c)');
    expect(rw('(a . b)')).toBe('(a . b)');
    expect(rw('(a b . c)')).toBe('(a b . c)');
    expect(rw('(a . (b . (c . ())))')).toBe('(a b c)');
    expect(rw('((a) ((b)) () c)')).toBe('((a) ((b)) () c)');
    expect(read1('()')).toBe(null);
    expect(read1('(  )')).toBe(null);
  });

  test('brackets are parentheses and must match their own kind', () => {
    expect(rw('[a b]')).toBe('(a b)');
    expect(rw('(let ([x 1] [y 2]) x)')).toBe('(let ((x 1) (y 2)) x)');
    expect(() => readAll('(a]')).toThrow("unexpected ']'");
    expect(() => readAll('[a)')).toThrow("unexpected ')'");
  });

  test('the pairs are fresh Pairs', () => {
    const v = read1('(1 2)') as Pair;
    expect(v).toBeInstanceOf(Pair);
    expect(v.car).toBe(1);
    expect((v.cdr as Pair).car).toBe(2);
    expect((v.cdr as Pair).cdr).toBe(null);
  });

  test('tokens need no space before or after parentheses and strings', () => {
    expect(rw('(a(b)c"d"e)')).toBe('(a (b) c "d" e)');
    expect(rw("(a'b)")).toBe("(|a'b|)");
    expect(rw('(1 .5 . 6)')).toBe('(1 0.5 . 6)');
  });
});

describe('vectors and bytevectors', () => {
  test('vectors are JS arrays', () => {
    expect(read1('#(1 (2) "x")')).toEqual([1, expect.any(Pair), new MString('x')]);
    expect(read1('#()')).toEqual([]);
    expect(rw('#(a #(b) ())')).toBe('#(a #(b) ())');
  });

  test('bytevectors are Uint8Arrays of exact integers 0..255', () => {
    const b = read1('#u8(0 1 255 #xff)');
    expect(b).toBeInstanceOf(Uint8Array);
    expect(Array.from(b as Uint8Array)).toEqual([0, 1, 255, 255]);
    expect(read1('#u8()')).toEqual(new Uint8Array(0));
  });

  test('bad bytevector elements', () => {
    for (const t of ['#u8(256)', '#u8(-1)', '#u8(1.0)', '#u8(a)', '#u8((1))', '#u8(1/2)']) {
      expect(() => readAll(t)).toThrow('a bytevector element must be an exact integer from 0 to 255');
    }
  });
});

describe('abbreviations', () => {
  test("' ` , ,@ read as two-element lists", () => {
    expect(rw("'a")).toBe('(quote a)');
    expect(rw('`(a ,b ,@c)')).toBe('(quasiquote (a (unquote b) (unquote-splicing c)))');
    expect(rw("''a")).toBe('(quote (quote a))');
    expect(rw("' a")).toBe('(quote a)');
    expect(rw(', @a')).toBe('(unquote @a)');
    expect(rw("'()")).toBe('(quote ())');
    expect(rw("'#(1)")).toBe('(quote #(1))');
  });
});

describe('symbols', () => {
  test('identifiers are case-sensitive and interned', () => {
    expect(read1('abc')).toBe(intern('abc'));
    expect(read1('ABC')).toBe(intern('ABC'));
    expect(read1('ABC')).not.toBe(read1('abc'));
  });

  test('peculiar identifiers and extended characters', () => {
    for (const name of ['+', '-', '...', '->x', '+soup+', '<=?', 'list->vector', 'a.b', '!$%&*/:<=>?^_~', '..', '-a', '+.x', '@a']) {
      expect(read1(name)).toBe(intern(name));
    }
  });

  test('a token that parseNumber rejects is a symbol', () => {
    expect(read1('1+')).toBe(intern('1+'));
    expect(read1('-1a')).toBe(intern('-1a'));
    expect(read1('1/2/3')).toBe(intern('1/2/3'));
  });

  test('complex number syntax is an error, not a symbol: complex numbers are not supported', () => {
    for (const t of ['+i', '-i', '1+2i', '1.5-0.5i', '+inf.0i', '1@2']) {
      expect(() => read1(t)).toThrow(/complex numbers are not supported/);
    }
    expect(read1('e+i')).toBe(intern('e+i'));
  });

  test('|bar| symbols with escapes', () => {
    expect(read1('|hello world|')).toBe(intern('hello world'));
    expect(read1('|a\\x41;b|')).toBe(intern('aAb'));
    expect(read1('|H\\x65;llo|')).toBe(intern('Hello'));
    expect(read1('|\\x3bb;|')).toBe(intern('λ'));
    expect(read1('|\\t\\t|')).toBe(read1('|\\x9;\\x9;|'));
    expect(read1('|a\\|b|')).toBe(intern('a|b'));
    expect(read1('|a\\\\b|')).toBe(intern('a\\b'));
    expect(read1('||')).toBe(intern(''));
    expect(read1('|(a) ;"|')).toBe(intern('(a) ;"'));
    expect(rw('(|a|b)')).toBe('(a b)');
  });

  test('non-ASCII identifiers', () => {
    expect(read1('λ')).toBe(intern('λ'));
    expect(read1('café')).toBe(intern('café'));
  });
});

describe('#!fold-case', () => {
  test('folds the identifiers and character names after it', () => {
    expect(rw('(#!fold-case ABC #!no-fold-case DEF)')).toBe('(abc DEF)');
    expect(rw('#!fold-case (Hello #\\SPACE #\\A |Bar|)')).toBe('(hello #\\space #\\A Bar)');
    expect(() => readAll('#\\SPACE')).toThrow('bad character name #\\SPACE');
  });

  test('lasts from one read to the next on the same reader', () => {
    const r = new Reader('#!fold-case FOO BAR #!no-fold-case BAZ');
    expect(r.read()).toBe(intern('foo'));
    expect(r.foldCase).toBe(true);
    expect(r.read()).toBe(intern('bar'));
    expect(r.read()).toBe(intern('BAZ'));
    expect(r.read()).toBe(EOF);
  });

  test('the foldCase option starts folded', () => {
    expect(new Reader('XYZ', 'f', { foldCase: true }).read()).toBe(intern('xyz'));
  });

  test('must be followed by a delimiter', () => {
    expect(() => readAll('#!fold-casex')).toThrow('unknown directive #!fold-casex');
    expect(() => readAll('#!whatever')).toThrow('unknown directive #!whatever');
  });
});

describe('numbers', () => {
  test('go through parseNumber', () => {
    expect(read1('42')).toBe(42);
    expect(read1('-17')).toBe(-17);
    expect(read1('1.5')).toEqual(new Flonum(1.5));
    expect(read1('#e1.5')).toEqual(new Ratnum(3n, 2n));
    expect(read1('#x-ff')).toBe(-255);
    expect(read1('#X1F')).toBe(31);
    expect(read1('#b101')).toBe(5);
    expect(read1('123456789012345678901234567890')).toBe(123456789012345678901234567890n);
    expect(read1('+inf.0')).toEqual(new Flonum(Infinity));
    expect(read1('.5')).toEqual(new Flonum(0.5));
  });

  test('a # prefix that is not a number is an error', () => {
    expect(() => readAll('#x1g')).toThrow('bad number #x1g');
    expect(() => readAll('#e')).toThrow('bad number #e');
  });
});

describe('booleans and other # syntax', () => {
  test('#t #f #true #false', () => {
    expect(readAll('#t #f #true #false #T #F')).toEqual([true, false, true, false, true, false]);
  });

  test('Chibi-style #! objects', () => {
    expect(read1('(#!default #!unspecific)')).toEqual(new Pair(DEFAULT, new Pair(UNSPECIFIED, null)));
    const r = new Reader('1 #!eof 2');
    expect(r.read()).toBe(1);
    expect(r.read()).toBe(EOF);
  });

  test('unknown # syntax', () => {
    expect(() => readAll('#foo')).toThrow('bad syntax #foo');
    expect(() => readAll('#')).toThrow('bad syntax #');
    expect(() => readAll('#u8')).toThrow('bad syntax #u8');
    expect(() => readAll('#12')).toThrow('bad syntax #12');
  });
});

describe('characters', () => {
  test('single characters, including delimiters', () => {
    expect(code(read1('#\\a'))).toBe(97);
    expect(code(read1('#\\A'))).toBe(65);
    expect(code(read1('#\\('))).toBe(40);
    expect(code(read1('#\\)'))).toBe(41);
    expect(code(read1('#\\ '))).toBe(32);
    expect(code(read1('#\\;'))).toBe(59);
    expect(code(read1('#\\"'))).toBe(34);
    expect(code(read1('#\\λ'))).toBe(0x3bb);
    expect(code(read1('#\\😀'))).toBe(0x1f600);
    expect(code(read1('#\\x'))).toBe(120);
    expect(code(read1('#\\X'))).toBe(88);
    expect(rw('(#\\( #\\) #\\a)')).toBe('(#\\( #\\) #\\a)');
  });

  test('are interned', () => {
    expect(read1('#\\a')).toBe(charOf(97));
  });

  test('every R7RS name', () => {
    const names = 'alarm backspace delete escape newline null return space tab';
    const codes = names.split(' ').map((n) => code(read1(`#\\${n}`)));
    expect(codes).toEqual([7, 8, 127, 27, 10, 0, 13, 32, 9]);
  });

  test('hex scalar values', () => {
    expect(code(read1('#\\x41'))).toBe(65);
    expect(code(read1('#\\x3bb'))).toBe(0x3bb);
    expect(code(read1('#\\x03BB'))).toBe(0x3bb);
    expect(code(read1('#\\x0'))).toBe(0);
    expect(code(read1('#\\x10ffff'))).toBe(0x10ffff);
  });

  test('bad names', () => {
    expect(() => readAll('#\\foo')).toThrow('bad character name #\\foo');
    expect(() => readAll('#\\Space')).toThrow('bad character name #\\Space');
    expect(() => readAll('#\\xd800')).toThrow('bad character name #\\xd800');
    expect(() => readAll('#\\x110000')).toThrow('bad character name #\\x110000');
    expect(() => readAll('#\\ab')).toThrow('bad character name #\\ab');
  });
});

describe('strings', () => {
  test('plain and escaped characters', () => {
    expect(str(read1('"hello"'))).toBe('hello');
    expect(str(read1('""'))).toBe('');
    expect(str(read1('"\\a\\b\\t\\n\\r\\"\\\\\\|"'))).toBe('\x07\x08\t\n\r"\\|');
    expect(str(read1('"\\x41;\\x3bb;"'))).toBe('Aλ');
    expect(str(read1('"\\x1F600;"'))).toBe('😀');
    expect(str(read1('"λ ; not a comment"'))).toBe('λ ; not a comment');
  });

  test('line continuation', () => {
    expect(str(read1('"abc\\\n      def"'))).toBe('abcdef');
    expect(str(read1('"abc\\   \n   \tdef"'))).toBe('abcdef');
    expect(str(read1('"abc\\\r\n  def"'))).toBe('abcdef');
    expect(str(read1('"Here\'s text \\\n   containing just one line"'))).toBe("Here's text containing just one line");
  });

  test('a raw line ending is one newline', () => {
    expect(str(read1('"a\nb"'))).toBe('a\nb');
    expect(str(read1('"a\r\nb"'))).toBe('a\nb');
    expect(str(read1('"a\rb"'))).toBe('a\nb');
  });

  test('bad escapes', () => {
    expect(() => readAll('"\\x41"')).toThrow('bad hex escape in a string');
    expect(() => readAll('"\\xzz;"')).toThrow('bad hex escape in a string');
    expect(() => readAll('"\\xd800;"')).toThrow('bad hex escape in a string');
    expect(() => readAll('"\\q"')).toThrow('unknown escape \\q in a string');
    expect(() => readAll('"a\\  b"')).toThrow('unknown escape \\  in a string');
    expect(() => readAll('|\\q|')).toThrow('unknown escape \\q in a |symbol|');
  });

  test('strings are fresh and mutable', () => {
    const [a, b] = readAll('"x" "x"');
    expect(a).not.toBe(b);
    expect((a as MString).mutable).toBe(true);
  });
});

describe('comments', () => {
  test('line comments', () => {
    expect(rw('; hi\n(a ; b\n c) ; end')).toBe('(a c)');
    expect(readAll('   ; just a comment\n')).toEqual([]);
    expect(readAll('; no newline at end')).toEqual([]);
  });

  test('nested block comments', () => {
    expect(rw('(+ 1 #| outer #| inner |# still outer |# 2)')).toBe('(+ 1 2)');
    expect(rw('(1 #| " |# 2)')).toBe('(1 2)');
    expect(rw('#||#a')).toBe('a');
    expect(rw('a #|x|#')).toBe('a');
    expect(rw('(a #|x|#b)')).toBe('(a b)');
  });

  test('datum comments, stacked and anywhere a datum may be', () => {
    expect(rw('(list 1 #;(2 3) 4)')).toBe('(list 1 4)');
    expect(rw('(list #; #; 1 2 3)')).toBe('(list 3)');
    expect(rw("'(1 #;2)")).toBe('(quote (1))');
    expect(rw('#;a b')).toBe('b');
    expect(rw('(a . #;b c)')).toBe('(a . c)');
    expect(rw('(a . b #;c)')).toBe('(a . b)');
    expect(rw('#(1 #;#(2) 3)')).toBe('#(1 3)');
    expect(rw('#; #|x|# ; y\n a b')).toBe('b');
    expect(readAll('#;a')).toEqual([]);
  });
});

describe('whitespace', () => {
  test('tabs, returns, form feeds and Unicode spaces separate tokens', () => {
    expect(rw('(a\tb\rc\fd\u00a0e\u3000f)')).toBe('(a b c d e f)');
  });
});

describe('Reader over a buffer', () => {
  test('reads datum after datum and says how far it got', () => {
    const r = new Reader('(a) b  "c"');
    expect(writeString(r.read())).toBe('(a)');
    expect(r.offset).toBe(3);
    expect(r.read()).toBe(intern('b'));
    expect(r.offset).toBe(5);
    expect(str(r.read())).toBe('c');
    expect(r.read()).toBe(EOF);
    expect(r.read()).toBe(EOF);
  });

  test('can start in the middle of a text', () => {
    const text = 'xxx (a b)';
    const r = new Reader(text, 'buf', { start: { offset: 4, line: 1, col: 5 } });
    expect(writeString(r.read())).toBe('(a b)');
    expect(r.cursor).toEqual({ offset: 9, line: 1, col: 10 });
  });

  test('skipRest gives EOF next', () => {
    const r = new Reader('1 2 3');
    expect(r.read()).toBe(1);
    r.skipRest();
    expect(r.read()).toBe(EOF);
  });
});
