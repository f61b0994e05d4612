// The interactive REPL. Lines are edited with node:readline (history, completion of the names defined
// in the environment, Ctrl-C to clear a line); input continues on the next line until it is a complete
// datum. Evaluation runs in slices of the machine between which the event loop turns, so Ctrl-C can
// interrupt a long computation and return to the prompt with every definition intact.
import * as readline from 'node:readline';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Value } from '../values/value.js';
import { EOF } from '../values/singletons.js';
import { Reader, IncompleteInput } from '../reader/reader.js';
import type { Environment } from '../expander/environment.js';
import type { Session } from '../runtime/session.js';
import { stdoutPort, stdinPort, setBeforeBlockingRead, flushStandardPorts } from '../builtins/stdio.js';
import { readDatum } from '../builtins/ports.js';
import { compileForm, failure, reportError, resultLines, exitProcess, type Outcome } from '../cli/driver.js';

const HISTORY_FILE = path.join(os.homedir(), '.lisp_history');
const SLICE_MS = 50;

/** Runs a compiled form in slices, letting signals in between; resolves with its outcome. */
function runSliced(session: Session, form: Value, env: Environment): Promise<Outcome> {
  const compiled = compileForm(session, form, env);
  if (!('code' in compiled)) return Promise.resolve(compiled);
  const m = session.machine;
  m.start(compiled, []);
  return new Promise((resolve) => {
    const step = () => {
      try {
        const r = m.run(performance.now() + SLICE_MS);
        if (r.done) resolve({ kind: 'value', value: r.value });
        else setImmediate(step);
      } catch (e) {
        resolve(failure(e));
      }
    };
    step();
  });
}

/** How the REPL marks up its messages: plain text, or colours on a terminal (set from chalk). */
let paint = { error: (s: string) => s, note: (s: string) => s };

function printOutcome(outcome: Outcome): void {
  switch (outcome.kind) {
    case 'value': {
      const lines = resultLines(outcome.value);
      if (lines.length > 0 && stdoutPort.column !== 0) stdoutPort.write('\n');
      for (const line of lines) stdoutPort.write(line + '\n');
      flushStandardPorts();
      return;
    }
    case 'error': {
      if (stdoutPort.column !== 0) stdoutPort.write('\n');
      const [first, ...rest] = outcome.report.split('\n');
      reportError([paint.error(first), ...rest.map(paint.note)].join('\n'));
      return;
    }
    case 'interrupted':
      // the terminal echoed ^C; the message goes on a line of its own
      reportError('\n' + paint.note('interrupted'));
      return;
    case 'exit':
      exitProcess(outcome.code);
  }
}

