import { strict as assert } from 'node:assert';
import { passageLine, snippet, windowAround } from '../../src/vscode/text';

/** Whether `text` holds half of a surrogate pair. */
const lone = (text: string): boolean => /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);

describe('row text cut to length', () => {
  it('never cuts an emoji in half, wherever it falls at the cut', () => {
    for (let pad = 80; pad < 95; pad++) {
      const text = `${'a'.repeat(pad)}${'😀'.repeat(10)}`;
      const shown = snippet(text, 90);
      assert.ok(!lone(shown), `${pad}: ${JSON.stringify(shown.slice(-4))}`);
      assert.ok(shown.length <= 90);
    }
  });

  it('a window around a late match starts on a whole character', () => {
    for (let pad = 0; pad < 6; pad++) {
      const text = `${'x'.repeat(pad)}${'😀'.repeat(60)}match`;
      const shown = windowAround(text, text.indexOf('match'), 63);
      assert.ok(!lone(shown), JSON.stringify(shown.slice(0, 4)));
      assert.ok(shown.includes('match'));
    }
  });

  it('a mention row\'s line drops a word its window cut in two, and marks the cut', () => {
    const article = 'TORONTO, 2026-11-30 — Mayor Olivia Chow said the budget would pass. Councillors disagreed loudly.';
    const start = article.indexOf('Mayor');
    // the window from 4 characters in cuts "TORONTO"; one character more each side tells it
    const from = 4;
    const end = article.indexOf('loudly') + 3;
    const shown = passageLine(article.slice(from - 1, end + 1), true, true, 200);
    assert.equal(shown, '…, 2026-11-30 — Mayor Olivia Chow said the budget would pass. Councillors disagreed…');
    assert.ok(shown.includes(article.slice(start, start + 16)));
  });

  it('a window that starts and ends between words keeps its first and last words', () => {
    const article = 'He said: Ottawa will act now, the minister added.';
    const from = article.indexOf('Ottawa');
    const end = article.indexOf(',');
    assert.equal(passageLine(article.slice(from - 1, end + 1), true, true, 200), '…Ottawa will act now…');
    assert.equal(passageLine(article, false, false, 200), article);
  });
});
