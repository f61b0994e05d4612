// save-world and booting a world: what the roots are, and the session a booted world runs in.
import { createHash } from 'node:crypto';
import { VERSION } from '../runtime/installation.js';
import type { Value } from '../values/value.js';
import { gensymCount, setGensymCount } from '../values/symbol.js';
import { makeError } from '../values/error.js';
import { Environment } from '../expander/environment.js';
import { allSpecialForms } from '../expander/expand.js';
import { builtinTable } from '../builtins/registry.js';
import { Session, setCurrentSession, currentSession, type SessionHooks } from '../runtime/session.js';
import { LibraryRegistry, Library } from '../runtime/libraries.js';
import { UNSPECIFIED } from '../values/singletons.js';
import { Procedure } from '../values/procedure.js';
import { typeError } from '../values/error.js';
import { primitive } from '../builtins/registry.js';
import { checkString } from '../builtins/check.js';
import { FLAG_HAS_TOPLEVEL, FORMAT_VERSION } from './format.js';
import { KINDS, Unsaveable, WorldMismatch } from './kinds.js';
import { flattenHeap } from './dump.js';
import { rebuildHeap, WorldDamaged } from './boot.js';
import { readWorldFile, writeWorldFile, WorldFileError } from './file.js';

export const RUNTIME_VERSION = VERSION;

let fingerprintCache: Buffer | null = null;

/** A hash of what a world's contents depend on: the object kinds and every built-in name. */
export function runtimeFingerprint(): Buffer {
  if (fingerprintCache === null) {
    const h = createHash('sha256');
    h.update(`format ${FORMAT_VERSION}\n`);
    for (const k of KINDS) h.update(`kind ${k.name}\n`);
    for (const name of [...builtinTable().keys()].sort()) h.update(`builtin ${name}\n`);
    for (const name of [...allSpecialForms().keys()].sort()) h.update(`syntax ${name}\n`);
    fingerprintCache = h.digest().subarray(0, 8);
  }
  return fingerprintCache;
}

/** The root vector: [core environment, user environment, toplevel procedure or #f, gensym counter, libraries]. */
function roots(session: Session, toplevel: Value): Value[] {
  return [session.core, session.user, toplevel, gensymCount(), [...session.libraries.libraries.values()]];
}

/** Saves the session's heap to file; returns the number of bytes written. */
export function saveWorld(session: Session, file: string, toplevel: Value = false): number {
  let body;
  try {
    body = flattenHeap(roots(session, toplevel));
  } catch (e) {
    if (e instanceof Unsaveable) throw makeError('error', `save-world: cannot save ${e.message}`, []);
    throw e;
  }
  try {
    return writeWorldFile(file, body, toplevel === false ? 0 : FLAG_HAS_TOPLEVEL, RUNTIME_VERSION, runtimeFingerprint());
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOSPC' ? 'the disk is full' : code === 'EACCES' ? 'permission denied' : code === 'ENOENT' ? 'no such directory' : (e as Error).message;
    throw makeError('file', `save-world: cannot write ${file}: ${why}`, []);
  }
}

export interface BootedWorld {
  session: Session;
  toplevel: Value;
}

/** Boots a world file; a bad file throws WorldFileError with the one line to show. */
export function bootWorld(file: string, hooks: SessionHooks): BootedWorld {
  const { body } = readWorldFile(file, RUNTIME_VERSION, runtimeFingerprint());
  let r: Value;
  try {
    r = rebuildHeap(body);
  } catch (e) {
    if (e instanceof WorldDamaged) throw new WorldFileError(`${file}: the world is damaged (${e.message})`);
    if (e instanceof WorldMismatch) throw new WorldFileError(`${file}: ${e.message}`);
    throw new WorldFileError(`${file}: the world is damaged (${(e as Error).message})`);
  }
  if (!Array.isArray(r) || !(r[0] instanceof Environment) || !(r[1] instanceof Environment) || !Array.isArray(r[4])) {
    throw new WorldFileError(`${file}: the world is damaged (its roots are missing)`);
  }
  setGensymCount(r[3] as number);
  const libraries = new LibraryRegistry();
  for (const lib of r[4] as Library[]) libraries.register(lib);
  const session = new Session(r[0], r[1], libraries, hooks);
  setCurrentSession(session);
  return { session, toplevel: r[2] };
}

/** (save-world file [toplevel]): the world boots into toplevel, a procedure, or else the REPL. */
primitive('save-world', 1, 2, (file, toplevel) => {
  const name = checkString('save-world', file).toString();
  if (toplevel !== undefined && toplevel !== false && !(toplevel instanceof Procedure)) throw typeError('save-world', 'a procedure to boot into', toplevel);
  saveWorld(currentSession(), name, toplevel ?? false);
  return UNSPECIFIED;
});
