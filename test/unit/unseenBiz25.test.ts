import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { quotesOf } from './helpers';

const said = (body: string) => quotesOf(`Headline\n\n${body}`).map((q) => [q.who, q.text]);

/**
 * Unseen business, markets and technology news (session 24, US and Canadian wire style): each kind
 * in other words than the articles that showed it.
 */
describe('unseen business 25: "the company"', () => {
  it('is not the firm whose analysts commented ("analysts at X wrote"), the plural as the singular', () => {
    const q = said('Tessaly Foods Inc reported a profit. Economists at Brandt & Voll said in a note that margins were thin. The company said it would close two plants.');
    assert.deepEqual(q[q.length - 1], ['Tessaly Foods Inc', 'it would close two plants']);
  });

  it('is not a regulator met by its acronym ("the SEC") when its full name is a public body\'s', () => {
    const q = said('Corlin Devices Inc said it was under investigation by the Securities and Exchange Commission. The SEC sent the company a subpoena in May. The company also said its chief financial officer had resigned.');
    assert.deepEqual(q[q.length - 1], ['Corlin Devices Inc', 'its chief financial officer had resigned']);
  });
});

describe('unseen business 25: names', () => {
  it('"the Securities and Exchange Commission" is one body, whatever head word its middle holds', () => {
    const names = analyze('Headline\n\nThe firm settled with the Securities and Exchange Commission on Monday. The SEC said the case was closed.').actors.map((a) => a.name);
    assert.ok(names.includes('Securities and Exchange Commission'), names.join(', '));
    assert.ok(!names.includes('Exchange Commission'));
    // two bodies stay two: a house of a legislature, an acronym
    const two = analyze('Headline\n\nHe briefed the Senate and Finance Committee. She met the FBI and Justice Department.').actors.map((a) => a.name);
    assert.ok(two.includes('Finance Committee') && two.includes('Justice Department'), two.join(', '));
  });
});

describe('unseen business 25: the source before its cue', () => {
  it('"…,” founder and CEO NAME said": two offices joined by "and" before one name are his role', () => {
    assert.deepEqual(said('"Demand has never been stronger," founder and CEO Mira Castell said.'), [['Mira Castell', 'Demand has never been stronger,']]);
    assert.deepEqual(said('"We will not cut prices," Tolvane chairman and chief executive Owen Pryce told analysts.'), [['Owen Pryce', 'We will not cut prices,']]);
  });
});

describe('unseen business 25: the content after its cue', () => {
  it('"said in a blog post that …", "in its quarterly earnings report that …": a document noun after its modifier is no second verb', () => {
    assert.deepEqual(said('The Orrin Institute said in a blog post that the rules were too weak.'), [['Orrin Institute', 'the rules were too weak']]);
    assert.deepEqual(said('Kestrel Mining Corp said in its quarterly earnings report that output fell 4%.'), [['Kestrel Mining Corp', 'output fell 4%']]);
  });
});

describe('unseen business 25: "they"', () => {
  it('carries on people in the plural who are the subject of the sentence before, not the last body that spoke', () => {
    const q = said('Bankruptcy lawyers said recoveries could take years. Analysts at Halden Brothers cut their rating on the shares. They said in a note that the review could drag on.');
    assert.deepEqual(q[1], ['Analysts at Halden Brothers', 'the review could drag on']);
  });

  it('a body named inside the quotation before "they wrote" is none of its clause\'s', () => {
    const q = said('The Ostrava Energy Agency said demand would fall. Barclay Finch analysts said in a note that prices would slide. "We see risks if the cartel adds barrels and Exxon cuts costs," they wrote.');
    assert.equal(q[2][0], 'Barclay Finch analysts');
  });
});

describe('unseen business 25: appositives and places', () => {
  it('a second appositive that says what the body named before is ("a group that campaigns for …") is no role of the speaker', () => {
    assert.deepEqual(said('Rosa Delgado, a director at the Fair Rent Project, a group that campaigns for tenants, said rents had doubled.'), [['Rosa Delgado', 'rents had doubled']]);
    assert.deepEqual(said('Omar Haddad, chief executive of the Harbour Traders Alliance, a trade group for shippers, said the fees were unfair.'), [['Omar Haddad', 'the fees were unfair']]);
  });

  it('"Judge NAME in PLACE found that …": the person, not the place where they sit, is the source', () => {
    assert.deepEqual(said('District Judge Marian Kolb in Alexandria, Virginia, found that the merger was unlawful.'), [['Marian Kolb', 'the merger was unlawful']]);
    assert.deepEqual(said('Mayor Tom Reddick in Dayton said the plant would close.'), [['Tom Reddick', 'the plant would close']]);
  });
});

