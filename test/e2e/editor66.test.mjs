// Session 66's fresh user: "The timeline on the development set stacks labels about fifteen high,
// and narrowed to Bernie Sanders says '1000 dated items (108 more…)'." A made corpus of 60 articles
// in two months, one speaker quoted in each: labels too close to draw apart are clustered into a
// count (vis-timeline's clustering), a few rows high; choosing a count lists its items; narrowed
// to the speaker the status names her and counts all her items.
//
// Session 66's fresh user: "The network has no least zoom and no control that fits it back: a few
// wheel flicks shrink it to a dot." The network of the seeds is zoomed out far with the wheel: the
// zoom stops at its least, where the graph is still half the canvas; the Fit button, and its key F,
// fit the whole graph back into view. Screenshots editor66-*.png in test-results/screenshots/.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../support/codeServer.mjs';
import { openCopyOf, screenshotFailures } from './helpers.mjs';

const SHOTS = path.join(ROOT, 'test-results/screenshots');
/** The document inside the webview panel shown (two nested iframes). */
const webviewFrame = (page) => page.frameLocator('iframe.webview.ready >> visible=true').frameLocator('iframe#active-frame');

/** In the page: the zoom, its bounds, and the graph's drawn box against the canvas's. */
const view = (el) => {
  const cy = el._cyreg.cy;
  const bb = cy.elements().renderedBoundingBox({ includeLabels: true });
  return { zoom: cy.zoom(), min: cy.minZoom(), max: cy.maxZoom(), box: { x1: bb.x1, y1: bb.y1, x2: bb.x2, y2: bb.y2, w: bb.w, h: bb.h }, width: cy.width(), height: cy.height() };
};

describe('the actor network keeps a least zoom and fits back into view', function () {
  this.timeout(180_000);
  let w;
  let page;
  const shot = (name) => w.shot(`editor66-${name}`);

  before(async () => {
    w = await openCopyOf(path.join(ROOT, 'seeds'), { articles: /5 articles/, screenshots: SHOTS, name: 'seeds' });
    page = w.page;
  });
  screenshotFailures('editor66', (name) => w && shot(name));
  after(async () => w?.close());

  it('wheel flicks stop at the least zoom; Fit (button and F) puts the whole graph in view', async () => {
    await w.palette('Corpus Navigator: Show Actor Network');
    const frame = webviewFrame(page);
    await frame.locator('#network canvas').first().waitFor({ timeout: 30_000 });
    await frame.locator('.note', { hasText: /actors, \d+ links/ }).waitFor({ timeout: 30_000 });
    await page.waitForTimeout(800);
    const network = frame.locator('#network');
    const fitted = await network.evaluate(view);
    await shot('fitted');
    // the wheel over the graph's middle, far out: 40 flicks
    const box = await network.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    // (flick after flick until the zoom stands still, at most 150)
    let before = fitted.zoom;
    for (let i = 0; i < 150; i++) {
      await page.mouse.wheel(0, 1000);
      await page.waitForTimeout(30);
      if (i % 10 === 9) {
        const now = (await network.evaluate(view)).zoom;
        if (now === before) break;
        before = now;
      }
    }
    await page.waitForTimeout(500);
    const out = await network.evaluate(view);
    await shot('zoomed-out');
    const said = JSON.stringify({ fitted, out });
    assert.ok(out.zoom < fitted.zoom, `the wheel zoomed out ${said}`);
    assert.ok(Math.abs(out.zoom - out.min) < 1e-9, `stopped at the least zoom ${said}`);
    assert.ok(out.min >= Math.min(fitted.zoom, 1) * 0.5 - 1e-9, `the least zoom is half the fitted one ${said}`);
    // not a dot: the graph still spans at least a third of the canvas's width or height
    assert.ok(out.box.w >= out.width / 3 || out.box.h >= out.height / 3, `the graph shrank to ${Math.round(out.box.w)}×${Math.round(out.box.h)} ${said}`);
    // more flicks change nothing
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 600);
    await page.waitForTimeout(300);
    assert.equal((await network.evaluate(view)).zoom, out.zoom);

    // zoomed in and dragged away, then Fit: the whole graph is back inside the canvas
    const inside = (v) => v.box.x1 >= -1 && v.box.y1 >= -1 && v.box.x2 <= v.width + 1 && v.box.y2 <= v.height + 1;
    const away = async () => {
      await network.evaluate((el) => {
        const cy = el._cyreg.cy;
        cy.zoom(cy.maxZoom());
        cy.pan({ x: -5000, y: -3000 });
      });
      const v = await network.evaluate(view);
      assert.ok(!inside(v), `moved out of view ${JSON.stringify(v)}`);
      assert.ok(v.zoom <= v.max + 1e-9);
    };
    await away();
    await shot('away');
    const fit = frame.getByRole('button', { name: 'Fit' });
    assert.ok(await fit.isVisible(), 'a visible Fit button');
    // reached by the keyboard: focused, then Enter
    await fit.focus();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    const byButton = await network.evaluate(view);
    await shot('fit-button');
    assert.ok(inside(byButton), `Fit: the graph in view ${JSON.stringify(byButton)}`);
    assert.ok(Math.abs(byButton.zoom - fitted.zoom) < fitted.zoom * 0.05, `the fitted zoom again ${JSON.stringify({ fitted: fitted.zoom, now: byButton.zoom })}`);

    await away();
    await network.click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('f');
    await page.waitForTimeout(300);
    const byKey = await network.evaluate(view);
    await shot('fit-key');
    assert.ok(inside(byKey), `F: the graph in view ${JSON.stringify(byKey)}`);
  });
});

