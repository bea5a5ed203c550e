// The archive section (issue 6): the synthetic bundle cut by `brief-pack --shard` into an archive
// for a static host (manifest, shards of whole days, the search index in term-range pieces),
// served over http by tools/serve.mjs and opened in headless Chromium (the browser tests'
// harness, as the frames section does). Per run, in a fresh browser context: load() of the
// manifest to the first browsable screen (every list row drawn has its brief, no placeholder),
// a rare word and a common two-word query until their results are drawn, and the tab's memory
// (wasm linear memory, JS heap, the renderer process's resident set from /proc). Beside it, the
// same bundle opened as one file (load → listed, load → searchable), when the page takes it.
// The issue's targets: first screen < 2 s, a rare word < 1 s, the tab < 500 MB.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync,
  symlinkSync, writeFileSync,
} from 'node:fs';
import { request } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

import { startServer } from '../../tools/serve.mjs';
import { summary } from '../stats.mjs';

const TARGET_FIRST_SCREEN_MS = 2000;
const TARGET_RARE_WORD_MS = 1000;
const TARGET_TAB_MB = 500;
const MAX_BUNDLE_BYTES = 900 * 1048576;  // the page refuses larger bundles (web/brief-reader-api.js)
const WAIT_MS = 180 * 1000;              // give up on a page-side wait after this long
const MB = 1e6;
const MiB = 2 ** 20;

const add = (x, y) => (x == null || y == null ? null : x + y);
const mib = (x) => (x == null ? null : x / MiB);
const fixed = (x, digits = 0) => (x == null ? '–' : x.toFixed(digits));

const triple = (s, digits = 0) => (s ? `${fixed(s.min, digits)} / ${fixed(s.median, digits)} / ${fixed(s.max, digits)}` : '–');
const verdict = (s, target) => (s ? (s.max < target ? 'met' : s.median < target ? 'median met' : 'missed') : '–');

function dirBytes(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? dirBytes(path) : statSync(path).size;
  }
  return total;
}

// The archive of a bundle, packed once per size and seed (again when the bundle is newer).
function ensureArchive(ctx, size, bundle) {
  const dir = join(ctx.bench, 'data', `archive-${size}-seed${ctx.seed}`);
  const manifest = join(dir, 'manifest.json');
  const stamp = `${dir}.pack.json`;  // how the archive was made, beside it
  if (!existsSync(manifest) || statSync(manifest).mtimeMs <= statSync(bundle).mtimeMs) {
    const pack = join(ctx.nativeDir, 'brief-pack');
    if (!existsSync(pack)) throw new Error(`brief-pack is missing: ${pack} (build it first)`);
    rmSync(dir, { recursive: true, force: true });
    ctx.log(`archive ${size}: brief-pack ${bundle} --shard ${dir}`);
    const started = Date.now();
    const r = spawnSync(pack, [bundle, '--shard', dir], { encoding: 'utf8', maxBuffer: 1 << 26,
      timeout: 60 * 60 * 1000 });
    const packMs = Date.now() - started;
    if (r.error || r.status !== 0) {
      throw new Error(`brief-pack failed (${r.error || `status ${r.status}`}):\n${(r.stderr || '').slice(-2000)}`);
    }
    writeFileSync(stamp, `${JSON.stringify({ pack_ms: packMs, message: r.stderr.trim().split('\n').at(-1) })}\n`);
    ctx.log(`archive ${size}: packed in ${(packMs / 1000).toFixed(1)} s`);
  }
  const m = JSON.parse(readFileSync(manifest, 'utf8'));
  const stats = existsSync(stamp) ? JSON.parse(readFileSync(stamp, 'utf8')) : {};
  return {
    dir, briefs: m.briefCount, days: m.days.length, shards: m.shards.length, pieces: m.index.length,
    bytes: dirBytes(dir), manifest_bytes: statSync(manifest).size,
    shard_bytes: m.shards.reduce((n, s) => n + s.bytes, 0),
    index_bytes: m.index.reduce((n, p) => n + p.bytes, 0) + (m.docs?.bytes ?? 0),
    pack_ms: stats.pack_ms ?? null,
  };
}

