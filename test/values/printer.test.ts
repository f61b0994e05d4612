import { writeString, writeTo, displayString, writeSymbol, writeChar, writeStringLiteral } from '../../src/values/printer.js';
import type { PrintMode } from '../../src/values/printer.js';
import { readAll } from '../../src/reader/reader.js';
import { equal } from '../../src/values/equality.js';
import { Pair, cons, list } from '../../src/values/pair.js';
import { intern, gensym } from '../../src/values/symbol.js';
import { charOf } from '../../src/values/char.js';
import { MString } from '../../src/values/string.js';
import { Flonum, Ratnum } from '../../src/values/number.js';
import { RecordType, Record } from '../../src/values/record.js';
import { Primitive } from '../../src/values/procedure.js';
import { UNSPECIFIED, EOF, DEFAULT, MultipleValues } from '../../src/values/singletons.js';
import { SchemeError, makeError, typeError, ErrorObject } from '../../src/values/error.js';
import type { Value } from '../../src/values/value.js';

const w = (v: Value) => writeString(v, 'write');
const d = (v: Value) => writeString(v, 'display');
const s = (text: string) => new MString(text);
const sym = intern;

describe('atoms', () => {
  test('booleans, the empty list, numbers', () => {
    expect(w(true)).toBe('#t');
    expect(w(false)).toBe('#f');
    expect(w(null)).toBe('()');
    expect(w(42)).toBe('42');
    expect(w(-(7n ** 30n))).toBe('-' + (7n ** 30n).toString());
    expect(w(new Flonum(1))).toBe('1.0');
    expect(w(new Flonum(-0))).toBe('-0.0');
    expect(w(new Flonum(Infinity))).toBe('+inf.0');
    expect(w(new Ratnum(1n, 3n))).toBe('1/3');
    expect(d(new Flonum(0.5))).toBe('0.5');
  });

  test('strings: write escapes, display does not', () => {
    expect(w(s('hello'))).toBe('"hello"');
    expect(w(s('a"b\\c'))).toBe('"a\\"b\\\\c"');
    expect(w(s('a\nb\tc\rd'))).toBe('"a\\nb\\tc\\rd"');
    expect(w(s('\x07\x00\x1b\x7f'))).toBe('"\\x07;\\x00;\\x1b;\\x7f;"');
    expect(w(s('λ 😀 é'))).toBe('"λ 😀 é"');
    expect(w(s('|'))).toBe('"|"');
    expect(w(s(''))).toBe('""');
    expect(d(s('a"b\\c\n'))).toBe('a"b\\c\n');
  });

  test('characters', () => {
    expect(w(charOf(97))).toBe('#\\a');
    expect(w(charOf(65))).toBe('#\\A');
    expect(w(charOf(0x3bb))).toBe('#\\λ');
    expect(w(charOf(0x28))).toBe('#\\(');
    const named = [7, 8, 127, 27, 10, 0, 13, 32, 9].map((c) => w(charOf(c)));
    expect(named).toEqual(['#\\alarm', '#\\backspace', '#\\delete', '#\\escape', '#\\newline', '#\\null', '#\\return', '#\\space', '#\\tab']);
    expect(w(charOf(1))).toBe('#\\x01');
    expect(w(charOf(0x9f))).toBe('#\\x9f');
    expect(w(charOf(0xa0))).toBe('#\\xa0');
    expect(w(charOf(0x200b))).toBe('#\\x200b');
    expect(w(charOf(0x2028))).toBe('#\\x2028');
    expect(d(charOf(97))).toBe('a');
    expect(d(charOf(0x1f600))).toBe('😀');
    expect(d(charOf(32))).toBe(' ');
  });

  test('symbols: bars only when needed', () => {
    expect(w(sym('abc'))).toBe('abc');
    expect(w(sym('Hello'))).toBe('Hello');
    for (const plain of ['+', '-', '...', '->x', '1+', '<=?', 'a.b', '!$%&*/:<=>?@^_~', '+i', '..']) {
      expect(w(sym(plain))).toBe(plain);
    }
    expect(w(sym('hello world'))).toBe('|hello world|');
    expect(w(sym(''))).toBe('||');
    expect(w(sym('1'))).toBe('|1|');
    expect(w(sym('-1.5'))).toBe('|-1.5|');
    expect(w(sym('+inf.0'))).toBe('|+inf.0|');
    expect(w(sym('#x10'))).toBe('|#x10|');
    expect(w(sym('.'))).toBe('|.|');
    expect(w(sym('λ'))).toBe('|λ|');
    expect(w(sym('a|b'))).toBe('|a\\|b|');
    expect(w(sym('a\\b'))).toBe('|a\\\\b|');
    expect(w(sym('a\nb'))).toBe('|a\\nb|');
    expect(w(sym('(x)'))).toBe('|(x)|');
    expect(w(sym("a'b"))).toBe("|a'b|");
    expect(w(sym('#foo'))).toBe('|#foo|');
    expect(w(sym('a;b'))).toBe('|a;b|');
    expect(d(sym('hello world'))).toBe('hello world');
    expect(d(sym('λ'))).toBe('λ');
  });

  test('uninterned symbols print their name', () => {
    expect(w(gensym('tmp'))).toMatch(/^tmp\d+$/);
  });

  test('bytevectors and vectors', () => {
    expect(w(new Uint8Array([1, 2, 255]))).toBe('#u8(1 2 255)');
    expect(w(new Uint8Array(0))).toBe('#u8()');
    expect(w([1, s('x'), [sym('a')], []])).toBe('#(1 "x" #(a) #())');
    expect(d([s('x'), charOf(98)])).toBe('#(x b)');
  });

  test('objects without a datum form', () => {
    expect(w(UNSPECIFIED)).toBe('#<unspecified>');
    expect(w(EOF)).toBe('#<eof>');
    expect(w(DEFAULT)).toBe('#<default>');
    expect(w(undefined)).toBe('#<undefined>');
    expect(w(new Primitive('car', (x) => x, 1, 1))).toBe('#<procedure car>');
    expect(w(new Primitive('', (x) => x, 1, 1))).toBe('#<procedure>');
    expect(w({ printedForm: () => '#<port stdin>' })).toBe('#<port stdin>');
    expect(w({})).toBe('#<object>');
    expect(w(new Map())).toBe('#<object>');
  });

  test('records', () => {
    const point = new RecordType(sym('<point>'), [sym('x'), sym('y')]);
    expect(w(new Record(point, [1, s('two')]))).toBe('#<point 1 "two">');
    expect(d(new Record(point, [1, s('two')]))).toBe('#<point 1 two>');
    const empty = new RecordType(sym('empty'), []);
    expect(w(new Record(empty, []))).toBe('#<empty>');
  });

  test('multiple values', () => {
    expect(w(new MultipleValues([1, s('a'), sym('b')]))).toBe('1 "a" b');
    expect(w(new MultipleValues([]))).toBe('');
  });

  test('error objects', () => {
    const e = (makeError('error', 'something bad', [1, s('x')]) as SchemeError).payload;
    expect(w(e)).toBe('#<error "something bad" 1 "x">');
    expect(d(e)).toBe('#<error something bad 1 x>');
    expect(w(new ErrorObject('error', s('m'), null))).toBe('#<error "m">');
  });
});

