import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';

/** Session 39's unseen names (scout39b): business news, agencies, roads and teams, each kind with a near miss. */
const article = (body: string) => analyze(`Headline for the story\n\n${body}`);
const kindOf = (body: string, name: string): string | undefined => article(body).actors.find((a) => a.name === name)?.kind;
const kindsOf = (body: string, name: string): string[] => article(body).actors.filter((a) => a.name === name).map((a) => a.kind).sort();
const speakerOf = (body: string, quote: string): string | undefined => article(body).quotes.find((q) => q.text.includes(quote))?.speaker?.name;

describe('scout39b: bodies by their head word', () => {
  it('a regulator, a survey agency and a guard corps are bodies, not persons', () => {
    assert.equal(kindOf('The Saskatchewan Energy Regulator said the leak near Estevan had been contained.', 'Saskatchewan Energy Regulator'), 'organization');
    assert.equal(kindOf('Water levels on the Fraser are falling, according to the U.S. Geological Survey.', 'U.S. Geological Survey'), 'organization');
    assert.equal(kindOf("Iran's Revolutionary Guards said two drones were shot down over Isfahan.", 'Revolutionary Guards'), 'organization');
  });
  it('the acronym of a regulator named in full joins it', () => {
    const a = article('The Canada Energy Regulator approved the pipeline on Monday. The CER said it had added 40 conditions.');
    const cer = a.actors.find((x) => x.name === 'Canada Energy Regulator');
    assert.equal(cer?.kind, 'organization');
    assert.equal(a.quotes[0]?.speaker, cer);
  });
});

describe('scout39b: a regulator by its trade, trophies, regions', () => {
  it('"the regulator" and "the agency" are the regulator or survey agency named before', () => {
    const body = 'The Ontario Energy Regulator fined Enbridge Gas on Monday for billing errors. The regulator said 9,000 customers were overcharged.';
    assert.equal(speakerOf(body, '9,000 customers'), 'Ontario Energy Regulator');
    assert.equal(speakerOf('Flows on the Kern River are low, according to the U.S. Geological Survey. The agency said rain would help.', 'rain would help'), 'U.S. Geological Survey');
  });
  it('a trophy or a medal is no actor ("the Hart Trophy")', () => {
    const a = article('McDavid won the Hart Trophy last season, and Cale Makar took home the Conn Smythe Trophy.');
    assert.ok(!a.actors.some((x) => /Trophy/.test(x.name)));
  });
  it('"Peel Region said": a region no surname ends is no person; "teacher Helen Park said" still is', () => {
    assert.notEqual(kindOf('Peel Region said the boil-water advisory would stay in place until Friday.', 'Peel Region'), 'person');
    assert.equal(kindOf('Retired teacher Helen Park said she was worried about the water.', 'Helen Park'), 'person');
  });
});

