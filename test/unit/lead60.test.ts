/**
 * Kinds of wrong attribution the lead fixed in session 60, each written in sentences of its own,
 * with a near miss each.
 */
import { strict as assert } from 'node:assert';
import type { CorpusView } from '../../src/corpus/corpus';
import { AnalysingCorpus } from '../../src/corpus/analysingCorpus';
import { CorpusLookup } from '../../src/corpus/lookup';
import { inArticle, speakerInArticle } from './helpers';
import { analyzeToRecord } from '../../src/corpus/analyzeRecord';
import { CorpusSearch, searchableArticle } from '../../src/corpus/search';
import { searchLower } from '../../src/corpus/searchTerms';

/** A corpus of the given articles (path -> text). */
function corpusOf(articles: Record<string, string>): AnalysingCorpus {
  const c = new AnalysingCorpus();
  for (const [path, text] of Object.entries(articles)) c.set(path, text);
  return c;
}

/** The name of the speaker of the quote holding `words` in the article at `path`. */
function speakerIn(result: CorpusView['result'], path: string, words: string): string | undefined {
  const q = result.documents.find((d) => d.path === path)?.quotes.find((x) => x.text.includes(words));
  return result.actors.find((x) => x.id === q?.speaker)?.name;
}

const COUNCIL = 'Council votes on budget\nMarch 3, 2025\n\nCouncillor Nadia Okafor said the budget was balanced.\n\n“We did the work,” Okafor said.\n';

describe('lead60: a lone surname the article introduces ("said Okafor, a 68-year-old retired teacher") is someone of its own', () => {
  it('is not joined to a namesake named in full in another article, and keeps its appositive as a role', () => {
    for (const intro of ['said Okafor, a 68-year-old retired teacher.', 'said Okafor, 71.', 'said Okafor, a retired bus driver.']) {
      const rally = `Seniors rally for transit\nMarch 4, 2025\n\nDozens of seniors gathered at city hall.\n\n“The buses never come,” ${intro}\n`;
      const { result } = corpusOf({ 'a.txt': COUNCIL, 'b.txt': rally }).build();
      assert.equal(speakerIn(result, 'b.txt', 'buses never come'), 'Okafor', intro);
      assert.equal(speakerIn(result, 'a.txt', 'did the work'), 'Nadia Okafor');
    }
    const roles = inArticle('Dozens gathered.\n\n“The buses never come,” said Okafor, a 68-year-old retired teacher.').actors.find((a) => a.name === 'Okafor')?.roles;
    assert.deepEqual(roles, ['68-year-old retired teacher']);
  });
  it('near miss: a lone surname with no introduction, or one whose appositive names the namesake\'s office, joins them', () => {
    for (const said of ['said Okafor.', 'said Okafor, a city councillor.']) {
      const vote = `Transit vote delayed\nMarch 4, 2025\n\nThe vote was put off.\n\n“We need another week,” ${said}\n`;
      const { result } = corpusOf({ 'a.txt': COUNCIL, 'b.txt': vote }).build();
      assert.equal(speakerIn(result, 'b.txt', 'another week'), 'Nadia Okafor', said);
    }
  });
});

describe('lead60: a mission placed in a country or sent to a body ("The U.N. verification mission in Colombia said")', () => {
  it('is the mission, or the country whose mission it is; a later "the mission" is the same', () => {
    const body = 'BOGOTA (Reuters) - Talks stalled.\n\nThe U.N. verification mission in Colombia said the ceasefire had been broken 40 times.\n\nThe mission said it had sent observers to Cauca.';
    const broken = speakerInArticle(body, 'broken 40 times');
    assert.ok(broken && broken !== 'Colombia', String(broken));
    assert.equal(speakerInArticle(body, 'sent observers'), broken);
    assert.equal(speakerInArticle('Talks stalled.\n\nChina’s mission to the United Nations said it opposed the resolution.', 'opposed the resolution'), 'China');
    const sent = speakerInArticle('Talks stalled.\n\nThe Chinese mission to the UN said it opposed the resolution.', 'opposed the resolution');
    assert.ok(sent && !/^(?:UN|United Nations)$/.test(sent), String(sent));
  });
  it('near miss: a country alone, and a delegate of no mission sent to a body, are not the mission', () => {
    assert.equal(speakerInArticle('Talks stalled.\n\nColombia said the ceasefire had been broken.', 'ceasefire had been broken'), 'Colombia');
    assert.equal(speakerInArticle('Talks stalled.\n\nCanada’s ambassador to the United Nations said she opposed the plan.', 'opposed the plan')?.includes('United Nations'), false);
  });
});

