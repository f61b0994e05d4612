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
import { resultLines, exitProcess, failure, reportError, type Outcome } from './driver.js';
import { startSession, librarySearchPath } from './startup.js';
import { readSourceText, readStandardInput, looksLikeWorld } from './source.js';
import '../world/world.js';

const root = ROOT;

// Repeatable options start out undefined (so --help shows no "(default: [])") and collect into a list.
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

interface MainOptions {
  eval?: string[];
  world?: string;
  includeDir?: string[];
  repl?: boolean;
}

function runMain(file: string | undefined, args: string[], opts: MainOptions): void {
  const evals = opts.eval ?? [];
  if (file !== undefined && file !== '-' && looksLikeWorld(file)) {
    reportError(`lisp: ${file} is a world file; boot it with: lisp --world ${file}`);
    exitProcess(1);
  }
  const { session, toplevel }: { session: Session; toplevel: unknown } = startSession(root, opts.world);
  session.libraries.searchPath = librarySearchPath(opts.includeDir ?? [], file === '-' ? undefined : file);
  if (toplevel !== false && evals.length === 0 && !opts.repl) {
    // a world made with --toplevel runs its procedure; (command-line) is the world and the arguments
    setCommandLine([opts.world as string, ...(file === undefined ? [] : [file]), ...args]);
    finish(applyToplevel(session, toplevel));
  }
  if (evals.length > 0) {
    setCommandLine(['lisp', ...(file === undefined ? [] : [file]), ...args]);
    let outcome;
    for (const expr of evals) {
      // every -e works in the same environment, so an import in one is seen by the next
      outcome = runText(session, expr, '<command line>', session.user, { program: false });
      if (outcome.kind !== 'value') finish(outcome);
    }
    if (outcome !== undefined && outcome.kind === 'value') for (const line of resultLines(outcome.value)) stdoutPort.write(line + '\n');
    if (file === undefined) finish({ kind: 'value', value: undefined });
  }
  if (file === '-') {
    // the program is standard input
    setCommandLine(['-', ...args]);
    finish(runText(session, readStandardInput(), '<stdin>', session.user));
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

const HELP_AFTER = `
With no FILE, lisp starts the REPL (or, with input piped in, evaluates the data
that arrive). FILE - reads the program from standard input.

A world made with --toplevel runs that procedure when booted, with
(command-line) the world's name and the arguments after it; --repl boots it
into the REPL instead.

Exit status: 0, or the status given to (exit n); 70 when an uncaught error ends
the program; 1 for a world file that cannot be booted; 66 for a program file
that cannot be read.`;

const program = new Command('lisp')
  .description('A Scheme (R7RS-small) whose running heap can be saved to a world file and booted again.')
  .version(VERSION, '-v, --version')
  .usage('[options] [file [args...]]')
  .option('-e, --eval <expr>', 'evaluate EXPR and print the value of the last one (repeatable)', collect)
  .option('-w, --world <file>', 'boot from this world file instead of the base world')
  .option('-I, --include-dir <dir>', 'look for libraries (foo bar) as foo/bar.sld in DIR too (repeatable)', collect)
  .option('--repl', 'start the REPL even when the world has a toplevel procedure')
  .argument('[file]', 'a program to run (- for standard input)')
  .argument('[args...]', 'arguments for the program, returned by (command-line)')
  .addHelpText('after', HELP_AFTER)
  .enablePositionalOptions()
  .passThroughOptions()
  .action((file: string | undefined, args: string[], opts: MainOptions) => runMain(file, args, opts));

program
  .command('save-world')
  .description('make a world: boot, load and evaluate what is given, then save the heap to FILE')
  .argument('<file>', 'the world file to write')
  .option('-l, --load <file>', 'load a source file into the world (repeatable, in order)', collect)
  .option('-e, --eval <expr>', 'evaluate an expression (repeatable, after the loads)', collect)
  .option('-t, --toplevel <proc>', 'the procedure the world runs when booted, instead of the REPL')
  .option('-w, --world <file>', 'start from this world instead of the base world')
  .option('-I, --include-dir <dir>', 'look for libraries in DIR too (repeatable)', collect)
  .action(async (file: string, opts: { load?: string[]; eval?: string[]; toplevel?: string; world?: string; includeDir?: string[] }) => {
    const { saveWorldCommand } = await import('./save-world.js');
    saveWorldCommand(root, file, opts);
  });

program
  .command('help')
  .description('show this help')
  .action(() => program.help());

program
  .command('build-base-world', { hidden: true })
  .description('build worlds/base.world from lib-lisp (run by npm install)')
  .action(async () => {
    const { buildBaseWorld } = await import('./save-world.js');
    buildBaseWorld(root);
  });

program.parse(process.argv);
