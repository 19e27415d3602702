// "About whom" as a user meets it in a real browser: search narrowed with about:NAME, the Actors
// tree's "Said about them" by speaker, and the hover card's "about" line. Screenshots about-*.png.
import { strict as assert } from 'node:assert';
import { rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../support/codeServer.mjs';
import { openCopyOf, pointOfText, screenshotFailures } from './helpers.mjs';

const SHOTS = path.join(ROOT, 'test-results/screenshots');

describe('about whom: search, tree and hover', function () {
  this.timeout(180_000);
  let w;
  let page;

  before(async () => {
    w = await openCopyOf(path.join(ROOT, 'seeds'), { articles: /5 articles/, screenshots: SHOTS });
    page = w.page;
  });

  screenshotFailures('about', (name) => w?.shot(name));

  after(async () => w?.close());

  it('search with about:Russia lists only quotes about Russia, and words narrow them further', async () => {
    await w.palette('Corpus Navigator: Search');
    const input = page.locator('.quick-input-widget input');
    await input.fill('about:Russia');
    await page.locator('.quick-input-title', { hasText: 'about Russia' }).waitFor({ timeout: 10_000 });
    const rows = page.locator('.quick-input-list .monaco-list-row');
    await rows.first().waitFor();
    const all = await rows.count();
    assert.ok(all > 0);
    // each row names who said it
    const china = (await rows.allInnerTexts()).find((t) => t.includes('China is learning from Russia'));
    assert.match(String(china), /Jens Stoltenberg/);
    await w.shot('about-search');
    await input.fill('about:Russia learning');
    await page.waitForTimeout(600);
    const narrowed = await rows.count();
    assert.ok(narrowed >= 1 && narrowed <= all, `${narrowed} of ${all}`);
    await page.keyboard.press('Escape');
  });

  it('the Actors tree lists what others said about an actor, by speaker', async () => {
    await w.palette('Corpus Navigator: Filter Actors and Events');
    await page.locator('.quick-input-widget input').fill('Russia');
    await page.keyboard.press('Enter');
    const countries = w.row('Countries');
    await countries.waitFor();
    if ((await countries.getAttribute('aria-expanded')) === 'false') await countries.click();
    const russia = page.locator('.monaco-list-row').filter({ has: page.locator('.label-name', { hasText: /^Russia$/ }) }).first();
    await russia.click();
    const about = russia.locator('xpath=following-sibling::*[1]');
    assert.match(await about.innerText(), /Said about them \(\d+\)/);
    await about.click();
    await page.locator('.monaco-list-row', { hasText: 'Jens Stoltenberg' }).filter({ hasText: /quotes?$/ }).first().waitFor();
    await w.shot('about-tree');
    await w.palette('Corpus Navigator: Clear Filter');
  });

  it('the hover card says whom each quote is about', async () => {
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill('000_6d5c066a89ae0d63.txt');
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
    await page.keyboard.press('Enter');
    const at = await pointOfText(page, /Jens\sStoltenberg/, 16);
    await page.mouse.move(at.x, at.y);
    const hover = page.locator('.monaco-hover', { hasText: 'about' }).first();
    await hover.waitFor({ timeout: 15_000 });
    assert.match(await hover.innerText(), /about\s+China, Russia/);
    await w.shot('about-hover');
  });

  it('the status bar counts a file it skipped (fresh63: only the log told), and drops it once deleted', async () => {
    writeFileSync(path.join(w.folder, 'scan.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe, 0x00, 0x01]));
    const item = page.locator('.statusbar-item', { hasText: /1 skipped/ });
    await item.waitFor({ timeout: 60_000 });
    // (the count of skipped files is an item of its own, beside the counts: its click lists them in the Problems view)
    await page.locator('.statusbar-item', { hasText: /5 articles/ }).waitFor();
    await w.shot('about-status-skipped');
    // deleted, the file is no longer counted (fresh63b: the count stayed until another change)
    rmSync(path.join(w.folder, 'scan.txt'));
    await page.locator('.statusbar-item', { hasText: /skipped/ }).waitFor({ state: 'detached', timeout: 60_000 });
    await page.locator('.statusbar-item', { hasText: /5 articles/ }).waitFor();
  });
});