describe('lead60: "the ministry" after a country\'s own ministry ("Taiwan\'s defence ministry said … The ministry said")', () => {
  it('is that country, as the ministry it owns speaks for it', () => {
    const body = 'TAIPEI (Reuters) - Taiwan’s defence ministry said it had tracked 20 aircraft.\n\nThe ministry said the ships left on Tuesday.\n\nIts foreign ministry said talks would go on.';
    assert.equal(speakerInArticle(body, 'tracked 20 aircraft'), 'Taiwan');
    assert.equal(speakerInArticle(body, 'ships left'), 'Taiwan');
    assert.equal(speakerInArticle(body, 'talks would go on'), 'Taiwan');
  });
  it('near miss: a country named only as a company\'s home is no "the company"', () => {
    const body = 'Taiwan’s largest chipmaker cut prices.\n\nThe company said demand was weak.';
    assert.notEqual(speakerInArticle(body, 'demand was weak'), 'Taiwan');
  });
});

describe('lead60: corpus search folds accents ("cote" finds "Côté", "Montreal" finds "Montréal")', () => {
  const search = new CorpusSearch();
  const add = (path: string, text: string): void => search.set(searchableArticle(analyzeToRecord(text, {}, path), text));
  add('q.txt', 'Ferry service cut\n\nJean-François Côté said the ferry to Île-aux-Coudres would stop in Montréal for repairs.');
  add('w.txt', 'Transit plans\n\nThe Łódź transit chief said the trams were late.');
  it('finds accented words typed without accents, and as typed with them, offsets unchanged', () => {
    for (const q of ['cote ferry', 'côté ferry', 'montreal repairs', 'ile coudres', 'lodz trams']) {
      const [hit] = search.search(q);
      assert.ok(hit, q);
      assert.equal(hit.text, hit.text.trim());
      assert.ok(/Côté|Łódź/.test(hit.text), q);
    }
    const [hit] = search.search('cote');
    assert.equal(hit.exact, true, 'a folded word is the word as typed');
  });
  it('near miss: folding keeps letters apart that differ without accents ("cote" is not "cite")', () => {
    assert.equal(search.search('cite ferry').length, 0);
    assert.equal(searchLower('Ça coûte'), 'ca coute');
    assert.equal(searchLower('Straße Æsir').length, 'Straße Æsir'.length);
  });
});

describe('lead60: "citing" or "quoting" set off between a cue and its "that" ("Reuters reported, citing two sources, that …")', () => {
  it('is an aside: the cue before it reports the clause after "that"', () => {
    const reported = inArticle('Talks resumed.\n\nKCNA reported on Monday, citing the defence ministry, that the missile flew 800 km.').quotes;
    assert.deepEqual(reported.map((q) => [q.text, q.speaker?.name]), [['the missile flew 800 km', 'KCNA']]);
    const cited = inArticle('Talks resumed.\n\nThe Tidewater Ledger reported, citing two sources, that the deal was close.').quotes;
    assert.deepEqual(cited.map((q) => q.text), ['the deal was close']);
  });
  it('near miss: "citing" after a clause of no speech still gives the reason its subject cited', () => {
    const q = inArticle('Talks resumed.\n\nThe Harlow Mill cut 300 jobs, citing weak demand for paper.').quotes;
    assert.deepEqual(q.map((x) => x.text), ['weak demand for paper']);
  });
});

