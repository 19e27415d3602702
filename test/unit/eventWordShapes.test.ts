import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { mayBeEventWord, triggersFor } from '../../src/extractor/eventWords';
import { datePhrase, datePhrases, resolveDate } from '../../src/extractor/dates';
import { tenseAround } from '../../src/extractor/dateTense';

/** Articles whose words take the tokenizer's rarer paths: capitals, stops, possessives, clitics, hyphens, letters beyond ASCII. */
const TRICKY = [
  'Published 4 March 2021\nSUMMIT OF G7 LEADERS OPENS IN ROME\nThe G-7 Summit, held in Rome, ended on Tuesday. Leaders met at the COP29 talks.',
  'Published 9 May 2022\nThey’ve said the By-Election will be held May 5; the by-elections’ results come later. Gov. Ames addressed the Assembly.',
  'Published 1 June 2023\nThe union’s strike vote passed. Workers’ walkouts resumed, the U.S. envoy said at a news conference in Geneva.',
  'Published 2 July 2024\nÉlection Day: the Prime Minister’s speech, the minister’s visits and the Premier’s trip to Québec were postponed.',
  // the Kelvin sign lower-cases to "k", the dotted capital I to two code units, the long s to itself
  'Published 3 August 2024\nThe union will go bac\u212A to the talks. The Summ\u0130t opened. A \u017Fpeech was given. Officials said they would meet again.',
];

describe('events: the word test read from the text (mayBeEventWord)', () => {
  it('passes every word whose lower case calls for a trigger, in texts of tricky words', () => {
    for (const text of TRICKY) {
      const a = analyze(text);
      let calling = 0;
      for (const p of a.paragraphs) {
        for (const t of p.tokens) {
          if (!triggersFor(t.lower)) continue;
          calling++;
          assert.ok(mayBeEventWord(a.text, t.start, t.end), `${t.text} in ${text}`);
        }
      }
      assert.ok(calling >= 3, text);
    }
  });

  it('passes an event word in any case and a word that starts or ends beyond ASCII; stops other shapes', () => {
    for (const w of ['summit', 'Summit', 'SUMMIT', 'by-election', 'By-Elections', 'COP29', 'g-7', 'told', 'Speaking']) assert.ok(mayBeEventWord(` ${w} `, 1, 1 + w.length), w);
    for (const w of ['bac\u212A', '\u212Aeynote', 'Élection']) assert.ok(mayBeEventWord(w, 0, w.length), w);
    for (const w of ['that', 'The', 'xyz', 'a'.repeat(40), '']) assert.ok(!mayBeEventWord(w, 0, w.length), w);
  });
});

describe('dates: one compiled copy of a pattern, its place reset at each use', () => {
  it('the first date words and the tense do not depend on the searches before them', () => {
    const s = 'The ministers, who met on Monday, will meet again in Paris on 12 March and next week.';
    const first = datePhrase(s);
    const all = datePhrases(s);
    assert.deepEqual(first, { index: 26, text: 'Monday' });
    assert.deepEqual(all.map((p) => p.text), ['Monday', 'March', 'next week']);
    // asked again, after other texts and in another order, the answers are the same
    assert.deepEqual(datePhrase('Talks resumed in 2019, and again last month.'), { index: 33, text: 'last month' });
    assert.deepEqual(datePhrases(s).map((p) => p.text), ['Monday', 'March', 'next week']);
    assert.deepEqual(datePhrase(s), first);
    const tense = tenseAround(s, 67, 75);
    assert.equal(tense, 'future');
    assert.equal(tenseAround('He said on Friday that they met.', 11, 17), tenseAround('He said on Friday that they met.', 11, 17));
    assert.equal(tenseAround(s, 67, 75), tense);
    assert.equal(resolveDate('The summit was held in 2019 in Osaka.', '2021-03-04', undefined, false, 4)?.date, '2019');
    assert.equal(resolveDate('Talks since 2017 failed in 2019.', '2021-03-04')?.date, '2017');
  });
});
