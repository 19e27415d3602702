// Session 65's fresh user: "'Évelyne Beaudin' is drawn as 'Evelyne Beaudin' in the network, while
// 'Bélanger' and 'Côté' render fine". cytoscape gave a node's label a box of the font size's height
// (its text background, and the texture it draws the label from when zoomed out); a capital's accent
// rises above that box and was cut off. The network of test/fixtures/editor65 is drawn and the label
// of Évelyne Beaudin's node is read back from the canvases cytoscape drew it on.
// Screenshots editor65-*.png in test-results/screenshots/.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { ROOT } from '../support/codeServer.mjs';
import { openCopyOf, screenshotFailures } from './helpers.mjs';

const SHOTS = path.join(ROOT, 'test-results/screenshots');
const FIXTURE = path.join(ROOT, 'test/fixtures/editor65');
/** The document inside the webview panel shown (two nested iframes). */
const webviewFrame = (page) => page.frameLocator('iframe.webview.ready >> visible=true').frameLocator('iframe#active-frame');

/**
 * In the page: the label of the node named `name` at zoom `z`, centred, as drawn: the rows (from the
 * node's bottom) where its box (text background) starts, where the ink of its first letter starts
 * and where the ink of its other letters starts.
 */
function labelRows(el, { name, z }) {
  const cy = el._cyreg.cy;
  const n = cy.nodes().filter((x) => x.data('name') === name)[0];
  cy.zoom(z);
  cy.center(n);
  return new Promise((resolve) =>
    setTimeout(() => {
      const css = getComputedStyle(document.body);
      const probe = document.createElement('canvas').getContext('2d');
      const rgb = (v) => {
        probe.fillStyle = v;
        probe.fillRect(0, 0, 1, 1);
        return [...probe.getImageData(0, 0, 1, 1).data.slice(0, 3)];
      };
      const fg = rgb(css.getPropertyValue('--vscode-editor-foreground').trim() || '#ccc');
      const bg = rgb(css.getPropertyValue('--vscode-editor-background').trim() || '#1e1e1e');
      const span = Math.hypot(fg[0] - bg[0], fg[1] - bg[1], fg[2] - bg[2]);
      const layers = [...el.querySelectorAll('canvas')].map((c) => ({ ctx: c.getContext('2d'), ratio: c.width / c.clientWidth }));
      const bb = n.renderedBoundingBox({ includeLabels: true });
      const x0 = Math.floor(bb.x1);
      const y0 = Math.ceil(n.renderedPosition().y + n.renderedHeight() / 2) + 1;
      const w = Math.ceil(bb.x2) - x0;
      const h = Math.ceil(bb.y2) - y0;
      // 0 nothing drawn, 1 the label's box, 2 ink (nearer the text's colour than the background's)
      const at = (x, y) => {
        let seen = 0;
        for (const { ctx, ratio } of layers) {
          const d = ctx.getImageData(Math.round((x0 + x) * ratio), Math.round((y0 + y) * ratio), 1, 1).data;
          if (d[3] < 40) continue;
          seen = Math.max(seen, Math.hypot(d[0] - bg[0], d[1] - bg[1], d[2] - bg[2]) > span * 0.35 ? 2 : 1);
        }
        return seen;
      };
      const grid = Array.from({ length: h }, (_, y) => Array.from({ length: w }, (_, x) => at(x, y)));
      const firstRow = (test, from = 0, to = w) => grid.findIndex((row) => row.slice(from, to).some(test));
      const left = Math.min(...grid.map((row) => row.indexOf(2)).filter((x) => x >= 0));
      probe.font = `${n.pstyle('font-size').pfValue * z}px ${n.pstyle('font-family').strValue}`;
      const capital = Math.ceil(probe.measureText('E').width);
      resolve({
        box: firstRow((v) => v === 1),
        first: firstRow((v) => v === 2, left, left + capital),
        rest: firstRow((v) => v === 2, left + capital + 1),
        art: grid.map((row) => row.map((v) => '.o#'[v]).join('')).join('\n'),
      });
    }, 1500),
  );
}

describe('the actor network draws a capital\'s accent', function () {
  this.timeout(180_000);
  let w;
  let page;
  const shot = (name) => w.shot(`editor65-${name}`);

  before(async () => {
    w = await openCopyOf(FIXTURE, { articles: /1 article/, screenshots: SHOTS, name: 'editor65' });
    page = w.page;
  });
  screenshotFailures('editor65', (name) => w && shot(name));
  after(async () => w?.close());

  it('“Évelyne Beaudin”: the É\'s accent is drawn, inside the label\'s box', async () => {
    await w.palette('Corpus Navigator: Show Actor Network');
    const frame = webviewFrame(page);
    await frame.locator('#network canvas').first().waitFor({ timeout: 30_000 });
    await frame.locator('.note', { hasText: /actors, \d+ links/ }).waitFor({ timeout: 30_000 });
    await page.waitForTimeout(500);
    const names = await frame.locator('#network').evaluate((el) => el._cyreg.cy.nodes().map((n) => n.data('name')));
    for (const name of ['Évelyne Beaudin', 'Marc Bélanger', 'Julie Côté']) assert.ok(names.includes(name), names.join(', '));
    await shot('network');
    for (const z of [1, 0.7]) {
      const rows = await frame.locator('#network').evaluate(labelRows, { name: 'Évelyne Beaudin', z });
      const said = `at zoom ${z}: ${JSON.stringify({ ...rows, art: undefined })}\n${rows.art}`;
      assert.ok(rows.box >= 0 && rows.first >= 0 && rows.rest >= 0, said);
      // the accent is part of the label's box: it is not cut off with it
      assert.ok(rows.first >= rows.box, `the É rises above its label's box ${said}`);
      // and it is drawn: the É stands taller than every other letter (l, d, B)
      assert.ok(rows.first < rows.rest, `the É is no taller than the other letters ${said}`);
      await shot(`label-${z}`);
    }
  });
});
