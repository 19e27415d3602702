// The Corpus view as a new user meets it, in a real browser: an empty folder, a large folder while
// it is indexed, the seeds once indexed (events by year and month), a hover card with a long
// quote, "Copy with citation" pasted into an editor, search without results and with a typo, the
// right-click menu of a quote and the keyboard shortcut. Screenshots in test-results/screenshots/.
import { strict as assert } from 'node:assert';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ROOT, launchBrowser, prepareWorkspace, startCodeServer } from '../support/codeServer.mjs';
import { drawn, pointOfText, screenshotFailures } from './helpers.mjs';

const SHOTS = path.join(ROOT, 'test-results/screenshots');
const DEV_TEXTS = path.join(ROOT, '../shared/corpora/polnear-dev/texts');

describe('the Corpus view as a new user meets it', function () {
  this.timeout(180_000);
  let server;
  let browser;
  let context;
  let page;
  const scratch = [];

  const shot = (name) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  const row = (text) => page.locator('#workbench\\.parts\\.sidebar .monaco-list-row', { hasText: text }).first();
  const quickRow = (text) => page.locator('.quick-input-list .monaco-list-row', { hasText: text }).first();

  /** A fresh browser context on the workbench of `folder`, with the Corpus view open. */
  async function openWorkbench(folder) {
    await context?.close();
    context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.base });
    page = await context.newPage();
    await page.goto(server.url(folder));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    const tab = page.getByRole('tab', { name: /^Corpus/ });
    await tab.waitFor({ timeout: 60_000 });
    await tab.click();
  }

  const folder = (prefix) => {
    const dir = mkdtempSync(path.join(tmpdir(), prefix));
    scratch.push(dir);
    return dir;
  };

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startCodeServer();
    browser = await launchBrowser();
  });

  screenshotFailures('ui', (name) => page && shot(name));

  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
    for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
  });

  it('no folder open: both views offer to open one', async () => {
    await context?.close();
    context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
    // an empty window (ew=true) with the extension under development loaded
    const url = new URL(server.url('/'));
    url.searchParams.delete('folder');
    url.searchParams.set('ew', 'true');
    await page.goto(url.toString());
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.getByRole('tab', { name: /^Corpus/ }).click();
    const welcome = page.locator('.welcome-view-content', { hasText: 'Open a folder of news articles' });
    await welcome.first().waitFor({ timeout: 30_000 });
    assert.equal(await welcome.count(), 2, 'Actors and Events');
    assert.ok(await welcome.first().getByRole('button', { name: 'Open Folder' }).isVisible());
    await shot('view-no-folder');
  });

  it('a folder without articles: both views say so, with buttons', async () => {
    const dir = folder('corpus-empty-');
    writeFileSync(path.join(dir, 'notes.json'), '{}');
    await openWorkbench(dir);
    const welcome = page.locator('.welcome-view-content', { hasText: 'No articles found in this folder' });
    await welcome.first().waitFor({ timeout: 30_000 });
    assert.equal(await welcome.count(), 2, 'Actors and Events');
    assert.ok(await welcome.first().getByRole('button', { name: 'Re-index Articles' }).isVisible());
    assert.equal(await page.getByText('There is no data provider').count(), 0);
    await shot('view-empty');
  });

  it('while a large folder is indexed: the views and the status bar count the articles', async function () {
    // (the development corpus sits beside a checkout in CI; elsewhere, as in views.test.mjs, the test has nothing to open)
    if (!existsSync(DEV_TEXTS)) this.skip();
    const dir = folder('corpus-large-');
    cpSync(DEV_TEXTS, path.join(dir, 'texts'), { recursive: true });
    await openWorkbench(dir);
    // every welcome text either view shows from now on (an empty tree shows one while its rows are made)
    await page.evaluate(() => {
      window.welcomeSeen = new Set();
      const note = () => document.querySelectorAll('.welcome-view-content').forEach((e) => window.welcomeSeen.add(e.textContent.slice(0, 40)));
      new MutationObserver(note).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    const counting = page.locator('.pane-header', { hasText: /Indexing [1-9]\d* \/ 924/ }).first();
    await counting.waitFor({ timeout: 60_000 });
    // until the first articles are in the views say so, then their rows show while the count goes
    // on (the folder is listed within half a second, so the first records may already be in)
    await page.locator('.welcome-view-content', { hasText: 'Reading and analysing' }).or(row('People')).first().waitFor();
    assert.match(await page.locator('.statusbar-item', { hasText: /indexing|articles/ }).first().innerText(), /indexing \d+ \/ 924|924 articles/);
    await shot('view-indexing');
    // the search keys work once the first articles are in, while the pass goes on
    await row('People').waitFor({ timeout: 60_000 });
    await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } });
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Alt+S');
    await page.locator('.quick-input-title', { hasText: 'Corpus Navigator: Search' }).waitFor({ timeout: 10_000 });
    // a word typed while the pass goes on: search says it fills once indexing is done (fresh63 read
    // "the search index holds 0 of 148 articles so far" beside trees of 148 as a fault), or finds it
    await page.locator('.quick-input-widget input').fill('Lewandowski');
    await page.locator('.quick-input-list', { hasText: /search is filled once indexing is done|Lewandowski/ }).first().waitFor({ timeout: 10_000 });
    assert.doesNotMatch(await page.locator('.quick-input-widget').innerText(), /holds 0 of/);
    await shot('search-during-indexing');
    await page.keyboard.press('Escape');
    await page.locator('.statusbar-item', { hasText: 'articles' }).waitFor({ timeout: 120_000 });
    await row('People').waitFor();
    assert.equal(await page.locator('.welcome-view-content', { hasText: 'Reading and analysing' }).count(), 0);
    // between the index's end and the trees' rows, the views never said there were none
    const seen = await page.evaluate(() => [...window.welcomeSeen]);
    assert.ok(!seen.some((t) => /^No (actors|events) found/.test(t)), `welcome texts seen: ${seen.join(' | ')}`);
  });

  it('a folder whose articles name no one: both views say none were found', async () => {
    const dir = folder('corpus-no-actors-');
    writeFileSync(path.join(dir, 'weather.txt'), 'Mild and dry\n\nThe river ran low all week and the fields stayed dry.\n');
    await openWorkbench(dir);
    await page.locator('.statusbar-item', { hasText: '1 article' }).waitFor({ timeout: 60_000 });
    await page.locator('.welcome-view-content', { hasText: 'No actors found' }).waitFor({ timeout: 30_000 });
    await page.locator('.welcome-view-content', { hasText: 'No events found' }).waitFor({ timeout: 30_000 });
    assert.equal(await page.locator('.welcome-view-content', { hasText: 'Listing the' }).count(), 0);
  });

  it('the seeds indexed: actors by kind, events by year and month with counts', async () => {
    const seeds = prepareWorkspace();
    scratch.push(seeds);
    writeFileSync(path.join(seeds, 'seeds', 'icons.txt'), 'Minister Zora Quill said the $(zap) plan would <b>work</b> soon.');
    await openWorkbench(seeds);
    await page.locator('.statusbar-item', { hasText: 'articles' }).waitFor({ timeout: 60_000 });
    // the row may first show from a render before the last articles came in (CI saw only the first
    // article's role there); the settled tree names his most used title
    await page.locator('#workbench\\.parts\\.sidebar .monaco-list-row', { hasText: 'Jens Stoltenberg' }).filter({ hasText: 'NATO Secretary-General' }).first().waitFor({ timeout: 30_000 });
    await shot('view-indexed');
    // collapse Actors by its title (the header's middle holds its buttons)
    const actorsTitle = page.locator('.pane-header', { hasText: 'Actors' }).locator('h3.title');
    await actorsTitle.click();
    const events = page.locator('.pane-header', { hasText: 'Events' });
    if ((await events.getAttribute('aria-expanded')) !== 'true') await events.click();
    await row('2024').waitFor();
    assert.match(await row('2024').innerText(), /\d+ events?/);
    await row('July').click();
    await row('summit in Washington').waitFor();
    await row('Undated').waitFor();
    const years = await events.locator('xpath=..').locator('.monaco-list-row[aria-level="1"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label') ?? ''));
    const order = years.map((t) => t.trim().split(/[\s,]/)[0]);
    assert.equal(order.at(-1), 'Undated');
    assert.deepEqual(order.slice(0, -1), [...order.slice(0, -1)].sort().reverse(), years.join(' | '));
    await shot('events-by-date');
    await events.locator('h3.title').click();
    await actorsTitle.click();
  });

  it('a hover card with a long quote keeps its actions on top and shows the pieces of an interrupted quote', async () => {
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill('001_e4d1f78a36f286c7.txt');
    await quickRow('001_e4d1f78a36f286c7.txt').waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tab.active', { hasText: '001_e4d1f78a36f286c7.txt' }).waitFor();
    // bring the line into view: the editor renders only the lines on screen
    const line = readFileSync(path.join(ROOT, 'seeds/001_e4d1f78a36f286c7.txt'), 'utf8').split('\n').findIndex((l) => /Zhu said/.test(l)) + 1;
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').fill(`:${line}`);
    await page.keyboard.press('Enter');
    // the box may stay open over the editor after the jump (code-server): closed, so it hides no card
    const box = page.locator('.quick-input-widget');
    await page.waitForTimeout(300);
    if (await box.isVisible()) await page.keyboard.press('Escape');
    await box.waitFor({ state: 'hidden' });
    const point = await pointOfText(page, /Zhu\ssaid/, 'Zhu'.length);
    await page.mouse.move(point.x, point.y);
    const hover = page.locator('.monaco-hover', { hasText: 'Zhu Feng' }).first();
    await hover.waitFor({ timeout: 15_000 });
    const text = await hover.innerText();
    assert.match(text.split('\n')[0], /All quotes.*Show in Actors.*References/);
    assert.match(text, /security … We also hope/);
    assert.match(text, /quotes?\s·\smentioned\sin\s\d+\sarticles?/);
    await drawn(hover);
    await shot('hover-long-quote');
  });

  it('“Copy with citation” puts the quote and its source on the clipboard', async () => {
    const hover = page.locator('.monaco-hover', { hasText: 'Zhu Feng' }).first();
    await hover.getByText('Copy with citation').first().click();
    await page.locator('.statusbar-item', { hasText: 'Quote copied' }).waitFor({ timeout: 10_000 });
    await page.mouse.move(5, 450);
    await page.keyboard.press('Control+N');
    await page.locator('.tab.active', { hasText: 'Untitled' }).waitFor();
    await page.keyboard.press('Control+V');
    await page.locator('.view-line', { hasText: 'Zhu Feng' }).first().waitFor({ timeout: 10_000 });
    // the editor wraps the line: read all its visual lines as one
    const pasted = (await page.locator('.editor-instance.active .view-lines, .editor-group-container.active .view-lines').first().innerText()).replace(/\s+/g, ' ');
    // the article's headline names it (its file name where it has none)
    assert.match(pasted, /^“[^”]+ … [^”]+” — Zhu Feng, dean of [^(]+\(NATO forges closer ties with Asian partners in response to concerns over China\)$/);
    await shot('citation-copied');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Control+W');
  });

  it('search says when nothing matches, forgives a typo, and opens from the keyboard shortcut', async () => {
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill('003_d13e6262becc2b5e.txt');
    await quickRow('003_d13e6262becc2b5e.txt').waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tab.active', { hasText: '003_d13e6262becc2b5e.txt' }).waitFor();
    await page.locator('.view-line').first().click();
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Alt+S');
    const input = page.locator('.quick-input-widget input');
    await page.locator('.quick-input-title', { hasText: 'Corpus Navigator: Search' }).waitFor();
    await input.fill('zqxwv');
    await quickRow('No results for').waitFor();
    await shot('search-no-results');
    // corpus text that looks like an icon stays text
    await input.fill('Quill soon');
    const literal = quickRow('$(zap)');
    await literal.waitFor();
    // (and a tag the extractor read as a space reads as one: the reader of the page sees no "<b>")
    assert.match(await literal.innerText(), /the \$\(zap\) plan would work soon/);
    assert.equal(await literal.locator('.codicon-zap').count(), 0);
    await shot('search-escaped');
    await input.fill('dictatr');
    const hit = quickRow('dictators');
    await hit.waitFor();
    assert.match(await hit.innerText(), /dictators/);
    await shot('search-typo');
    await page.keyboard.press('Escape');
  });

  it('a quote row’s right-click menu offers Open, Copy Quote with Citation and Reveal in Explorer', async () => {
    const actors = page.locator('.pane-header', { hasText: 'Actors' });
    if ((await actors.getAttribute('aria-expanded')) !== 'true') await actors.locator('h3.title').click();
    await row('Jens Stoltenberg').click();
    await row('Quotes (').click();
    const quote = row('China is learning from Russia');
    await quote.waitFor();
    await quote.click({ button: 'right' });
    const menu = page.locator('.context-view .monaco-menu');
    await menu.waitFor();
    const items = await menu.innerText();
    for (const entry of ['Open', 'Copy Quote with Citation', 'Reveal in Explorer View']) assert.ok(items.includes(entry), `${entry} in ${items}`);
    await shot('tree-context-menu');
    await page.keyboard.press('Escape');
  });
});
