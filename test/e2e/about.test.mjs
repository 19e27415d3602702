// "About whom" as a user meets it in a real browser: search narrowed with about:NAME, the Actors
// tree's "Said about them" by speaker, and the hover card's "about" line. Screenshots about-*.png.
import { strict as assert } from 'node:assert';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ROOT, launchBrowser, startCodeServer } from '../support/codeServer.mjs';
import { loose, visible } from './helpers.mjs';

const SHOTS = path.join(ROOT, 'test-results/screenshots');

describe('about whom: search, tree and hover', function () {
  this.timeout(180_000);
  let server;
  let browser;
  let page;
  let dir;
  const shot = (name) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  const row = (text) => page.locator('.monaco-list-row', { hasText: text }).first();
  const palette = async (command) => {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${command}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: command }).first().waitFor();
    await page.keyboard.press('Enter');
  };

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    dir = mkdtempSync(path.join(tmpdir(), 'corpus-about-'));
    cpSync(path.join(ROOT, 'seeds'), dir, { recursive: true });
    server = await startCodeServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(server.url(dir));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.locator('.statusbar-item', { hasText: /5 articles/ }).waitFor({ timeout: 60_000 });
    await page.getByRole('tab', { name: /^Corpus/ }).click();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await shot(`failed-about-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 30)}`);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('search with about:Russia lists only quotes about Russia, and words narrow them further', async () => {
    await palette('Corpus Navigator: Search');
    const input = page.locator('.quick-input-widget input');
    await input.fill('about:Russia');
    await page.locator('.quick-input-title', { hasText: 'about Russia' }).waitFor({ timeout: 10_000 });
    const rows = page.locator('.quick-input-list .monaco-list-row');
    await rows.first().waitFor();
    const all = await rows.count();
    assert.ok(all > 0);
    assert.ok(visible(await rows.allInnerTexts().then((t) => t.join('\n'))).includes('China is learning from Russia'));
    await shot('about-search');
    await input.fill('about:Russia learning');
    await page.waitForTimeout(600);
    const narrowed = await rows.count();
    assert.ok(narrowed >= 1 && narrowed <= all, `${narrowed} of ${all}`);
    await page.keyboard.press('Escape');
  });

  it('the Actors tree lists what others said about an actor, by speaker', async () => {
    await palette('Corpus Navigator: Filter Actors and Events');
    await page.locator('.quick-input-widget input').fill('Russia');
    await page.keyboard.press('Enter');
    const countries = row('Countries');
    await countries.waitFor();
    if ((await countries.getAttribute('aria-expanded')) === 'false') await countries.click();
    const russia = page.locator('.monaco-list-row').filter({ has: page.locator('.label-name', { hasText: /^Russia$/ }) }).first();
    await russia.click();
    const about = russia.locator('xpath=following-sibling::*[1]');
    assert.match(await about.innerText(), /Said about them \(\d+\)/);
    await about.click();
    await page.locator('.monaco-list-row', { hasText: 'Jens Stoltenberg' }).filter({ hasText: /quotes?$/ }).first().waitFor();
    await shot('about-tree');
    await palette('Corpus Navigator: Clear Filter');
  });
});
