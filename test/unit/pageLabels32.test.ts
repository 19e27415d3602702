import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { actorNames, quotesOf } from './helpers';

const story = (label: string): string =>
  `Minister faces questions over clinic closures\n\n${label}\n\nOTTAWA — Health Minister Mark Holland faced questions on Tuesday. Mayor Ines Kowal said the clinics would stay open.`;

describe('a page label under the headline is no one speaking (session 32)', () => {
  for (const label of ['Published: 12 May 2025', 'Last updated: Tuesday, 10:42 a.m. ET', 'Posted: March 3, 2026', 'Filed: 2026-03-03 09:15', 'Updated: Nov. 30, 2026 at 5:01 p.m.']) {
    it(`"${label}" gives no quote and no actor`, () => {
      const text = story(label);
      const quotes = quotesOf(text);
      assert.deepEqual(quotes.filter((q) => q.start < text.indexOf('OTTAWA')), [], label);
      assert.equal(quotes.length, 1);
      assert.equal(quotes[0].who, 'Ines Kowal');
      const word = label.split(':')[0].split(' ').pop()!;
      assert.ok(!actorNames(analyze(text)).some((n) => n.toLowerCase().includes(word.toLowerCase())), `${label}: ${actorNames(analyze(text))}`);
    });
  }

  it('a name before the colon with words after it, a date among them, still speaks', () => {
    const text = 'Kowal: Clinics stay open until May 12, 2026\n\nOTTAWA — Mayor Ines Kowal said the clinics would stay open.';
    const [q] = quotesOf(text);
    assert.equal(q?.who, 'Ines Kowal');
    assert.ok(q.end <= text.indexOf('\n'));
  });
});
