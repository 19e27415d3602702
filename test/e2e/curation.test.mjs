// The user corrects the extractor in a real browser: right-click an actor in the Actors tree, merge
// it with another, rename one; the trees follow at once and the corrections land in
// .corpus-navigator/curation.json. Screenshots curation-*.png in test-results/screenshots/.
import { strict as assert } from 'node:assert';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ROOT, launchBrowser, startCodeServer } from '../support/codeServer.mjs';
import { loose } from './helpers.mjs';

const SHOTS = path.join(ROOT, 'test-results/screenshots');

describe('the user corrects the extractor', function () {
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
  const curationFile = () => path.join(dir, '.corpus-navigator', 'curation.json');
  const menuEntry = async (rowText, entry) => {
    await row(rowText).click({ button: 'right' });
    const menu = page.locator('.context-view .monaco-menu');
    await menu.waitFor();
    await shot(`curation-menu`);
    await menu.locator('.action-item', { hasText: entry }).first().click();
  };

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    dir = mkdtempSync(path.join(tmpdir(), 'corpus-curation-'));
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
    if (this.currentTest?.state === 'failed') await shot(`failed-curation-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 30)}`);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('Merge with… folds one actor into another, in the tree and in the file', async () => {
    // from the palette: first the actor, then the one it joins
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill('>Corpus Navigator: Merge with');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Merge with' }).first().waitFor();
    await page.keyboard.press('Enter');
    for (const name of ['Beijing', 'China']) {
      await page.locator('.quick-input-title', { hasText: /Merge/ }).waitFor();
      await input.fill(name);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: loose(name) }).first().waitFor();
      await page.waitForTimeout(200);
      await page.keyboard.press('Enter');
    }
    await page.waitForFunction(() => ![...document.querySelectorAll('.monaco-list-row')].some((r) => /^Beijing/.test((r.textContent ?? '').trim())), null, { timeout: 15_000 });
    await page.locator('.statusbar-item', { hasText: /93 actors/ }).waitFor({ timeout: 15_000 });
    assert.ok(existsSync(curationFile()));
    assert.deepEqual(JSON.parse(readFileSync(curationFile(), 'utf8')).merge, [['China', 'Beijing']]);
    // the merged actor, found through the tree's filter
    await palette('Corpus Navigator: Filter Actors and Events');
    await page.locator('.quick-input-widget input').fill('China');
    await page.keyboard.press('Enter');
    await row('China').click();
    await row('China').locator('.monaco-tl-twistie').click();
    await row('Mentions in').waitFor();
    await shot('curation-merge');
    await palette('Corpus Navigator: Clear Filter');
  });

  it('Rename… renames an actor everywhere and keeps the old name as an alias', async () => {
    await palette('Corpus Navigator: Filter Actors and Events');
    await page.locator('.quick-input-widget input').fill('Stoltenberg');
    await page.keyboard.press('Enter');
    const people = row('People');
    await people.waitFor();
    if ((await people.getAttribute('aria-expanded')) === 'false') await people.click();
    await row('Jens Stoltenberg').waitFor();
    await menuEntry('Jens Stoltenberg', 'Rename Actor');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill('Jens Stoltenberg (NATO)');
    await shot('curation-rename-input');
    await page.keyboard.press('Enter');
    await row('Jens Stoltenberg (NATO)').waitFor({ timeout: 15_000 });
    assert.deepEqual(JSON.parse(readFileSync(curationFile(), 'utf8')).rename, { 'Jens Stoltenberg': 'Jens Stoltenberg (NATO)' });
    await shot('curation-rename');
  });
});
