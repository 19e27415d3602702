// How long the Timeline and the Actor Network take to open on a large archive, in code-server as
// a user opens them (issue 9: "a view opens in ≤ 2 s at the 10k archive"): from the command to the
// first drawn item or node, twice each (the first open pays for building the views' data).
//   node scripts/bench-views.mjs [ARCHIVE]   (default: the bench:editor archive of 11 copies)
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { openCopyOf } from '../test/e2e/helpers.mjs';

const archive = process.argv[2] ?? path.join(tmpdir(), 'corpus-nav-bench-archive-11');
if (!existsSync(archive)) {
  console.error(`no archive at ${archive}: run npm run bench:editor once to build it, or name a folder`);
  process.exit(2);
}
const frame = (page) => page.frameLocator('iframe.webview.ready >> visible=true').frameLocator('iframe#active-frame');
const started = Date.now();
const w = await openCopyOf(archive, { articles: /\b[1-9][\d,]* articles/, screenshots: path.join(tmpdir(), 'corpus-bench-views'), name: 'archive' });
// wait for the index to finish: the status bar stops saying "indexing"
await w.page.waitForFunction(() => ![...document.querySelectorAll('.statusbar-item')].some((e) => /indexing/i.test(e.textContent ?? '')), null, { timeout: 900_000 });
console.log(`indexed after ${((Date.now() - started) / 1000).toFixed(1)} s: ${await w.page.locator('.statusbar-item', { hasText: 'articles' }).first().innerText()}`);
/**
 * From running the command (Enter in the palette, the command already typed) to `ready`; with
 * where the time went, read from the page's own clock (performance.timeOrigin is wall-clock, as
 * Date.now() here): the page starts loading, its boot script says ready, its script runs, the data arrives, the first frame is drawn
 * (and is painted; the network's cytoscape bundle runs and its interactive graph is drawn).
 */
const time = async (command, ready) => {
  await w.page.keyboard.press('F1');
  const input = w.page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${command}`);
  await w.page.locator('.quick-input-list .monaco-list-row', { hasText: command }).first().waitFor();
  const t = Date.now();
  await w.page.keyboard.press('Enter');
  await ready();
  const total = Date.now() - t;
  const marks = await frame(w.page).locator('body').evaluate(() => ({ origin: performance.timeOrigin, marks: Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name.replace('corpus-nav:', ''), m.startTime])) }));
  const at = (ms) => (ms === undefined ? '?' : Math.round(marks.origin + ms - t));
  const later = ['painted', 'library', 'interactive'].filter((m) => marks.marks[m] !== undefined).map((m) => `, ${m} ${at(marks.marks[m])}`);
  // when the first frame was on screen: the page's own mark, as the main thread may be busy after it (cytoscape) and delay `ready`
  const first = marks.marks.painted === undefined ? '' : ` (first frame painted at ${at(marks.marks.painted)} ms)`;
  return { total: `${total} ms${first}`, steps: `page ${at(0)}, boot ${at(marks.marks.page)}, script ${at(marks.marks.script)}, data ${at(marks.marks.data)}, drawn ${at(marks.marks.drawn)}${later.join('')}` };
};
for (let round = 1; round <= 2; round++) {
  const timeline = await time('Corpus Navigator: Show Timeline', () => frame(w.page).locator('.vis-item').first().waitFor({ timeout: 120_000 }));
  await w.palette('View: Close Editor');
  const network = await time('Corpus Navigator: Show Actor Network', () => frame(w.page).locator('.note', { hasText: /actors, \d+ links/ }).waitFor({ timeout: 120_000 }));
  await w.palette('View: Close Editor');
  console.log(`open ${round}: timeline ${timeline.total}, actor network ${network.total}`);
  console.log(`  timeline (ms after the command): ${timeline.steps}`);
  console.log(`  actor network: ${network.steps}`);
}
await w.close();
