// End-to-end: the built dist/index.html in Debian's chromium, over http, from a sub-path and
// straight from disk (file://), checked through briefReader.state(), real key and mouse events,
// and screenshots (saved to tests/artifacts/ and checked for a drawn, non-blank canvas).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  distFileUrl, expectedDefaultGroups, launch, openReader, pixelStats, screenshot, serveDist,
  settle, state,
} from './harness.mjs';

const { bundle, groups: expectedGroups } = expectedDefaultGroups();
let browser, server, subServer;

before(async () => {
  browser = await launch();
  server = await serveDist('/');
  subServer = await serveDist('/some/sub/path/');
});
after(async () => {
  await browser?.close();
  await server?.close();
  await subServer?.close();
});

// What may differ between two runs of the same page: frame counts, timings, and how far the wasm
// heap has grown (it depends on when the allocator asked for more, not on what is shown).
function withoutFrames(s) {
  const { framesDrawn, perf, wasmMemoryBytes, screenCurrent, ...rest } = s;
  assert.ok(Number.isInteger(wasmMemoryBytes) && wasmMemoryBytes > 0, 'wasmMemoryBytes is a byte count');
  return rest;
}

function checkDefaultState(s) {
  assert.equal(s.title, bundle.title);
  assert.equal(s.briefCount, bundle.briefs.length);
  assert.deepEqual(s.groups.map((g) => ({ date: g.date, count: g.count })), expectedGroups);
  assert.equal(s.groups[0].label, 'Monday, 20 February 2017');
  assert.equal(s.groups.at(-1).label, 'Undated');
  assert.equal(s.visibleCount, bundle.briefs.length);
  assert.equal(s.query, '');
  assert.equal(s.selectedId, null);
  assert.deepEqual(s.errors, []);
}

function checkDrawn(image, what) {
  const stats = pixelStats(image);
  assert.ok(stats.colours > 12, `${what}: only ${stats.colours} colours: the canvas looks blank`);
  assert.ok(stats.differing > stats.total * 0.01, `${what}: almost nothing drawn (${stats.differing} px)`);
}

