// The `lisp` command. Without a file it starts the REPL (or, with input piped in, evaluates what
// arrives); with a file it runs that program; -e evaluates expressions and prints the last value.
// `lisp save-world` makes a world, and `lisp build-base-world` makes worlds/base.world at install.
import * as path from 'node:path';
import { ROOT, VERSION } from '../runtime/installation.js';
import { Command } from 'commander';
import { setCommandLine } from '../builtins/system.js';
import { stdoutPort } from '../builtins/stdio.js';
import type { Session } from '../runtime/session.js';
import { runText, finish } from './script.js';
import { resultLines, exitProcess, failure, type Outcome } from './driver.js';
import { startSession } from './startup.js';
import { readSourceText } from './source.js';
import '../world/world.js';

const root = ROOT;

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Where (import (foo bar)) looks for foo/bar.sld: the -I directories, the program's, the current one. */
function librarySearchPath(includeDirs: string[], file: string | undefined): string[] {
  const dirs = includeDirs.map((d) => path.resolve(d));
  if (file !== undefined) dirs.push(path.dirname(path.resolve(file)));
  dirs.push(process.cwd());
  return [...new Set(dirs)];
}

function runMain(file: string | undefined, args: string[], opts: { eval: string[]; world?: string; includeDir: string[] }): void {
  const { session, toplevel }: { session: Session; toplevel: unknown } = startSession(root, opts.world);
  session.libraries.searchPath = librarySearchPath(opts.includeDir, file);
  if (toplevel !== false && opts.eval.length === 0) {
    // a world made with --toplevel runs its procedure; (command-line) is the world and the arguments
    setCommandLine([opts.world as string, ...(file === undefined ? [] : [file]), ...args]);
    finish(applyToplevel(session, toplevel));
  }
  if (opts.eval.length > 0) {
    setCommandLine(['lisp', ...(file === undefined ? [] : [file]), ...args]);
    let outcome;
    for (const expr of opts.eval) {
      outcome = runText(session, expr, '<command line>', session.user);
      if (outcome.kind !== 'value') finish(outcome);
    }
    if (outcome !== undefined && outcome.kind === 'value') for (const line of resultLines(outcome.value)) stdoutPort.write(line + '\n');
    if (file === undefined) finish({ kind: 'value', value: undefined });
  }
  if (file !== undefined) {
    setCommandLine([file, ...args]);
    finish(runText(session, readSourceText(file), path.resolve(file), session.user));
  }
  setCommandLine(['lisp', ...args]);
  if (process.stdin.isTTY) {
    import('../repl/repl.js').then(({ startInteractiveRepl }) =>
      startInteractiveRepl(session, session.user, `lisp ${VERSION}, an R7RS Scheme. Ctrl-D or (exit) leaves.`),
    );
  } else {
    import('../repl/repl.js').then(({ runPipedRepl }) => exitProcess(runPipedRepl(session, session.user) ? 0 : 70));
  }
}

function applyToplevel(session: Session, toplevel: unknown): Outcome {
  try {
    session.machine.apply(toplevel as never, []);
    return { kind: 'value', value: undefined };
  } catch (e) {
    return failure(e);
  }
}

const program = new Command('lisp')
  .description('A Scheme (R7RS-small) whose running heap can be saved to a world file and booted again.')
  .version(VERSION, '-v, --version')
  .usage('[options] [file [args...]]')
  .option('-e, --eval <expr>', 'evaluate EXPR and print the value of the last one (repeatable)', collect, [])
  .option('-w, --world <file>', 'boot from this world file instead of the base world')
  .option('-I, --include-dir <dir>', 'look for libraries (foo bar) as foo/bar.sld in DIR too (repeatable)', collect, [])
  .argument('[file]', 'a program to run')
  .argument('[args...]', 'arguments for the program, returned by (command-line)')
  .enablePositionalOptions()
  .passThroughOptions()
  .action((file: string | undefined, args: string[], opts: { eval: string[]; world?: string; includeDir: string[] }) => runMain(file, args, opts));

program
  .command('save-world')
  .description('make a world: boot, load and evaluate what is given, then save the heap to FILE')
  .argument('<file>', 'the world file to write')
  .option('-l, --load <file>', 'load a source file into the world (repeatable, in order)', collect, [])
  .option('-e, --eval <expr>', 'evaluate an expression (repeatable, after the loads)', collect, [])
  .option('-t, --toplevel <proc>', 'the procedure the world runs when booted, instead of the REPL')
  .option('-w, --world <file>', 'start from this world instead of the base world')
  .action(async (file: string, opts: { load: string[]; eval: string[]; toplevel?: string; world?: string }) => {
    const { saveWorldCommand } = await import('./save-world.js');
    saveWorldCommand(root, file, opts);
  });

program
  .command('build-base-world', { hidden: true })
  .description('build worlds/base.world from lib-lisp (run by npm install)')
  .action(async () => {
    const { buildBaseWorld } = await import('./save-world.js');
    buildBaseWorld(root);
  });

program.parse(process.argv);
