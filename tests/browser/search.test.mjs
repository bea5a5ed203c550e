// Searching as a reader does: real key events into the search field, checked against what the
// list draws (briefReader.state().shownRows: the rows on screen with their highlighted text),
// the day groups and counts, and the highlights' pixels in a screenshot. Also JSON Feed files
// opened through the page's own loader.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  expectedDefaultGroups, launch, openReader, repo, screenshot, serveDist, settle, state,
} from './harness.mjs';

const { bundle } = expectedDefaultGroups();
let browser, server;

before(async () => {
  browser = await launch();
  server = await serveDist('/');
});
after(async () => {
  await browser?.close();
  await server?.close();
});

// Every searchable text of a brief in the default bundle (all ASCII where these tests look).
function textOf(b) {
  const body = Array.isArray(b.body) ? b.body : [b.body || ''];
  return [b.title || '', ...body, b.source || '', b.dateline || ''].join('\n');
}
const idsWhere = (predicate) => bundle.briefs.filter((b) => predicate(textOf(b))).map((b) => b.id);

// Pixels of the highlight colour (a yellow mark over the light background), in columns
// [x0, x1) of the image.
function markedPixels(image, x0 = 0, x1 = image.width) {
  const { data, width, height } = image;
  let n = 0;
  for (let y = 0; y < height; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * width + x) * 4;
      const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
      if (r > 235 && g > 195 && g < 240 && b < 175) n++;
    }
  }
  return n;
}

async function typeQuery(page, text) {
  await page.keyboard.type(text, { delay: 25 });
  await settle(page);
  return state(page);
}

describe('typing a query', () => {
  test('prefix while typing, then an exclusion: the list, counts and highlights follow', async () => {
    const { page, problems } = await openReader(browser.context, server.url);
    const plain = await screenshot(page, 'search-none-1280x800.png');
    assert.equal(markedPixels(plain.image), 0, 'nothing is highlighted without a query');

    await page.locator('#canvas').focus();
    await page.keyboard.press('/');
    await settle(page);
    // "khuz" is a word being typed: it matches as a prefix.
    let s = await typeQuery(page, 'khuz');
    const khuzestan = idsWhere((t) => /\bkhuzestan/i.test(t));
    assert.equal(s.query, 'khuz');
    assert.equal(s.totalHits, khuzestan.length);
    assert.deepEqual(s.shownRows.map((r) => r.id).sort(), [...khuzestan].sort());

    // Finish the word and leave out the briefs that mention Ahvaz.
    s = await typeQuery(page, 'estan -ahvaz');
    const expected = idsWhere((t) => /\bkhuzestan\b/i.test(t) && !/\bahvaz\b/i.test(t));
    assert.ok(expected.length >= 1 && expected.length < khuzestan.length);
    assert.equal(s.query, 'khuzestan -ahvaz');
    assert.equal(s.hint, null);
    assert.equal(s.totalHits, expected.length);
    assert.equal(s.visibleCount, expected.length);
    assert.equal(s.groups.reduce((n, g) => n + g.count, 0), expected.length);
    // Newest day first, each group holding its own day's briefs.
    const dates = s.groups.map((g) => g.date);
    assert.deepEqual(dates, [...dates].sort().reverse());
    // What the list draws: exactly the hits, each with its matches marked, and only "Khuzestan"
    // marked (an excluded word is never highlighted).
    assert.deepEqual(s.shownRows.map((r) => r.id).sort(), [...expected].sort());
    for (const row of s.shownRows) {
      assert.ok(row.marked.length >= 1, `${row.id}: no highlight in "${row.title}" / "${row.snippet}"`);
      for (const m of row.marked) assert.equal(m.toLowerCase(), 'khuzestan');
    }
    const shot = await screenshot(page, 'search-typed-1280x800.png');
    assert.ok(markedPixels(shot.image, 0, 480) > 150, 'highlights are drawn in the list');
    assert.equal(markedPixels(shot.image, 520), 0, 'no brief open yet');

    // Opening a hit marks its matches in the reading pane too.
    assert.equal(await page.evaluate((id) => window.briefReader.select(id), expected[0]), true);
    await settle(page);
    const open = await screenshot(page, 'search-open-1280x800.png');
    assert.ok(markedPixels(open.image, 520) > 150, 'highlights are drawn in the reading pane');
    await page.close();
    assert.deepEqual(problems, []);
  });

  test('a phrase across words, best match first, and a quiet hint for a broken query', async () => {
    const { page } = await openReader(browser.context, server.url);
    await page.locator('#canvas').focus();
    await page.keyboard.press('/');
    await settle(page);
    let s = await typeQuery(page, '"dust storms"');
    const dust = idsWhere((t) => /\bdust storms\b/i.test(t));
    assert.ok(dust.length >= 1);
    assert.equal(s.totalHits, dust.length);
    for (const row of s.shownRows) assert.ok(row.marked.some((m) => /^dust storms$/i.test(m)), row.id);

    // Leave the field (click the list's empty area) and rank by best match with `b`.
    const box = await page.locator('#canvas').boundingBox();
    await page.mouse.click(box.x + 200, box.y + box.height - 20);
    await page.keyboard.press('b');
    await settle(page);
    s = await state(page);
    assert.equal(s.bestMatch, true);
    assert.equal(s.totalHits, dust.length);
    assert.deepEqual(s.shownRows.map((r) => r.id).sort(), [...dust].sort());
    await page.keyboard.press('b');
    await settle(page);
    assert.equal((await state(page)).bestMatch, false);

    // An unbalanced quote and a dangling OR: taken literally, with a hint, never an error.
    s = await page.evaluate(() => window.briefReader.search('"dust storms OR'));
    assert.notEqual(s.hint, null);
    assert.deepEqual(s.errors, []);
    await settle(page);
    await screenshot(page, 'search-hint-1280x800.png');
    // A hostile query: 10,000 characters of operators and quotes, answered with a hint.
    s = await page.evaluate(() => window.briefReader.search('("-OR*:'.repeat(1500)));
    assert.notEqual(s.hint, null);
    assert.equal(typeof s.totalHits, 'number');
    await page.close();
  });
});

