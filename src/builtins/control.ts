// Control built-ins (R7RS 6.10, 6.11): procedures that take over the machine's continuation.
import type { Value } from '../values/value.js';
import { Pair, listToArray } from '../values/pair.js';
import { MString } from '../values/string.js';
import { Sym } from '../values/symbol.js';
import { MultipleValues, UNSPECIFIED } from '../values/singletons.js';
import { ErrorObject, typeError } from '../values/error.js';
import { Procedure } from '../values/procedure.js';
import { writeString } from '../values/printer.js';
import { resume, builtinReturnPoint, type Frame } from '../machine/kernel.js';
import { applyProc, RESTORE_DYNAMIC_RP, valuesToArray, type Machine } from '../machine/machine.js';
import { Continuation } from '../machine/continuation.js';
import { Winder, ParamBinding } from '../machine/dynamic.js';
import { Parameter, parameterValue } from '../machine/parameter.js';
import { primitive, control, alias } from './registry.js';
import { checkProcedure, checkList } from './check.js';

primitive('procedure?', 1, 1, (x) => x instanceof Procedure);

// ---- apply, values

control('apply', 1, Infinity, (m, rf, rp, args) => {
  const f = args[0];
  if (args.length === 1) return applyProc(m, f, rf, rp, []);
  const last = args[args.length - 1];
  const spread = listToArray(last);
  if (spread === null) throw typeError('apply', 'a proper list as the last argument', last);
  return applyProc(m, f, rf, rp, [...args.slice(1, -1), ...spread]);
});

primitive('values', 0, Infinity, (...vals: Value[]) => (vals.length === 1 ? vals[0] : new MultipleValues(vals)));

/** Frame [rf, rp, _, consumer]: the producer's values go to the consumer. */
const CALL_WITH_VALUES_RP = builtinReturnPoint('call-with-values', (m, fr, v) => applyProc(m, fr[3], fr[0], fr[1], valuesToArray(v)));

control('call-with-values', 2, 2, (m, rf, rp, [producer, consumer]) => {
  checkProcedure('call-with-values', consumer);
  return applyProc(m, producer, [rf, rp, null, consumer], CALL_WITH_VALUES_RP, []);
});

// ---- continuations and dynamic-wind

control('call-with-current-continuation', 1, 1, (m, rf, rp, args) =>
  applyProc(m, args[0], rf, rp, [new Continuation(rf, rp, m.dyn)]),
);
alias('call/cc', 'call-with-current-continuation');

/** Frame [rf, rp, _, before, thunk, after]: before has run; enter the extent and run thunk. */
const WIND_BEFORE_RP = builtinReturnPoint('dynamic-wind-before', (m, fr) => {
  const outer = m.dyn;
  m.dyn = outer.withWinder(new Winder(fr[3], fr[5], outer.winders, outer));
  return applyProc(m, fr[4], [fr[0], fr[1], null, fr[5], outer], WIND_THUNK_RP, []);
});

/** Frame [rf, rp, _, after, outer dynamic state]: thunk returned v; leave the extent, run after. */
const WIND_THUNK_RP = builtinReturnPoint('dynamic-wind-thunk', (m, fr, v) => {
  m.dyn = fr[4];
  return applyProc(m, fr[3], [fr[0], fr[1], null, v], WIND_AFTER_RP, []);
});

/** Frame [rf, rp, _, v]: after has run; dynamic-wind returns the thunk's value(s). */
const WIND_AFTER_RP = builtinReturnPoint('dynamic-wind-after', (m, fr) => resume(m, fr[1], fr[0], fr[3]));

control('dynamic-wind', 3, 3, (m, rf, rp, [before, thunk, after]) => {
  checkProcedure('dynamic-wind', thunk);
  checkProcedure('dynamic-wind', after);
  return applyProc(m, before, [rf, rp, null, before, thunk, after], WIND_BEFORE_RP, []);
});

// ---- exceptions

control('with-exception-handler', 2, 2, (m, rf, rp, [handler, thunk]) => {
  checkProcedure('with-exception-handler', handler);
  const saved = m.dyn;
  m.dyn = saved.withHandlers(new Pair(handler, saved.handlers));
  return applyProc(m, thunk, [rf, rp, null, saved], RESTORE_DYNAMIC_RP, []);
});

control('raise', 1, 1, (m, rf, rp, [obj]) => m.setupRaise(obj, rf, rp, false));
control('raise-continuable', 1, 1, (m, rf, rp, [obj]) => m.setupRaise(obj, rf, rp, true));

