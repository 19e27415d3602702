// What a reader sees of four short articles of their own (test/fixtures/editor38): a quote whose
// page escaped its markup twice ("&amp;lt;script&amp;gt;") reads "&lt;script&gt;" everywhere, as the
// article does once decoded; a line break tag inside a sentence reads as a space; a rename reaches
// the Events tree's titles; a mayor's row names the mayor's title, not the council's "Cr".
// Screenshots editor38-*.png in test-results/screenshots/.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../support/codeServer.mjs';
import { drawn, openCopyOf, pointOfText, screenshotFailures } from './helpers.mjs';

const SHOTS = path.join(ROOT, 'test-results/screenshots');
const FIXTURE = path.join(ROOT, 'test/fixtures/editor38');
/** The document inside the webview panel shown (two nested iframes). */
const webviewFrame = (page) => page.frameLocator('iframe.webview.ready >> visible=true').frameLocator('iframe#active-frame');

describe('what a reader sees of their own articles', function () {
  this.timeout(180_000);
  let w;
  let page;
  const row = (text) => w.row(text);
  const shot = (name) => w.shot(`editor38-${name}`);
  const expand = (rowLocator) => w.expand(rowLocator);
  const filterTree = (text) => w.filterTree(text);
  /** Opens `file` of the fixture and hovers the first `length` characters where `pattern` matches. */
  const hoverIn = async (file, pattern, length, cardText) => {
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill(file);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: file }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tab.active', { hasText: file }).waitFor();
    const point = await pointOfText(page, pattern, length);
    await page.mouse.move(point.x, point.y);
    const hover = page.locator('.monaco-hover', { hasText: cardText }).first();
    await hover.waitFor({ timeout: 15_000 });
    await drawn(hover);
    return hover;
  };

  before(async () => {
    w = await openCopyOf(FIXTURE, { articles: /4 articles/, screenshots: SHOTS, name: 'editor38' });
    page = w.page;
  });

  screenshotFailures('editor38', (name) => w && shot(name));

  after(async () => w?.close());

  it('the Actors tree\'s quote row reads the twice-escaped markup once decoded', async () => {
    await filterTree('Tane');
    await expand(row('People'));
    await expand(row('Aroha Tane'));
    await expand(row('Quotes (1)'));
    const quote = row('feedback box');
    await quote.waitFor();
    const text = await quote.innerText();
    assert.match(text, /type &lt;script&gt; into/);
    assert.doesNotMatch(text, /<script>/);
    await shot('tree-quote');
    await w.palette('Corpus Navigator: Clear Filter');
  });

  it('the hover card shows the same, and a line break tag inside a sentence as a space', async () => {
    let hover = await hoverIn('wellington-web.txt', /Aroha\sTane/, 'Aroha'.length, 'Aroha Tane');
    let text = await hover.innerText();
    assert.match(text, /type &lt;script&gt; into/);
    assert.doesNotMatch(text, /<script>/);
    await shot('hover-escaped');
    await page.keyboard.press('Escape');
    hover = await hoverIn('bicol-typhoon.txt', /Legacion/, 'Legacion'.length, 'Nelson Legacion');
    text = await hover.innerText();
    assert.match(text, /floodwaters reached the city hall/);
    assert.doesNotMatch(text, /<br/);
    await shot('hover-tag');
    await page.keyboard.press('Escape');
  });

  it('the search quick pick shows the quote once decoded', async () => {
    await w.palette('Corpus Navigator: Search');
    await page.locator('.quick-input-widget input').fill('feedback');
    const hit = page.locator('.quick-input-list .monaco-list-row', { hasText: 'feedback box' }).first();
    await hit.waitFor({ timeout: 15_000 });
    const text = await hit.innerText();
    assert.match(text, /type &lt;script&gt; into/);
    assert.doesNotMatch(text, /<script>/);
    await shot('search');
    await page.keyboard.press('Escape');
  });

  it('the network counts the unnamed sources the Actors tree lists, and its quote list reads the tag as a space', async () => {
    await w.palette('Corpus Navigator: Show Actor Network');
    const frame = webviewFrame(page);
    const unnamed = frame.locator('[aria-label="Kinds"] label', { hasText: 'unnamed sources' });
    await unnamed.waitFor({ timeout: 30_000 });
    // "one resident" and "weather bureau official", as under the tree's Unnamed sources
    await frame.locator('[aria-label="Kinds"] label', { hasText: 'unnamed sources (2)' }).waitFor({ timeout: 15_000 });
    // and says what it counts: described groups ("residents", "police") are groups there and in the tree
    assert.match(await unnamed.getAttribute('title'), /Actors tree lists them under Unnamed sources/);
    await frame.locator('#network').evaluate((el) => new Promise((resolve) => (function wait() { el._cyreg?.cy ? resolve() : setTimeout(wait, 100); })()));
    const box = await frame.locator('#network').boundingBox();
    const node = await frame.locator('#network').evaluate((el) => {
      const n = el._cyreg.cy.nodes().filter((x) => x.data('name') === 'Nelson Legacion')[0];
      const p = n.renderedPosition();
      return { x: p.x, y: p.y };
    });
    await page.mouse.click(box.x + node.x, box.y + node.y);
    await frame.locator('.quotes h3', { hasText: 'Quotes by Nelson Legacion' }).waitFor({ timeout: 15_000 });
    const rows = await frame.locator('.quotes button.passage').allInnerTexts();
    assert.ok(rows.some((r) => /floodwaters reached the city hall/.test(r)), rows.join(' | '));
    assert.ok(rows.every((r) => !/<br/.test(r)), rows.join(' | '));
    await shot('network');
    // the tree agrees: the same two under Unnamed sources
    await filterTree('resident');
    await expand(row('Unnamed sources'));
    await row('one resident').waitFor();
    await w.palette('Corpus Navigator: Clear Filter');
  });

  it('a mayor\'s row names the mayor\'s title, not the council\'s "Cr"', async () => {
    await filterTree('McDonald');
    await expand(row('People'));
    const mayor = row('Geoff McDonald');
    await mayor.waitFor();
    const text = await mayor.innerText();
    assert.match(text, /Toowoomba Mayor/);
    assert.doesNotMatch(text, /\bCr\b/);
    await shot('roles');
    await w.palette('Corpus Navigator: Clear Filter');
  });

  it('a rename reaches the Events tree: the holder and the place as the user named them', async () => {
    const events = page.locator('.pane-header', { hasText: 'Events' });
    if ((await events.getAttribute('aria-expanded')) !== 'true') await events.click();
    await expand(row('March'));
    await row('Tory Whanau visit in Japan').waitFor();
    // from the palette: the actor, then its new name
    const input = page.locator('.quick-input-widget input');
    for (const [name, renamed] of [['Tory Whanau', 'Mayor Whanau (Wellington)'], ['Japan', 'Nippon']]) {
      await w.openBox('Corpus Navigator: Rename Actor', 'Rename which actor?');
      await input.fill(name);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
      await page.waitForTimeout(200);
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-title', { hasText: `Rename “${name}”` }).waitFor();
      await input.fill(renamed);
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
      // the trees' refresh after a rename takes the focus and would close the next rename's box
      await row(renamed).waitFor({ timeout: 20_000 });
    }
    const renamed = row('Mayor Whanau (Wellington) visit in Nippon');
    await renamed.waitFor({ timeout: 20_000 });
    // its description: date, place, participants, as renamed
    assert.match(await renamed.innerText(), /2026-03-09 · Nippon · Mayor Whanau \(Wellington\)/);
    const rename = JSON.parse(readFileSync(path.join(w.dir, '.corpus-navigator', 'curation.json'), 'utf8')).rename;
    assert.deepEqual(rename, { 'Tory Whanau': 'Mayor Whanau (Wellington)', Japan: 'Nippon' });
    await shot('events-renamed');
  });
});