describe('scout39b: one-word companies', () => {
  it('"Tesco, Britain\'s biggest supermarket chain, said": a one-word body in apposition to its trade', () => {
    assert.equal(kindOf("Asda, Britain's third-largest grocery chain, said sales fell 3 per cent.", 'Asda'), 'organization');
    assert.equal(kindOf('Videotron, a Montreal-based telecom company, said it would cut prices.', 'Videotron'), 'organization');
    // (a trade that names a person too, after "a", is no body's sign: "Le Quang Huy, an exporter,")
    assert.equal(kindOf('Tran Van Minh, an exporter in Can Tho, said buyers wanted more rice.', 'Tran Van Minh'), 'person');
    // (a person in apposition to a post, not a trade, stays a person)
    assert.equal(kindOf("Okafor, the union's president, said the talks had failed.", 'Okafor'), 'person');
    assert.equal(kindOf('Okafor, a former union leader, said he was pleased.', 'Okafor'), 'person');
  });
  it('"Stellantis cut its forecast": a word opening its clause that moves "its" figures is a body', () => {
    assert.equal(kindOf('Stellantis cut its profit forecast on Thursday, citing weak demand in North America.', 'Stellantis'), 'organization');
    assert.equal(kindOf('Meanwhile, Aldi raised its prices for the second time this year.', 'Aldi'), 'organization');
    // (a politician who cuts "its funding" is no company; no actor is made of him here)
    assert.notEqual(kindOf('Poilievre slashed its funding in the plan he released on Monday.', 'Poilievre'), 'organization');
  });
  it('"General Motors and Stellantis": one word joined to a company\'s name is a company', () => {
    assert.equal(kindOf('General Motors and Stellantis are next in line for talks with the union.', 'Stellantis'), 'organization');
    assert.equal(kindOf('Executives from Imperial and Suncor Energy met the minister on Monday.', 'Imperial'), 'organization');
    // (a word joined to a person's name is not)
    assert.notEqual(kindOf('Executives met Carney and Poilievre on Monday.', 'Poilievre'), 'organization');
  });
  it('"Ford Canada" is the company named in full, or a body of its own; "Mark Canada" with a pronoun stays a person', () => {
    const a = article('Unifor reached a deal with Ford Motor Company of Canada on Sunday. Ford Canada said the agreement protects jobs in Oakville.');
    const ford = a.actors.find((x) => x.name === 'Ford Motor Company of Canada');
    assert.equal(a.quotes[0]?.speaker, ford);
    assert.ok(!a.actors.some((x) => x.name === 'Ford Canada'));
    const honda = article('Honda Canada Inc. will build a battery plant in Alliston. Honda Canada said it would hire 300 workers.');
    assert.equal(honda.quotes[0]?.speaker?.name, 'Honda Canada Inc.');
    // (with no such body in the article, a given name before the country keeps a person)
    assert.equal(kindOf('Mark Canada said he had bought two bags of the recalled berries.', 'Mark Canada'), 'person');
  });
  it('a body\'s head after a place of several words is the body ("Newfoundland and Labrador Hydro")', () => {
    const body = 'Newfoundland and Labrador Hydro said it would begin work on a new plant. Newfoundland and Labrador Premier Andrew Furey said the deal was fair.';
    assert.equal(speakerOf(body, 'begin work'), 'Newfoundland and Labrador Hydro');
    assert.equal(kindOf(body, 'Newfoundland and Labrador Hydro'), 'organization');
    assert.equal(speakerOf(body, 'deal was fair'), 'Andrew Furey');
  });
});

describe('scout39b: broadcasters', () => {
  it('"ESPN … the network said": a sports or business broadcaster is what "the network" refers to', () => {
    assert.equal(speakerOf('Former goaltender Carey Price has joined TSN as an analyst, the network said Tuesday.', 'joined TSN'), 'TSN');
  });
});

describe('scout39b: a body described by its town and state', () => {
  it('"The Bentonville, Arkansas-based retailer said" is read whole and is the retailer named before', () => {
    const body = 'Walmart Inc. said it would raise wages for 700,000 workers. The Bentonville, Arkansas-based retailer said costs were rising.';
    assert.equal(speakerOf(body, 'costs were rising'), 'Walmart Inc.');
    // (a town after "In" and a comma opens no such phrase)
    assert.notEqual(speakerOf('Nvidia said revenue doubled. In Santa Clara, California-based analysts said demand was strong.', 'demand was strong'), 'Nvidia');
  });
});

describe('scout39b: a body\'s parent', () => {
  it('"Instagram\'s parent said" is a body of its own, no person; "Jane Doe\'s parent" still is one', () => {
    const a = article("Meta Platforms Inc. reported record revenue. Instagram's parent said the cuts were needed. Jane Doe's parent said she was safe.");
    assert.equal(a.quotes.find((q) => q.text.includes('cuts'))?.speaker?.kind, 'organization');
    assert.equal(a.quotes.find((q) => q.text.includes('safe'))?.speaker?.kind, 'person');
  });
});

