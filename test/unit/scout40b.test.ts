import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';

/** Session 40's unseen names (scout40b): international bodies' short names, parties, outlets and regions, each kind with a near miss. */
const article = (body: string) => analyze(`Headline for the story\n\n${body}`);
const kindOf = (body: string, name: string): string | undefined => article(body).actors.find((a) => a.name === name)?.kind;
/** The actor's name each mention of `surface` in the article is of. */
const actorsOf = (body: string, surface: string): string[] => article(body).mentions.filter((m) => m.text === surface).map((m) => m.actor.name);

describe('scout40b: short names of international bodies and countries', () => {
  it('"the UN", "U.N." and "the EU" join the United Nations and the European Union named in full', () => {
    const a = article('The United Nations said aid to Gaza had stalled. The UN appealed for $4 billion, and U.N. agencies warned of famine.');
    assert.equal(a.actors.filter((x) => x.kind === 'organization' && /^(?:UN|U\.N\.|United Nations)$/.test(x.name)).length, 1);
    const eu = article('The European Union approved the sanctions on Monday. The EU said they would take effect in March.');
    assert.equal(eu.quotes[0]?.speaker?.name, 'European Union');
  });
  it('the AU alone, with no African Union named, stays its own body', () => {
    assert.equal(kindOf('The AU said its observers would arrive in Juba on Friday.', 'AU'), 'organization');
  });
  it('a bare "Congo" is DR Congo where the article names the Democratic Republic of the Congo', () => {
    assert.deepEqual(actorsOf('Fighting spread in the Democratic Republic of Congo this week. Aid groups said eastern Congo needed 2 million doses.', 'Congo'), ['DR Congo']);
    assert.deepEqual(actorsOf('Oil output rose in Congo and Gabon last year.', 'Congo'), ['Republic of the Congo']);
  });
});

describe('scout40b: a province opens no body short form, nor does a name a body is named after', () => {
  it('"drivers in Alberta" is no short form of "the Alberta Motorists Project"', () => {
    const names = actorsOf('Drivers in Alberta pay the least for gas. The Alberta Motorists Project said prices would rise.', 'Alberta');
    assert.ok(names.length && !names.includes('Alberta Motorists Project'));
  });
  it('a singer named before "&" in a fund\'s name is the singer, not the fund', () => {
    const a = article('The late Gord Bamford died of cancer in 2019. Proceeds from the album go to the Gord Bamford & Mina Cardinal Fund.');
    assert.equal(a.mentions.find((m) => m.text === 'Gord Bamford')?.actor.kind, 'person');
  });
  it('a place-led company named short still joins it ("Coast Mountain" beside "Coast Mountain Bus Company")', () => {
    const a = article('Coast Mountain Bus Company said service would resume. Coast Mountain spokesperson Tess Diaz said drivers were back.');
    assert.deepEqual(a.mentions.filter((m) => m.text === 'Coast Mountain').map((m) => m.actor.name), ['Coast Mountain Bus Company']);
  });
});

describe('scout40b: bodies by their trade and parties by their members', () => {
  it('a production company, an asset manager and a soccer league are bodies', () => {
    assert.equal(kindOf('Analyst Gene Marsh of Harbourline Asset Management said the stock was cheap.', 'Harbourline Asset Management'), 'organization');
    assert.equal(kindOf('Filming by Northern Lights Productions will begin in March, the company said.', 'Northern Lights Productions'), 'organization');
    assert.equal(kindOf('Canadian Premier League Soccer officials said the season would start in April.', 'Canadian Premier League Soccer'), 'organization');
  });
  it('"the Progressive Conservatives" and "the New Democrats" are parties, not persons; "Christian Marsh" is a person', () => {
    assert.notEqual(kindOf('The Progressive Conservatives won 36 of 56 seats in the October election.', 'Progressive Conservatives'), 'person');
    assert.notEqual(kindOf('The New Democrats said they would vote against the budget.', 'New Democrats'), 'person');
    assert.equal(kindOf('Christian Marsh said he would vote against the budget.', 'Christian Marsh'), 'person');
  });
  it('"the Globe and Mail reported" is one outlet, and "the Globe" is it', () => {
    const a = article('Ottawa weighed ending the program, the Globe and Mail reported Monday. According to the Globe, officials warned of delays.');
    assert.ok(!a.actors.some((x) => x.name === 'Mail' || x.name === 'Globe'));
    assert.equal(a.quotes.find((q) => q.text.includes('officials warned'))?.speaker?.name, 'Globe and Mail');
  });
});

describe('scout40b: regions and abbreviations', () => {
  it('"Atlantic Canada" and "the Prairies" are places whole', () => {
    assert.equal(kindOf('Power outages spread across Atlantic Canada on Sunday.', 'Atlantic Canada'), 'place');
    assert.equal(kindOf('Farmers across the Prairies said the drought was the worst in decades.', 'Prairies'), 'place');
  });
  it('"N.S." in running text is Nova Scotia, the place the article names in full', () => {
    const a = article('Nova Scotia has 1 million people. Premier Tim Houston said wages in N.S. had lagged.');
    assert.deepEqual(a.actors.filter((x) => x.kind === 'place').map((x) => x.name), ['Nova Scotia']);
  });
});

describe('scout40b: a church office of a see', () => {
  it('"the Anglican Bishop of Toronto said" is the bishop, not Toronto; the lede\'s archbishop is the one named next', () => {
    const speaker = article('The Anglican Bishop of Halifax said she was saddened by the closure.').quotes[0]?.speaker;
    assert.equal(speaker?.kind, 'person');
    const a = article('The Roman Catholic Archbishop of Winnipeg called for calm on Sunday after the fire.\n\nArchbishop Donald Bolen said the loss was a wound to the community.');
    assert.equal(a.quotes.find((q) => q.text.includes('calm'))?.speaker?.name, 'Donald Bolen');
    assert.ok(!a.actors.some((x) => x.name === 'Roman Catholic'));
  });
  it('"Archbishop Donald Bolen" is a title and a name; a church\'s adjective names no one', () => {
    const a = article('Archbishop Donald Bolen of Winnipeg said parishes would open their halls.');
    assert.equal(a.quotes[0]?.speaker?.name, 'Donald Bolen');
  });
});

describe('scout40b: units of bodies, diseases', () => {
  it('"a professor in UBC\'s School of Public Health" names the school apart from UBC; "King\'s College" stays whole', () => {
    const a = article("Brauer is a professor in UBC's School of Public Health. He studied at King's College in London.");
    assert.ok(a.actors.some((x) => x.name === 'School of Public Health' && x.kind === 'organization'));
    assert.ok(a.actors.some((x) => x.name === "King's College"));
  });
  it('a disease by its letters is no actor ("a long COVID clinic", "HIV rates")', () => {
    const a = article('The long COVID clinic in Brandon will close. HIV rates rose in Saskatchewan, the province said.');
    assert.ok(!a.actors.some((x) => x.name === 'COVID' || x.name === 'HIV'));
  });
  it('"a northern Manitoba First Nation" is an unnamed nation of that province, no body; "the Sagkeeng First Nation" is one', () => {
    const a = article('A northern Manitoba First Nation has declared a state of emergency. The Sagkeeng First Nation said it would send water.');
    assert.ok(!a.actors.some((x) => x.name === 'Manitoba First Nation'));
    assert.ok(a.actors.some((x) => x.name === 'Manitoba' && x.kind === 'place'));
    assert.equal(a.quotes[0]?.speaker?.name, 'Sagkeeng First Nation');
  });
});
