import '../../src/builtins/vectors.js';
import type { Value } from '../../src/values/value.js';
import { call, show, errorOf, primitiveNamed, list, sym, str, w } from './call.js';
import { cons } from '../../src/values/pair.js';
import { Flonum } from '../../src/values/number.js';
import { UNSPECIFIED } from '../../src/values/singletons.js';
import { vectorRef, vectorSet, vectorLength } from '../../src/values/vector.js';

test('the built-ins run the same checked accessors as the open-coded calls', () => {
  expect(primitiveNamed('vector-ref').fn).toBe(vectorRef);
  expect(primitiveNamed('vector-set!').fn).toBe(vectorSet);
  expect(primitiveNamed('vector-length').fn).toBe(vectorLength);
});

describe('vectors', () => {
  test('make-vector, vector, vector-length, vector-ref, vector-set!', () => {
    expect(show('make-vector', 2, 0)).toBe('#(0 0)');
    expect(call('make-vector', 2)).toEqual([UNSPECIFIED, UNSPECIFIED]);
    expect(show('make-vector', 0)).toBe('#()');
    expect(show('vector', sym('a'), str('b'), 1)).toBe('#(a "b" 1)');
    expect(show('vector')).toBe('#()');
    expect(call('vector?', [])).toBe(true);
    expect(call('vector?', list(1))).toBe(false);
    const v = call('vector', 1, 1, 2, 3, 5, 8) as Value[];
    expect(call('vector-length', v)).toBe(6);
    expect(call('vector-ref', v, 5)).toBe(8);
    expect(call('vector-set!', v, 0, sym('x'))).toBe(UNSPECIFIED);
    expect(w(v)).toBe('#(x 1 2 3 5 8)');
  });

  test('errors name the procedure and the valid range', () => {
    const v = [1, 2, 3];
    expect(errorOf('vector-ref', v, 5)).toBe('vector-ref: index out of range 0..2, got 5');
    expect(errorOf('vector-ref', v, -1)).toBe('vector-ref: index out of range 0..2, got -1');
    expect(errorOf('vector-ref', [], 0)).toBe('vector-ref: index out of range (no valid index), got 0');
    expect(errorOf('vector-ref', v, new Flonum(1))).toBe('vector-ref: expected an exact integer index, got 1.0');
    expect(errorOf('vector-ref', list(1), 0)).toBe('vector-ref: expected a vector, got (1)');
    expect(errorOf('vector-set!', v, 3, 0)).toBe('vector-set!: index out of range 0..2, got 3');
    expect(errorOf('vector-length', str('a'))).toBe('vector-length: expected a vector, got "a"');
    expect(errorOf('make-vector', -1)).toMatch(/^make-vector: length out of range 0\.\.\d+, got -1$/);
    expect(errorOf('make-vector', sym('a'))).toBe('make-vector: expected a non-negative exact integer, got a');
  });

  test('vector->list and list->vector', () => {
    expect(show('vector->list', [sym('dah'), sym('dah'), sym('didah')])).toBe('(dah dah didah)');
    expect(show('vector->list', [sym('dah'), sym('dah'), sym('didah')], 1, 2)).toBe('(dah)');
    expect(show('vector->list', [sym('a'), sym('b'), sym('c'), sym('d')], 1, 3)).toBe('(b c)');
    expect(show('vector->list', [1, 2], 2)).toBe('()');
    expect(show('list->vector', list(sym('dididit'), sym('dah')))).toBe('#(dididit dah)');
    expect(show('list->vector', null)).toBe('#()');
    expect(errorOf('list->vector', cons(1, 2))).toBe('list->vector: expected a proper list, got (1 . 2)');
    expect(errorOf('vector->list', [1, 2], 1, 3)).toBe('vector->list: index out of range 0..2, got 3');
  });

  test('vector-copy, subvector, vector-append, vector-grow', () => {
    const a = [1, 8, 2, 8];
    const b = call('vector-copy', a) as Value[];
    expect(b).not.toBe(a);
    b[0] = 3;
    expect(w(a)).toBe('#(1 8 2 8)');
    expect(show('vector-copy', b, 1, 3)).toBe('#(8 2)');
    expect(show('vector-copy', b, 4)).toBe('#()');
    expect(show('subvector', [1, 2, 3, 4], 1, 3)).toBe('#(2 3)');
    expect(show('vector-append', [sym('a'), sym('b')], [], [[1]])).toBe('#(a b #(1))');
    expect(show('vector-append')).toBe('#()');
    expect(errorOf('vector-append', [1], list(2))).toBe('vector-append: expected a vector, got (2)');
    const g = call('vector-grow', [1, 2], 4) as Value[];
    expect(g.length).toBe(4);
    expect(g.slice(0, 2)).toEqual([1, 2]);
    expect(errorOf('vector-grow', [1, 2], 1)).toBe('vector-grow: new length must be at least 2, got 1');
  });

  test('vector-copy! and vector-fill!, overlapping copies included', () => {
    const b = [10, 20, 30, 40, 50];
    call('vector-copy!', b, 1, [1, 2, 3, 4, 5], 0, 2);
    expect(w(b)).toBe('#(10 1 2 40 50)');
    const up = [1, 2, 3, 4, 5];
    call('vector-copy!', up, 1, up, 0, 3);
    expect(w(up)).toBe('#(1 1 2 3 5)');
    const down = [1, 2, 3, 4, 5];
    call('vector-copy!', down, 0, down, 2);
    expect(w(down)).toBe('#(3 4 5 4 5)');
    const same = [1, 2];
    call('vector-copy!', same, 2, [9], 0, 0);
    expect(w(same)).toBe('#(1 2)');
    expect(errorOf('vector-copy!', [1, 2], 1, [7, 8])).toBe(
      'vector-copy!: index leaves room for 1 of the 2 elements to copy, got 1',
    );
    const f = [1, 2, 3, 4, 5];
    call('vector-fill!', f, sym('smash'), 2, 4);
    expect(w(f)).toBe('#(1 2 smash smash 5)');
    call('vector-fill!', f, 0);
    expect(w(f)).toBe('#(0 0 0 0 0)');
    expect(errorOf('vector-fill!', f, 0, 3, 2)).toBe('vector-fill!: end must not be before start 3, got 2');
  });
});