describe('unseen business 25: organisations', () => {
  const kinds = (body: string) => new Map(analyze(`Headline\n\n${body}`).actors.map((a) => [a.name, a.kind]));

  it('a firm named by its trade ("Northstar Air", "Kestrel Optics", "Stonebridge Commodities") is an organisation', () => {
    const k = kinds('Pilots at Northstar Air voted to strike. Shares of Kestrel Optics rose. Stonebridge Commodities said prices would fall.');
    assert.equal(k.get('Northstar Air'), 'organization');
    assert.equal(k.get('Kestrel Optics'), 'organization');
    assert.equal(k.get('Stonebridge Commodities'), 'organization');
  });

  it('the name after "a trader at", "analysts at", "founder of" is a body one works at or founded', () => {
    const k = kinds('Mike Orr, a trader at Brantwood Quill in London, said so. Vera Lind, founder of Oakhurst Vantage, said so.');
    assert.equal(k.get('Brantwood Quill'), 'organization');
    assert.equal(k.get('Oakhurst Vantage'), 'organization');
    assert.equal(k.get('Mike Orr'), 'person');
  });

  it('"Meridian\'s chief executive" is the company the article names in full, before or after', () => {
    const a = analyze('Headline\n\nMeridian Health Technologies Inc. said it was under investigation. Meridian\'s chief executive, Robert Hale, wrote a letter. Meridian said it would cooperate.');
    assert.deepEqual(a.actors.filter((x) => x.kind === 'organization').map((x) => x.name), ['Meridian Health Technologies Inc.']);
  });

  it('a company\'s name with and without its legal form ("Halverson Bank", "Halverson Bank Corp") is one actor', () => {
    const a = analyze('Halverson Bank plans job cuts\n\nHalverson Bank Corp is preparing to cut 2,000 jobs, people familiar with the matter said.');
    assert.equal(a.actors.filter((x) => x.kind === 'organization' && x.name.startsWith('Halverson')).length, 1);
  });
});

describe('unseen business 25: no cue', () => {
  it('"the 10-year Treasury note jumped", "the Treasury note rose": a noun after a name, its own verb at once, reports no words', () => {
    assert.deepEqual(said('The yield on the 10-year Treasury note jumped 14 basis points to 4.92%.'), []);
    assert.deepEqual(said('The Treasury note rose sharply on Friday.'), []);
    // a name and a speech verb before a clause still are a cue
    assert.deepEqual(said('Clinton aides say Obama wanted more.'), [['Clinton aides', 'Obama wanted more']]);
  });
});

describe('unseen business 25: union locals', () => {
  it('"…,” Unifor Local 444 president NAME said": the local\'s number stands inside the source phrase, and the quotation before it is his', () => {
    assert.deepEqual(said('"We are done waiting," Unifor Local 444 president Gord Lafont said.'), [['Gord Lafont', 'We are done waiting,']]);
    // (the local is named without its number, the project's convention; "the union" is it)
    assert.equal(said('Members of Teamsters Local 987 voted to strike, the union said.')[0]?.[0], 'Teamsters Local 987');
  });
});

describe('unseen business 25: round two', () => {
  it('one word after a company\'s noun ("startup Lumenwise", "lender Vaultline") is a company', () => {
    const a = analyze('Headline\n\nArtificial intelligence startup Quillon raised $1 billion. Crypto lender Dravix froze withdrawals.');
    const kinds = new Map(a.actors.map((x) => [x.name, x.kind]));
    assert.equal(kinds.get('Quillon'), 'organization');
    assert.equal(kinds.get('Dravix'), 'organization');
  });

  it('", the company told Reuters" after the words it closes is the sentence\'s subject, not a company named later in it', () => {
    const q = said('AI startup Quillon has raised $1.5 billion in a round led by Halberd Capital that values the company at $14 billion, the company told Reuters.');
    assert.equal(q[0]?.[0], 'Quillon');
    // a description opening its own sentence still takes the nearest company
    assert.equal(said('Halberd Capital led the round. AI startup Quillon raised the money. The company said it would hire 400 engineers.')[0]?.[0], 'Quillon');
  });
});

describe('unseen business 25: a noun in -s after a relative clause\'s verb', () => {
  it('"agents that handle (customer-service) calls for banks" hold no cue; the subject before the clause speaks', () => {
    assert.deepEqual(said('The company, which sells AI agents that handle customer-service calls for banks, said it would expand.'), [['company', 'it would expand']]);
    // a relative pronoun that is the subject keeps its verb
    assert.deepEqual(said('The senator, who calls for a new vote, spoke on Monday.'), [['senator', 'a new vote']]);
  });
});
