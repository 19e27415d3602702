/**
 * Kinds of wrong or missing speaker, false quotes and names the lead fixed in session 49, each
 * written in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { quotePairsInArticle as quotes } from './helpers';

describe('lead49: two "X said, “…”" quotations in one paragraph are two speakers\'', () => {
  it('a cue with its comma before a quotation of its own, after a narrated quotation, opens a new sentence', () => {
    assert.deepEqual(quotes('Ann Lee said, “We will rebuild.” Tom Hale said, “We will help.”'), [['We will rebuild.', 'Ann Lee'], ['We will help.', 'Tom Hale']]);
    assert.deepEqual(quotes('The mayor, Ann Lee, said, “We will rebuild the bridge.” Fire Chief Tom Hale said Tuesday, “We will help them.”'), [['We will rebuild the bridge.', 'Ann Lee'], ['We will help them.', 'Tom Hale']]);
  });
  it('near miss: after a quotation that opens its sentence, "X said, “…”" is that quotation\'s reporting clause and goes on with it', () => {
    const [only, ...rest] = quotes('“We will rebuild.” Ann Lee said, “And we will be stronger.”');
    assert.equal(rest.length, 0);
    assert.equal(only[1], 'Ann Lee');
    assert.match(only[0], /^We will rebuild\..*stronger\.$/);
  });
});