describe('lists', () => {
  test('proper and dotted', () => {
    expect(w(list(1, 2, 3))).toBe('(1 2 3)');
    expect(w(cons(1, 2))).toBe('(1 . 2)');
    expect(w(cons(1, cons(2, 3)))).toBe('(1 2 . 3)');
    expect(w(list(list(), list(list(1))))).toBe('(() ((1)))');
    expect(w(cons(null, null))).toBe('(())');
    expect(w(cons(1, [2]))).toBe('(1 . #(2))');
  });

  test('quote forms are written out in full, as Chibi and Guile do', () => {
    expect(w(list(sym('quote'), sym('x')))).toBe('(quote x)');
    expect(w(list(sym('quasiquote'), list(sym('unquote'), sym('x'))))).toBe('(quasiquote (unquote x))');
  });

  test('display writes strings and chars raw, inside lists too', () => {
    expect(d(list(s('a'), charOf(98), sym('c'), new Flonum(1.5)))).toBe('(a b c 1.5)');
  });
});

describe('shared and circular structure', () => {
  const circular = () => {
    const x = list(1, 2) as Pair;
    (x.cdr as Pair).cdr = x;
    return x;
  };

  test('write labels a cycle', () => {
    expect(w(circular())).toBe('#0=(1 2 . #0#)');
  });

  test('write labels a cycle through the car', () => {
    const x = cons(null, 1);
    x.car = x;
    expect(w(x)).toBe('#0=(#0# . 1)');
  });

  test('write labels a cyclic vector', () => {
    const v: Value[] = [0, 0];
    v[0] = v;
    expect(w(v)).toBe('#0=#(#0# 0)');
  });

  test('write does not label sharing without a cycle; write-shared does', () => {
    const a = list(1);
    expect(w(list(a, a))).toBe('((1) (1))');
    expect(writeString(list(a, a), 'shared')).toBe('(#0=(1) #0#)');
    expect(writeString(list(a, a), 'simple')).toBe('((1) (1))');
  });

  test('write-shared labels a shared tail', () => {
    const tail = list(2, 3);
    const v = list(cons(1, tail), tail);
    expect(writeString(v, 'shared')).toBe('((1 . #0=(2 3)) #0#)');
    expect(w(v)).toBe('((1 2 3) (2 3))');
  });

  test('a cycle seen twice is labelled once and referred to after', () => {
    const x = circular();
    expect(w(list(x, x))).toBe('(#0=(1 2 . #0#) #0#)');
  });

  test('a cycle back into the middle of a list', () => {
    const x = list(sym('a'), sym('b'), sym('c')) as Pair;
    const third = (x.cdr as Pair).cdr as Pair;
    third.car = x.cdr;
    expect(w(x)).toBe('(a . #0=(b #0#))');
  });

  test('label numbers go in printing order', () => {
    const a = list(1) as Pair;
    a.cdr = a;
    const b = list(2) as Pair;
    b.cdr = b;
    expect(w([b, a, b])).toBe('#(#0=(2 . #0#) #1=(1 . #1#) #0#)');
  });

  test('records and error irritants can be circular too', () => {
    const t = new RecordType(sym('node'), [sym('next')]);
    const r = new Record(t, [null]);
    r.fields[0] = r;
    expect(w(r)).toBe('#0=#<node #0#>');
    expect(d(r)).toBe('#0=#<node #0#>');
  });

  test('display terminates on cycles, using labels', () => {
    expect(d(circular())).toBe('#0=(1 2 . #0#)');
  });

  test('write-simple on a circular list stops with an error instead of filling memory', () => {
    expect(() => writeString(circular(), 'simple')).toThrow(SchemeError);
  });
});

