// Session 66's fresh user, in the workbench: "ø" was not folded ("Ctrl+K Alt+Q and type sorensen: 'No
// speaker matches'. Ctrl+T sorensen finds nothing either"); Copy Quote with Citation was not in the
// palette with the cursor in a quote; the "skipped" status item's click opened the Corpus view, not
// what was skipped; and the toast "Corpus Navigator: indexing articles: 8 / 8" was still up when the
// status bar said done. test/fixtures/editor66b holds 8 articles. Screenshots editor66b-*.png.
import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../support/codeServer.mjs';
import { openCopyOf, pointOfText, screenshotFailures } from './helpers.mjs';

const SHOTS = path.join(ROOT, 'test-results/screenshots');
const FIXTURE = path.join(ROOT, 'test/fixtures/editor66b');

/**
 * In the page, from its first moment: how often a notification toast said "indexing articles", and
 * how often VS Code's own progress entry in the status bar did (beside the extension's item, which
 * says "Corpus: indexing 3 / 8").
 */
function watchIndexingToasts() {
  window.__indexingToasts = 0;
  window.__indexingWindowProgress = 0;
  const seen = () => {
    const toasts = document.querySelector('.notifications-toasts');
    if (toasts && /indexing articles/.test(toasts.textContent ?? '')) window.__indexingToasts++;
    const bar = document.querySelector('.part.statusbar');
    if (bar && /indexing articles/.test(bar.textContent ?? '')) window.__indexingWindowProgress++;
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true, characterData: true });
}

describe('editor faults of session 66 (names folded, citation at the cursor, skipped files, indexing toast)', function () {
  this.timeout(180_000);
  let w;
  let page;
  const shot = (name) => w.shot(`editor66b-${name}`);

  before(async () => {
    w = await openCopyOf(FIXTURE, { articles: /8 articles/, screenshots: SHOTS, name: 'editor66b', onPage: (p) => p.addInitScript(watchIndexingToasts) });
    page = w.page;
  });
  screenshotFailures('editor66b', (name) => w && shot(name));
  after(async () => w?.close());

  it('a folder of 8 articles is indexed with its progress in the status bar, no notification left up', async () => {
    await page.waitForTimeout(1500);
    await shot('indexed');
    assert.equal(await page.locator('.notification-toast', { hasText: /indexing/ }).count(), 0, 'a toast still says indexing');
    assert.equal(await page.evaluate(() => window.__indexingToasts), 0, 'a notification said indexing articles');
    assert.equal(await page.evaluate(() => window.__indexingWindowProgress), 0, 'a second progress in the status bar');
  });

  it('the speaker search and the workspace symbols find Sørensen typed "sorensen"', async () => {
    await w.openBox('Corpus Navigator: Search Quotes by Speaker', /Search Quotes by Speaker/);
    const input = page.locator('.quick-input-widget input');
    await input.fill('sorensen');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Mette Sørensen' }).first().waitFor({ timeout: 10_000 });
    await shot('speaker-sorensen');
    await page.keyboard.press('Escape');
    for (const [typed, name] of [
      ['sorensen', 'Mette Sørensen'],
      ['lukasz', 'Łukasz Nowak'],
      ['strasse', 'Jonas Straße'],
    ]) {
      await page.keyboard.press('F1');
      await input.waitFor({ state: 'visible' });
      await input.fill(`#${typed}`);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 10_000 });
      if (typed === 'sorensen') await shot('symbols-sorensen');
      await page.keyboard.press('Escape');
    }
  });

  it('Copy Quote with Citation is in the palette with the cursor in a quotation, and copies it', async () => {
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill('gdansk-shipyard.txt');
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
    await page.keyboard.press('Enter');
    const at = await pointOfText(page, /three\syears/, 11);
    await page.mouse.click(at.x, at.y);
    await page.waitForTimeout(500);
    await w.palette('Corpus Navigator: Copy Quote with Citation');
    await page.locator('.statusbar-item', { hasText: 'Quote copied with its citation' }).waitFor({ timeout: 10_000 });
    await shot('copied');
    // outside a quotation it is not offered
    const title = await pointOfText(page, /Gdansk\sshipyard\sworkers/, 5);
    await page.mouse.click(title.x, title.y);
    await page.waitForTimeout(500);
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.fill('>Copy Quote with Citation');
    await page.waitForTimeout(800);
    assert.equal(await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Copy Quote with Citation' }).count(), 0);
    await page.keyboard.press('Escape');
  });

  it('the "skipped" item says what its click does, and the click lists the skipped file with its reason', async () => {
    writeFileSync(path.join(w.folder, 'scan.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe, 0x00, 0x01]));
    const item = page.locator('.statusbar-item', { hasText: /1 skipped/ });
    await item.waitFor({ timeout: 60_000 });
    await item.hover();
    const tip = page.locator('.workbench-hover, .monaco-hover', { hasText: /Problems view/ }).first();
    await tip.waitFor({ timeout: 10_000 });
    assert.match(await tip.innerText(), /1 file not indexed\. Click to list it with the reason in the Problems view/);
    await shot('skipped-tooltip');
    await item.click();
    const problem = page.locator('.markers-panel .monaco-list-row', { hasText: /Not indexed/ }).first();
    await problem.waitFor({ timeout: 10_000 });
    await shot('skipped-problems');
  });
});
