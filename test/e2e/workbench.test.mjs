// The workbench as a user sees it, in a real browser: the Corpus view, a hover card on a
// speaker's name and the search from the command palette. Screenshots go to
// test-results/screenshots/ to be looked at.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { ROOT, prepareWorkspace } from '../support/codeServer.mjs';
import { drawn, openCopyOf, pointOfText, screenshotFailures } from './helpers.mjs';

const SHOTS = path.join(ROOT, 'test-results/screenshots');

describe('the workbench in a browser', function () {
  this.timeout(120_000);
  let w;
  let page;
  const shot = (name) => w.shot(name);
  const row = (text) => w.row(text);
  const palette = (command) => w.palette(command);

  before(async function () {
    this.timeout(240_000);
    // the seeds and the bad files an extension must survive; the status-bar item fills in when indexing ends
    w = await openCopyOf(prepareWorkspace(), { articles: /\b[1-9]\d* articles/, screenshots: SHOTS, name: 'workspace' });
    page = w.page;
  });

  screenshotFailures('workbench', (name) => w && shot(name));

  after(async () => w?.close());

  it('shows the Corpus view with actors grouped by kind', async () => {
    const status = await page.locator('.statusbar-item', { hasText: 'articles' }).innerText();
    assert.match(status, /5 articles/);
    // openCopyOf has shown the Corpus view
    await row('People').waitFor();
    await row('Jens Stoltenberg').waitFor();
    await shot('actors');
    await page.locator('.pane-header', { hasText: 'Actors' }).hover();
    await page.getByRole('button', { name: /Collapse All/ }).first().click();
    for (const group of ['People', 'Organisations', 'Countries', 'Places', 'Groups']) assert.match(await row(group).innerText(), /\d+/);
    await row('People').click();
  });

  it('expands an actor into his quotes', async () => {
    await row('Jens Stoltenberg').click();
    await row('Quotes (').click();
    await row('China is learning from Russia').waitFor();
    await shot('actor-quotes');
    await row('China is learning from Russia').click();
    await page.locator('.tab.active', { hasText: '000_6d5c066a89ae0d63.txt' }).waitFor();
  });

  it('lists events by year and month', async () => {
    await page.getByRole('button', { name: /Collapse All/ }).first().click();
    const events = page.locator('.pane-header', { hasText: 'Events' });
    if ((await events.getAttribute('aria-expanded')) !== 'true') await events.click();
    await row('2024').waitFor();
    await row('July').click();
    const summit = page.locator('.monaco-list-row', { hasText: 'summit in Washington' }).first();
    await summit.waitFor();
    assert.match(await summit.innerText(), /2024-07-09/);
    await summit.click();
    await shot('events');
  });

  it('a hover card on a speaker’s name says who he is and what he said', async () => {
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill('000_6d5c066a89ae0d63.txt');
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
    await page.keyboard.press('Enter');
    const box = await pointOfText(page, /Stoltenberg\sreasoned/, 'Stoltenberg'.length);
    await page.mouse.move(box.x, box.y);
    const hover = page.locator('.monaco-hover', { hasText: 'Jens Stoltenberg' }).first();
    await hover.waitFor({ timeout: 15_000 });
    const text = await hover.innerText();
    assert.match(text, /person/);
    assert.match(text, /quotes?\s·\smentioned\sin\s\d+\sarticles?/);
    assert.match(text, /Show\sin\sActors/);
    await drawn(hover);
    await shot('hover');
    await page.mouse.move(5, 450);
  });

  it('searches the corpus from the command palette and opens the match', async () => {
    await palette('Corpus Navigator: Search');
    const input = page.locator('.quick-input-widget input');
    await input.fill('alliance of dictators');
    const result = page.locator('.quick-input-list .monaco-list-row', { hasText: 'dictators' }).first();
    await result.waitFor();
    // (the article by its headline, not its file name)
    assert.match(await result.innerText(), /US Official: NATO Summit/);
    assert.match(await result.innerText(), /Jens\sStoltenberg/);
    await shot('search');
    await page.keyboard.press('Enter');
    await page.locator('.tab.active', { hasText: '003_d13e6262becc2b5e.txt' }).waitFor();
    await shot('search-opened');
  });

  it('keeps the speakers in its own ranking as the user types, the typed letters in bold', async () => {
    await palette('Corpus Navigator: Search Quotes by Speaker');
    await page.locator('.quick-input-title', { hasText: 'Search Quotes by Speaker' }).waitFor();
    const input = page.locator('.quick-input-widget input');
    // "st": VS Code's own sort would list the names holding it alphabetically ("Australia",
    // "Biden administration officials", …); the extension puts a word starting with it first, the
    // most quoted first, then the names holding it elsewhere
    await input.pressSequentially('st', { delay: 50 });
    const rows = page.locator('.quick-input-list .monaco-list-row');
    await page.waitForTimeout(600);
    const names = await rows.evaluateAll((els) => els.map((e) => e.querySelector('.label-description')?.textContent ?? ''));
    // (session 38: "The U.S. and South Korea said" is one joint group, the seeds gold's "United States and South Korea")
    assert.deepEqual(names.slice(0, 4), ['Jens Stoltenberg', 'Center for Strategic and International Studies', 'United States', 'United States and South Korea'], names.join(' | '));
    await input.pressSequentially('oltenberg', { delay: 20 });
    await page.waitForTimeout(600);
    const first = rows.first();
    assert.equal(await first.locator('.label-description').innerText(), 'Jens Stoltenberg');
    assert.ok((await first.locator('.label-description .highlight').count()) > 0, 'the typed name is highlighted');
    assert.match(await first.innerText(), /person · 37 quotes/);
    await shot('search-speaker');
    await page.keyboard.press('Escape');
  });
});
