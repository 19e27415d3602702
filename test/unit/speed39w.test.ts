import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { entity, retyped } from '../../src/extractor/entities';
import { isPeopleNoun, isPeopleNounWord } from '../../src/extractor/attribution/words';
import { tokenize } from '../../src/extractor/tokenizer';
import { speakerOf } from './helpers';

// Session 39 (speed39w): objects the extractor's hot code reads keep one shape (the same fields in
// the same order as their constructor writes them), so V8 does not throw away code optimised for
// the first shape when a copy made by a spread meets it. The output is the same; these pin the
// copies' fields and the rules that go through them.
describe('speed39w: one shape for entities and tokens', () => {
  it('retyped copies every field of an entity in entity()’s order, with the new type, name and surface', () => {
    const text = 'Jones said it was over.';
    const e = entity(tokenize(text, 0, text.length), text, 'organization', 0, 1, undefined, 'the chief', 'Wales');
    const single = retyped(e, 'single');
    assert.deepEqual(Object.keys(single), Object.keys(e));
    assert.deepEqual({ ...single, type: e.type }, e);
    assert.equal(single.type, 'single');
    const renamed = retyped(e, 'single', 'Levine', 'Levine');
    assert.deepEqual(Object.keys(renamed), Object.keys(e));
    assert.deepEqual([renamed.name, renamed.surface, renamed.role, renamed.country, renamed.from, renamed.to], ['Levine', 'Levine', 'the chief', 'Wales', 0, 1]);
  });

  it('isPeopleNounWord is isPeopleNoun whatever the capital', () => {
    const text = 'Auditors hired by the city and auditors said lawmakers and Iowans spoke, not Tuesday.';
    for (const t of tokenize(text, 0, text.length)) {
      if (t.type !== 'word') continue;
      if (!t.cap) assert.equal(isPeopleNounWord(t.lower), isPeopleNoun(t), t.text);
    }
    assert.ok(isPeopleNounWord('auditors') && isPeopleNounWord('iowans') && !isPeopleNounWord('tuesday'));
  });

  it('a sentence opening with a people noun and its participle still gives the people, not the body', () => {
    const text = 'Audit\n\nAuditors hired by the city of Leeds said the accounts were "a mess from top to bottom".';
    assert.notEqual(speakerOf(text, /a mess from top/), 'Leeds');
  });

  it('a name made a modifier by a hyphen is read by its part before the hyphen, the run left as it was', () => {
    const a = analyze('Attack\n\nThe Islamic State-linked group claimed the attack, officials said.');
    assert.ok(!a.actors.some((x) => /linked/.test(x.name)));
  });
});
