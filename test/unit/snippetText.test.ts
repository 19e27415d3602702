import { strict as assert } from 'node:assert';
import { snippet, windowAround } from '../../src/vscode/text';

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
});