// The search section's queries (brief-bench-search picks them from the data: "rare word" is a
// word of the fewest briefs, at least 3; "two words" the two most frequent 6+ letter words),
// cached beside the data: at 1m the native run takes a while.
function pickQueries(ctx, size, bundle) {
  const file = join(ctx.bench, 'data', `queries-${size}-seed${ctx.seed}.json`);
  if (existsSync(file) && statSync(file).mtimeMs > statSync(bundle).mtimeMs) {
    return JSON.parse(readFileSync(file, 'utf8'));
  }
  const tool = join(ctx.nativeDir, 'brief-bench-search');
  if (!existsSync(tool)) throw new Error(`brief-bench-search is missing: ${tool} (build it first)`);
  ctx.log(`archive ${size}: picking the queries (brief-bench-search, native)`);
  const n = ctx.runJson(tool, [bundle, '--runs', '1']);
  const find = (name) => n.queries.find((q) => q.class === name);
  const picked = { rare: find('rare word'), two: find('two words') };
  if (!(picked.rare?.hits >= 1) || !(picked.two?.hits >= 1)) {
    throw new Error(`brief-bench-search picked queries without hits: ${JSON.stringify(picked)}`);
  }
  writeFileSync(file, `${JSON.stringify(picked)}\n`);
  return picked;
}

// A folder served over http: the built page, the archive and the bundle as one file.
function makeSite(webDir, archiveDir, bundleFile) {
  const page = join(webDir, 'index.html');
  if (!existsSync(page)) throw new Error(`the web reader is missing: ${page} (build brief_reader_web first)`);
  const dir = mkdtempSync(join(tmpdir(), 'brief-archive-'));
  copyFileSync(page, join(dir, 'index.html'));
  symlinkSync(archiveDir, join(dir, 'archive'));
  symlinkSync(bundleFile, join(dir, 'bundle.json'));
  return dir;
}

// What the server answers for one file (status, type, length), without reading the body.
function head(url) {
  return new Promise((ok, fail) => {
    const req = request(url, { method: 'HEAD' }, (res) => {
      res.resume();
      ok({ status: res.statusCode, type: res.headers['content-type'], length: Number(res.headers['content-length']) });
    });
    req.on('error', fail);
    req.end();
  });
}

// --- processes: the renderer(s) of our own chromium, from /proc ----------------------------
function procTable() {
  const table = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      // Chromium rewrites its command line as one string with spaces: read it as text.
      const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8').replace(/\0/g, ' ');
      table.push({ pid: Number(name), ppid, cmdline });
    } catch {
      // the process ended meanwhile
    }
  }
  return table;
}

function statusKb(pid, field) {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

// Chromium processes descending from this node process (so not another engineer's browser),
// by --type: for each, VmRSS (resident now) and VmHWM (peak resident) in bytes.
function chromiumProcesses() {
  const table = procTable();
  const children = new Map();
  for (const p of table) children.set(p.ppid, [...(children.get(p.ppid) || []), p]);
  const out = [];
  const walk = (pid) => {
    for (const c of children.get(pid) || []) {
      const type = /(?:^| )--type=(\S+)/.exec(c.cmdline)?.[1] ?? 'browser';
      const webui = / --top-chrome-webui( |$)/.test(c.cmdline);  // the browser's own UI, not a page
      const [rss, hwm, anon] = ['VmRSS', 'VmHWM', 'RssAnon'].map((f) => statusKb(c.pid, f));
      if (rss != null) out.push({ pid: c.pid, type, webui, rss: rss * 1024, hwm: hwm * 1024, anon: anon * 1024 });
      walk(c.pid);
    }
  };
  walk(process.pid);
  return out;
}

// The page's renderer: the largest renderer of our browser that is not its own UI (the others
// are spare or blank ones); the GPU process (SwiftShader draws WebGL there) alongside.
// VmRSS counts the pages shared with the zygote too; RssAnon is the process's own memory.
function tabMemory() {
  const procs = chromiumProcesses();
  const renderers = procs.filter((p) => p.type === 'renderer' && !p.webui).sort((a, b) => b.rss - a.rss);
  const gpu = procs.find((p) => p.type === 'gpu-process');
  return {
    renderer_rss: renderers[0]?.rss ?? null, renderer_hwm: renderers[0]?.hwm ?? null,
    renderer_anon: renderers[0]?.anon ?? null,
    renderers: renderers.length, other_renderers_rss: renderers.slice(1).map((r) => r.rss),
    gpu_rss: gpu?.rss ?? null, gpu_hwm: gpu?.hwm ?? null,
  };
}

async function pageMemory(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => metrics.find((m) => m.name === name)?.value ?? null;
    const wasm = await page.evaluate(() => window.briefReader.state().wasmMemoryBytes);
    return { wasm_bytes: wasm, js_heap_used: metric('JSHeapUsedSize'), js_heap_total: metric('JSHeapTotalSize'),
      ...tabMemory() };
  } finally {
    await cdp.detach();
  }
}

