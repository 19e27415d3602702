import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
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

describe('unseen news 24b: gender', () => {
  it('a courtesy title links to a full name whose given name is borne by both sexes, or by men only abroad ("Ms Smith" after "Joan Smith")', () => {
    assert.deepEqual(said('Joan Hartley runs the bakery on Quay Street. Ms Hartley said the rent had doubled.'), [['Joan Hartley', 'the rent had doubled']]);
    assert.deepEqual(said('Jean Moffat chairs the trust. Mrs Moffat said the grant was late.'), [['Jean Moffat', 'the grant was late']]);
    assert.deepEqual(said('Kelly Pike, the coach, was pleased. Mr Pike said the team had improved.'), [['Kelly Pike', 'the team had improved']]);
  });
});

describe('unseen news 24b: bodies named for a cause', () => {
  it('"to" and a verb of a cause go on a campaigning body\'s name ("Campaign to Protect Rural England")', () => {
    assert.deepEqual(said('The Alliance to Save Coastal Wales said the barrage would drown the marsh.'), [['Alliance to Save Coastal Wales', 'the barrage would drown the marsh']]);
    // (a headline's plan stays two names: no body "Council to Review Budget")
    assert.ok(!said('Town Council to Review Budget\n\nThe mayor said the review was overdue.').some((q) => /Review/.test(q[0] ?? '')));
  });
});

describe('unseen news 24b: spokespeople', () => {
  it('"A force spokesperson said" speaks for the body of that kind named before, as "a spokesperson for the force" does', () => {
    const roles = (body: string) => analyze(`Headline\n\n${body}`).actors.find((a) => /spokes/.test(a.name))?.roles;
    assert.deepEqual(roles('Officers from Dyfed-Powys Police searched the farm. A force spokesperson said a man had been arrested.'), ['spokesperson for Dyfed-Powys Police']);
    assert.deepEqual(roles('Shares in Corvel Foods fell sharply. A company spokeswoman said the recall was limited to one batch.'), ['spokeswoman for Corvel Foods']);
    // (none of that kind named: no link)
    assert.deepEqual(roles('A company spokeswoman said the recall was limited to one batch.'), []);
  });
});

describe('unseen news 24b: titles', () => {
  it('a title with "in" inside it goes on over "in" ("Special Agent in Charge Lorraine Bishop")', () => {
    assert.deepEqual(said('"Tips from staff cracked this case," said Special Agent in Charge Dev Amari.').map((q) => q[0]), ['Dev Amari']);
    assert.deepEqual(said('Special Agent in Charge Dev Amari said the tip came from a clerk.'), [['Dev Amari', 'the tip came from a clerk']]);
  });
});

describe('unseen news 24b: content before the source', () => {
  it('a verb in -ed after a name\'s number is a clause\'s verb ("Members of … Local 1044 approved …, the union said")', () => {
    assert.deepEqual(said('Staff at Depot 9 rejected the rota by a wide margin, the union said.').map((q) => q[1]), ['Staff at Depot 9 rejected the rota by a wide margin']);
    // (a count before it is its noun's: "14 injured" alone is no clause)
    assert.deepEqual(said('In all, 14 injured, the hospital said.'), []);
  });
});

describe('unseen news 24b: restrictive relative clauses', () => {
  it('"A councillor who opposes the scheme said …": the relative clause\'s object ends at the main clause\'s cue, which keeps its own content', () => {
    const q = said('A councillor who opposes the scheme said the consultation was a sham.');
    assert.deepEqual(q.map((x) => x[1]), ['the scheme', 'the consultation was a sham']);
    const trust = said('A charity that funds the clinic, the Orwell Health Trust, said it would cover the shortfall.');
    assert.deepEqual(trust.at(-1), ['Orwell Health Trust', 'it would cover the shortfall']);
    // (a cue's noun inside the object is no main verb: "who want a say in the plan")
    assert.deepEqual(said('Some parents who want a ban on phones in class said the rule was overdue.').at(-1)?.[1], 'the rule was overdue');
  });
});

describe('unseen news 24b: people before a relative clause', () => {
  it('"Residents who live nearby said": a people noun capitalised as the sentence\'s first word heads the subject, as in mid-sentence', () => {
    assert.deepEqual(said('Neighbours who signed the petition said the hedge blocked the light.').map((q) => q[1]), ['the hedge blocked the light']);
    assert.deepEqual(said('Commuters who use the line said delays were daily.'), [['Commuters', 'delays were daily']]);
  });
});