describe('JSON Feed', () => {
  test('a JSON Feed 1.1 file opens as briefs: HTML to text, offsets, untitled and undated items', async () => {
    const { page, problems } = await openReader(browser.context, server.url);
    const feed = readFileSync(join(repo, 'tests/data/feed-1.1.json'));
    await page.route('**/feeds/watch.json', (route) =>
      route.fulfill({ body: feed, contentType: 'application/feed+json' }));
    const s = await page.evaluate(() => window.briefReader.load('feeds/watch.json'));
    const expected = JSON.parse(readFileSync(join(repo, 'tests/data/feed-1.1.expected.json'), 'utf8'));
    assert.deepEqual(s.errors, []);
    assert.equal(s.title, 'Khuzestan Watch');
    assert.equal(s.briefCount, expected.briefs.length);
    // 23:30 at +03:00 is still the 20th where it was written; the undated link post comes last.
    assert.deepEqual(s.groups.map((g) => [g.date, g.count]),
                     [['2017-02-20', 1], ['2017-02-18', 1], [null, 1]]);
    await settle(page);
    const titles = (await state(page)).shownRows.map((r) => r.title);
    assert.equal(titles[0], 'Unrest in Khuzestan & the oil fields');  // &amp; decoded
    assert.match(titles[1], /^An untitled micro post/);               // derived from the text
    assert.equal(titles[2], 'A link post without a date');
    assert.equal(await page.evaluate(() => window.briefReader.select('https://example.org/2017/02/20/unrest')), true);
    await settle(page);
    await screenshot(page, 'jsonfeed-1280x800.png');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
