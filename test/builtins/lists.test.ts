import '../../src/builtins/lists.js';
import '../../src/builtins/equivalence.js';
import '../../src/builtins/symbols.js';
import { call, show, errorOf, list, str, sym, w } from './call.js';
import { Pair, cons } from '../../src/values/pair.js';
import { Sym } from '../../src/values/symbol.js';
import { Flonum } from '../../src/values/number.js';

function circular(...items: number[]): Pair {
  const head = list(...items) as Pair;
  let last = head;
  while (last.cdr instanceof Pair) last = last.cdr;
  last.cdr = head;
  return head;
}

describe('equivalence and booleans', () => {
  test('eq?, eqv?, equal?', () => {
    const p = list(1, 2);
    expect(call('eq?', p, p)).toBe(true);
    expect(call('eq?', list(1), list(1))).toBe(false);
    expect(call('eqv?', new Flonum(1.5), new Flonum(1.5))).toBe(true);
    expect(call('eqv?', 2, new Flonum(2))).toBe(false);
    expect(call('equal?', list(1, str('a'), [2]), list(1, str('a'), [2]))).toBe(true);
    expect(call('equal?', circular(1, 2), circular(1, 2))).toBe(true);
  });

  test('not, boolean?, boolean=?', () => {
    expect(call('not', false)).toBe(true);
    expect(call('not', null)).toBe(false);
    expect(call('boolean?', false)).toBe(true);
    expect(call('boolean?', null)).toBe(false);
    expect(call('boolean=?', true, true, true)).toBe(true);
    expect(call('boolean=?', false, false, true)).toBe(false);
    expect(errorOf('boolean=?', true, false, 1)).toBe('boolean=?: expected a boolean, got 1');
  });
});

describe('pairs', () => {
  test('cons, car, cdr, set-car!, set-cdr!', () => {
    const p = call('cons', 1, 2) as Pair;
    expect(w(p)).toBe('(1 . 2)');
    expect(call('set-car!', p, 3)).toBe(call('set-cdr!', p, null));
    expect(w(p)).toBe('(3)');
    expect(w(call('set-car!', p, 4))).toBe('#<unspecified>');
    expect(errorOf('car', null)).toBe('car: expected a pair, got ()');
    expect(errorOf('set-cdr!', 5, 1)).toBe('set-cdr!: expected a pair, got 5');
  });

  test('the cxr compositions, up to four deep', () => {
    const tree = list(list(1, 2), list(3, list(4, 5)), 6, 7);
    expect(show('caar', tree)).toBe('1');
    expect(show('cdar', tree)).toBe('(2)');
    expect(show('caddr', tree)).toBe('6');
    expect(show('cadddr', tree)).toBe('7');
    expect(show('caadr', tree)).toBe('3');
    expect(show('cddddr', tree)).toBe('()');
    expect(show('caddr', list(sym('a'), sym('b'), sym('c')))).toBe('c');
    expect(errorOf('cadr', list(1))).toBe('cadr: expected a pair whose cdr is a pair, got (1)');
  });
});

