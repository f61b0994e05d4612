// npm run bench: the benchmark programs in programs/, then world save and boot, then start-up.
// Each program defines (run) and `expected`; (run) is timed several times in one process after a
// warm-up run, and the median is reported. Needs a build (npm run build).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const dist = (p) => path.join(root, 'dist', p);

const { sessionFromSource } = await import(dist('runtime/boot.js'));
const { saveWorld, bootWorld } = await import(dist('world/world.js'));
const { hooks } = await import(dist('runtime/boot.js'));
const { readAll } = await import(dist('reader/reader.js'));
const { writeString } = await import(dist('values/printer.js'));
const { equal } = await import(dist('values/equality.js'));
const { intern } = await import(dist('values/symbol.js'));

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const only = process.argv.slice(2);

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function timeIt(f, runs = RUNS) {
  const times = [];
  let value;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    value = f();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), value };
}

const REFERENCE = { fib: 1400, tak: 1450 }; // Chibi on this machine, from the issue

console.log(`lisp benchmarks: median of ${RUNS} runs after one warm-up, in ms`);
const session = sessionFromSource(path.join(root, 'lib-lisp'));
for (const file of fs.readdirSync(path.join(here, 'programs')).sort()) {
  const name = file.replace(/\.scm$/, '');
  if (only.length > 0 && !only.includes(name)) continue;
  const env = new (session.user.constructor)(`bench-${name}`);
  for (const [k, v] of session.user.table) env.importBinding(k, v);
  for (const form of readAll(fs.readFileSync(path.join(here, 'programs', file), 'utf8'), file)) session.evalTopLevel(form, env);
  const run = () => session.evalTopLevel(readAll('(run)')[0], env);
  run();
  const { ms, value } = timeIt(run);
  const expected = env.table.get(intern('expected')).value;
  const ok = equal(value, expected) ? '' : `  WRONG: got ${writeString(value)}, expected ${writeString(expected)}`;
  const ref = REFERENCE[name] ? `   (Chibi ${REFERENCE[name]} ms: ratio ${(ms / REFERENCE[name]).toFixed(2)})` : '';
  console.log(`${name.padEnd(12)} ${ms.toFixed(0).padStart(7)}${ref}${ok}`);
}

if (only.length === 0 || only.includes('worlds')) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lisp-bench-'));
  const base = path.join(root, 'worlds', 'base.world');
  const saveBase = timeIt(() => saveWorld(session, path.join(tmp, 'base.world')));
  const bootBase = timeIt(() => bootWorld(base, hooks));
  const fromSource = timeIt(() => sessionFromSource(path.join(root, 'lib-lisp')));
  const big = sessionFromSource(path.join(root, 'lib-lisp'));
  big.evalTopLevel(readAll("(define big-list (let loop ((i 0) (acc '())) (if (= i 1000000) acc (loop (+ i 1) (cons i acc)))))")[0], big.user);
  const bigFile = path.join(tmp, 'big.world');
  const saveBig = timeIt(() => saveWorld(big, bigFile), 3);
  const bootBig = timeIt(() => bootWorld(bigFile, hooks), 3);
  console.log(`save base world        ${saveBase.ms.toFixed(0).padStart(7)}   (${fs.statSync(path.join(tmp, 'base.world')).size} bytes)`);
  console.log(`boot base world        ${bootBase.ms.toFixed(0).padStart(7)}`);
  console.log(`load lib-lisp (source) ${fromSource.ms.toFixed(0).padStart(7)}   (boot is ${(fromSource.ms / bootBase.ms).toFixed(1)}x faster)`);
  console.log(`save 10^6-list world   ${saveBig.ms.toFixed(0).padStart(7)}   (${fs.statSync(bigFile).size} bytes)`);
  console.log(`boot 10^6-list world   ${bootBig.ms.toFixed(0).padStart(7)}`);
  fs.rmSync(tmp, { recursive: true, force: true });
}

if (only.length === 0 || only.includes('startup')) {
  const spawnTime = (cmd, args) =>
    timeIt(() => {
      const r = spawnSync(cmd, args, { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
    }, 7).ms;
  const nodeMs = spawnTime(process.execPath, ['-e', '0']);
  const lispMs = spawnTime(path.join(root, 'bin', 'lisp'), ['-e', '0']);
  console.log(`start-up: node -e 0    ${nodeMs.toFixed(0).padStart(7)}`);
  console.log(`start-up: lisp -e 0    ${lispMs.toFixed(0).padStart(7)}   (${(lispMs - nodeMs).toFixed(0)} ms over node)`);
}
