// The frames section: the web reader in headless Chromium (Debian's, driven by playwright-core
// through the browser tests' harness), served from a fresh folder holding the built index.html
// and the synthetic bundle. It reports page load to first frame, load() to bundle listed
// (performance marks read through briefReader.state().perf) and load() to searchable (its promise
// resolving, once the search index is built), each drawn frame's cost while real
// mouse-wheel events scroll the list (the page's Module.brOnFrameDrawn hook: UI work, and the
// whole frame with its WebGL calls), and the frames drawn in idle seconds, which should be none.
// Chromium draws WebGL with SwiftShader here, so "whole frame" includes no GPU time.
import { copyFileSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startServer } from '../../tools/serve.mjs';

const SCROLL_SECONDS = 3;
const IDLE_SECONDS = 5;
const WHEEL_DELTA = 120;  // one notch of a mouse wheel, in CSS pixels

const fixed = (x, digits = 2) => (x == null ? '–' : x.toFixed(digits));

function percentiles(values) {
  if (values.length === 0) return { count: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const mean = sorted.reduce((sum, x) => sum + x, 0) / sorted.length;
  return { count: sorted.length, mean, p50: at(0.5), p95: at(0.95), max: sorted.at(-1) };
}

// A folder served over http with the page and the bundle: the page's own dist stays untouched.
function makeSite(webDir, bundleFile) {
  const page = join(webDir, 'index.html');
  if (!existsSync(page)) throw new Error(`the web reader is missing: ${page} (build brief_reader_web first)`);
  const dir = mkdtempSync(join(tmpdir(), 'brief-frames-'));
  copyFileSync(page, join(dir, 'index.html'));
  symlinkSync(bundleFile, join(dir, 'bundle.json'));
  return dir;
}

async function measureOnce(browser, url) {
  const page = await browser.context.newPage();
  const problems = [];
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });
  try {
    await page.goto(url);
    await page.evaluate(() => window.briefReader.ready.then(() => true));
    const firstFrameMs = (await page.evaluate(() => window.briefReader.state().perf)).firstFrameMs;

    // The bundle, then wait for the frame that lists it (the mark comes one frame after load()).
    // load() resolves once the search index is built: that moment is "searchable".
    const loaded = await page.evaluate(async () => {
      const s = await window.briefReader.load('bundle.json');
      return { briefCount: s.briefCount, errors: s.errors, searchableMs: performance.now() };
    });
    if (loaded.errors.length) throw new Error(`the bundle did not load: ${JSON.stringify(loaded.errors[0])}`);
    await page.waitForFunction(() => {
      const p = window.briefReader.state().perf;
      return p.loadedMs != null && p.loadedMs >= p.loadStartMs;
    });
    const perf = await page.evaluate(() => window.briefReader.state().perf);

    // Scroll the list with wheel events over it, recording every drawn frame.
    await page.mouse.move(200, 450);
    await page.waitForTimeout(300);
    await page.evaluate(() => {
      window.__brFrames = [];
      Module.brOnFrameDrawn = (uiMs, frameMs) => window.__brFrames.push([uiMs, frameMs]);
    });
    const before = await page.evaluate(() => window.briefReader.state().framesDrawn);
    const started = Date.now();
    let wheels = 0;
    while (Date.now() - started < SCROLL_SECONDS * 1000) {
      await page.mouse.wheel(0, WHEEL_DELTA);
      wheels++;
    }
    const scrolledMs = Date.now() - started;
    const frames = await page.evaluate(() => {
      Module.brOnFrameDrawn = null;
      return window.__brFrames;
    });
    const after = await page.evaluate(() => window.briefReader.state().framesDrawn);

    // Idle: let the last scroll settle, then count what standing still draws.
    await page.waitForTimeout(1000);
    const idleBefore = await page.evaluate(() => window.briefReader.state().framesDrawn);
    await page.waitForTimeout(IDLE_SECONDS * 1000);
    const idleAfter = await page.evaluate(() => window.briefReader.state().framesDrawn);
    if (problems.length) throw new Error(`the page reported problems:\n${problems.join('\n')}`);
    return {
      briefs: loaded.briefCount,
      first_frame_ms: firstFrameMs,
      load_start_ms: perf.loadStartMs,
      loaded_ms: perf.loadedMs,
      load_to_listed_ms: perf.loadedMs - perf.loadStartMs,
      searchable_ms: loaded.searchableMs,
      load_to_searchable_ms: loaded.searchableMs - perf.loadStartMs,
      scroll: {
        seconds: scrolledMs / 1000, wheel_events: wheels, frames_drawn: after - before,
        ui_ms: percentiles(frames.map((f) => f[0])), frame_ms: percentiles(frames.map((f) => f[1])),
      },
      idle_seconds: IDLE_SECONDS,
      idle_frames: idleAfter - idleBefore,
    };
  } finally {
    await page.close();
  }
}

export async function framesSection(ctx) {
  // Loaded here, not at the top: the other sections run without the browser tests' packages.
  const { launch } = await import('../../tests/browser/harness.mjs');
  const browser = await launch();
  const rows = [];
  const results = [];
  try {
    for (const size of ctx.sizes) {
      const site = makeSite(ctx.webDir, ctx.dataset(size));
      const server = await startServer(site);
      const url = `http://127.0.0.1:${server.address().port}/`;
      try {
        for (let run = 1; run <= ctx.runs; run++) {
          ctx.log(`frames ${size}: run ${run} of ${ctx.runs} in headless Chromium`);
          const r = await measureOnce(browser, url);
          const { ui_ms: ui, frame_ms: frame } = r.scroll;
          rows.push(`| ${size} | ${run} | ${fixed(r.first_frame_ms, 0)} | ${fixed(r.load_to_listed_ms, 0)} | ` +
            `${fixed(r.load_to_searchable_ms, 0)} | ${r.scroll.frames_drawn} in ${fixed(r.scroll.seconds, 1)} s | ` +
            `${fixed(ui.p50)} / ${fixed(ui.p95)} / ${fixed(ui.max)} | ` +
            `${fixed(frame.p50)} / ${fixed(frame.p95)} / ${fixed(frame.max)} | ${r.idle_frames} |`);
          results.push({ size, run, ...r });
        }
      } finally {
        await new Promise((ok) => server.close(ok));
        rmSync(site, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
  }
  const markdown = [
    '## Frames: the web reader in headless Chromium',
    '',
    `Debian's chromium (SwiftShader WebGL2), 1280×800, DPR 1, the built index.html served over ` +
      `http with the synthetic bundle beside it. First frame: navigation to the first drawn frame ` +
      `(default bundle). Load → listed: briefReader.load(url) to the frame listing the bundle ` +
      `(fetch, parse; the index is built a slice per frame after that). Load → searchable: ` +
      `briefReader.load(url) to its promise resolving, once the search index is built. Scrolling: mouse-wheel events over the list for ${SCROLL_SECONDS} s, ` +
      `each drawn frame timed in wasm (UI: events to draw lists; whole: with the WebGL calls). ` +
      `Idle: frames drawn in ${IDLE_SECONDS} s without input, after a 1 s settle.`,
    '',
    '| bundle | run | first frame ms | load → listed ms | load → searchable ms | frames while scrolling | ' +
      'UI ms p50 / p95 / max | whole frame ms p50 / p95 / max | idle frames |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
  return { markdown, json: { results } };
}
