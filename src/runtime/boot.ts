// Making a session: from the sources (the built-ins, then lib-lisp loaded into the core environment
// file by file, in name order), or from a world file.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Value } from '../values/value.js';
import type { SrcPos } from '../values/error.js';
import { Reader } from '../reader/reader.js';
import { EOF } from '../values/singletons.js';
import { builtinTable } from '../builtins/registry.js';
import { readSourceFile } from '../builtins/eval.js';
import { fileError } from '../builtins/file-ports.js';
import { FEATURES } from '../builtins/system.js';
import '../builtins/all.js';
import { Session, freshEnvironments, importAll, setCurrentSession, type SessionHooks } from './session.js';

export const hooks: SessionHooks = {
  readInclude(file: string, from: SrcPos | null, foldCase: boolean): Value[] {
    const base = from !== null && from.file.startsWith('/') ? path.dirname(from.file) : process.cwd();
    const full = path.resolve(base, file);
    let text: string;
    try {
      text = fs.readFileSync(full, 'utf8');
    } catch (e) {
      throw fileError('include', full, e);
    }
    return readAllFrom(new Reader(text, full, { foldCase }));
  },
  features: () => FEATURES,
};

/** The lib-lisp source files, in the order they load. */
export function libraryFiles(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.scm'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** A session built from scratch: built-ins, then lib-lisp evaluated in the core environment. */
export function sessionFromSource(libDir: string): Session {
  const { core, user, libraries } = freshEnvironments(builtinTable());
  const session = new Session(core, user, libraries, hooks);
  setCurrentSession(session);
  for (const file of libraryFiles(libDir)) {
    for (const form of readSourceFile('load', file)) session.evalTopLevel(form, core);
  }
  importAll(core, user);
  libraries.defineBuiltinLibraries(core);
  return session;
}

function readAllFrom(reader: Reader): Value[] {
  const out: Value[] = [];
  for (let d = reader.read(); d !== EOF; d = reader.read()) out.push(d);
  return out;
}
