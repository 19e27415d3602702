import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';

/**
 * Session 39: a party label's letters name a state ("D-Wis.", "R-Ohio", "D-N.Y."), so "the
 * Wisconsin Democrat" is the person the label follows, not the sentence's subject.
 */
const speakers = (body: string) => analyze(`Budget talks stall in Washington\n\n${body}`).quotes.map((q) => `${q.speaker?.name ?? '?'}: ${q.text}`);

describe('the state a party label names', () => {
  it('"the Wisconsin Democrat" after "Sen. Tammy Baldwin, D-Wis.," is Baldwin, though another senator is the subject', () => {
    assert.deepEqual(speakers('Sen. Ron Johnson met with Sen. Tammy Baldwin, D-Wis., on Tuesday.\n\n“We are far apart,” the Wisconsin Democrat said.'), [
      'Tammy Baldwin: We are far apart,',
    ]);
  });

  it('a label of two letters and a full state name both count', () => {
    assert.deepEqual(speakers('House Speaker Mike Johnson met Rep. Hakeem Jeffries, D-N.Y., on Tuesday.\n\n“We are far apart,” the New York Democrat said.'), [
      'Hakeem Jeffries: We are far apart,',
    ]);
    assert.deepEqual(speakers('Nancy Pelosi met with Rep. Jim Jordan (R-Ohio) on Tuesday.\n\n“We are far apart,” the Ohio Republican said.'), ['Jim Jordan: We are far apart,']);
  });
});
