// Where this lisp is installed and which version it is: the folder holding its package.json, found by
// walking up from this module, which works both for the compiled tree (dist/runtime/) and for the
// single bundled file (dist/lisp.mjs).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'lisp') return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error('lisp: cannot find the installation (no package.json of lisp above the program)');
    dir = up;
  }
}

export const ROOT = findRoot();
export const VERSION: string = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
