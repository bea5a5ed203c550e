// Shared set-up for the browser tests: Debian's chromium (headless, WebGL2 through SwiftShader)
// driven by playwright-core, dist/ served by tools/serve.mjs, and helpers to read the page.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';
import { startServer } from '../../tools/serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const repo = resolve(here, '../..');
export const dist = join(repo, 'dist');
export const artifacts = join(repo, 'tests/artifacts');
export const distFileUrl = pathToFileURL(join(dist, 'index.html')).href;

export const CHROMIUM = process.env.BR_CHROMIUM || '/usr/bin/chromium';
const ARGS = [
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-gpu', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-sandbox',
];

// One browser for a test file; `context` is a default 1280×800 context, newContext() makes others
// (device pixel ratio, colour scheme, a phone's viewport).
export async function launch() {
  // playwright gives each launch a fresh, temporary profile of its own.
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  const newContext = (options = {}) => browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const context = await newContext();
  const close = () => browser.close();
  return { browser, context, newContext, close };
}

export async function serveDist(base = '/') {
  const server = await startServer(dist, { base });
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}${base}`, close: () => new Promise((ok) => server.close(ok)) };
}

// Opens the reader and waits until it has drawn the default bundle. Console errors are collected.
export async function openReader(context, url, { viewport } = {}) {
  const page = await context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  const problems = [];
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });
  await page.goto(url);
  await page.evaluate(() => window.briefReader.ready.then(() => true));
  return { page, problems };
}

export function state(page) {
  return page.evaluate(() => window.briefReader.state());
}

// Lets the reader draw what the last action changed: a few animation frames, then until the
// last frame drawn shows the reader's current state (state().screenCurrent), so shownRows are
// what is on screen for it.
export function settle(page) {
  return page.evaluate(() => new Promise((done) => {
    let n = 0;
    const tick = () => {
      ++n;
      const current = () => { try { return window.briefReader.state().screenCurrent !== false; } catch { return true; } };
      if (n >= 4 && (n >= 600 || current())) done();
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }));
}

export async function screenshot(page, name) {
  mkdirSync(artifacts, { recursive: true });
  const path = join(artifacts, name);
  const png = await page.screenshot({ path });
  return { path, image: PNG.sync.read(png) };
}

// How many distinct colours (quantised) and how many pixels differ from the top-left one.
export function pixelStats(image) {
  const { data, width, height } = image;
  const colours = new Set();
  let differing = 0;
  const [r0, g0, b0] = [data[0], data[1], data[2]];
  for (let i = 0; i < width * height * 4; i += 4) {
    colours.add(((data[i] >> 4) << 8) | ((data[i + 1] >> 4) << 4) | (data[i + 2] >> 4));
    if (Math.abs(data[i] - r0) + Math.abs(data[i + 1] - g0) + Math.abs(data[i + 2] - b0) > 48) differing++;
  }
  return { colours: colours.size, differing, total: width * height };
}

// What the default bundle should look like in the reader, computed from the JSON file itself.
export function expectedDefaultGroups() {
  const bundle = JSON.parse(readFileSync(join(repo, 'assets/default-bundle.json'), 'utf8'));
  const counts = new Map();
  for (const b of bundle.briefs) {
    const day = b.date ? b.date.slice(0, 10) : null;
    counts.set(day, (counts.get(day) || 0) + 1);
  }
  const days = [...counts.keys()].filter((d) => d !== null).sort().reverse();
  const groups = days.map((d) => ({ date: d, count: counts.get(d) }));
  if (counts.has(null)) groups.push({ date: null, count: counts.get(null) });
  return { bundle, groups };
}
