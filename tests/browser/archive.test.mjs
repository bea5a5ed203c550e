// Archives in the page: a synthetic bundle, packed by the real brief-pack into shards and index
// pieces (`--shard`), served over http beside the page and opened from its manifest, must read
// exactly like the same bundle opened whole: the same days and counts at once, the same rows
// once their shards arrive (the union of the shards is the bundle), the same hits for every
// query class, fetching only some of the index for a rare word, and a missing file reported
// without losing the rest.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../tools/serve.mjs';
import { dist, launch, openReader, repo, screenshot, settle, state } from './harness.mjs';

const BRIEF_PACK = join(process.env.BR_NATIVE_DIR || join(repo, 'build/native'), 'brief-pack');
const BRIEFS = 400;
const SMALL = 60;  // scrolled through row by row, so kept short

let browser, server, site, url;

before(async () => {
  assert.ok(existsSync(BRIEF_PACK), `${BRIEF_PACK} is built by ./build.sh test before these tests`);
  site = mkdtempSync(join(tmpdir(), 'brief-archive-'));
  copyFileSync(join(dist, 'index.html'), join(site, 'index.html'));
  execFileSync(process.execPath, [join(repo, 'bench/generate.mjs'), '--briefs', String(BRIEFS),
    '--seed', '3', '--out', join(site, 'bundle.json')], { stdio: 'pipe' });
  execFileSync(process.execPath, [join(repo, 'bench/generate.mjs'), '--briefs', String(SMALL),
    '--seed', '4', '--out', join(site, 'small.json')], { stdio: 'pipe' });
  for (const [dir, bundle, per] of [['archive', 'bundle', 25], ['broken', 'bundle', 25], ['small', 'small', 5]]) {
    execFileSync(BRIEF_PACK, [join(site, `${bundle}.json`), '--shard', join(site, dir),
      '--shard-briefs', String(per), '--piece-kb', '8'], { stdio: 'pipe' });
  }
  browser = await launch();
  const s = await startServer(site);
  url = `http://127.0.0.1:${s.address().port}/`;
  server = { close: () => new Promise((ok) => s.close(ok)) };
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

// Opens `what` in a fresh page; for an archive, counts the files it fetches.
async function open(what) {
  const { page, problems } = await openReader(browser.context, url);
  const fetched = [];
  page.on('request', (r) => { if (/\/(shards|index)\//.test(r.url())) fetched.push(r.url()); });
  const s = await page.evaluate((src) => window.briefReader.load(src), what);
  assert.deepEqual(s.errors, [], JSON.stringify(s.errors));
  return { page, problems, fetched };
}

// Waits until the query's files are in and every row on screen has its brief, as drawn for the
// reader's current state (shownRows of an older frame may be the previous query's rows).
async function ready(page) {
  await page.waitForFunction(() => {
    const s = window.briefReader.state();
    return s.screenCurrent !== false && !(s.archive && s.archive.searching) &&
      s.shownRows.every((r) => r.id && r.title);
  }, null, { polling: 50, timeout: 20000 });
  await settle(page);
  return state(page);
}

async function search(page, query) {
  await page.evaluate((q) => window.briefReader.search(q), query);
  return ready(page);
}

// A plain word (ASCII letters) found in exactly one brief.
function rareWord(bundle) {
  const briefsOf = new Map();
  bundle.briefs.forEach((b, i) => {
    const text = [b.title || '', ...(b.body || []), b.source || '', b.dateline || ''].join(' ');
    for (const w of text.toLowerCase().split(/[^a-z0-9\u00c0-\uffff]+/)) {
      if (!/^[a-z]{7,}$/.test(w)) continue;
      if (!briefsOf.has(w)) briefsOf.set(w, new Set());
      briefsOf.get(w).add(i);
    }
  });
  for (const [w, set] of briefsOf) if (set.size === 1) return w;
  throw new Error('no word occurs in exactly one brief');
}

const shape = (s) => ({
  totalHits: s.totalHits, visibleCount: s.visibleCount, hint: s.hint,
  groups: s.groups.map((g) => [g.date, g.count]),
});

// The archive's page shows one line more above the list (marks in an archive are not saved, and
// it says so), so its list may end one row earlier: the rows it shows must be the whole
// bundle's, from the top.
function assertSameRows(archiveRows, wholeRows, what) {
  assert.ok((archiveRows.length >= 1 || wholeRows.length === 0) &&
            wholeRows.length - archiveRows.length <= 1 && archiveRows.length <= wholeRows.length, `${what}: ${archiveRows.length} vs ${wholeRows.length} rows`);
  assert.deepEqual(archiveRows, wholeRows.slice(0, archiveRows.length), what);
}

describe('an archive opened from its manifest', () => {
  let whole, archive;
  before(async () => {
    whole = await open('bundle.json');
    archive = await open('archive/manifest.json');
  });

  test('shows every day and count at once, then the same first screen as the whole bundle', async () => {
    const first = await state(archive.page);
    const w = await ready(whole.page);
    assert.ok(first.archive, 'state().archive describes the open archive');
    assert.equal(first.briefCount, BRIEFS);
    assert.equal(first.title, w.title);
    assert.deepEqual(first.groups, w.groups);
    const a = await ready(archive.page);
    assert.ok(a.shownRows.length >= 5);
    assertSameRows(a.shownRows, w.shownRows, 'the first screen');
    assert.ok(a.archive.shardsLoaded >= 1 && a.archive.shardsLoaded < a.archive.shards,
      `only the shards in view are fetched (${a.archive.shardsLoaded} of ${a.archive.shards})`);
    await screenshot(archive.page, 'archive-1280x800.png');
    assert.deepEqual(archive.problems, []);
  });

  test('scrolled from top to bottom, the shards together are the whole bundle', async () => {
    const small = await open('small/manifest.json');
    const smallWhole = await open('small.json');
    const seen = new Map();
    const expected = new Map();
    for (const p of [small.page, smallWhole.page]) await p.mouse.move(240, 500);
    let step = 0;
    for (; step < 100 && seen.size < SMALL; step++) {
      const a = await ready(small.page);
      const w = await ready(smallWhole.page);
      for (const r of a.shownRows) seen.set(r.id, r);
      for (const r of w.shownRows) expected.set(r.id, r);
      assertSameRows(a.shownRows, w.shownRows, `after ${step} wheel steps`);
      for (const p of [small.page, smallWhole.page]) await p.mouse.wheel(0, 600);
    }
    assert.equal(seen.size, SMALL, `every brief was shown (${step} wheel steps)`);
    assert.deepEqual([...seen.keys()].sort(), [...expected.keys()].sort());
    for (const [id, row] of seen) assert.deepEqual(row, expected.get(id));
    const a = await state(small.page);
    assert.equal(a.archive.shardsLoaded, a.archive.shards);
    assert.deepEqual(small.problems, []);
    await small.page.close();
    await smallWhole.page.close();
  });

  test('every query class finds what the whole bundle finds, a rare word with part of the index', async () => {
    // A word of exactly one brief: its piece, its shard, nothing else.
    const rare = rareWord(JSON.parse(readFileSync(join(site, 'bundle.json'), 'utf8')));
    const queries = [rare, 'the', 'government minister', '"of the"', '-the', 'gov*',
      'title:minister', 'minister OR oil', 'after:2020-01-01 before:2021-06-30 report',
      'source:news', 'khuz', 'zzzzqqq'];
    for (const q of queries) {
      const before = archive.fetched.length;
      const w = await search(whole.page, q);
      const a = await search(archive.page, q);
      assert.deepEqual(shape(a), shape(w), `query ${q}`);
      assertSameRows(a.shownRows, w.shownRows, `query ${q}`);
      if (q === rare) {
        const pieces = archive.fetched.slice(before).filter((u) => /\/index\/t/.test(u)).length;
        assert.ok(a.totalHits >= 1);
        assert.ok(pieces <= 2 && a.archive.piecesLoaded < a.archive.pieces,
          `a rare word fetches its piece only (${pieces} fetched, ${a.archive.piecesLoaded} of ${a.archive.pieces} loaded)`);
      }
    }
    // Best match ranks the same.
    for (const p of [whole.page, archive.page]) {
      await p.evaluate(() => window.briefReader.search('minister oil'));
      await p.locator('#canvas').focus();
      await p.keyboard.press('b');
    }
    const w = await ready(whole.page);
    const a = await ready(archive.page);
    assert.equal(a.bestMatch, true);
    assertSameRows(a.shownRows, w.shownRows, 'best match');
    await screenshot(archive.page, 'archive-search-1280x800.png');
    assert.deepEqual(archive.problems, []);
    assert.deepEqual(whole.problems, []);
  });
});

describe('a damaged archive', () => {
  test('a missing shard and a missing piece are warnings; the rest still reads and searches', async () => {
    unlinkSync(join(site, 'broken/shards/00000.json'));
    unlinkSync(join(site, 'broken/index/t00000.bin'));
    const { page, problems } = await open('broken/manifest.json');
    await page.waitForFunction(() => window.briefReader.state().warnings.length > 0, null, { polling: 50 });
    let s = await state(page);
    assert.match(s.warnings[0].message, /could not read shards\/00000\.json of the archive: HTTP 404/);
    assert.equal(s.briefCount, BRIEFS, 'the days and counts stay');
    assert.ok(s.shownRows.length > 0);
    // A word whose piece is there still finds its briefs.
    await page.evaluate(() => window.briefReader.search('minister'));
    await page.waitForFunction(() => !window.briefReader.state().archive.searching, null, { polling: 50 });
    s = await state(page);
    assert.ok(s.totalHits > 0);
    await screenshot(page, 'archive-broken-1280x800.png');
    // Chromium logs each failed request itself; nothing else may go wrong.
    assert.deepEqual(problems.filter((p) => !/status of 404/.test(p)), []);
  });
});
