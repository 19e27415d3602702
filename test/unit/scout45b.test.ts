/**
 * Kinds of name, place and body that the extractor confused (scout45b), each written in sentences
 * of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { inArticle, speakerInArticle } from './helpers';

const speakers = (body: string): Array<string | null> => inArticle(body).quotes.map((q) => q.speaker?.name ?? null);

describe('scout45b: a home town or body after a person\'s name is an aside', () => {
  it('"Sam Cole, Hamilton, said": a town the gazetteer leaves out for being a name too', () => {
    assert.deepEqual(speakers('Sam Cole, Hamilton, said the fare hike was unfair.'), ['Sam Cole']);
    assert.ok(!inArticle('Sam Cole, Hamilton, said the fare hike was unfair.').actors.some((a) => a.name === 'Hamilton' && a.kind === 'person'));
  });
  it('"Sam Cole, 54, Regina, said" and "“…,” Sam Cole, Hamilton, said"', () => {
    assert.deepEqual(speakers('Sam Cole, 54, Regina, said the fare hike was unfair.'), ['Sam Cole']);
    const q = inArticle('“The fare hike is unfair,” Sam Cole, Hamilton, said.').quotes;
    assert.deepEqual(q.map((x) => [x.speaker?.name, x.text.includes('Cole')]), [['Sam Cole', false]]);
  });
  it('"Sam Cole, Toronto Hydro, said": the person\'s employer', () => {
    assert.equal(speakerInArticle('Sam Cole, Toronto Hydro, said the fare hike was unfair.', 'fare hike'), 'Sam Cole');
  });
  it('"Sam Cole, a nurse, Toronto, said": a town after the role', () => {
    assert.equal(speakerInArticle('Sam Cole, a nurse, Toronto, said the fare hike was unfair.', 'fare hike'), 'Sam Cole');
  });
  it('near miss: after a preposition\'s or a verb\'s object the body is the subject ("In a letter to Sam Cole, Toronto Hydro, which runs the grid, said")', () => {
    assert.equal(speakerInArticle('In a letter to Sam Cole, Toronto Hydro, which runs the grid, said the fare hike was fair.', 'fare hike'), 'Toronto Hydro');
    assert.equal(speakerInArticle('After meeting Ann Lee, Toronto Hydro, which runs the grid, said the fare hike was fair.', 'fare hike'), 'Toronto Hydro');
  });
  it('near miss: a second person\'s whole name is no aside ("Sam Cole, Ann Lee and Bob Tan said")', () => {
    assert.deepEqual(speakers('Sam Cole, Ann Lee and Bob Tan said the fare hike was unfair.'), ['Sam Cole, Ann Lee and Bob Tan']);
  });
  it('near miss: a given name alone before the comma is no person\'s whole name ("Of Carson, Levine, who …, said")', () => {
    const body = 'Carson spoke first. Eric Levine listened. Of Carson, Levine, who has given money to Rubio, said, “He is flat-out scary.”';
    assert.equal(speakerInArticle(body, 'flat-out'), 'Eric Levine');
  });
});

describe('scout45b: two persons joined by "and", each with an aside, speak together', () => {
  it('"Sam Cole, 54, and Ann Lee, 60, said" and "Sam Cole, 54, Toronto, and Ann Lee, 60, Ottawa, said"', () => {
    assert.deepEqual(speakers('Sam Cole, 54, and Ann Lee, 60, said the fare hike was unfair.'), ['Sam Cole and Ann Lee']);
    assert.deepEqual(speakers('Sam Cole, 54, Toronto, and Ann Lee, 60, Ottawa, said the fare hike was unfair.'), ['Sam Cole and Ann Lee']);
    assert.deepEqual(speakers('Sam Cole, Toronto, and Ann Lee, Ottawa, said the fare hike was unfair.'), ['Sam Cole and Ann Lee']);
  });
  it('three of them: "Sam Cole, 54, Tim Wu, 33, and Ann Lee, 60, said"', () => {
    assert.deepEqual(speakers('Sam Cole, 54, Tim Wu, 33, and Ann Lee, 60, said the fare hike was unfair.'), ['Sam Cole, Tim Wu and Ann Lee']);
  });
  it('near miss: a role between them names the second alone ("Sam Cole, 54, and his wife, Ann Lee, 60, said")', () => {
    assert.deepEqual(speakers('Sam Cole, 54, and his wife, Ann Lee, 60, said the fare hike was unfair.'), ['Ann Lee']);
  });
});

describe('scout45b: a share of a party\'s members is the members, not their place', () => {
  it('"Half of Vermont Democrats said" and "Most of the vulnerable Senate Republicans say" are the groups', () => {
    assert.deepEqual(speakers('Half of Vermont Democrats said the bill was good.'), ['Vermont Democrats']);
    assert.deepEqual(speakers('Most of the vulnerable Senate Republicans say the bill is good.'), ['vulnerable Senate Republicans']);
  });
  it('near miss: "Vermont Democrats said" and "The Democrats of Vermont said" stay as they were', () => {
    assert.deepEqual(speakers('Vermont Democrats said the bill was good.'), ['Vermont Democrats']);
    assert.deepEqual(speakers('The Democrats of Vermont said the bill was good.'), ['Democrats of Vermont']);
  });
});

describe('scout45b: "The Xs of" a place, a people or a body named by its plural, is no speech of the place', () => {
  it('"The Kurds of Syria say", "The Friends of Lebanon say", "The Knights of Columbus said"', () => {
    const who = speakers('The Kurds of Syria say the border is closed. The Friends of Lebanon say aid is late. The Knights of Columbus said the hall would close.');
    assert.equal(who.length, 3);
    for (const w of who) assert.ok(w !== 'Syria' && w !== 'Lebanon' && w !== 'Columbus', String(w));
    assert.equal(who[1], 'Friends of Lebanon');
  });
  it('near miss: a country so named, and a body the names layer knows, speak ("The United States of America said", "The Bank of Canada said")', () => {
    assert.deepEqual(speakers('The United States of America said the deal was done. The Bank of Canada said rates would rise.'), ['United States', 'Bank of Canada']);
  });
});

describe('scout45b: a firm named by two surnames is one body', () => {
  it('"Smith & Wesson said", "Ernst & Young said": an ampersand between two one-word names of one gender', () => {
    assert.deepEqual(speakers('On Monday, Smith & Wesson said sales fell. Ernst & Young said the audit was clean.'), ['Smith & Wesson', 'Ernst & Young']);
    assert.equal(inArticle('On Monday, Smith & Wesson said sales fell.').actors.find((a) => a.name === 'Smith & Wesson')?.kind, 'organization');
  });
  it('near miss: two lone surnames joined by "and" are no firm ("Clinton and Trump said", "Obama and Biden said"): far more often two people than "Ernst and Young" (breaker45)', () => {
    assert.ok(!inArticle('Clinton and Trump said the debate was fair.').actors.some((a) => a.kind === 'organization'));
    assert.ok(!inArticle('President Obama spoke Monday. Obama and Biden said the plan was good.').actors.some((a) => a.kind === 'organization'));
  });
  it('near miss: a couple\'s given names stay apart ("Jim & Sarah"); two persons named before speak together ("Smith and Jones said")', () => {
    assert.ok(!inArticle('He thanked Jim & Sarah for coming.').actors.some((a) => a.name.includes('&')));
    assert.deepEqual(speakers('Ann Smith and Tom Jones met. Smith and Jones said the audit was clean.'), ['Ann Smith and Tom Jones']);
  });
});

describe('scout45b: a person whose name is a place\'s words', () => {
  const kindOf = (body: string, name: string): string | undefined => inArticle(body).actors.find((a) => a.name === name)?.kind;
  it('"Jordan Whitehorse said": a country that is a given name, then a known town', () => {
    assert.deepEqual(speakers('Jordan Whitehorse said the fare hike was unfair.'), ['Jordan Whitehorse']);
    assert.equal(kindOf('Jordan Whitehorse said the fare hike was unfair.', 'Jordan Whitehorse'), 'person');
  });
  it('near miss: the country and the town apart stay places ("The king of Jordan visited Whitehorse")', () => {
    assert.equal(kindOf('The king of Jordan visited Whitehorse on Monday.', 'Whitehorse'), 'place');
  });
  it('"Nina Park was killed", "Her mother, Grace Park, said": a given name and "Park" are a person by what befell her or by a relative\'s noun', () => {
    const body = 'Nina Park was killed on Monday. Her mother, Grace Park, said she was kind.';
    assert.equal(kindOf(body, 'Nina Park'), 'person');
    assert.equal(kindOf(body, 'Grace Park'), 'person');
    assert.deepEqual(speakers(body), ['Grace Park']);
  });
  it('near miss: "Victoria Park was closed", "Victoria Park has been renovated" stay the park', () => {
    assert.equal(kindOf('Victoria Park was closed on Monday.', 'Victoria Park'), 'place');
    assert.equal(kindOf('The protest was held at Victoria Park. Victoria Park has been renovated.', 'Victoria Park'), 'place');
  });
});

describe('scout45b: a province\'s agency is a body, no person', () => {
  it('"Consumer Protection BC said", "BC Parks said", "Alberta Wildfire said", "Legal Aid Ontario said"', () => {
    const a = inArticle('Consumer Protection BC said the refund was due. BC Parks said the trail was closed. Alberta Wildfire said the fire grew. Legal Aid Ontario said fees rose.');
    assert.deepEqual(a.quotes.map((q) => `${q.speaker?.name}:${q.speaker?.kind}`), ['Consumer Protection BC:organization', 'BC Parks:organization', 'Alberta Wildfire:organization', 'Legal Aid Ontario:organization']);
  });
  it('near miss: a person whose given name is a state\'s ("Georgia Brown said"), and a town ("Port Washington"), stay so', () => {
    assert.equal(inArticle('Georgia Brown said the fare was high.').quotes[0]?.speaker?.kind, 'person');
    assert.ok(!inArticle('The ferry left Port Washington on Monday.').actors.some((x) => x.kind === 'organization'));
  });
});

describe('scout45b: a body\'s whole name', () => {
  it('"The Millbrook and District Chamber of Commerce said": a town and its district before the body\'s name', () => {
    assert.deepEqual(speakers('The Millbrook and District Chamber of Commerce said the fair would go on.'), ['Millbrook and District Chamber of Commerce']);
  });
  it('near miss: an office after "and" parts two persons ("Ann Lee and District Manager Tom Wu said")', () => {
    assert.deepEqual(speakers('Ann Lee and District Manager Tom Wu said the fair would go on.'), ['Ann Lee and Tom Wu']);
  });
  it('"the United Steelworkers", "the Retired American Warriors": a plural name after "the" is a body, no person', () => {
    const a = inArticle('Members of the United Steelworkers met the Retired American Warriors on Monday.');
    assert.deepEqual(a.actors.filter((x) => /Steelworkers|Warriors/.test(x.name)).map((x) => x.kind), ['organization', 'organization']);
  });
});
