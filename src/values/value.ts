// The type every Lisp value has. Scheme data are represented directly by JS values where the JS value
// already has the right identity and meaning, and by small classes everywhere else:
//   exact integers   JS number (an integer within +-2^53-1) or bigint (only outside that range)
//   flonums          Flonum (boxed, so that 1.0 and 1 stay distinct)
//   exact rationals  Ratnum
//   booleans         JS true / false
//   the empty list   JS null
//   pairs Pair, symbols Sym, characters Char, strings MString, vectors JS Array, bytevectors Uint8Array
// `undefined` is never a Scheme value: it marks an unbound global or a variable not yet initialised.
export type Value = null | boolean | number | bigint | object | undefined;
