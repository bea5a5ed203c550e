// The parse section: bytes in memory -> loaded bundle, for the reader's parser natively and as
// wasm under node (the same brief-bench-parse source), beside node's JSON.parse on the same
// file. Each runs in its own process so its peak memory (maximum resident set size, which for
// wasm includes node itself) is its own. Throughput is file bytes / parse time (MB = 10^6 B).
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const MB = 1e6;

function engines(ctx) {
  const native = join(ctx.nativeDir, 'brief-bench-parse');
  const wasm = join(ctx.webDir, 'brief-bench-parse.js');
  for (const [what, path] of [['native', native], ['wasm', wasm]]) {
    if (!existsSync(path)) throw new Error(`the ${what} parse benchmark is missing: ${path} (build it first)`);
  }
  return [
    { name: 'native (C++, simdjson)', run: (file) => ctx.runJson(native, [file, '--runs', String(ctx.runs)]) },
    { name: 'wasm under node', run: (file) => ctx.runJson(process.execPath, [wasm, file, '--runs', String(ctx.runs)]) },
    { name: 'node JSON.parse', peer: true,
      run: (file) => ctx.runJson(process.execPath, ['--expose-gc', join(ctx.bench, 'json_parse.mjs'), file, '--runs', String(ctx.runs)]) },
  ];
}

const rate = (bytes, ms) => bytes / MB / (ms / 1000);
const fixed = (x, digits = 0) => x.toFixed(digits);

export async function parseSection(ctx) {
  const rows = [];
  const results = [];
  for (const size of ctx.sizes) {
    const file = ctx.dataset(size);
    const measured = engines(ctx).map((engine) => {
      ctx.log(`parse ${size}: ${engine.name}`);
      return { engine, r: engine.run(file) };
    });
    const peer = measured.find((m) => m.engine.peer).r;
    const peerCold = rate(peer.bytes, peer.cold_ms);
    const peerWarm = rate(peer.bytes, peer.warm_ms.median);
    for (const { engine, r } of measured) {
      if (!r.ok || r.briefs !== peer.briefs) {
        throw new Error(`${engine.name} read ${r.briefs} briefs of ${size} (JSON.parse: ${peer.briefs})`);
      }
      const cold = rate(r.bytes, r.cold_ms);
      const warm = rate(r.bytes, r.warm_ms.median);
      rows.push(`| ${size} (${fixed(r.bytes / MB, 1)} MB) | ${engine.name} | ${fixed(r.cold_ms)} | ` +
        `${fixed(r.warm_ms.min)} / ${fixed(r.warm_ms.median)} / ${fixed(r.warm_ms.max)} | ` +
        `${fixed(cold)} | ${fixed(warm)} | ${fixed(cold / peerCold, 2)}× | ${fixed(warm / peerWarm, 2)}× | ` +
        `${fixed(r.peak_rss_bytes / 2 ** 20)} MiB | ${fixed(r.peak_rss_bytes / r.bytes, 1)}× | ` +
        `${fixed((r.peak_rss_bytes - r.start_rss_bytes) / r.bytes, 1)}× |`);
      results.push({ size, engine: engine.name, ...r, cold_mb_s: cold, warm_median_mb_s: warm,
        cold_vs_json_parse: cold / peerCold, warm_vs_json_parse: warm / peerWarm });
    }
  }
  const markdown = [
    '## Parse: bytes in memory → loaded bundle',
    '',
    `Synthetic bundles from bench/generate.mjs (seed ${ctx.seed}); each engine in its own process; ` +
      `1 cold run, then ${ctx.runs} warm runs (min / median / max). The reader's cold run comes ` +
      'after the warm-up the page does once after its first frame (br::warm_up_parser: a ' +
      '0.5 MB generated bundle, ~20 ms in wasm), so V8 runs optimized code for the wasm, not its ' +
      'baseline code. ' +
      '"÷ JSON.parse" is throughput relative to node\'s JSON.parse on the same file (> 1 is faster). ' +
      'Peak RSS is the process\'s maximum resident set (node\'s own ~40 MiB included for wasm and ' +
      'JSON.parse); "growth" leaves out what the process used before reading the file. JSON.parse ' +
      'also needs the bytes decoded to a string first, which is not counted here.',
    '',
    '| bundle | engine | cold ms | warm ms | cold MB/s | warm MB/s | ÷ JSON.parse cold | ÷ JSON.parse warm | peak RSS | peak ÷ file | growth ÷ file |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
  return { markdown, json: { section: 'parse', runs: ctx.runs, seed: ctx.seed, results } };
}