export async function startInteractiveRepl(session: Session, env: Environment, banner: string): Promise<void> {
  const chalk = (await import('chalk')).default;
  if (chalk.level > 0) paint = { error: (s) => chalk.red(s), note: (s) => chalk.dim(s) };
  let history: string[] = [];
  try {
    history = fs.readFileSync(HISTORY_FILE, 'utf8').split('\n').filter((l) => l.length > 0).reverse().slice(0, 1000);
  } catch {
    // no history yet
  }
  const rl = readline.createInterface({
    input: process.stdin,
    output: process.stdout,
    terminal: true,
    history,
    historySize: 1000,
    removeHistoryDuplicates: true,
    completer: (line: string) => complete(env, line),
  });
  rl.on('history', (h: string[]) => {
    try {
      fs.writeFileSync(HISTORY_FILE, [...h].reverse().join('\n') + '\n');
    } catch {
      // an unwritable home directory only costs the history
    }
  });
  stdoutPort.write(banner + '\n');
  flushStandardPorts();

  let buffer = '';
  let linesInBuffer = 0;
  let busy = false;
  // While a program runs, the terminal is in cooked mode: Ctrl-C is a real SIGINT, and a program
  // reading standard input gets the terminal's own line editing.
  process.on('SIGINT', () => {
    if (busy) session.machine.interruptRequested = true;
  });
  setBeforeBlockingRead(() => {
    if (process.stdin.isTTY) process.stdin.setRawMode(false);
  });

  const prompt = () => {
    // output that did not end its line would be overwritten by the prompt
    if (stdoutPort.column !== 0) stdoutPort.write('\n');
    flushStandardPorts();
    rl.setPrompt(buffer.length === 0 ? '> ' : '... ');
    rl.prompt();
  };

  rl.on('SIGINT', () => {
    // Ctrl-C at the prompt drops the partial input
    buffer = '';
    linesInBuffer = 0;
    stdoutPort.write('\n');
    flushStandardPorts();
    prompt();
  });
  rl.on('close', () => {
    stdoutPort.write('\n');
    exitProcess(0);
  });

  // Lines are queued and taken one at a time, so that pasted input, or lines typed while a
  // computation runs, are all evaluated in order.
  const queue: string[] = [];
  let inputs = 0;
  const take = async () => {
    if (busy) return;
    busy = true;
    while (queue.length > 0) {
      buffer += (queue.shift() as string) + '\n';
      linesInBuffer++;
      const { forms, error } = readForms(buffer, `<repl-${inputs + 1}>`);
      if (error instanceof IncompleteInput) {
        if (queue.length === 0) prompt();
        continue;
      }
      // an input typed over several lines comes back from history as one
      const history = (rl as unknown as { history?: string[] }).history;
      if (linesInBuffer > 1 && history !== undefined && history.length >= linesInBuffer) {
        history.splice(0, linesInBuffer, buffer.trim().split('\n').map((l) => l.trim()).join(' '));
      }
      buffer = '';
      linesInBuffer = 0;
      inputs++;
      rl.pause();
      if (process.stdin.isTTY) process.stdin.setRawMode(false);
      // the data before a syntax error still run; the error is reported after them
      for (const form of forms) {
        const outcome = await runSliced(session, form, env);
        printOutcome(outcome);
        if (outcome.kind === 'interrupted') {
          queue.length = 0;
          break;
        }
      }
      if (error !== null) printOutcome(failure(error));
      if (process.stdin.isTTY) process.stdin.setRawMode(true);
      rl.resume();
      if (queue.length === 0) prompt();
    }
    busy = false;
  };
  rl.on('line', (line: string) => {
    queue.push(line);
    void take();
  });
  prompt();
}

/** The data in a REPL input, and the error that stopped reading it, if any. */
function readForms(text: string, name: string): { forms: Value[]; error: unknown } {
  const forms: Value[] = [];
  const reader = new Reader(text, name);
  try {
    for (let d = reader.read(); d !== EOF; d = reader.read()) forms.push(d);
    return { forms, error: null };
  } catch (e) {
    return { forms: e instanceof IncompleteInput ? [] : forms, error: e };
  }
}

/** Completion: the names bound in the environment that start with the identifier being typed. */
function complete(env: Environment, line: string): [string[], string] {
  const m = /[^\s()'`,"]*$/.exec(line);
  const word = m === null ? '' : m[0];
  const names: string[] = [];
  for (const sym of env.table.keys()) if (sym.name.startsWith(word)) names.push(sym.name);
  names.sort();
  return [names, word];
}

/**
 * The REPL without a terminal (input piped in): no prompts, each datum read from standard input and
 * evaluated, results written. Returns whether every form succeeded.
 */
export function runPipedRepl(session: Session, env: Environment): boolean {
  let ok = true;
  for (;;) {
    let form: Value;
    try {
      form = readDatum(stdinPort);
    } catch (e) {
      printOutcome(failure(e));
      ok = false;
      if (e instanceof IncompleteInput) break;
      continue;
    }
    if (form === EOF) break;
    const compiled = compileForm(session, form, env);
    let outcome: Outcome;
    if (!('code' in compiled)) outcome = compiled;
    else {
      try {
        outcome = { kind: 'value', value: session.machine.apply(compiled, []) };
      } catch (e) {
        outcome = failure(e);
      }
    }
    if (outcome.kind === 'error') ok = false;
    printOutcome(outcome);
  }
  flushStandardPorts();
  return ok;
}
