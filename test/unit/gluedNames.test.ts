import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { actorNames } from './helpers';

/** foldGluedNames' rule for a body named by the opening words of its full name (gluedNames.ts bodiesNamedShort). */
describe('glued names: a body named short', () => {
  it('a name that opens one body\'s longer name is that body; one that opens two bodies\' names is neither', () => {
    const one = analyze('Strike ends\n\nThe union reached a deal with Harbour Line Ferry Company.\n\nHarbour Line spokesperson Tina Roe said service would resume.');
    assert.ok(!actorNames(one, 'person').includes('Harbour Line'), actorNames(one).join(', '));
    const two = analyze('Strike ends\n\nThe union reached a deal with Harbour Line Ferry Company and Harbour Line Bus Company.\n\nHarbour Line spokesperson Tina Roe said service would resume.');
    assert.ok(!two.mentions.some((m) => m.text === 'Harbour Line' && /Company$/.test(m.actor.name)), two.mentions.map((m) => `${m.text}->${m.actor.name}`).join(', '));
  });

  it('a name does not open a body\'s name that merely starts with the same letters ("Harbour Lin" is not "Harbour Line …")', () => {
    const a = analyze('Strike ends\n\nThe union reached a deal with Harbour Line Ferry Company.\n\nHarbour Lin spokesperson Tina Roe said service would resume.');
    assert.ok(!a.mentions.some((m) => m.text === 'Harbour Lin' && m.actor.name === 'Harbour Line Ferry Company'));
  });

  it('stays linear in the length of a body\'s name: a 20,000-word name is analysed', () => {
    const long = Array.from({ length: 20000 }, (_, i) => `Word${String.fromCharCode(65 + (i % 26))}x`).join(' ');
    const a = analyze(`Names\n\nThe ${long} Institute said it was fine. Worda Wordb spokesman Bob Lee agreed.`);
    assert.ok(a.actors.length > 0);
  });
});

/** The rule's answers are in names-modifiers.test.ts; this is its cost. */
describe('glued names: a name used as a place\'s modifier', () => {
  it('stays linear in the length of a name of head words: a name of 20,000 words, every other one "School", is analysed', () => {
    const long = 'Alpha School '.repeat(10000);
    const a = analyze(`Names\n\nThe ${long}Institute said it was fine. Alpha School spokesman Bob Lee agreed.`);
    assert.ok(a.actors.length > 0);
  });
});