describe('round trips through the reader', () => {
  const roundTrip = (v: Value, mode: PrintMode = 'write') => {
    const text = writeString(v, mode);
    const back = readAll(text);
    expect(back).toHaveLength(1);
    return back[0];
  };

  test('atoms and data read back equal?', () => {
    const data: Value[] = [
      list(1, new Flonum(2.5), new Ratnum(-1n, 3n), 10n ** 30n, sym('x'), s('a "q" \\ \n\t\x01 λ')),
      list(charOf(0), charOf(32), charOf(0x28), charOf(0x3bb), charOf(1), charOf(0xa0), charOf(120)),
      [sym(''), sym('1'), sym('a b'), sym('λ'), sym('|'), sym('.'), sym('+inf.0'), sym('a\\b'), sym('#t')],
      new Uint8Array([0, 127, 255]),
      cons(1, cons(2, 3)),
      list(true, false, null, list(sym('quote'), sym('x'))),
    ];
    for (const v of data) expect(equal(roundTrip(v), v)).toBe(true);
  });

  test('symbols read back as the same symbol', () => {
    for (const name of ['', '1', '1+', 'a b', 'λ', '.', '...', '#foo', 'a|b', 'x\ny', 'ABC', '-', '+5', '1/2', "it's"]) {
      expect(roundTrip(sym(name))).toBe(sym(name));
    }
  });

  test('circular data read back with the same shape', () => {
    const text = '#0=(a #1=#(b #0# #1#) . #0#)';
    const v = readAll(text)[0];
    expect(w(v)).toBe(text);
    expect(w(roundTrip(v))).toBe(text);
    expect(writeString(roundTrip(v, 'shared'), 'shared')).toBe(text);
  });

  test('shared data round-trips through write-shared, keeping the sharing', () => {
    const a = list(1, 2);
    const back = roundTrip(list(a, a), 'shared') as Pair;
    expect((back.cdr as Pair).car).toBe(back.car);
  });
});

describe('streaming', () => {
  test('writeTo hands out the text in chunks that join to writeString', () => {
    const v = readAll('(' + 'abc '.repeat(10000) + ')')[0];
    const chunks: string[] = [];
    writeTo(v, 'write', (c) => chunks.push(c));
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(w(v));
  });

  test('displayString is display', () => {
    expect(displayString(s('x'))).toBe('x');
  });

  test('the exported pieces', () => {
    expect(writeSymbol('a b')).toBe('|a b|');
    expect(writeChar(10)).toBe('#\\newline');
    expect(writeStringLiteral('"')).toBe('"\\""');
  });
});

describe('error messages describe values as write prints them', () => {
  test('typeError uses the printer', () => {
    expect(typeError('car', 'a pair', list(1, s('x'))).message).toBe('car: expected a pair, got (1 "x")');
  });
});
