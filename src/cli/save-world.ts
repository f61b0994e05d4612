// lisp save-world and lisp build-base-world.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { intern } from '../values/symbol.js';
import { Procedure } from '../values/procedure.js';
import { sessionFromSource } from '../runtime/boot.js';
import { saveWorld } from '../world/world.js';
import { startSession, baseWorldPath, librarySearchPath } from './startup.js';
import { runText, finish } from './script.js';
import { reportError, exitProcess, failure, type Outcome } from './driver.js';
import { readSourceText } from './source.js';

export interface SaveWorldOptions {
  load?: string[];
  eval?: string[];
  toplevel?: string;
  world?: string;
  includeDir?: string[];
}

/** A program that ends the process (exit) while a world is being made leaves no world: say so. */
function stopUnlessRan(outcome: Outcome, file: string): void {
  if (outcome.kind === 'value') return;
  if (outcome.kind === 'exit') {
    reportError(`lisp save-world: the program called exit, so ${file} was not written`);
    exitProcess(1);
  }
  finish(outcome);
}

export function saveWorldCommand(root: string, file: string, opts: SaveWorldOptions): void {
  const { session } = startSession(root, opts.world);
  session.libraries.searchPath = librarySearchPath(opts.includeDir ?? [], opts.load?.[0]);
  for (const f of opts.load ?? []) stopUnlessRan(runText(session, readSourceText(f), path.resolve(f), session.user, { program: false }), file);
  for (const expr of opts.eval ?? []) stopUnlessRan(runText(session, expr, '<command line>', session.user, { program: false }), file);
  let toplevel: unknown = false;
  if (opts.toplevel !== undefined) {
    const cell = session.user.table.get(intern(opts.toplevel));
    const proc = cell !== undefined && 'value' in cell ? cell.value : undefined;
    if (!(proc instanceof Procedure)) {
      reportError(`lisp save-world: --toplevel ${opts.toplevel}: no procedure of that name is defined`);
      exitProcess(1);
    }
    toplevel = proc;
  }
  try {
    saveWorld(session, file, toplevel as never);
  } catch (e) {
    finish(failure(e));
  }
  exitProcess(0);
}

/** Builds worlds/base.world from lib-lisp: what npm install runs after compiling the TypeScript. */
export function buildBaseWorld(root: string): void {
  const t0 = performance.now();
  const session = sessionFromSource(path.join(root, 'lib-lisp'));
  const file = baseWorldPath(root);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const bytes = saveWorld(session, file);
  process.stderr.write(`built ${path.relative(process.cwd(), file) || file}: ${bytes} bytes in ${Math.round(performance.now() - t0)} ms\n`);
  exitProcess(0);
}
