// Helpers of the browser tests: a workbench on a copy of a folder, where a phrase is on screen.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

/**
 * Registers a mocha afterEach that leaves a picture of what the user would have seen when a test
 * fails: `shot(name)` with `failed-PREFIX-TITLE` (the title's words joined by dashes, cut to 40).
 */
export function screenshotFailures(prefix, shot) {
  afterEach(async function () {
    const test = this.currentTest;
    if (test?.state === 'failed') await shot(`failed-${prefix}-${test.title.replace(/\W+/g, '-').slice(0, 40)}`);
  });
}

/**
 * Waits until `locator`'s element and those inside it have finished their CSS animations (a hover
 * card fades in): a screenshot taken before shows it half drawn.
 */
export async function drawn(locator) {
  await locator.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
}

/**
 * Screen point of the middle of the first `length` characters where `pattern` matches an editor
 * line. The editor draws spaces as non-breaking spaces (hence \s) and cuts long lines into
 * several spans, so the match is mapped back onto the text nodes.
 */
export async function pointOfText(page, pattern, length) {
  const line = page.locator('.view-line', { hasText: pattern }).first();
  await line.waitFor();
  return line.evaluate(
    (el, { source, length }) => {
      const nodes = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
      const full = nodes.map((n) => n.textContent).join('');
      const at = full.search(new RegExp(source));
      const locate = (offset) => {
        for (const n of nodes) {
          if (offset <= n.textContent.length) return [n, offset];
          offset -= n.textContent.length;
        }
        return [nodes.at(-1), nodes.at(-1).textContent.length];
      };
      const range = document.createRange();
      range.setStart(...locate(at));
      range.setEnd(...locate(at + length));
      const r = range.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    },
    { source: pattern.source, length },
  );
}

/**
 * A copy of `source` opened in a fresh code-server and browser, waited on until the status bar
 * counts `articles`, with the Corpus view shown; plus the small steps every browser test takes.
 * `onPage(page)`, when given, is awaited before the workbench loads.
 */
export async function openCopyOf(source, { articles, screenshots, name = path.basename(source), onPage }) {
  const { launchBrowser, startCodeServer } = await import('../support/codeServer.mjs');
  mkdirSync(screenshots, { recursive: true });
  const dir = mkdtempSync(path.join(tmpdir(), `corpus-${name}-`));
  cpSync(source, path.join(dir, name), { recursive: true });
  const server = await startCodeServer();
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  // (what a test watches from the workbench's first moment, indexing included)
  await onPage?.(page);
  await page.goto(server.url(dir));
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.statusbar-item', { hasText: articles }).waitFor({ timeout: 180_000 });
  await page.getByRole('tab', { name: /^Corpus/ }).click();
  return {
    dir,
    folder: path.join(dir, name),
    page,
    shot: (file) => page.screenshot({ path: path.join(screenshots, `${file}.png`) }),
    row: (text) => page.locator('.monaco-list-row', { hasText: text }).first(),
    async palette(command) {
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible' });
      await input.fill(`>${command}`);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: command }).first().waitFor();
      await page.keyboard.press('Enter');
    },
    /** Expands a tree row: a click during a refresh of the tree can be lost with the row it hit, so it clicks until the row holds. */
    async expand(rowLocator) {
      await rowLocator.waitFor();
      for (let i = 0; i < 5 && (await rowLocator.getAttribute('aria-expanded')) === 'false'; i++) {
        await rowLocator.click();
        await page.waitForTimeout(300);
      }
    },
    /**
     * Runs `command` from the palette and waits for the input box titled `title` (a string or
     * RegExp). The palette's own input stays on screen until the command's box replaces it (typing
     * before the box's title shows would type into the palette), and a tree refresh that takes the
     * focus closes the box: then it is opened again, up to three times.
     */
    async openBox(command, title) {
      for (let attempt = 1; ; attempt++) {
        try {
          await this.palette(command);
          await page.locator('.quick-input-title', { hasText: title }).waitFor({ timeout: 10_000 });
          return;
        } catch (e) {
          if (attempt === 3) throw e;
          await page.keyboard.press('Escape');
        }
      }
    },
    /** Filters the Corpus view's trees by `text` and waits until the filtered trees are drawn. */
    async filterTree(text) {
      for (let attempt = 1; ; attempt++) {
        try {
          await this.openBox('Corpus Navigator: Filter Actors and Events', /Filter actors and events/);
          await page.locator('.quick-input-widget input').fill(text, { timeout: 5_000 });
          await page.keyboard.press('Enter');
          break;
        } catch (e) {
          if (attempt === 3) throw e;
          await page.keyboard.press('Escape');
        }
      }
      // rows found before the filtered tree is drawn would be replaced (and collapsed) under the click
      await page.getByText(`Filtered by “${text.toLowerCase()}”`, { exact: false }).first().waitFor();
    },
    async close() {
      await browser.close();
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
