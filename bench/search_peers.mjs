// node --expose-gc bench/search_peers.mjs BUNDLE.json (--queries BENCH.json | --query CLASS=TEXT...)
//        [--runs N] [--engines flexsearch,minisearch]
//
// The peers of the reader's search engine (pinned in bench/package-lock.json; `npm ci` in bench/):
// FlexSearch 0.8.212 (Document, forward tokenizer: prefixes) and MiniSearch 7.2.0, indexing the
// same texts as brief-bench-search (title + body, and the source for source: queries) and running
// the same queries: those brief-bench-search printed (--queries takes its JSON output) or given.
// Their AND semantics: every word must match; a "phrase" is its words ANDed, then the hits
// whose text has the words next to each other (only non-letters between them, within one line:
// title and paragraphs are lines; folded, see fold()) are kept: neither peer has phrases, so this is what using
// one for a phrase takes, and it is timed with the query; word* is a prefix; source:word searches only
// the source field; on:/after:/before: dates filter the results afterwards, like the reader's
// (after/before exclusive). Queries that use more of the reader's language are not translated. Prints one JSON object: build time, heap growth, p50/p95 and hits.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Document } from 'flexsearch';
import MiniSearch from 'minisearch';

function parseArgs(argv) {
  const args = { file: null, queries: [], runs: 200, engines: ['flexsearch', 'minisearch'] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') args.runs = Math.max(1, Number(argv[++i]));
    else if (a === '--engines') args.engines = argv[++i].split(',');
    else if (a === '--queries') {
      const bench = JSON.parse(readFileSync(argv[++i], 'utf8').trim().split('\n').pop());
      for (const q of bench.queries) args.queries.push({ class: q.class, query: q.query });
    } else if (a === '--query') {
      const q = argv[++i];
      const eq = q.indexOf('=');
      args.queries.push(eq < 0 ? { class: q, query: q } : { class: q.slice(0, eq), query: q.slice(eq + 1) });
    } else if (!args.file && !a.startsWith('-')) args.file = a;
    else throw new Error(`unknown argument ${a}`);
  }
  if (!args.file || args.queries.length === 0) {
    throw new Error('usage: node --expose-gc bench/search_peers.mjs BUNDLE.json ' +
      '(--queries BENCH.json | --query CLASS=TEXT...) [--runs N] [--engines flexsearch,minisearch]');
  }
  return args;
}

// The reader's query syntax, as far as the benchmark uses it, for the peers.
function translate(query) {
  const q = { words: [], prefix: false, source: null, after: null, before: null, on: null,
    phrases: [] };
  for (const part of query.match(/"[^"]*"|\S+/g) ?? []) {
    const field = /^(source|after|before|on):(.*)$/.exec(part);
    if (field && field[1] === 'source') q.source = field[2].toLowerCase();
    else if (field) q[field[1]] = field[2];
    else if (part.startsWith('"')) {
      const words = part.slice(1, -1).split(/\s+/).filter(Boolean);
      q.words.push(...words);
      if (words.length > 1) q.phrases.push(phraseTest(words));
    }
    else if (part.endsWith('*')) {
      q.words.push(part.slice(0, -1));
      q.prefix = true;
    } else q.words.push(part);
  }
  return q;
}

// Lowercase, accents and other marks dropped, and the letters that do not decompose spelled in
// ASCII: what FlexSearch's default encoder also does, so a phrase check never drops what its
// AND found (MiniSearch does not fold, so its AND finds no accented phrase in the first place).
const LETTERS = { ð: 'd', đ: 'd', ø: 'o', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ı: 'i' };
export function fold(text) {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')
    .replace(/[ðđøłßæœþı]/g, (c) => LETTERS[c]);
}

