import { strict as assert } from 'node:assert';
import { quotesOf } from './helpers';

const said = (body: string) => quotesOf(`Headline\n\n${body}`).map((q) => [q.who, q.text]);

/**
 * Unseen British, Irish, Australian and Indian news, and wire copy (session 24): each kind in other
 * words than the articles that showed it.
 */
describe('unseen news 24: names', () => {
  it('a title word alone after a courtesy title is a surname ("Ms Reeve", "Mr King")', () => {
    const body = 'The planning officer, Carol Reeve, refused the scheme. Her deputy, Owen King, agreed.\n\nMs Reeve said the design was too tall. Mr King said the appeal would fail.';
    assert.deepEqual(said(body), [
      ['Carol Reeve', 'the design was too tall'],
      ['Owen King', 'the appeal would fail'],
    ]);
    // (an office one is addressed by stays an office: no actor "President")
    assert.deepEqual(said('"Thank you, Mr President," she said.').map((q) => q[0]), [null]);
  });
});
