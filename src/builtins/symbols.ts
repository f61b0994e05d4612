// Symbols (R7RS 6.5) and the uninterned symbols of gensym (as in Chibi, Guile and MIT).
import type { Value } from '../values/value.js';
import { Sym, intern, gensym } from '../values/symbol.js';
import { MString } from '../values/string.js';
import { typeError } from '../values/error.js';
import { primitive } from './registry.js';
import { checkSymbol, checkString, chainTest } from './check.js';

primitive('symbol?', 1, 1, (x: Value) => x instanceof Sym);
// Identity, which for interned symbols is sameness of name; an uninterned symbol equals only itself.
primitive('symbol=?', 1, Infinity, (...syms: Value[]) =>
  chainTest(syms, (x) => checkSymbol('symbol=?', x), (a, b) => a === b),
);
// A fresh copy each time, so mutating it cannot rename the symbol; marked immutable as R7RS says it is.
primitive('symbol->string', 1, 1, (s: Value) => new MString(checkSymbol('symbol->string', s).name, false));
primitive('string->symbol', 1, 1, (s: Value) => intern(checkString('string->symbol', s).toString()));
primitive('string->uninterned-symbol', 1, 1, (s: Value) => new Sym(checkString('string->uninterned-symbol', s).toString(), false));
primitive('symbol-interned?', 1, 1, (s: Value) => checkSymbol('symbol-interned?', s).interned);
primitive('gensym', 0, 1, (prefix?: Value) => {
  if (prefix === undefined) return gensym();
  if (prefix instanceof MString) return gensym(prefix.toString());
  if (prefix instanceof Sym) return gensym(prefix.name);
  throw typeError('gensym', 'a string or symbol prefix', prefix);
});
