import { strict as assert } from 'node:assert';
import { quotesOf } from './helpers';

const said = (body: string) => quotesOf(`Headline\n\n${body}`).map((q) => [q.who, q.text]);

/**
 * Unseen US, New Zealand and long-form news (session 24, second round): each kind in other words
 * than the articles that showed it.
 */
describe('unseen news 24b: cues', () => {
  it('"termed X \'a gimmick\'" reports a judgement, as "called" and "labelled" do', () => {
    const q = said('Councillor Ada Brennan termed the new parking charges "a tax on shoppers" at the meeting.');
    assert.equal(q[0]?.[0], 'Ada Brennan');
    assert.match(q[0]?.[1] ?? '', /a tax on shoppers/);
    // (the noun "terms" is no cue)
    assert.deepEqual(said('In terms of cost, the scheme is cheap, the mayor said.').map((x) => x[1]), ['In terms of cost, the scheme is cheap']);
  });
});

describe('unseen news 24b: appositives', () => {
  it('after one person\'s noun, a lower-case occupation the lists lack and a full name: the named person speaks', () => {
    assert.deepEqual(said('One shopper, retired lorry loader Gwen Marsh, said the prices had doubled.'), [['Gwen Marsh', 'the prices had doubled']]);
    assert.deepEqual(said('Another resident, dog groomer Tariq Hollis, said the road flooded every winter.'), [['Tariq Hollis', 'the road flooded every winter']]);
  });

  it('after one person described ("A longtime member"), a known role and a full name: the named person speaks', () => {
    assert.deepEqual(said('A longtime member, retired nurse Edna Kowal, said the club had saved her.'), [['Edna Kowal', 'the club had saved her']]);
  });
});

describe('unseen news 24b: bodies in apposition', () => {
  it('"The X union, the Y Association, said": the body\'s name after its description speaks, not the description', () => {
    assert.deepEqual(said('The nurses union, the Valley Nursing Association, said no wards would close.'), [['Valley Nursing Association', 'no wards would close']]);
    assert.deepEqual(said('A local charity, the Kestrel Trust, said it would pay for the repairs.'), [['Kestrel Trust', 'it would pay for the repairs']]);
    // (a person after a person's noun stays the person: "The group's leader, the Rev. …")
    assert.deepEqual(said('The union\'s leader, Ada Brennan, said the talks had failed.').map((q) => q[0]), ['Ada Brennan']);
  });
});