describe('the default bundle', () => {
  test('over http: 16 dated briefs in their day groups, newest first, headlines undated', async () => {
    const { page, problems } = await openReader(browser.context, server.url);
    const s = await state(page);
    checkDefaultState(s);
    // The digest's 16 briefs are all dated; its 8 one-line headlines have no source, and only the
    // one that writes its year ("August 11, 2016") gets a date.
    const briefs = bundle.briefs.filter((b) => b.source);
    const headlines = bundle.briefs.filter((b) => !b.source);
    assert.equal(briefs.length, 16);
    assert.ok(briefs.every((b) => /^2017-02-\d\d$/.test(b.date)));
    assert.equal(headlines.length, 8);
    assert.equal(s.groups.at(-1).count, headlines.filter((b) => !b.date).length);
    assert.equal(s.groups.filter((g) => g.date).reduce((n, g) => n + g.count, 0),
                 bundle.briefs.filter((b) => b.date).length);
    const { image, path } = await screenshot(page, 'reader-http-1280x800.png');
    checkDrawn(image, path);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('from disk (file://): the same reader as over http', async () => {
    const http = await openReader(browser.context, server.url);
    const disk = await openReader(browser.context, distFileUrl);
    const fromHttp = withoutFrames(await state(http.page));
    const fromDisk = withoutFrames(await state(disk.page));
    checkDefaultState(fromDisk);
    assert.deepEqual(fromDisk, fromHttp);
    const { image, path } = await screenshot(disk.page, 'reader-file-1280x800.png');
    checkDrawn(image, path);
    assert.deepEqual(disk.problems, []);
    await http.page.close();
    await disk.page.close();
  });

  test('hosted under a sub-path', async () => {
    const { page, problems } = await openReader(browser.context, subServer.url);
    checkDefaultState(await state(page));
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a browser that cannot compile the module (no wasm SIMD) says what it needs', async () => {
    const page = await browser.context.newPage();
    // What such a browser's WebAssembly does with the module's SIMD instructions.
    await page.addInitScript(() => {
      const refuse = () => Promise.reject(new WebAssembly.CompileError('invalid simd opcode'));
      WebAssembly.instantiate = refuse;
      WebAssembly.instantiateStreaming = refuse;
    });
    await page.goto(server.url);
    const status = page.locator('#status');
    await status.filter({ hasText: 'WebAssembly SIMD' }).waitFor({ timeout: 20000 });
    assert.match(await status.textContent(), /cannot start.*CompileError[\s\S]*Safari 16\.4/);
    await assert.rejects(page.evaluate(() => window.briefReader.ready));
    await page.close();
  });
});

describe('reading', () => {
  test('j and k move the selection through the list in order', async () => {
    const { page } = await openReader(browser.context, server.url);
    await page.locator('#canvas').focus();
    await page.keyboard.press('j');
    await settle(page);
    const newestDay = bundle.briefs.filter((b) => b.date && b.date.startsWith(expectedGroups[0].date));
    assert.equal((await state(page)).selectedId, newestDay[0].id);
    await page.keyboard.press('j');
    await settle(page);
    const second = expectedGroups[0].count > 1 ? newestDay[1]
        : bundle.briefs.find((b) => b.date && b.date.startsWith(expectedGroups[1].date));
    assert.equal((await state(page)).selectedId, second.id);
    await page.keyboard.press('k');
    await settle(page);
    assert.equal((await state(page)).selectedId, newestDay[0].id);
    const { image, path } = await screenshot(page, 'reader-selected-1280x800.png');
    checkDrawn(image, path);
    await page.close();
  });

  test('clicking a row in the list opens that brief', async () => {
    const { page } = await openReader(browser.context, server.url);
    // Below the top bar (~48 px) and the timeline strip (~40 px), row 0 is the newest day's
    // header and row 1 (from ~y=136) its first brief.
    const box = await page.locator('#canvas').boundingBox();
    await page.mouse.click(box.x + 120, box.y + 152);
    await settle(page);
    const s = await state(page);
    const newestDay = bundle.briefs.filter((b) => b.date && b.date.startsWith(expectedGroups[0].date));
    assert.equal(s.selectedId, newestDay[0].id);
    await page.close();
  });

  test('select(id) selects a known brief and refuses an unknown one', async () => {
    const { page } = await openReader(browser.context, server.url);
    const id = bundle.briefs[5].id;
    assert.equal(await page.evaluate((x) => window.briefReader.select(x), id), true);
    assert.equal((await state(page)).selectedId, id);
    assert.equal(await page.evaluate(() => window.briefReader.select('no-such-brief')), false);
    assert.equal((await state(page)).selectedId, id);
    await page.close();
  });
});

describe('searching', () => {
  test('search(query) narrows the day groups', async () => {
    const { page } = await openReader(browser.context, server.url);
    const s = await page.evaluate(() => window.briefReader.search('Khuzestan'));
    const hits = bundle.briefs.filter((b) =>
      [b.title || '', ...(Array.isArray(b.body) ? b.body : [b.body || ''])].join('\n').toLowerCase()
          .includes('khuzestan'));
    assert.ok(hits.length >= 2);
    assert.equal(s.query, 'Khuzestan');
    assert.equal(s.visibleCount, hits.length);
    assert.equal(s.groups.reduce((n, g) => n + g.count, 0), hits.length);
    const cleared = await page.evaluate(() => window.briefReader.search(''));
    assert.equal(cleared.visibleCount, bundle.briefs.length);
    await page.close();
  });

  test('typing into the search field with real key events sets the query', async () => {
    const { page } = await openReader(browser.context, server.url);
    await page.locator('#canvas').focus();
    await page.keyboard.press('/');
    await settle(page);
    await page.keyboard.type('ahvaz', { delay: 30 });
    await settle(page);
    const s = await state(page);
    assert.equal(s.query, 'ahvaz');
    assert.ok(s.visibleCount >= 1 && s.visibleCount < bundle.briefs.length);
    await screenshot(page, 'reader-search-1280x800.png');
    await page.keyboard.press('Escape');
    await settle(page);
    assert.equal((await state(page)).query, '');
    await page.close();
  });
});

describe('loading other bundles', () => {
  test('malformed JSON: a visible error with line and column, the bundle stays', async () => {
    const { page } = await openReader(browser.context, server.url);
    const s = await page.evaluate(() => window.briefReader.load('{\n  "title": "x",\n  "briefs": [ {,] }'));
    assert.equal(s.errors.length, 1);
    assert.equal(s.errors[0].line, 3);
    assert.ok(s.errors[0].column > 0);
    assert.equal(s.briefCount, bundle.briefs.length, 'the previous bundle is kept');
    const { image, path } = await screenshot(page, 'reader-load-error-1280x800.png');
    checkDrawn(image, path);
    await page.close();
  });

  test('a file too large for a tab is refused before it is read; the bundle stays', async () => {
    const { page } = await openReader(browser.context, server.url);
    const { s, read } = await page.evaluate(async () => {
      let read = false;
      // A 5 GiB file, as far as the reader can tell from its size.
      class Huge extends Blob {
        get size() { return 5 * 1024 ** 3; }
        stream() { read = true; return super.stream(); }
      }
      const s = await window.briefReader.load(new Huge(['{}']));
      return { s, read };
    });
    assert.equal(read, false, 'not a byte was read');
    assert.equal(s.errors.length, 1);
    assert.match(s.errors[0].message, /too large to open in a browser tab \(5120 MB/);
    assert.equal(s.briefCount, bundle.briefs.length);
    await page.close();
  });

  test('a missing URL is reported, not thrown', async () => {
    const { page } = await openReader(browser.context, server.url);
    const s = await page.evaluate(() => window.briefReader.load('no-such-bundle.json'));
    assert.equal(s.errors.length, 1);
    assert.match(s.errors[0].message, /404/);
    assert.equal(s.briefCount, bundle.briefs.length);
    await page.close();
  });

  test('JSON text replaces the bundle; a bad brief is dropped with a warning', async () => {
    const { page } = await openReader(browser.context, server.url);
    const text = JSON.stringify({
      version: 1, title: 'Two briefs',
      briefs: [
        { id: 'a', date: '2024-03-01', source: 'S', dateline: 'Paris', body: ['Première brève — “quoted”.'] },
        { id: 'b', date: 'not a date', source: 'S', title: 'Undated one', body: 'Text.' },
        42,
      ],
    });
    const s = await page.evaluate((t) => window.briefReader.load(t), text);
    assert.equal(s.title, 'Two briefs');
    assert.equal(s.briefCount, 2);
    assert.deepEqual(s.groups.map((g) => [g.date, g.count]), [['2024-03-01', 1], [null, 1]]);
    assert.equal(s.errors.length, 0);
    assert.ok(s.warnings.length >= 2, JSON.stringify(s.warnings));
    assert.ok(s.warnings.some((w) => w.briefIndex === 1 && w.field === 'date'));
    await page.close();
  });
});