// --- page-side waits: each polls state() once per animation frame and times itself with
// performance.now() in the page.

// load(url), then the first frame listing it (the 'loadedMs' mark, one frame after the commit)
// in which every drawn row has its brief (an id and a title: no placeholder). Returns the times
// from load() in ms: load() resolved, listed, first browsable screen.
function openInPage(page, url, wantScreen) {
  return page.evaluate(async ({ url, wantScreen, waitMs }) => {
    const br = window.briefReader;
    const t0 = performance.now();
    let resolvedMs = null;
    let loadState = null;
    br.load(url).then((s) => { resolvedMs = performance.now() - t0; loadState = s; });
    const out = { resolvedMs: null, listedMs: null, screenMs: null, timedOut: false };
    for (;;) {
      await new Promise((next) => requestAnimationFrame(next));
      const now = performance.now() - t0;
      const s = br.state();
      const p = s.perf;
      if (out.listedMs == null && p.loadedMs != null && p.loadedMs >= p.loadStartMs) out.listedMs = now;
      if (wantScreen && out.screenMs == null && out.listedMs != null && s.shownRows.length > 0 &&
          s.shownRows.every((r) => r.id && r.title)) {
        out.screenMs = now;
      }
      if (resolvedMs != null && (!wantScreen || out.screenMs != null) && out.listedMs != null) break;
      if (loadState && loadState.errors.length) break;
      if (now > waitMs) { out.timedOut = true; break; }
    }
    const s = br.state();
    Object.assign(out, {
      resolvedMs, markListedMs: s.perf.loadedMs - s.perf.loadStartMs,
      briefCount: s.briefCount, groups: s.groups.length, archive: s.archive, errors: s.errors,
      warnings: s.warnings.length, shownRows: s.shownRows.length,
      placeholders: s.shownRows.filter((r) => !r.title).length,
    });
    return out;
  }, { url, wantScreen, waitMs: WAIT_MS });
}

// search(q), then: the results complete (an archive no longer waiting for files, hits > 0),
// and a frame drawn after that whose first row has its brief. Returns ms from search().
function searchInPage(page, query) {
  return page.evaluate(async ({ query, waitMs }) => {
    const br = window.briefReader;
    const t0 = performance.now();
    await br.search(query);
    const out = { resultsMs: null, shownMs: null, allShownMs: null, timedOut: false };
    let resultsFrame = null;
    for (;;) {
      await new Promise((next) => requestAnimationFrame(next));
      const now = performance.now() - t0;
      const s = br.state();
      if (resultsFrame == null && !(s.archive && s.archive.searching) && s.totalHits > 0) {
        out.resultsMs = now;
        resultsFrame = s.framesDrawn;
      }
      const drawn = resultsFrame != null && s.framesDrawn > resultsFrame && s.shownRows.length > 0;
      if (drawn && out.shownMs == null && s.shownRows[0].id && s.shownRows[0].title) out.shownMs = now;
      if (drawn && out.allShownMs == null && s.shownRows.every((r) => r.id && r.title)) out.allShownMs = now;
      if (out.shownMs != null && out.allShownMs != null) break;
      if (now > waitMs) { out.timedOut = true; break; }
    }
    const s = br.state();
    Object.assign(out, {
      query: s.query, totalHits: s.totalHits, groups: s.groups.length, archive: s.archive, hint: s.hint,
      firstRow: s.shownRows[0] ? { id: s.shownRows[0].id, title: s.shownRows[0].title, marked: s.shownRows[0].marked } : null,
    });
    return out;
  }, { query, waitMs: WAIT_MS });
}

async function withPage(browser, url, fn) {
  const context = await browser.newContext();  // the harness's: 1280×800, DPR 1
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });
  try {
    await page.goto(url);
    await page.evaluate(() => window.briefReader.ready.then(() => true));
    const result = await fn(page);
    return { ...result, problems };
  } finally {
    await context.close();
  }
}