/** 60 articles, one a day from 2016-01-04, each a quote of Dana Whitfield's and one of another speaker's: 120 labels in two months. */
function crowdedCorpus() {
  const dir = mkdtempSync(path.join(tmpdir(), 'corpus-crowded-src-'));
  const folder = path.join(dir, 'crowded');
  mkdirSync(folder);
  const towns = ['Ashford', 'Brigham', 'Carlow', 'Dunmore', 'Elston', 'Fairview'];
  for (let i = 0; i < 60; i++) {
    const day = new Date(Date.UTC(2016, 0, 4 + i)).toISOString().slice(0, 10);
    const town = towns[i % towns.length];
    const other = ['Owen Pryce', 'Maria Lindgren', 'Sam Okoro'][i % 3];
    writeFileSync(
      path.join(folder, `${day}-story-${i}.txt`),
      `Senator campaigns in ${town}\n\n“We will fix the roads in ${town} before the winter comes,” Senator Dana Whitfield said at a rally in ${town} on its main square.\n\n“The senator has made that promise before,” said ${other}, a local councillor.\n`,
    );
  }
  return { dir, folder };
}

describe('the timeline of a crowded corpus clusters what it cannot draw apart', function () {
  this.timeout(240_000);
  let w;
  let page;
  let made;
  const shot = (name) => w.shot(`editor66-timeline-${name}`);

  before(async () => {
    made = crowdedCorpus();
    w = await openCopyOf(made.folder, { articles: /60 articles/, screenshots: SHOTS, name: 'crowded' });
    page = w.page;
  });
  screenshotFailures('editor66-timeline', (name) => w && shot(name));
  after(async () => {
    await w?.close();
    if (made) rmSync(made.dir, { recursive: true, force: true });
  });

  /** In the page: how many rows high the drawn items stand (their distinct tops), and the clusters drawn. */
  const stack = (chart) => {
    const boxes = [...chart.querySelectorAll('.vis-foreground .vis-item.vis-box, .vis-foreground .vis-item.vis-cluster')].filter((e) => e.offsetParent !== null);
    const tops = new Set(boxes.map((e) => Math.round(e.getBoundingClientRect().top)));
    return { rows: tops.size, items: boxes.length, clusters: boxes.filter((e) => e.classList.contains('vis-cluster')).map((e) => e.textContent.trim()) };
  };

  it('a few rows high, the rest counted; a count lists its items; narrowed to a speaker, all hers named', async () => {
    await w.palette('Corpus Navigator: Show Timeline');
    const frame = webviewFrame(page);
    const chart = frame.locator('#timeline');
    await frame.locator('.vis-item').first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1500);
    const all = await chart.evaluate(stack);
    await shot('all');
    assert.ok(all.clusters.length > 0, `clusters drawn ${JSON.stringify(all)}`);
    assert.ok(all.rows <= 6, `at most six rows of labels ${JSON.stringify(all)}`);
    // a cluster chosen: its items listed under the chart
    await frame.locator('.vis-item.vis-cluster').first().click();
    await frame.locator('section.chosen h3', { hasText: /\d+ items/ }).waitFor({ timeout: 10_000 });
    const listed = await frame.locator('section.chosen li').count();
    assert.ok(listed >= 2, `a cluster lists its items: ${listed}`);
    await shot('cluster-listed');

    const options = await frame.locator('select').first().evaluate((s) => [...s.options].map((o) => [o.value, o.textContent]));
    const dana = options.find(([, t]) => t === 'Dana Whitfield');
    assert.ok(dana, options.map(([, t]) => t).join(', '));
    await frame.locator('select').first().selectOption(dana[0]);
    await frame.locator('.controls .note', { hasText: /of Dana Whitfield/ }).waitFor({ timeout: 20_000 });
    const status = await frame.locator('.controls .note').first().innerText();
    assert.match(status, /^\d+ dated items of Dana Whitfield, /, status);
    assert.ok(!/narrow by actor/.test(status), status);
    await page.waitForTimeout(1000);
    const hers = await chart.evaluate(stack);
    await shot('narrowed');
    assert.ok(hers.rows <= 6, `narrowed: at most six rows ${JSON.stringify(hers)}`);
  });
});