describe('lead60: a name no list knows before the noun of its trade ("Tasnim news agency said")', () => {
  it('is that body, named from the name on, after a country\'s possessive too', () => {
    assert.equal(speakerInArticle('The tanker was stopped.\n\nTasnim news agency said the ship was seized.', 'ship was seized'), 'Tasnim news agency');
    assert.equal(speakerInArticle('The tanker was stopped.\n\nIran’s Tasnim news agency said the ship was seized.', 'ship was seized'), 'Tasnim news agency');
    assert.equal(speakerInArticle('Storms hit the coast.\n\nLumenco utility said power was out for 4,000 homes.', 'power was out'), 'Lumenco utility');
  });
  it('near miss: a common word opening the sentence, or a country\'s own ministry, is no such name', () => {
    assert.notEqual(speakerInArticle('Storms hit the coast.\n\nLocal utility said power was out.', 'power was out'), 'Local utility');
    assert.equal(speakerInArticle('The tanker was stopped.\n\nIran’s foreign ministry said the ship was seized.', 'ship was seized'), 'Iran');
  });
});

describe('lead60: a name after a role in apposition to an inverted speaker ("said the report\'s author, economist Maria Lund")', () => {
  it('is the person named', () => {
    assert.equal(speakerInArticle('Rates rose.\n\n“We will respond,” said the report’s author, economist Maria Lund.', 'We will respond'), 'Maria Lund');
    assert.equal(speakerInArticle('Rates rose.\n\n“We will respond,” said the firm’s founder, retired banker Tom Ode of Halden.', 'We will respond'), 'Tom Ode');
  });
  it('near miss: an appositive of no name leaves the description the speaker', () => {
    const who = speakerInArticle('Rates rose.\n\n“We will respond,” said a spokeswoman, mother of two.', 'We will respond');
    assert.ok(!/mother/.test(who ?? ''), String(who));
  });
});

describe('lead60: a fuel, fund or good by its letters before a trade\'s noun ("The LNG supplier said")', () => {
  it('names no body: the description means the supplier named before', () => {
    const body = 'Exports rose.\n\nWestcoast Gas said shipments would double. The LNG supplier said prices fell.';
    assert.equal(speakerInArticle(body, 'prices fell'), 'Westcoast Gas');
    assert.ok(!inArticle(body).actors.some((a) => a.name === 'LNG'));
  });
  it('near miss: the letters opening a body\'s name keep it ("LNG Canada said")', () => {
    assert.equal(speakerInArticle('Exports rose.\n\nLNG Canada said shipments would double.', 'shipments would double'), 'LNG Canada');
  });
});

describe('lead60: "The ruling said" after a body of another kind spoke', () => {
  it('is no statement of that body', () => {
    assert.equal(speakerInArticle('The strike went on.\n\nThe union said talks had failed. The ruling said the contract was void.', 'contract was void'), null);
  });
  it('near miss: after a court, the ruling is the court\'s', () => {
    assert.equal(speakerInArticle('The claim was heard.\n\nThe Ontario Superior Court rejected the claim. The ruling said the contract was void.', 'contract was void'), 'Ontario Superior Court');
  });
});

describe('lead60: an inverted speaker whose office lists its fields ("said Energy, Mines and Resources Minister NAME")', () => {
  it('is the minister named', () => {
    assert.equal(speakerInArticle('The mine reopened.\n\n“The plan works,” said Energy, Mines and Resources Minister Tom Reilly.', 'plan works'), 'Tom Reilly');
  });
  it('near miss: names listed with commas are no portfolio\'s fields', () => {
    assert.notEqual(speakerInArticle('The mine reopened.\n\n“It works,” said Smith, Jones and Brown, the lawyers.', 'It works'), 'Brown');
  });
});