/** (error message irritant ...); a non-string message is written into the message, as Guile does. */
export function makeErrorObject(message: Value, irritants: Value[]): ErrorObject {
  const text = message instanceof MString ? message : new MString(writeString(message, 'display'));
  let list: Value = null;
  for (let i = irritants.length - 1; i >= 0; i--) list = new Pair(irritants[i], list);
  return new ErrorObject('error', text, list);
}

control('error', 1, Infinity, (m, rf, rp, [message, ...irritants]) => {
  const e = makeErrorObject(message, irritants);
  e.pos = m.callSite;
  return m.setupRaise(e, rf, rp, false);
});

/**
 * (%type-error who what got): the error a built-in signals for an argument of the wrong type, for the
 * procedures lib-lisp defines, so that (map 1 '()) reads like (car 1): "map: expected a procedure, got 1".
 */
primitive('%type-error', 3, 3, (who, what, got) => {
  throw typeError(who instanceof Sym ? who.name : String(who), what instanceof MString ? what.toString() : String(what), got);
});

primitive('error-object?', 1, 1, (x) => x instanceof ErrorObject);
primitive('error-object-message', 1, 1, (x) => {
  if (!(x instanceof ErrorObject)) throw typeError('error-object-message', 'an error object', x);
  return x.message;
});
primitive('error-object-irritants', 1, 1, (x) => {
  if (!(x instanceof ErrorObject)) throw typeError('error-object-irritants', 'an error object', x);
  return x.irritants;
});
primitive('read-error?', 1, 1, (x) => x instanceof ErrorObject && x.kind === 'read');
primitive('file-error?', 1, 1, (x) => x instanceof ErrorObject && x.kind === 'file');

// ---- parameters

/** Frame [rf, rp, _, initial value]: the converter returned the parameter's initial value. */
const MAKE_PARAMETER_RP = builtinReturnPoint('make-parameter', (m, fr, v) => resume(m, fr[1], fr[0], new Parameter(v, fr[3])));

control('make-parameter', 1, 2, (m, rf, rp, [value, converter]) => {
  if (converter === undefined) return resume(m, rp, rf, new Parameter(value, false));
  checkProcedure('make-parameter', converter);
  return applyProc(m, converter, [rf, rp, null, converter], MAKE_PARAMETER_RP, [value]);
});

/**
 * (%parameterize params values thunk), what parameterize expands to: each value goes through its
 * parameter's converter, in order, then thunk runs with the new bindings.
 * Frame [rf, rp, _, params, values, thunk, index, converted so far].
 */
function parameterizeStep(m: Machine, fr: Frame): ReturnType<typeof resume> {
  const params = fr[3] as Parameter[];
  const vals = fr[4] as Value[];
  const i = fr[6] as number;
  const done = fr[7] as Value[];
  if (i === params.length) {
    const saved = m.dyn;
    let bindings = saved.params;
    for (let j = 0; j < params.length; j++) bindings = new ParamBinding(params[j], done[j], bindings);
    m.dyn = saved.withParams(bindings);
    return applyProc(m, fr[5], [fr[0], fr[1], null, saved], RESTORE_DYNAMIC_RP, []);
  }
  const conv = params[i].converter;
  if (conv === false) return parameterizeStep(m, [fr[0], fr[1], null, params, vals, fr[5], i + 1, [...done, vals[i]]]);
  return applyProc(m, conv, fr, PARAMETERIZE_RP, [vals[i]]);
}

// Frames are not changed once made (a continuation may resume this one again): each step makes a new one.
const PARAMETERIZE_RP = builtinReturnPoint('parameterize', (m, fr, v) =>
  parameterizeStep(m, [fr[0], fr[1], null, fr[3], fr[4], fr[5], (fr[6] as number) + 1, [...(fr[7] as Value[]), v]]),
);

control('%parameterize', 3, 3, (m, rf, rp, [params, vals, thunk]) => {
  const ps = listToArray(checkList('parameterize', params)) as Value[];
  const vs = listToArray(checkList('parameterize', vals)) as Value[];
  for (const p of ps) if (!(p instanceof Parameter)) throw typeError('parameterize', 'a parameter object', p);
  return parameterizeStep(m, [rf, rp, null, ps, vs, thunk, 0, []]);
});

control('%parameter-value', 1, 1, (m, rf, rp, [p]) => {
  if (!(p instanceof Parameter)) throw typeError('parameter-value', 'a parameter object', p);
  return resume(m, rp, rf, parameterValue(m, p));
});

primitive('void', 0, Infinity, () => UNSPECIFIED);