// A test for words next to each other in a brief's folded text: letters and digits make words,
// anything else but a line break may separate them.
function phraseTest(words) {
  const escaped = words.map((w) => fold(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped.join('[^\\p{L}\\p{N}\\n]+')}(?![\\p{L}\\p{N}])`, 'u');
  return (brief) => re.test(brief.folded);
}

// Hits that pass the date filter and contain every phrase.
function resultFilter(q, briefs) {
  const date = dateFilter(q);
  if (!date && q.phrases.length === 0) return null;
  return (id) => (!date || date(briefs[id].date)) && q.phrases.every((has) => has(briefs[id]));
}

// Dates compare as YYYY-MM-DD prefixes; periods (2017, 2017-02) by their first and last days.
function dateFilter(q) {
  if (!q.after && !q.before && !q.on) return null;
  return (date) => {
    if (!date) return false;
    const d = date.slice(0, 10);
    if (q.after && !(d.slice(0, q.after.length) > q.after)) return false;
    if (q.before && !(d.slice(0, q.before.length) < q.before)) return false;
    if (q.on && d.slice(0, q.on.length) !== q.on) return false;
    return true;
  };
}

function heapUsed() {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
}

function percentile(times, p) {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

const engines = {
  flexsearch: {
    name: 'FlexSearch 0.8.212 (Document, forward tokenizer)',
    build(briefs) {
      const index = new Document({
        tokenize: 'forward',
        document: { id: 'id', index: ['text', 'source'] },
      });
      briefs.forEach((b, id) => index.add({ id, text: b.text, source: b.source }));
      return index;
    },
    search(index, q, briefs) {
      const field = q.source ? 'source' : 'text';
      const terms = q.source ? [q.source] : q.words;
      // With the forward tokenizer every query word also matches as a prefix (so "news" finds
      // "newsroom" too); hit counts show where that differs from the reader's whole words.
      const found = index.search(terms.join(' '), { index: field, limit: 1e7 });
      let ids = found.length ? found[0].result : [];
      const keep = resultFilter(q, briefs);
      if (keep) ids = ids.filter(keep);
      return ids.length;
    },
  },
  minisearch: {
    name: 'MiniSearch 7.2.0',
    build(briefs) {
      const index = new MiniSearch({ fields: ['text', 'source'], idField: 'id' });
      index.addAll(briefs.map((b, id) => ({ id, text: b.text, source: b.source })));
      return index;
    },
    search(index, q, briefs) {
      const keep = resultFilter(q, briefs);
      const options = { combineWith: 'AND', prefix: q.prefix, fields: q.source ? ['source'] : ['text'] };
      if (keep) options.filter = (r) => keep(r.id);
      return index.search((q.source ? [q.source] : q.words).join(' '), options).length;
    },
  },
};

function main() {
  const args = parseArgs(process.argv.slice(2));
  const bundle = JSON.parse(readFileSync(args.file, 'utf8'));
  const briefs = bundle.briefs.map((b) => {
    const body = Array.isArray(b.body) ? b.body.join('\n\n') : (b.body ?? '');
    const text = `${b.title ?? ''}\n${body}`;
    // The folded text for phrase checks, made once like an index would (not timed).
    return { text, folded: fold(text), source: b.source ?? '', date: b.date ?? null };
  });
  const results = [];
  for (const key of args.engines) {
    const engine = engines[key];
    if (!engine) throw new Error(`unknown engine ${key}`);
    const heapBefore = heapUsed();
    let t = performance.now();
    const index = engine.build(briefs);
    const buildMs = performance.now() - t;
    const heapIndex = heapUsed() - heapBefore;
    const queries = args.queries.map(({ class: cls, query }) => {
      const q = translate(query);
      const times = [];
      let hits = 0;
      for (let run = 0; run < args.runs; run++) {
        t = performance.now();
        hits = engine.search(index, q, briefs);
        times.push(performance.now() - t);
      }
      return { class: cls, query, hits, p50_ms: percentile(times, 0.5), p95_ms: percentile(times, 0.95) };
    });
    results.push({ engine: engine.name, build_ms: buildMs, index_heap_bytes: heapIndex, queries });
  }
  console.log(JSON.stringify({ tool: 'search_peers.mjs', file: args.file, briefs: briefs.length,
    runs: args.runs, peak_rss_bytes: process.resourceUsage().maxRSS * 1024, results }));
}

main();