describe('bytevectors', () => {
  test('make-bytevector, bytevector, length, ref and set', () => {
    expect(show('make-bytevector', 2, 12)).toBe('#u8(12 12)');
    expect(show('make-bytevector', 3)).toBe('#u8(0 0 0)');
    expect(show('bytevector', 1, 3, 5)).toBe('#u8(1 3 5)');
    expect(show('bytevector')).toBe('#u8()');
    expect(call('bytevector?', new Uint8Array(0))).toBe(true);
    expect(call('bytevector?', [1])).toBe(false);
    const bv = call('bytevector', 1, 2, 3, 4) as Uint8Array;
    expect(call('bytevector-length', bv)).toBe(4);
    expect(call('bytevector-u8-ref', bv, 3)).toBe(4);
    call('bytevector-u8-set!', bv, 1, 3);
    expect(w(bv)).toBe('#u8(1 3 3 4)');
    expect(errorOf('bytevector', 1, 256)).toBe('bytevector: expected a byte (an exact integer 0..255), got 256');
    expect(errorOf('make-bytevector', 2, -1)).toBe('make-bytevector: expected a byte (an exact integer 0..255), got -1');
    expect(errorOf('bytevector-u8-ref', bv, 4)).toBe('bytevector-u8-ref: index out of range 0..3, got 4');
    expect(errorOf('bytevector-u8-set!', bv, 0, 300)).toBe(
      'bytevector-u8-set!: expected a byte (an exact integer 0..255), got 300',
    );
    expect(errorOf('bytevector-length', [1])).toBe('bytevector-length: expected a bytevector, got #(1)');
  });

  test('bytevector-copy, bytevector-copy!, bytevector-append', () => {
    const a = Uint8Array.of(1, 2, 3, 4, 5);
    expect(show('bytevector-copy', a, 2, 4)).toBe('#u8(3 4)');
    const c = call('bytevector-copy', a) as Uint8Array;
    expect(c).not.toBe(a);
    expect(c.buffer).not.toBe(a.buffer);
    const b = Uint8Array.of(10, 20, 30, 40, 50);
    call('bytevector-copy!', b, 1, a, 0, 2);
    expect(w(b)).toBe('#u8(10 1 2 40 50)');
    const o = Uint8Array.of(1, 2, 3, 4, 5);
    call('bytevector-copy!', o, 1, o, 0, 3);
    expect(w(o)).toBe('#u8(1 1 2 3 5)');
    const p = Uint8Array.of(1, 2, 3, 4, 5);
    call('bytevector-copy!', p, 0, p, 2);
    expect(w(p)).toBe('#u8(3 4 5 4 5)');
    expect(errorOf('bytevector-copy!', Uint8Array.of(1), 0, a)).toBe(
      'bytevector-copy!: index leaves room for 1 of the 5 elements to copy, got 0',
    );
    expect(show('bytevector-append', Uint8Array.of(0, 1, 2), Uint8Array.of(3, 4, 5))).toBe('#u8(0 1 2 3 4 5)');
    expect(show('bytevector-append')).toBe('#u8()');
    expect(errorOf('bytevector-append', Uint8Array.of(1), [2])).toBe('bytevector-append: expected a bytevector, got #(2)');
  });
});
