// The benchmark report: `./build.sh bench` builds everything, then runs this. Each section
// (parse first; more to come) measures something on the same synthetic bundles, made
// deterministically by bench/generate.mjs into bench/data/ (git-ignored, reused when present),
// and returns a Markdown table plus the raw figures. Everything is printed and written to
// bench/results/<section>.{md,json}. Ratios matter more than absolute times on a shared machine.
//
//   node bench/run.mjs [--sizes 10k,100k] [--runs 5] [--seed 1] [--only parse]
//                      [--native-dir build/native] [--web-dir build/web]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { parseSection } from './sections/parse.mjs';
import { searchSection } from './sections/search.mjs';
import { framesSection } from './sections/frames.mjs';
import { archiveSection } from './sections/archive.mjs';
import { sizeSection } from './sections/size.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, '..');

// Sections in report order: name -> async (ctx) => ({ markdown, json }).
const SECTIONS = [['size', sizeSection], ['parse', parseSection], ['search', searchSection],
  ['frames', framesSection], ['archive', archiveSection]];

function parseArgs(argv) {
  const args = {
    sizes: ['10k', '100k'], runs: 5, seed: 1, only: null,
    nativeDir: join(ROOT, 'build/native'), webDir: join(ROOT, 'build/web'),
  };
  for (let i = 0; i < argv.length; i++) {
    const [key, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (key === '--sizes' || key === '--size') args.sizes = value().split(',');
    else if (key === '--runs') args.runs = Math.max(1, Number(value()));
    else if (key === '--seed') args.seed = Number(value());
    else if (key === '--only') args.only = value().split(',');
    else if (key === '--native-dir') args.nativeDir = resolve(value());
    else if (key === '--web-dir') args.webDir = resolve(value());
    else if (key === '--help' || key === '-h') {
      console.log('usage: node bench/run.mjs [--sizes 10k,100k] [--runs N] [--seed S] ' +
        '[--only parse] [--native-dir DIR] [--web-dir DIR]');
      process.exit(0);
    } else throw new Error(`unknown argument ${argv[i]} (try --help)`);
  }
  return args;
}

function briefCount(size) {
  const m = /^(\d+)([km]?)$/i.exec(size);
  if (!m) throw new Error(`a size is a number with an optional k or m, not '${size}'`);
  return Number(m[1]) * { '': 1, k: 1000, m: 1000000 }[m[2].toLowerCase()];
}

function makeContext(args) {
  const dataDir = join(BENCH, 'data');
  return {
    ...args,
    results: {},  // section name -> its JSON, once run
    root: ROOT,
    bench: BENCH,
    log: (message) => process.stderr.write(`  ${message}\n`),
    // The synthetic bundle for `size`, generated once per size and seed.
    dataset(size) {
      const file = join(dataDir, `briefs-${size}-seed${args.seed}.json`);
      if (!existsSync(file) || statSync(file).size === 0) {
        this.log(`generating ${file}`);
        mkdirSync(dataDir, { recursive: true });
        execFileSync(process.execPath, [join(BENCH, 'generate.mjs'), '--briefs',
          String(briefCount(size)), '--seed', String(args.seed), '--out', file], { stdio: 'inherit' });
      }
      return file;
    },
    // Runs a program that prints one JSON object on its last line; returns that object.
    runJson(command, commandArgs) {
      const r = spawnSync(command, commandArgs, { encoding: 'utf8', maxBuffer: 1 << 26,
        timeout: 20 * 60 * 1000 });
      const lines = (r.stdout || '').trim().split('\n');
      if (r.error || r.status !== 0) {
        const output = `${r.stderr}${r.stdout}`;
        throw new Error(`${command} ${commandArgs.join(' ')} failed (${r.error || `status ${r.status}`}):\n` +
          (output.length > 2000 ? `…${output.slice(-2000)}` : output));
      }
      return JSON.parse(lines[lines.length - 1]);
    },
  };
}

function machine() {
  const cpu = cpus();
  return { node: process.version, cpu: cpu[0]?.model ?? 'unknown', cores: cpu.length,
    date: new Date().toISOString() };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const ctx = makeContext(args);
  const info = machine();
  const resultsDir = join(BENCH, 'results');
  mkdirSync(resultsDir, { recursive: true });
  console.log(`# Brief Reader benchmarks\n\n${info.cpu}, ${info.cores} cores, node ${info.node}, ` +
    `${info.date}\n`);
  for (const [name, run] of SECTIONS) {
    if (args.only && !args.only.includes(name)) continue;
    process.stderr.write(`bench: ${name}\n`);
    const { markdown, json } = await run(ctx);
    ctx.results[name] = json;  // later sections may set their figures beside earlier ones
    console.log(markdown);
    writeFileSync(join(resultsDir, `${name}.md`), `${markdown}\n`);
    writeFileSync(join(resultsDir, `${name}.json`), `${JSON.stringify({ machine: info, ...json }, null, 2)}\n`);
  }
}

main().catch((error) => {
  console.error(`bench: ${error.message}`);
  process.exit(1);
});
