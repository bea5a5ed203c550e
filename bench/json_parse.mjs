// node --expose-gc bench/json_parse.mjs FILE [--runs N]: the peer the reader is measured
// against, node's own JSON.parse on the same bytes. Prints one JSON object shaped like
// brief-bench-parse's: the file read and UTF-8 decode are timed apart from the parse (JSON.parse
// needs a string, the reader parses the bytes), then one cold parse and N warm ones.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const file = process.argv[2];
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt > 0 ? Math.max(1, Number(process.argv[runsAt + 1])) : 5;
if (!file) {
  console.error('usage: node --expose-gc bench/json_parse.mjs FILE [--runs N]');
  process.exit(2);
}
const startRss = process.resourceUsage().maxRSS * 1024;
let t = performance.now();
const bytes = readFileSync(file);
const readMs = performance.now() - t;
t = performance.now();
const text = bytes.toString('utf8');
const decodeMs = performance.now() - t;

const times = [];
let briefs = 0;
for (let run = 0; run <= runs; run++) {
  globalThis.gc?.();  // each run starts without the previous one's objects
  t = performance.now();
  const value = JSON.parse(text);
  times.push(performance.now() - t);
  briefs = value.briefs.length;
}
const warm = times.slice(1).sort((a, b) => a - b);
const median = warm.length % 2 ? warm[(warm.length - 1) / 2]
  : (warm[warm.length / 2 - 1] + warm[warm.length / 2]) / 2;
console.log(JSON.stringify({
  tool: 'json_parse.mjs', platform: 'node JSON.parse', file, bytes: bytes.length, ok: true, briefs,
  read_ms: readMs, decode_ms: decodeMs, cold_ms: times[0],
  warm_ms: { min: warm[0], median, max: warm[warm.length - 1] }, runs,
  start_rss_bytes: startRss, peak_rss_bytes: process.resourceUsage().maxRSS * 1024,
}));