describe('lead60: an "as" clause of another source after the content (", as Kyiv warned that …")', () => {
  it('ends the content before it, and its own cue reports its clause', () => {
    const qs = inArticle('Talks stalled.\n\nAllies said aid was coming, as officials in Kyiv warned that Russia was massing troops.').quotes.map((q) => q.text);
    assert.ok(qs.includes('aid was coming'), JSON.stringify(qs));
    assert.equal(speakerInArticle('Talks stalled.\n\nWestern allies pledged more aid, as Kyiv warned that Russia was massing troops.', 'massing troops'), 'Ukraine');
  });
  it('near miss: an "as" clause with no speech verb and "that" stays in the content', () => {
    const qs = inArticle('Talks stalled.\n\nAllies said aid was coming, as Kyiv had hoped.').quotes.map((q) => q.text);
    assert.deepEqual(qs, ['aid was coming, as Kyiv had hoped']);
  });
});

describe('lead60: the speaker between a quote\'s two halves is outside the quote (hover, fresh60)', () => {
  it('quoteAt finds the quote in either half, not at the cue or the name between them', () => {
    const text = 'Campaign notes\n\n“That is fine,” campaign manager Jeff Weaver said. “But we will fight on.”\n';
    const c = new AnalysingCorpus();
    c.set('a.txt', text);
    const lookup = new CorpusLookup(c);
    assert.ok(lookup.quoteAt('a.txt', text.indexOf('fine'))?.pieces?.length === 2);
    assert.equal(lookup.quoteAt('a.txt', text.indexOf('fight on'))?.start, lookup.quoteAt('a.txt', text.indexOf('fine'))?.start);
    assert.equal(lookup.quoteAt('a.txt', text.indexOf('Weaver')), undefined);
  });
});

describe('lead60: a subject that gives its own name ("A group of parents calling itself Save Our Rural Schools said")', () => {
  it('is the body so named, which a later "the group" means too', () => {
    for (const named of ['A group of parents calling itself Save Our Rural Schools said', 'A group of parents, which calls itself Save Our Rural Schools, said']) {
      const body = `The board voted to close two schools.\n\n${named} it would ask for a review.\n\n“This is not over,” the group said.`;
      assert.equal(speakerInArticle(body, 'ask for a review'), 'Save Our Rural Schools', named);
      assert.equal(speakerInArticle(body, 'This is not over'), 'Save Our Rural Schools', named);
    }
  });
  it('near miss: a person calling himself by a name is not made a body', () => {
    const body = 'The board voted.\n\nA man calling himself John Smith said he saw the vote.';
    assert.notEqual(speakerInArticle(body, 'saw the vote'), 'Save Our Rural Schools');
    assert.ok(!inArticle(body).actors.some((a) => a.kind === 'organization'));
  });
});

describe('lead60: a tribe\'s government by its name ("The Spokane Tribe of Indians said") and a body\'s members ("Nurses say")', () => {
  it('is the tribe, not the city it shares a word with; "Nurses" is the nurses, not the union "of Nurses"', () => {
    assert.equal(speakerInArticle('The dam plan advanced.\n\nThe Spokane Tribe of Indians said it had been consulted.', 'had been consulted'), 'Spokane Tribe of Indians');
    assert.equal(speakerInArticle('The dam plan advanced.\n\nThe Seminole Tribe of Florida said it had been consulted.', 'had been consulted'), 'Seminole Tribe of Florida');
    const nurses = 'Wait times rose.\n\nThe Saskatchewan Union of Nurses said it would file a grievance.\n\nNurses say the problem is staffing.';
    assert.notEqual(speakerInArticle(nurses, 'problem is staffing'), 'Saskatchewan Union of Nurses');
  });
  it('near miss: a team named by its plural still answers to it ("The Raptors said"); a person named Tribe stays a person', () => {
    assert.equal(speakerInArticle('The court heard the case.\n\nLaurence H. Tribe of Harvard said the court would rule.', 'court would rule'), 'Laurence H. Tribe');
    assert.equal(speakerInArticle('The Toronto Raptors won again.\n\nThe Raptors said the trade was done.', 'trade was done'), 'Toronto Raptors');
  });
});

