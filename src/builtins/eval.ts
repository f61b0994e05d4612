// (scheme eval), (scheme load), (scheme repl): evaluation of data as code, in an environment. eval
// and load run the compiled forms on the same machine as their caller, so continuations and errors
// pass through them like through any call.
import type { Value } from '../values/value.js';
import { arrayToList } from '../values/pair.js';
import { UNSPECIFIED } from '../values/singletons.js';
import { typeError } from '../values/error.js';
import { readAll } from '../reader/reader.js';
import { Environment } from '../expander/environment.js';
import { builtinReturnPoint, resume, type Frame, type ReturnPoint, type Signal } from '../machine/kernel.js';
import { applyProc, annotate, type Machine } from '../machine/machine.js';
import { currentSession } from '../runtime/session.js';
import { syntaxOnly } from '../runtime/libraries.js';
import { primitive, control } from './registry.js';
import { checkString } from './check.js';
import * as fs from 'node:fs';
import { fileError } from './file-ports.js';

function environmentArg(who: string, env: Value): Environment {
  if (env === undefined) return currentSession().user;
  if (env instanceof Environment) return env;
  throw typeError(who, 'an environment', env);
}

control('eval', 1, 2, (m, rf, rp, [expr, env]) => {
  const closure = currentSession().compileTopLevel(expr, environmentArg('eval', env), 'eval');
  return applyProc(m, closure, rf, rp, []);
});

primitive('interaction-environment', 0, 0, () => currentSession().user);
primitive('%environment-names', 1, 1, (env) => arrayToList([...environmentArg('%environment-names', env).table.keys()]));
primitive('environment?', 1, 1, (x) => x instanceof Environment);

/** (environment import-set ...): a new environment with just those imports (R7RS 6.12). */
primitive('environment', 0, Infinity, (...specs: Value[]) => {
  const session = currentSession();
  const env = new Environment('environment');
  session.importInto(env, specs, null);
  env.immutable = true;
  return env;
});

function r5rsVersion(who: string, v: Value): void {
  if (v !== 5) throw typeError(who, 'the version 5', v);
}

primitive('scheme-report-environment', 1, 1, (version) => {
  r5rsVersion('scheme-report-environment', version);
  const env = new Environment('scheme-report-environment');
  currentSession().importInto(env, [readAll('(scheme r5rs)')[0]], null);
  return env;
});

primitive('null-environment', 1, 1, (version) => {
  r5rsVersion('null-environment', version);
  const env = new Environment('null-environment');
  const full = new Environment('r5rs');
  currentSession().importInto(full, [readAll('(scheme r5rs)')[0]], null);
  for (const [k, b] of syntaxOnly(full.table)) env.importBinding(k, b);
  return env;
});

/** Frame [rf, rp, _, forms, index of the next form, environment]. */
const LOAD_RP = builtinReturnPoint('load', (m, fr) => loadFrom(m, fr[0], fr[1], fr[3], fr[4], fr[5]));

function loadFrom(m: Machine, rf: Frame, rp: ReturnPoint, forms: Value[], i: number, env: Environment): Signal {
  if (i === forms.length) return resume(m, rp, rf, UNSPECIFIED);
  let closure;
  try {
    closure = currentSession().compileTopLevel(forms[i], env, 'load');
  } catch (e) {
    throw annotate(e, rf, null);
  }
  return applyProc(m, closure, [rf, rp, null, forms, i + 1, env], LOAD_RP, []);
}

/** The data in a source file, read with positions naming the file. */
export function readSourceFile(who: string, path: string): Value[] {
  let text: string;
  try {
    text = fs.readFileSync(path, 'utf8');
  } catch (e) {
    throw fileError(who, path, e);
  }
  return readAll(text, path);
}

control('load', 1, 2, (m, rf, rp, [file, env]) => {
  const path = checkString('load', file).toString();
  const forms = readSourceFile('load', path);
  return loadFrom(m, rf, rp, forms, 0, environmentArg('load', env));
});

