// Getting a session for a command: boot the world asked for, else the base world, else (in a checkout
// where the base world was not built) load lib-lisp from source.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Session } from '../runtime/session.js';
import { sessionFromSource } from '../runtime/boot.js';
import { setCurrentSession } from '../runtime/session.js';
import { reportError, exitProcess } from './driver.js';

export function baseWorldPath(root: string): string {
  return path.join(root, 'worlds', 'base.world');
}

export function startSession(root: string, world: string | undefined): Session {
  const file = world ?? baseWorldPath(root);
  if (world !== undefined || fs.existsSync(file)) {
    // world boot comes with the world/ stage
    void file;
  }
  if (world !== undefined) {
    reportError(`lisp: ${world}: worlds are not supported yet`);
    return exitProcess(1);
  }
  const s = sessionFromSource(path.join(root, 'lib-lisp'));
  setCurrentSession(s);
  return s;
}
