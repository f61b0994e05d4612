import { add, mul, sub, div, Flonum, numLt } from '../../src/values/number.js';

test('fixnum arithmetic stays exact and promotes to bigint past 2^53', () => {
  expect(add(1, 2)).toBe(3);
  expect(add(Number.MAX_SAFE_INTEGER, 1)).toBe(9007199254740992n);
  expect(sub(9007199254740992n, 1)).toBe(Number.MAX_SAFE_INTEGER);
  expect(mul(-1, 0)).toBe(0);
  expect(Object.is(mul(-1, 0), -0)).toBe(false);
});

test('division makes rationals and flonums are contagious', () => {
  expect(div(6, 3)).toBe(2);
  expect(div(1, 3)).toMatchObject({ num: 1n, den: 3n });
  expect(add(1, new Flonum(0.5))).toEqual(new Flonum(1.5));
  expect(numLt(div(1, 3), new Flonum(0.34))).toBe(true);
});
