import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { tokenize } from '../../src/extractor/tokenizer';

/** Session 38: the possessive of initials ("B.C.'s", "the U.S.’s") is one word, as "Ontario's" is, so "said B.C.'s premier, David Eby" is Eby's. */
describe('possessive initials', () => {
  it('the tokenizer keeps "B.C.\'s" and "U.S.’s" whole, possessive, with the initials as base', () => {
    const words = (s: string) => tokenize(s, 0, s.length).map((t) => `${t.text}${t.possessive ? `[${t.base}]` : ''}`);
    assert.deepEqual(words("said B.C.'s premier"), ["said", "B.C.'s[B.C.]", 'premier']);
    assert.deepEqual(words('the U.S.’s envoy'), ['the', 'U.S.’s[U.S.]', 'envoy']);
    // (a quotation mark after initials that end a sentence is no possessive)
    assert.deepEqual(words("in the U.S. 's"), ['in', 'the', 'U.S.', "'", 's']);
  });

  it('"said B.C.\'s premier, David Eby" is Eby\'s, and no person "B.C." is made', () => {
    const r = analyze('Health update\n\nVICTORIA — “We are ready,” said B.C.\'s premier, David Eby. The U.S.’s ambassador, Jane Roe, said talks would resume.');
    assert.deepEqual(r.quotes.map((q) => q.speaker?.name), ['David Eby', 'Jane Roe']);
    assert.ok(!r.actors.some((a) => a.kind === 'person' && /^(?:B\.C\.|U\.S\.)/.test(a.name)), r.actors.map((a) => a.name).join(', '));
  });

  it('"B.C.\'s top doctor" beside "the B.C. Teachers\' Federation" is no one of the federation', () => {
    const r = analyze("B.C.'s top doctor urges school board to keep clinics open\n\nThe B.C. Teachers' Federation said it was not consulted. Dr. Bonnie Henry said the clinics work.");
    const federation = r.actors.find((a) => a.name === "B.C. Teachers' Federation");
    assert.ok(federation && !federation.aliases.includes('B.C.'), JSON.stringify(federation));
    assert.ok(!r.actors.some((a) => /of B\.C\. Teachers/.test(a.name)), r.actors.map((a) => a.name).join(', '));
  });
});