describe('lead60: "the airport said" after an airport named in full (scout60b)', () => {
  it('is that airport, not a new actor "airport"', () => {
    const body = 'Snow closed runways.\n\nHalifax Stanfield International Airport reopened its runway on Monday. The airport said flights would resume.';
    assert.equal(speakerInArticle(body, 'flights would resume'), 'Halifax Stanfield International Airport');
  });
  it('near miss: a town is no airport', () => {
    assert.notEqual(speakerInArticle('Snow closed runways.\n\nFlights to Halifax resumed. The airport said delays would ease.', 'delays would ease'), 'Halifax');
  });
});

describe('lead60: late kinds ("Iran\'s official IRNA news agency", "A family of five from Montreal", "Restaurants in Little Italy")', () => {
  it('a country\'s news agency after a modifier is the agency; people counted by "of" and placed speak; bodies placed in a name the names stage took for a body speak', () => {
    assert.equal(speakerInArticle('The tanker was stopped.\n\nIran’s official IRNA news agency said the ship was seized.', 'ship was seized'), 'IRNA');
    assert.equal(speakerInArticle('The tanker was stopped.\n\nIran’s semi-official Fars news agency said the ship was seized.', 'ship was seized'), 'Fars news agency');
    assert.equal(speakerInArticle('Flights were cancelled.\n\nA family of five from Montreal said the flight was cancelled twice.', 'cancelled twice'), 'family of five from Montreal');
    assert.equal(speakerInArticle('Rents rose.\n\nRestaurants in Little Italy say rents doubled.', 'rents doubled'), 'Restaurants in Little Italy');
  });
  it('near miss: a country\'s own ministry stays the country; a place alone still speaks for no people', () => {
    assert.equal(speakerInArticle('The tanker was stopped.\n\nIran’s foreign ministry said the ship was seized.', 'ship was seized'), 'Iran');
    assert.notEqual(speakerInArticle('Flights were cancelled.\n\nA family of five from Montreal said the flight was cancelled twice.', 'cancelled twice'), 'Montreal');
  });
});

describe('lead60: one name in apposition after people in the plural and their "of" ("Relatives of one of the victims, Winnipeg resident NAME, said")', () => {
  it('is the one they are of: the people speak', () => {
    assert.equal(speakerInArticle('The crash is under review.\n\nRelatives of one of the victims, Winnipeg resident Sandra Lachance, said the airline had not called.', 'had not called'), 'Relatives of one of the victims');
    assert.equal(speakerInArticle('The crash is under review.\n\nFriends of the pilot, Tom Ode, said he was careful.', 'he was careful'), 'Friends of the pilot');
  });
  it('near miss: one person of someone, in the singular, is the name in apposition', () => {
    assert.equal(speakerInArticle('The crash is under review.\n\nThe sister of the victim, Ana Ruiz, said the airline had not called.', 'had not called'), 'Ana Ruiz');
  });
});

describe('lead60: bodies in the plural with a restrictive "that" clause ("Several airlines that use SkyLink said")', () => {
  it('are the subject, not the name inside the clause', () => {
    assert.notEqual(speakerInArticle('The system failed.\n\nSeveral airlines that use SkyLink said bookings were lost.', 'bookings were lost'), 'SkyLink');
  });
  it('near miss: "that" opening the content after a cue is no relative clause', () => {
    assert.equal(speakerInArticle('The system failed.\n\nOfficials at SkyLink said that bookings were lost.', 'bookings were lost'), 'Officials at SkyLink');
  });
});

describe('lead60: a paragraph that ends in "said NAME," (the events fuzz\'s find)', () => {
  it('does not throw', () => {
    assert.doesNotThrow(() => inArticle('Ships left.\n\n“It works,” said Kirkenes,'));
    assert.doesNotThrow(() => inArticle(', 2021 said Kirkenes,'));
  });
  it('near miss: a portfolio listed before its office still reads whole', () => {
    assert.equal(speakerInArticle('The mine reopened.\n\n“The plan works,” said Energy, Mines and Resources Minister Tom Reilly.', 'plan works'), 'Tom Reilly');
  });
});
