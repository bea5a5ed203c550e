// The reader as people use it: marks that survive a reload, deep links with back/forward, a bad
// file dropped on the page, the phone layout, themes and pixel ratios — with real key events,
// briefReader.state(), and screenshots saved to tests/artifacts/ for a person to look at.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  expectedDefaultGroups, launch, openReader, pixelStats, screenshot, serveDist, settle, state,
} from './harness.mjs';

const { bundle, groups } = expectedDefaultGroups();
const newestFirst = groups.flatMap((g) => bundle.briefs.filter((b) => (b.date ? b.date.slice(0, 10) : null) === g.date));
let browser, server;

before(async () => {
  browser = await launch();
  server = await serveDist('/');
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function press(page, ...keys) {
  await page.locator('#canvas').focus();
  for (const key of keys) {
    await page.keyboard.press(key);
    await settle(page);
  }
}

function checkDrawn(image, what) {
  const stats = pixelStats(image);
  assert.ok(stats.colours > 12 && stats.differing > stats.total * 0.01, `${what} looks blank`);
}

describe('marks', () => {
  test('a star and read marks survive a reload', async () => {
    const context = await browser.newContext();
    const { page } = await openReader(context, server.url);
    await press(page, 'j', 'j', 's');
    let s = await state(page);
    assert.equal(s.selectedId, newestFirst[1].id);
    assert.deepEqual(s.starredIds, [newestFirst[1].id]);
    assert.equal(s.readCount, 2, 'j/k in the wide layout open (and so read) each brief');
    assert.equal(s.storageNote, null);
    await page.reload();
    await page.evaluate(() => window.briefReader.ready.then(() => true));
    s = await state(page);
    assert.deepEqual(s.starredIds, [newestFirst[1].id]);
    assert.equal(s.readCount, 2);
    assert.equal(s.selectedId, newestFirst[1].id, 'the URL hash reopens the brief');
    await press(page, 's', 'm');
    s = await state(page);
    assert.deepEqual(s.starredIds, [], 's again unstars');
    assert.equal(s.readCount, 1, 'm marks the open brief unread');
    await context.close();
  });

  test('u lists unread briefs only', async () => {
    const context = await browser.newContext();
    const { page } = await openReader(context, server.url);
    await press(page, 'j', 'j', 'j', 'u');
    const s = await state(page);
    assert.equal(s.unreadOnly, true);
    await screenshot(page, 'reader-unread-only-1280x800.png');
    await context.close();
  });

  test('unavailable storage: the reader works and says marks will not be kept', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() { throw new DOMException('storage is disabled', 'SecurityError'); },
      });
    });
    const { page, problems } = await openReader(context, server.url);
    await press(page, 'j', 's');
    const s = await state(page);
    assert.deepEqual(s.starredIds, [newestFirst[0].id]);
    assert.match(s.storageNote, /will not be kept/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('corrupt saved marks are reset with a note, never a crash', async () => {
    const context = await browser.newContext();
    await context.addInitScript((title) => {
      window.localStorage.setItem('brief-reader:marks:' + title, '{"read": [1, 2');
    }, bundle.title);
    const { page, problems } = await openReader(context, server.url);
    const s = await state(page);
    assert.equal(s.briefCount, bundle.briefs.length);
    assert.equal(s.readCount, 0);
    assert.match(s.storageNote, /unreadable/);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('deep links', () => {
  test('a shared link opens its query and brief', async () => {
    const id = newestFirst[3].id;
    const { page } = await openReader(browser.context, `${server.url}#q=Iran&b=${encodeURIComponent(id)}`);
    const s = await state(page);
    assert.equal(s.query, 'Iran');
    assert.equal(s.selectedId, id);
    await page.close();
  });

  test('back and forward move between opened briefs', async () => {
    const { page } = await openReader(browser.context, server.url);
    await press(page, 'j');
    await press(page, 'j');
    await press(page, 'j');
    assert.match(await page.evaluate(() => location.hash), new RegExp(`b=${newestFirst[2].id}`));
    await page.evaluate(() => history.back());
    await settle(page);
    assert.equal((await state(page)).selectedId, newestFirst[1].id);
    await page.evaluate(() => history.back());
    await settle(page);
    assert.equal((await state(page)).selectedId, newestFirst[0].id);
    await page.evaluate(() => history.forward());
    await settle(page);
    assert.equal((await state(page)).selectedId, newestFirst[1].id);
    await page.close();
  });
});

describe('opening files', () => {
  test('a PNG dropped on the page shows its error and keeps the bundle', async () => {
    const { page, problems } = await openReader(browser.context, server.url);
    await page.evaluate(() => {
      const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
      const transfer = new DataTransfer();
      transfer.items.add(new File([png], 'holiday.png', { type: 'image/png' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(() => window.briefReader.state().errors.length > 0);
    const s = await state(page);
    assert.match(s.errors[0].message, /PNG/);
    assert.equal(s.briefCount, bundle.briefs.length);
    const { image, path } = await screenshot(page, 'reader-dropped-png-1280x800.png');
    checkDrawn(image, path);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('?bundle=URL opens that bundle; other origins are refused', async () => {
    const { page } = await openReader(browser.context, `${server.url}?bundle=no-such.json`);
    let s = await state(page);
    assert.match(s.errors[0].message, /404/);
    await page.close();
    const other = await openReader(browser.context, `${server.url}?bundle=https://example.org/b.json`);
    s = await state(other.page);
    assert.match(s.errors[0].message, /same-origin/);
    assert.equal(s.briefCount, bundle.briefs.length);
    await other.page.close();
  });
});

describe('layouts, themes and pixel ratios', () => {
  test('on a phone the list and the reading pane take turns', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const { page } = await openReader(context, server.url);
    assert.equal((await state(page)).layout, 'narrow-list');
    await screenshot(page, 'reader-phone-list-390x844.png');
    await press(page, 'j', 'Enter');
    let s = await state(page);
    assert.equal(s.layout, 'narrow-reading');
    assert.equal(s.selectedId, newestFirst[0].id);
    const { image, path } = await screenshot(page, 'reader-phone-reading-390x844.png');
    checkDrawn(image, path);
    await press(page, 'Escape');
    s = await state(page);
    assert.equal(s.layout, 'narrow-list');
    await context.close();
  });

  test('on a touch screen a swipe scrolls the list and opens nothing', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const { page } = await openReader(context, server.url);
    await settle(page);
    const before = await state(page);
    const cdp = await context.newCDPSession(page);
    const touch = (type, y) => cdp.send('Input.dispatchTouchEvent', {
      type, touchPoints: type === 'touchEnd' ? [] : [{ x: 200, y }],
    });
    await touch('touchStart', 700);
    for (let y = 680; y >= 200; y -= 20) {
      await touch('touchMove', y);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
    }
    await touch('touchEnd');
    await settle(page);
    const after = await state(page);
    assert.equal(after.selectedId, null, 'lifting the finger after a swipe opens nothing');
    assert.equal(after.layout, 'narrow-list');
    const first = (x) => x.shownRows[0]?.id;
    assert.notEqual(first(after), first(before), 'the list moved under the finger');
    const order = newestFirst.map((b) => b.id);  // the list's order
    assert.ok(order.indexOf(first(after)) > order.indexOf(first(before)),
              `swiping up moves down the list (${first(before)} → ${first(after)})`);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark']) {
    for (const [width, height, dpr] of [[1280, 800, 1], [1280, 800, 2], [390, 844, 2]]) {
      test(`${colorScheme} at ${width}×${height}, devicePixelRatio ${dpr}`, async () => {
        const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: dpr, colorScheme });
        const { page, problems } = await openReader(context, server.url);
        await press(page, 'j', 'Enter');
        const s = await state(page);
        assert.equal(s.theme, colorScheme, 'the theme follows the system');
        const { image, path } = await screenshot(page, `reader-${colorScheme}-${width}x${height}@${dpr}x.png`);
        assert.equal(image.width, width * dpr, 'the canvas backing store follows the pixel ratio');
        checkDrawn(image, path);
        assert.deepEqual(problems, []);
        await context.close();
      });
    }
  }

  test('nothing is drawn while idle', async () => {
    const { page } = await openReader(browser.context, server.url);
    await settle(page);
    await page.waitForTimeout(300);
    const before = (await state(page)).framesDrawn;
    await page.waitForTimeout(2000);
    const after = (await state(page)).framesDrawn;
    assert.equal(after, before, `${after - before} frames drawn in 2 idle seconds`);
    await press(page, 'j');
    assert.ok((await state(page)).framesDrawn > after, 'input wakes it');
    // Sitting in the search field is idle too (the caret does not blink).
    await press(page, '/');
    await page.keyboard.type('kh');
    await settle(page);
    await page.waitForTimeout(300);
    const typing = (await state(page)).framesDrawn;
    await page.waitForTimeout(2000);
    const s = await state(page);
    assert.equal(s.query, 'kh');
    assert.equal(s.framesDrawn, typing, `${s.framesDrawn - typing} frames drawn in 2 idle seconds in the search field`);
    await page.close();
  });
});
