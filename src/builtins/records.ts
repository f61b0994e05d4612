// Record types (define-record-type expands to these) and promises (delay and force are in lib-lisp).
import type { Value } from '../values/value.js';
import { listToArray } from '../values/pair.js';
import { Sym } from '../values/symbol.js';
import { UNSPECIFIED } from '../values/singletons.js';
import { typeError } from '../values/error.js';
import { Record, RecordType, RecordProcedure, fieldIndex } from '../values/record.js';
import { Promise } from '../values/promise.js';
import { primitive } from './registry.js';
import { checkSymbol } from './check.js';

function symbols(who: string, x: Value): Sym[] {
  const items = listToArray(x);
  if (items === null || !items.every((s) => s instanceof Sym)) throw typeError(who, 'a list of field names', x);
  return items as Sym[];
}

function recordType(who: string, x: Value): RecordType {
  if (x instanceof RecordType) return x;
  throw typeError(who, 'a record type', x);
}

const who = 'define-record-type';
primitive('%make-record-type', 2, 2, (name, fields) => new RecordType(checkSymbol(who, name), symbols(who, fields)));
/** The name a define-record-type gave the procedure (an optional last argument). */
function given(name: Value): string | null {
  return name instanceof Sym ? name.name : null;
}

primitive('%record-constructor', 2, 3, (type, fields, name) => {
  const t = recordType(who, type);
  return new RecordProcedure('constructor', t, symbols(who, fields).map((f) => fieldIndex(who, t, f)), given(name));
});
primitive('%record-predicate', 1, 2, (type, name) => new RecordProcedure('predicate', recordType(who, type), [], given(name)));
primitive('%record-accessor', 2, 3, (type, field, name) => {
  const t = recordType(who, type);
  return new RecordProcedure('accessor', t, [fieldIndex(who, t, checkSymbol(who, field))], given(name));
});
primitive('%record-modifier', 2, 3, (type, field, name) => {
  const t = recordType(who, type);
  return new RecordProcedure('modifier', t, [fieldIndex(who, t, checkSymbol(who, field))], given(name));
});
primitive('record?', 1, 1, (x) => x instanceof Record);

function promise(x: Value): Promise {
  if (x instanceof Promise) return x;
  throw typeError('force', 'a promise', x);
}
primitive('%make-promise', 2, 2, (done, value) => new Promise([done !== false, value]));
primitive('promise?', 1, 1, (x) => x instanceof Promise);
primitive('%promise-done?', 1, 1, (p) => promise(p).box[0]);
primitive('%promise-value', 1, 1, (p) => promise(p).box[1]);
/** (%promise-update! new old): old takes new's state, and from now on they share one box. */
primitive('%promise-update!', 2, 2, (nw, old) => {
  const n = promise(nw);
  const o = promise(old);
  o.box[0] = n.box[0];
  o.box[1] = n.box[1];
  n.box = o.box;
  return UNSPECIFIED;
});
