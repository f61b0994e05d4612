// Getting a session for a command: boot the world asked for, else the base world, else (in a checkout
// where the base world was not built) load lib-lisp from source.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Value } from '../values/value.js';
import type { Session } from '../runtime/session.js';
import { sessionFromSource, hooks } from '../runtime/boot.js';
import { bootWorld } from '../world/world.js';
import { WorldFileError } from '../world/file.js';
import { reportError, exitProcess } from './driver.js';

export function baseWorldPath(root: string): string {
  return path.join(root, 'worlds', 'base.world');
}

export interface Started {
  session: Session;
  /** the procedure the world boots into, or false for the REPL */
  toplevel: Value;
}

export function startSession(root: string, world: string | undefined): Started {
  const file = world ?? baseWorldPath(root);
  if (world === undefined && !fs.existsSync(file)) {
    if (!process.env.LISP_QUIET_NO_BASE_WORLD) {
      reportError(`lisp: note: ${file} is missing (run npm install to build it); loading lib-lisp from source`);
    }
    return { session: sessionFromSource(path.join(root, 'lib-lisp')), toplevel: false };
  }
  try {
    return bootWorld(file, hooks);
  } catch (e) {
    if (e instanceof WorldFileError) {
      reportError(`lisp: ${e.message}`);
      return exitProcess(1);
    }
    throw e;
  }
}

/** Where (import (foo bar)) looks for foo/bar.sld: the -I directories, the program's, the current one. */
export function librarySearchPath(includeDirs: string[], file: string | undefined): string[] {
  const dirs = includeDirs.map((d) => path.resolve(d));
  if (file !== undefined) dirs.push(path.dirname(path.resolve(file)));
  dirs.push(process.cwd());
  return [...new Set(dirs)];
}