describe('list structure', () => {
  test('list?, proper-list?, dotted-list?, circular-list? terminate on cycles', () => {
    expect(call('list?', list(1, 2))).toBe(true);
    expect(call('list?', null)).toBe(true);
    expect(call('list?', cons(1, 2))).toBe(false);
    expect(call('list?', circular(1))).toBe(false);
    expect(call('list?', circular(1, 2, 3))).toBe(false);
    expect(call('proper-list?', circular(1, 2))).toBe(false);
    expect(call('dotted-list?', cons(1, 2))).toBe(true);
    expect(call('dotted-list?', 5)).toBe(true);
    expect(call('dotted-list?', list(1))).toBe(false);
    expect(call('circular-list?', circular(1, 2, 3, 4))).toBe(true);
    expect(call('circular-list?', list(1, 2))).toBe(false);
  });

  test('length and length+', () => {
    expect(call('length', list(1, 2, 3))).toBe(3);
    expect(call('length', null)).toBe(0);
    expect(errorOf('length', cons(1, 2))).toBe('length: expected a proper list, got (1 . 2)');
    expect(errorOf('length', circular(1, 2))).toMatch(/^length: expected a proper list, got #0=/);
    expect(call('length+', circular(1, 2))).toBe(false);
    expect(call('length+', list(1, 2))).toBe(2);
  });
});

describe('construction', () => {
  test('list, make-list, cons*, list*', () => {
    expect(show('list')).toBe('()');
    expect(show('list', 1, 2)).toBe('(1 2)');
    expect(show('make-list', 2, 3)).toBe('(3 3)');
    expect(show('make-list', 0)).toBe('()');
    expect(call('length', call('make-list', 3))).toBe(3);
    expect(errorOf('make-list', -1)).toMatch(/^make-list: length out of range/);
    expect(errorOf('make-list', new Flonum(2))).toBe('make-list: expected a non-negative exact integer, got 2.0');
    expect(show('cons*', 1, 2, list(3))).toBe('(1 2 3)');
    expect(show('cons*', 1, 2)).toBe('(1 . 2)');
    expect(show('cons*', 1)).toBe('1');
    expect(show('list*', 1, null)).toBe('(1)');
  });

  test('iota', () => {
    expect(show('iota', 5)).toBe('(0 1 2 3 4)');
    expect(show('iota', 3, 1)).toBe('(1 2 3)');
    expect(show('iota', 3, 0, -2)).toBe('(0 -2 -4)');
    expect(show('iota', 0)).toBe('()');
    expect(show('iota', 3, 0, new Flonum(0.1))).toBe('(0.0 0.1 0.2)');
    expect(errorOf('iota', 2, sym('a'))).toBe('iota: expected a number, got a');
  });

  test('append copies all but the last argument, which may be anything', () => {
    const tail = list(3);
    const r = call('append', list(1), list(2), tail) as Pair;
    expect(w(r)).toBe('(1 2 3)');
    expect(((r.cdr as Pair).cdr as Pair)).toBe(tail);
    expect(show('append')).toBe('()');
    expect(show('append', 5)).toBe('5');
    expect(show('append', null, sym('a'))).toBe('a');
    expect(show('append', list(sym('a'), sym('b')), cons(sym('c'), sym('d')))).toBe('(a b c . d)');
    expect(show('append', null, null, list(1))).toBe('(1)');
    const first = list(1, 2);
    call('append', first, list(3));
    expect(w(first)).toBe('(1 2)');
    expect(errorOf('append', cons(1, 2), list(3))).toBe('append: expected a proper list, got (1 . 2)');
    expect(errorOf('append', circular(1), list(3))).toMatch(/^append: expected a proper list/);
    expect(show('append!', list(1), list(2))).toBe('(1 2)');
  });

  test('reverse and list-copy', () => {
    expect(show('reverse', list(1, list(2, 3), 4))).toBe('(4 (2 3) 1)');
    expect(show('reverse', null)).toBe('()');
    expect(errorOf('reverse', cons(1, 2))).toBe('reverse: expected a proper list, got (1 . 2)');
    const a = list(1, 8, 2, 8);
    const b = call('list-copy', a) as Pair;
    expect(b).not.toBe(a);
    b.car = 3;
    expect(w(a)).toBe('(1 8 2 8)');
    expect(show('list-copy', cons(1, cons(2, 3)))).toBe('(1 2 . 3)');
    expect(show('list-copy', 5)).toBe('5');
    expect(show('list-copy', null)).toBe('()');
    expect(errorOf('list-copy', circular(1, 2, 3))).toMatch(/^list-copy: expected a list that is not circular/);
  });
});

describe('access by position', () => {
  test('list-tail, list-ref, list-set!', () => {
    const l = list(sym('a'), sym('b'), sym('c'), sym('d'));
    expect(show('list-ref', l, 2)).toBe('c');
    expect(show('list-tail', l, 2)).toBe('(c d)');
    expect(show('list-tail', l, 4)).toBe('()');
    expect(show('list-tail', 5, 0)).toBe('5');
    expect(show('list-ref', circular(1, 2), 5)).toBe('2');
    expect(errorOf('list-ref', l, 4)).toBe('list-ref: index out of range 0..3, got 4');
    expect(errorOf('list-tail', l, 5)).toBe('list-tail: index out of range 0..4, got 5');
    expect(errorOf('list-ref', l, -1)).toBe('list-ref: index out of range, got -1');
    expect(errorOf('list-ref', l, new Flonum(1))).toBe('list-ref: expected an exact integer index, got 1.0');
    expect(errorOf('list-ref', null, 0)).toBe('list-ref: index out of range (no valid index), got 0');
    const m = list(1, 2, 3);
    call('list-set!', m, 1, sym('x'));
    expect(w(m)).toBe('(1 x 3)');
    expect(errorOf('list-set!', m, 3, 0)).toBe('list-set!: index out of range 0..2, got 3');
  });

  test('last-pair and last', () => {
    expect(show('last-pair', list(1, 2, 3))).toBe('(3)');
    expect(show('last-pair', cons(1, cons(2, 3)))).toBe('(2 . 3)');
    expect(show('last', list(1, 2, 3))).toBe('3');
    expect(errorOf('last', null)).toBe('last: expected a pair, got ()');
    expect(errorOf('last-pair', circular(1, 2, 3))).toMatch(/^last-pair: expected a list that is not circular/);
  });
});

describe('searching', () => {
  test('memq, memv, %member', () => {
    const l = list(sym('a'), sym('b'), sym('c'));
    expect(show('memq', sym('b'), l)).toBe('(b c)');
    expect(call('memq', sym('d'), l)).toBe(false);
    expect(call('memq', list(sym('a')), list(sym('b'), list(sym('a'))))).toBe(false);
    expect(show('%member', list(sym('a')), list(sym('b'), list(sym('a')), sym('c')))).toBe('((a) c)');
    expect(show('memv', 101, list(100, 101, 102))).toBe('(101 102)');
    expect(show('memv', new Flonum(1.5), list(new Flonum(1.5)))).toBe('(1.5)');
    expect(call('memq', 1, null)).toBe(false);
    // found before the improper tail: fine; not found: the list was never proper
    expect(show('memq', 1, cons(1, 2))).toBe('(1 . 2)');
    expect(errorOf('memq', 3, cons(1, 2))).toBe('memq: expected a proper list, got (1 . 2)');
    expect(errorOf('memv', 3, circular(1, 2))).toMatch(/^memv: expected a proper list/);
    expect(errorOf('%member', 3, 4)).toBe('member: expected a proper list, got 4');
  });

  test('assq, assv, %assoc', () => {
    const e = list(list(sym('a'), 1), list(sym('b'), 2));
    expect(show('assq', sym('b'), e)).toBe('(b 2)');
    expect(call('assq', sym('d'), e)).toBe(false);
    expect(show('assv', 5, list(list(2, 3), list(5, 7)))).toBe('(5 7)');
    expect(show('%assoc', list(sym('a')), list(list(list(sym('a'))), list(list(sym('b')))))).toBe('((a))');
    expect(call('assq', list(sym('a')), list(list(list(sym('a')))))).toBe(false);
    expect(errorOf('assq', sym('x'), list(1))).toBe('assq: expected an association list (a list of pairs), got (1)');
    expect(errorOf('assv', 1, circular(1))).toMatch(/^assv: expected an association list/);
  });
});

describe('symbols', () => {
  test('symbol?, symbol=?, conversions', () => {
    expect(call('symbol?', sym('a'))).toBe(true);
    expect(call('symbol?', str('a'))).toBe(false);
    expect(call('symbol=?', sym('a'), sym('a'), sym('a'))).toBe(true);
    expect(call('symbol=?', sym('a'), sym('b'))).toBe(false);
    expect(errorOf('symbol=?', sym('a'), str('a'))).toBe('symbol=?: expected a symbol, got "a"');
    expect(show('symbol->string', sym('flying-fish'))).toBe('"flying-fish"');
    expect(call('string->symbol', str('mISSISSIppi'))).toBe(sym('mISSISSIppi'));
    expect(call('string->symbol', str('K. Harper, M.D.'))).toBe(sym('K. Harper, M.D.'));
    expect(errorOf('string->symbol', sym('a'))).toBe('string->symbol: expected a string, got a');
  });

  test('uninterned symbols and gensym', () => {
    const u = call('string->uninterned-symbol', str('a')) as Sym;
    expect(u.name).toBe('a');
    expect(u).not.toBe(sym('a'));
    expect(call('symbol-interned?', u)).toBe(false);
    expect(call('symbol-interned?', sym('a'))).toBe(true);
    expect(call('symbol=?', u, sym('a'))).toBe(false);
    const g1 = call('gensym') as Sym;
    const g2 = call('gensym', str('tmp')) as Sym;
    const g3 = call('gensym', sym('loop')) as Sym;
    expect(g1.interned).toBe(false);
    expect(g1.name).not.toBe(g2.name);
    expect(g2.name).toMatch(/^tmp\d+$/);
    expect(g3.name).toMatch(/^loop\d+$/);
    expect(errorOf('gensym', 3)).toBe('gensym: expected a string or symbol prefix, got 3');
  });
});
