// The timeline and actor-network webviews as a user meets them, in a real browser: on the seeds
// and on the development corpus, a click on a timeline point and on a network node must open the
// passage or reveal the actor. Screenshots timeline*.png and network*.png in test-results/screenshots/.
import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../support/codeServer.mjs';
import { openCopyOf, screenshotFailures } from './helpers.mjs';

const SHOTS = path.join(ROOT, 'test-results/screenshots');
const DEV = path.resolve(ROOT, '../shared/corpora/polnear-dev/texts');

/** The document inside the webview panel shown: VS Code nests it in two iframes (a hidden, kept view has its own). */
const webviewFrame = (page) => page.frameLocator('iframe.webview.ready >> visible=true').frameLocator('iframe#active-frame');

for (const corpus of [
  { name: 'seeds', source: path.join(ROOT, 'seeds'), articles: /5 articles/ },
  { name: 'dev', source: DEV, articles: /924 articles/ },
]) {
  describe(`timeline and actor network on the ${corpus.name}`, function () {
    this.timeout(240_000);
    let w;
    let page;
    const shot = (name) => w.shot(`${name}-${corpus.name}`);
    const palette = (command) => w.palette(command);

    before(async function () {
      if (!existsSync(corpus.source)) this.skip();
      w = await openCopyOf(corpus.source, { articles: corpus.articles, screenshots: SHOTS, name: corpus.name });
      page = w.page;
    });

    screenshotFailures('views', (name) => w && shot(name));

    after(async () => w?.close());

    it('the timeline shows dated items and opens the passage of the one chosen', async () => {
      const opened = Date.now();
      await palette('Corpus Navigator: Show Timeline');
      const frame = webviewFrame(page);
      // a point of its own (a crowded date is drawn as a cluster, which zooms in on double click)
      const items = frame.locator('.vis-item.vis-box:not(.vis-cluster)');
      await items.first().waitFor({ timeout: 30_000 });
      const seconds = (Date.now() - opened) / 1000;
      assert.ok(seconds < 10, `timeline took ${seconds} s to show`);
      const note = await frame.locator('.note').first().textContent();
      assert.match(note, /dated items/);
      // undated events and the quotes of undated articles are two headed lists, events first, each scrolling in its own box
      if (Number(/(\d+) undated/.exec(note)[1]) > 0) {
        const heads = await frame.locator('section.undated h3').allTextContents();
        assert.ok(heads.length >= 1 && heads.every((h) => /^(Undated events|Quotes in undated articles) \(\d+\)$/.test(h)), `undated lists: ${heads}`);
        assert.ok(heads.length === 1 || heads[0].startsWith('Undated events'), `undated lists: ${heads}`);
        assert.equal(await frame.locator('section.undated ul.passages').first().evaluate((ul) => getComputedStyle(ul).overflowY), 'auto');
        await frame.locator('section.undated').last().scrollIntoViewIfNeeded();
        await shot('timeline-undated');
        await frame.locator('#timeline').scrollIntoViewIfNeeded();
      }
      // event kinds and quote kinds are two labelled rows of checkboxes, not one mixed list
      const kindRow = (label) => frame.locator(`[aria-label="${label}"] input`).evaluateAll((boxes) => boxes.map((b) => b.value));
      assert.deepEqual((await kindRow('Quote kinds')).filter((k) => !['direct', 'indirect', 'mixed'].includes(k)), []);
      const eventKinds = await kindRow('Event kinds');
      assert.ok(eventKinds.length > 0 && !eventKinds.some((k) => ['direct', 'indirect', 'mixed'].includes(k)), `event kinds: ${eventKinds}`);
      await shot('timeline');
      // Ctrl+wheel over the axis zooms in: its labels change or move apart (a small zoom within
      // one month keeps the same words, only further apart)
      const axis = () =>
        frame.locator('.vis-time-axis.vis-foreground').first().evaluate((el) => [...el.querySelectorAll('.vis-text')].map((t) => `${t.textContent}@${Math.round(t.getBoundingClientRect().left)}`).join(' '));
      const before = await axis();
      const centre = await frame.locator('.vis-panel.vis-center').boundingBox();
      await page.mouse.move(centre.x + centre.width / 2, centre.y + centre.height / 2);
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, -400);
      await page.keyboard.up('Control');
      for (let i = 0; i < 50 && (await axis()) === before; i++) await page.waitForTimeout(100);
      assert.notEqual(await axis(), before, 'the axis zoomed');
      // the first item drawn inside the visible axis (vis-timeline keeps some just outside it in the page)
      const inside = await items.first().evaluate(() => {
        const panel = document.querySelector('.vis-panel.vis-center').getBoundingClientRect();
        return [...document.querySelectorAll('.vis-item.vis-box:not(.vis-cluster)')].findIndex((e) => {
          const r = e.getBoundingClientRect();
          return r.width > 0 && r.left >= panel.left && r.right <= panel.right && r.top >= panel.top && r.bottom <= panel.bottom;
        });
      });
      assert.ok(inside >= 0, 'an item is drawn inside the axis');
      const item = items.nth(inside);
      const label = (await item.textContent()).replace(/…$/, '');
      await item.click();
      // the passage opens in an editor with the quote selected
      await page.locator('.monaco-editor .selected-text').first().waitFor({ timeout: 15_000 });
      assert.ok(label.trim().length > 0);
      await shot('timeline-opened');
    });

    it('the actor network draws nodes; choosing one reveals the actor and lists its quotes', async () => {
      await palette('Corpus Navigator: Show Actor Network');
      const frame = webviewFrame(page);
      await frame.locator('#network canvas').first().waitFor({ timeout: 30_000 });
      await frame.locator('.note', { hasText: /actors, \d+ links/ }).waitFor({ timeout: 30_000 });
      await page.waitForTimeout(500);
      // drawn first as SVG when the data comes before cytoscape has loaded, painted before cytoscape
      // draws; then cytoscape's graph alone (the SVG removed)
      const marks = await frame.locator('body').evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name.replace('corpus-nav:', ''), m.startTime])));
      assert.ok(marks.interactive !== undefined, 'cytoscape drew the graph');
      assert.equal(await frame.locator('#network svg.first').count(), 0, 'the SVG first frame is gone');
      if (marks.data < marks.library) assert.ok(marks.painted <= marks.interactive, `the SVG first frame was painted before cytoscape drew: ${JSON.stringify(marks)}`);
      // it opens on people and organisations: places, countries, groups and one-mention actors crowded
      // the graph; each kind's box says how many there are, and a line says what was left out
      const nodes = () => frame.locator('#network').evaluate((el) => el._cyreg.cy.nodes().map((n) => ({ kind: n.data('kind'), quotes: n.data('quoteCount'), mentions: n.data('mentionCount') })));
      const byKind = (list) => list.reduce((o, n) => ({ ...o, [n.kind]: (o[n.kind] ?? 0) + 1 }), {});
      const opened = await nodes();
      assert.deepEqual(Object.keys(byKind(opened)).sort(), ['organization', 'person'], JSON.stringify(byKind(opened)));
      assert.ok(opened.length >= 10 && opened.length <= 40, `${opened.length} nodes`);
      assert.ok(opened.every((n) => n.quotes > 0 || n.mentions > 1), 'no actor mentioned once and never quoted');
      const boxes = await frame.locator('[aria-label="Kinds"] label').allTextContents();
      assert.deepEqual(boxes.map((b) => b.replace(/ \(\d+\)$/, '').trim()), ['people', 'organisations', 'countries', 'places', 'groups', 'unnamed sources']);
      const ticked = await frame.locator('[aria-label="Kinds"] input').evaluateAll((inputs) => inputs.filter((i) => i.checked).map((i) => i.value));
      assert.deepEqual(ticked, ['person', 'organization']);
      assert.match(await frame.locator('.note.left').textContent(), /^Not shown: .*\d+ of the kinds not ticked/);
      // the strongest 60 links of each type at most (the 40 actors of the development set had 811, a tangle)
      const links = Number(/actors, (\d+) links/.exec(await frame.locator('.note', { hasText: /actors, \d+ links/ }).textContent())[1]);
      assert.ok(links > 0 && links <= 120, `${links} links`);
      assert.equal(await frame.locator('#network').evaluate((el) => el._cyreg.cy.edges().length), links);
      await shot('network');
      // click the biggest node: its position is read from cytoscape through the page's own script state
      const box = await frame.locator('#network').boundingBox();
      const handle = await frame.locator('#network').elementHandle();
      const node = await handle.evaluate(() => {
        const cy = document.querySelector('#network')._cyreg?.cy;
        const n = cy.nodes().sort((a, b) => b.data('quoteCount') - a.data('quoteCount'))[0];
        const p = n.renderedPosition();
        return { x: p.x, y: p.y, name: n.data('name') };
      });
      await page.mouse.click(box.x + node.x, box.y + node.y);
      await frame.locator('.quotes h3', { hasText: `Quotes by ${node.name}` }).waitFor({ timeout: 15_000 });
      // the list is in view at 900 px without scrolling: its title and first rows inside the viewport
      const viewport = page.viewportSize();
      const rows = frame.locator('.quotes button.passage');
      assert.ok((await rows.count()) >= 2);
      for (const target of [frame.locator('.quotes h3'), rows.nth(0), rows.nth(1)]) {
        const b = await target.boundingBox();
        assert.ok(b && b.y >= 0 && b.y + b.height <= viewport.height, `in view: ${JSON.stringify(b)}`);
      }
      // each row says where the quote is from (the title already names the speaker)
      // (its title, else its file's name, and its date when known; the button's tooltip is the file)
      const detail = await frame.locator('.quotes .detail').first().textContent();
      assert.ok(detail.trim().length > 3, `the article of the first quote: ${detail}`);
      // the Actors tree shows the same actor selected
      await page.locator('.monaco-list-row.selected', { hasText: node.name }).first().waitFor({ timeout: 15_000 });
      await shot('network-node');
      await rows.first().click();
      await page.locator('.monaco-editor .selected-text').first().waitFor({ timeout: 15_000 });
      // back to the view from the passage: its list is as the user left it (the page was kept)
      await page.locator('.tab', { hasText: 'Actor Network' }).click();
      await webviewFrame(page).locator('.quotes h3', { hasText: `Quotes by ${node.name}` }).waitFor({ timeout: 15_000 });
    });

    it('the actor network draws places when ticked, and says how many it left out', async () => {
      const frame = webviewFrame(page);
      const places = await frame.locator('[aria-label="Kinds"] label', { hasText: 'places' }).textContent();
      const count = Number(/\((\d+)\)/.exec(places)[1]);
      assert.ok(count > 0, places);
      await frame.locator('[aria-label="Kinds"] input[value="place"]').check();
      // places get in by their mentions, though they are rarely quoted
      const drawn = () => frame.locator('#network').evaluate((el) => el._cyreg.cy.nodes().map((n) => n.data('kind')));
      let kinds = await drawn();
      for (let i = 0; i < 100 && !kinds.includes('place'); i++) kinds = await page.waitForTimeout(150).then(drawn);
      await page.waitForTimeout(300);
      assert.ok(kinds.includes('place'), `kinds drawn: ${[...new Set(kinds)]}`);
      assert.ok(kinds.every((k) => ['person', 'organization', 'place'].includes(k)));
      await shot('network-places');
      // a narrow sidebar: each actor's row still says first what tells it apart, never "0 quotes"
      const sidebar = await page.locator('#workbench\\.parts\\.sidebar').boundingBox();
      await page.mouse.move(sidebar.x + sidebar.width + 1, sidebar.y + sidebar.height / 2);
      await page.mouse.down();
      await page.mouse.move(sidebar.x + 230, sidebar.y + sidebar.height / 2, { steps: 5 });
      await page.mouse.up();
      const descriptions = await page.locator('#workbench\\.parts\\.sidebar .monaco-list-row .label-description').allTextContents();
      assert.ok(descriptions.length > 5);
      assert.ok(!descriptions.some((d) => /^0 quotes/.test(d)), descriptions.join(' | '));
      await shot('network-narrow-sidebar');
      // a narrow window: the list goes under the graph, still in view at 900 px
      await page.setViewportSize({ width: 960, height: 900 });
      await page.waitForTimeout(500);
      const box = await frame.locator('#network').boundingBox();
      const node = await frame.locator('#network').evaluate((el) => {
        const n = el._cyreg.cy.nodes().sort((a, b) => b.data('mentionCount') - a.data('mentionCount'))[0];
        return { ...n.renderedPosition(), name: n.data('name') };
      });
      await page.mouse.click(box.x + node.x, box.y + node.y);
      const title = frame.locator('.quotes h3', { hasText: node.name });
      await title.waitFor({ timeout: 15_000 });
      const [graphBox, titleBox, firstRow] = [box, await title.boundingBox(), await frame.locator('.quotes button.passage').first().boundingBox()];
      assert.ok(titleBox.y >= graphBox.y + graphBox.height, 'the list under the graph');
      assert.ok(firstRow.y + firstRow.height <= 900, `the first quote in view: ${JSON.stringify(firstRow)}`);
      assert.ok(graphBox.height >= 240, `the graph keeps some height: ${graphBox.height}`);
      await shot('network-narrow-window');
      await page.setViewportSize({ width: 1440, height: 900 });
    });
  });
}