async function archiveRun(browser, url, queries) {
  return withPage(browser, url, async (page) => {
    const open = await openInPage(page, 'archive/manifest.json', true);
    if (open.errors.length) throw new Error(`the archive did not open: ${JSON.stringify(open.errors[0])}`);
    const memoryOpen = await pageMemory(page);
    const rare = await searchInPage(page, queries.rare.query);
    const memoryRare = await pageMemory(page);
    await page.evaluate(() => window.briefReader.search(''));
    const two = await searchInPage(page, queries.two.query);
    const memory = await pageMemory(page);
    return { open, rare, two, memory_open: memoryOpen, memory_rare: memoryRare, memory };
  });
}

async function bundleRun(browser, url, queries) {
  return withPage(browser, url, async (page) => {
    const open = await openInPage(page, 'bundle.json', false);
    if (open.errors.length) throw new Error(`the bundle did not load: ${JSON.stringify(open.errors[0])}`);
    const rare = await searchInPage(page, queries.rare.query);
    const memory = await pageMemory(page);
    return { open, rare, memory };
  });
}

// --- the section ---------------------------------------------------------------------------
export async function archiveSection(ctx) {
  // Loaded here, not at the top: the other sections run without the browser tests' packages.
  const { launch } = await import('../../tests/browser/harness.mjs');
  const packRows = [];
  const ratioRows = [];
  const rows = [];
  const problems = [];
  const results = [];
  const browser = await launch();
  try {
    for (const size of ctx.sizes) {
      const bundle = ctx.dataset(size);
      const bundleBytes = statSync(bundle).size;
      const archive = ensureArchive(ctx, size, bundle);
      const queries = pickQueries(ctx, size, bundle);
      packRows.push(`| ${size} | ${archive.briefs} | ${fixed(bundleBytes / MB, 1)} | ${fixed(archive.bytes / MB, 1)} ` +
        `(shards ${fixed(archive.shard_bytes / MB, 1)}, index ${fixed(archive.index_bytes / MB, 1)}, ` +
        `manifest ${fixed(archive.manifest_bytes / 1e3, 0)} kB) | ${archive.shards} | ${archive.pieces} | ` +
        `${archive.pack_ms == null ? '–' : fixed(archive.pack_ms / 1000, 1)} |`);
      const site = makeSite(ctx.webDir, archive.dir, bundle);
      const server = await startServer(site);
      const url = `http://127.0.0.1:${server.address().port}/`;
      const runs = [];
      const peerFits = bundleBytes <= MAX_BUNDLE_BYTES;
      try {
        // The static server must hand out the index pieces (.bin) as well as the JSON.
        const piece = await head(`${url}archive/${JSON.parse(readFileSync(join(archive.dir, 'manifest.json'), 'utf8')).index[0].file}`);
        if (piece.status !== 200) throw new Error(`the server does not serve the index pieces: HTTP ${piece.status}`);
        for (let run = 1; run <= ctx.runs; run++) {
          const startLoad = loadavg()[0];  // the machine is shared: say how busy it was
          ctx.log(`archive ${size}: run ${run} of ${ctx.runs}: the archive (load average ${startLoad.toFixed(2)})`);
          // A run that fails (the page crashes, the archive does not open) is reported, not fatal.
          const attempt = async (what, fn) => {
            try {
              return await fn();
            } catch (err) {
              problems.push(`${size} run ${run} (${what}) failed: ${err.message.split('\n')[0]}`);
              ctx.log(`archive ${size}: run ${run} (${what}) failed: ${err.message}`);
              return null;
            }
          };
          const a = await attempt('archive', () => archiveRun(browser, url, queries));
          let b = null;
          if (peerFits) {
            ctx.log(`archive ${size}: run ${run} of ${ctx.runs}: the bundle as one file`);
            b = await attempt('bundle', () => bundleRun(browser, url, queries));
          }
          for (const [what, r] of [['archive', a], ['bundle', b]]) {
            if (!r) continue;
            for (const p of r.problems) problems.push(`${size} run ${run} (${what}): ${p}`);
            for (const [step, x] of Object.entries(r)) {
              if (x && x.timedOut) problems.push(`${size} run ${run} (${what}): ${step} timed out after ${WAIT_MS / 1000} s: ${JSON.stringify(x)}`);
            }
          }
          runs.push({ run, load_average: startLoad, archive: a, bundle: b });
        }
      } finally {
        await new Promise((ok) => server.close(ok));
        rmSync(site, { recursive: true, force: true });
      }

      const A = (f) => summary(runs.filter((r) => r.archive).map((r) => f(r.archive)));
      const B = (f) => (peerFits ? summary(runs.filter((r) => r.bundle).map((r) => f(r.bundle))) : null);
      const s = {
        screen: A((r) => r.open.screenMs), resolved: A((r) => r.open.resolvedMs),
        rare: A((r) => r.rare.shownMs), rareAll: A((r) => r.rare.allShownMs), rareResults: A((r) => r.rare.resultsMs),
        two: A((r) => r.two.shownMs), twoAll: A((r) => r.two.allShownMs),
        openToRare: A((r) => add(r.open.screenMs, r.rare.shownMs)),
        tabHwm: A((r) => mib(r.memory.renderer_hwm)), tabRss: A((r) => mib(r.memory.renderer_rss)),
        tabRssOpen: A((r) => mib(r.memory_open.renderer_rss)), tabRssRare: A((r) => mib(r.memory_rare.renderer_rss)),
        wasm: A((r) => mib(r.memory.wasm_bytes)), wasmRare: A((r) => mib(r.memory_rare.wasm_bytes)),
        heap: A((r) => mib(r.memory.js_heap_used)), tabAnon: A((r) => mib(r.memory.renderer_anon)),
        bAnon: B((r) => mib(r.memory.renderer_anon)), gpu: A((r) => mib(r.memory.gpu_rss)),
        bListed: B((r) => r.open.listedMs), bSearchable: B((r) => r.open.resolvedMs),
        bRare: B((r) => r.rare.shownMs), bOpenToRare: B((r) => add(r.open.resolvedMs, r.rare.shownMs)),
        bHwm: B((r) => mib(r.memory.renderer_hwm)), bRss: B((r) => mib(r.memory.renderer_rss)),
        bWasm: B((r) => mib(r.memory.wasm_bytes)), bHeap: B((r) => mib(r.memory.js_heap_used)),
        bGpu: B((r) => mib(r.memory.gpu_rss)),
      };
      const last = runs.findLast((r) => r.archive)?.archive ?? { rare: {}, two: {} };
      const refused = `refused: ${fixed(bundleBytes / MiB, 0)} MiB > the page's 900 MiB limit`;
      const ratio = (x, y, better, worse) => {
        if (!x || !y) return peerFits ? '–' : 'whole bundle refused';
        const r = y.median / x.median;
        return r >= 1 ? `${fixed(r, 1)}× ${better}` : `${fixed(1 / r, 1)}× ${worse}`;
      };
      ratioRows.push(`| ${size} | ${ratio(s.screen, s.bListed, 'faster', 'slower')} | ` +
        `${ratio(s.screen, s.bSearchable, 'faster', 'slower')} | ${ratio(s.openToRare, s.bOpenToRare, 'faster', 'slower')} | ` +
        `${ratio(s.tabHwm, s.bHwm, 'smaller', 'larger')} |`);
      const q = (x) => `\`${x.query.replace(/\|/g, '\\|')}\``;
      const bundleCell = (x, digits = 0) => (peerFits ? triple(x, digits) : refused);
      const row = (measure, target, a, b, met = '') =>
        rows.push(`| ${size} | ${measure} | ${target} | ${a} | ${b} | ${met} |`);
      const files = (x) => (x ? `pieces ${x.piecesLoaded}/${x.pieces}, shards ${x.shardsLoaded}/${x.shards}` : '–');
      row('load() → first browsable screen ms (archive); → listed ms (bundle)', `< ${TARGET_FIRST_SCREEN_MS}`,
        triple(s.screen), bundleCell(s.bListed), verdict(s.screen, TARGET_FIRST_SCREEN_MS));
      row('load() → its promise resolves ms (archive: manifest read; bundle: searchable)', '–',
        triple(s.resolved), bundleCell(s.bSearchable));
      row(`rare word ${q(queries.rare)} (${last.rare.totalHits} hits) → results complete, first row drawn ms`,
        `< ${TARGET_RARE_WORD_MS}`, triple(s.rare), bundleCell(s.bRare), verdict(s.rare, TARGET_RARE_WORD_MS));
      row('… → results complete (no file awaited) ms', '–', triple(s.rareResults), '–');
      row('… → every drawn row filled ms', '–', triple(s.rareAll), '–');
      row('… files loaded by then (last run)', '–', files(last.rare.archive), '–');
      row('load() → rare word drawn ms (first screen + search; bundle: searchable + search)', '–',
        triple(s.openToRare), bundleCell(s.bOpenToRare));
      row(`two words ${q(queries.two)} (${last.two.totalHits} hits) → first row drawn ms`, '–', triple(s.two), '–');
      row('… → every drawn row filled ms', '–', triple(s.twoAll), '–');
      row('… files loaded by then (last run)', '–', files(last.two.archive), '–');
      row('tab: renderer peak resident (VmHWM) MiB, at the end', `< ${fixed(TARGET_TAB_MB * MB / MiB)} MiB`,
        triple(s.tabHwm), bundleCell(s.bHwm), verdict(s.tabHwm, TARGET_TAB_MB * MB / MiB));
      row('tab: renderer resident (VmRSS) MiB after the first screen', '–', triple(s.tabRssOpen), '–');
      row('tab: renderer resident (VmRSS) MiB after the rare word', '–', triple(s.tabRssRare), bundleCell(s.bRss));
      row('tab: renderer resident (VmRSS) MiB after two words', '–', triple(s.tabRss), '–');
      row('tab: renderer own memory (RssAnon) MiB, at the end', '–', triple(s.tabAnon), bundleCell(s.bAnon));
      row('wasm linear memory MiB after the rare word', '–', triple(s.wasmRare), bundleCell(s.bWasm));
      row('wasm linear memory MiB after two words', '–', triple(s.wasm), '–');
      row('JS heap used MiB (CDP Performance.getMetrics), at the end', '–', triple(s.heap, 1), bundleCell(s.bHeap, 1));
      row('machine load average (1 min) at the run\'s start', '–', triple(summary(runs.map((r) => r.load_average)), 2), '–');
      row('GPU process resident MiB (SwiftShader WebGL; not the tab), at the end', '–', triple(s.gpu), bundleCell(s.bGpu));
      results.push({ size, bundle_bytes: bundleBytes, archive, queries, peer_opened: peerFits, summary: s, runs });
    }
  } finally {
    await browser.close();
  }
  if (problems.length) ctx.log(`archive: problems:\n    ${problems.join('\n    ')}`);
  const markdown = [
    '## Archive: a sharded archive from a static server (issue 6)',
    '',
    `Synthetic bundles (seed ${ctx.seed}) cut by \`brief-pack BUNDLE --shard DIR\` (default shard and ` +
      `piece sizes), served by tools/serve.mjs on 127.0.0.1 and opened with ` +
      `briefReader.load('archive/manifest.json') in Debian's headless chromium (1280×800), a fresh ` +
      `browser context per run (empty cache), ${ctx.runs} run(s); figures are min / median / max. Times are ` +
      `measured in the page (performance.now(), state() polled once per animation frame). First browsable ` +
      `screen: the first frame after the archive is listed in which every drawn row has its brief (no ` +
      `placeholder). A query is timed from search() until the results are complete (no longer waiting ` +
      `for index pieces, hits > 0) and a frame drawn after that shows the first row's brief. The whole ` +
      `bundle is opened as one file in another fresh context of the same run (load → listed: the frame ` +
      `listing it; searchable: load() resolving, once the index is built). Tab memory: VmRSS / VmHWM ` +
      `from /proc of the largest chromium process with --type=renderer among this benchmark's own ` +
      `browser (the page's renderer; WebGL's GPU process is listed apart); wasm memory is ` +
      `state().wasmMemoryBytes. Targets are the issue's: first screen < ${TARGET_FIRST_SCREEN_MS} ms, ` +
      `a rare word < ${TARGET_RARE_WORD_MS} ms, the tab < ${TARGET_TAB_MB} MB (= ${fixed(TARGET_TAB_MB * MB / MiB)} MiB). ` +
      `A bundle file over 900 MiB is not opened whole: the page refuses it.`,
    '',
    '| bundle | archive first screen vs whole bundle listed | … vs whole bundle searchable | ' +
      'load → rare word drawn | tab peak resident |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...ratioRows,
    '',
    '| bundle | briefs | bundle MB | archive MB | shards | index pieces | brief-pack s |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...packRows,
    '',
    '| bundle | measure | target | archive | whole bundle (one file) | archive vs target |',
    '| --- | --- | --- | ---: | ---: | --- |',
    ...rows,
    ...(problems.length ? ['', 'Problems seen:', '', ...problems.map((p) => `- ${p.replace(/\n/g, ' ')}`)] : []),
  ].join('\n');
  return { markdown, json: { section: 'archive', seed: ctx.seed, runs: ctx.runs, results, problems } };
}