describe('scout39b: places named as instances', () => {
  it('"neighbourhoods such as Montréal-Nord and Saint-Michel", "Towns including Lamont and Arvin" are places; "companies such as …" are not', () => {
    const a = article('Heat hit hardest in neighbourhoods such as Montréal-Nord and Saint-Michel. Towns including Lamont and Arvin have lost water. Companies such as Wexlo and Brandt said nothing.');
    for (const name of ['Montréal-Nord', 'Saint-Michel', 'Lamont', 'Arvin']) assert.equal(a.actors.find((x) => x.name === name)?.kind, 'place', name);
    assert.notEqual(a.actors.find((x) => x.name === 'Wexlo')?.kind, 'place');
  });
});

describe('scout39b: stock listings', () => {
  it('"(NASDAQ: SBUX)", "(TSX: L)": an exchange and a ticker in brackets are no actors; the company is', () => {
    const a = article('Starbucks Corp. (NASDAQ: SBUX) said sales fell 2 per cent. Metro Inc. (TSX: MRU) shares rose. Apple Inc. (NYSE:AAPL) gained.');
    assert.deepEqual(a.actors.map((x) => x.name).sort(), ['Apple Inc.', 'Metro Inc.', 'Starbucks Corp.']);
    // (a company in capitals opening its paragraph before its listing is no dateline's town)
    const meg = analyze('Cenovus to buy MEG\n\nCenovus agreed to buy MEG Energy Corp. for $7.9 billion.\n\nMEG (TSX: MEG) shares jumped 9 per cent.');
    assert.ok(!meg.actors.some((x) => x.kind === 'place'));
    // (an exchange named in a sentence is still one)
    assert.equal(kindOf('The TSX said trading would resume at noon.', 'TSX'), 'organization');
  });
});

describe('scout39b: roads and teams', () => {
  it('a numbered road is a place ("Highway 401", "Route 66"); a surname "Route" is not', () => {
    const body = 'Eastbound lanes of Highway 401 were closed near Milton, and traffic was sent to Highway 407. Kim Route said the detour added an hour.';
    assert.equal(kindOf(body, 'Highway 401'), 'place');
    assert.equal(kindOf(body, 'Highway 407'), 'place');
    assert.equal(kindOf('Crews repaved Interstate 95 south of Richmond.', 'Interstate 95'), 'place');
    assert.equal(kindOf(body, 'Kim Route'), 'person');
  });
  it('"scored for the Oilers": a plural name a player scores or plays for is a team; "voted for the Liberals" is not', () => {
    const a = article('Zach Hyman scored twice for the Oilers on Saturday, and Nazem Kadri played against the Canucks for the first time since the trade. Voters in Burnaby voted for the Liberals.');
    assert.equal(a.actors.find((x) => x.name === 'Oilers')?.kind, 'organization');
    assert.equal(a.actors.find((x) => x.name === 'Canucks')?.kind, 'organization');
    assert.notEqual(a.actors.find((x) => x.name === 'Liberals')?.kind, 'organization');
  });
  it('"Edmonton beat Calgary 3-2": towns that play are teams; "fans in Edmonton" is the place', () => {
    const body = 'Connor McDavid scored in overtime and Edmonton beat Calgary 3-2 on Saturday night. Fans in Edmonton poured onto Whyte Avenue.';
    assert.deepEqual(kindsOf(body, 'Edmonton'), ['organization', 'place']);
    assert.deepEqual(kindsOf(body, 'Calgary'), ['organization']);
    // (a team the article names in full is the one a town that plays stands for)
    const full = article('The Winnipeg Jets are rolling. Winnipeg beat the Vancouver Canucks 4-1 on Tuesday.');
    const jets = full.actors.find((x) => x.name === 'Winnipeg Jets');
    assert.ok(full.mentions.some((m) => m.actor === jets && m.text === 'Winnipeg'));
    // (countries that play are left as they are)
    assert.equal(kindOf('Canada beat Sweden 3-2 in the final.', 'Sweden'), 'country');
  });
});
