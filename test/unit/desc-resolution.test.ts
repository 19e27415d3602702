import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { quotesOf } from './helpers';

/** The quote whose text holds `words`, with its speaker's name and kind. */
const quote = (text: string, words: string) => {
  const q = quotesOf(text).find((x) => x.text.includes(words));
  assert.ok(q, `no quote holding "${words}" in: ${JSON.stringify(quotesOf(text).map((x) => x.text))}`);
  return { ...q, kind: q.speaker?.kind };
};

describe('desc: a description of an organisation named with its type noun', () => {
  it('"ferry operator Tidelink ... The operator said" is Tidelink', () => {
    const q = quote('Ferry operator Tidelink suspended its night crossings on Friday because of storms.\n\nThe operator said the service would resume on Monday.', 'resume');
    assert.equal(q.who, 'Tidelink');
    assert.equal(q.kind, 'organization');
  });

  it('"the carmaker Voltrane ... the company said" is Voltrane', () => {
    const q = quote('Shares in the carmaker Voltrane fell sharply on Wednesday after a recall of 12,000 vans.\n\n"We acted as soon as we knew," the company said.', 'acted');
    assert.equal(q.who, 'Voltrane');
  });

  it('"budget airline Skyhop ... The airline said" is Skyhop', () => {
    const q = quote('Budget airline Skyhop grounded six jets after an engine fault.\n\nThe airline said passengers would be rebooked within two days.', 'rebooked');
    assert.equal(q.who, 'Skyhop');
  });

  it('a source phrase that names a body after the noun of its trade speaks for that body', () => {
    const utility = quote('Storms cut power to 4,000 homes.\n\n"Most customers will be reconnected by Tuesday," the utility Lumenco said.', 'reconnected');
    assert.equal(utility.who, 'Lumenco');
    assert.equal(utility.kind, 'organization');
    const inverted = quote('Flights were cancelled. "We are rebooking everyone," said regional carrier Northwind Air.', 'rebooking');
    assert.equal(inverted.who, 'Northwind Air');
    assert.equal(inverted.kind, 'organization');
    const after = quote('Flights were cancelled.\n\n"Two planes were damaged," regional carrier Skyward Air said.', 'planes');
    assert.equal(after.who, 'Skyward Air');
    assert.equal(after.speakerMention?.text, 'regional carrier Skyward Air');
  });

  it('a trade noun before a person\'s name in the source phrase keeps the person and a second quotation joins the first', () => {
    const q = quote('"Subpoenas are not optional," panel Chairman Rep. Jason Chaffetz said after the hearing. "He is a crucial witness."', 'Subpoenas');
    assert.equal(q.who, 'Jason Chaffetz');
    assert.equal(q.pieces?.length, 2);
  });

  it('a person after a trade noun that also names people stays a person', () => {
    const q = quote('"The site will open in May," property developer Marcus Oyelaran said.', 'site');
    assert.equal(q.who, 'Marcus Oyelaran');
    assert.equal(q.kind, 'person');
  });

  it('an organisation named by one word and then "the group" is that organisation', () => {
    const q = quote('Seawatchers urged the port to stop dredging near the reef. "The reef cannot take another season of this," the group said.', 'reef cannot');
    assert.equal(q.who, 'Seawatchers');
    assert.equal(q.kind, 'organization');
  });

  it('a one-word organisation and "the charity said" later in the article', () => {
    const q = quote('Foodwise said last month that it had opened three more food banks in Cardiff.\n\nThe charity said demand had doubled since spring.', 'demand');
    assert.equal(q.who, 'Foodwise');
  });

  it('"rugby club Kestrel Vale ... The club said" is Kestrel Vale, an organisation', () => {
    const q = quote('Rugby club Kestrel Vale sacked its head coach on Sunday after six straight defeats.\n\nThe club said a new coach would be named within a week.', 'new coach');
    assert.equal(q.who, 'Kestrel Vale');
    assert.equal(q.kind, 'organization');
  });

  it('"space agency Orbitex ... The agency said" is Orbitex', () => {
    const q = quote('Space agency Orbitex delayed the launch of its weather satellite.\n\nThe agency said a valve had failed during tests.', 'valve');
    assert.equal(q.who, 'Orbitex');
  });

  it('a person after a type noun that also names people stays a person', () => {
    const a = analyze('Property developer Marcus Oyelaran bought the old mill in March.\n\nThe company said the flats would be ready next year.');
    const marcus = a.actors.find((x) => x.name === 'Marcus Oyelaran');
    assert.equal(marcus?.kind, 'person');
  });

  it('a description with no fitting organisation named stays a description actor', () => {
    const q = quote('Workers at the Ridgeback quarry walked out on Monday.\n\nThe firm said in a statement that talks would continue.', 'talks');
    assert.match(q.who ?? '', /firm/);
  });

  it('a person known by one name who was called "she" is no organisation', () => {
    const q = quote('Okonkwo said she would run again. The party said it would back her.', 'back her');
    assert.notEqual(q.who, 'Okonkwo');
  });
});

describe('desc: "the government" is the country the article is about', () => {
  it('a country named only as an origin is not "the government"; the dateline city tells', () => {
    const text = 'LISBON, May 4 2025\n\nFloods cut roads across the north of the country on Thursday. Rescue teams arrived from Spain and Morocco.\n\nThe government said on Friday that emergency funds would be released.';
    const q = quote(text, 'emergency funds');
    assert.equal(q.who, 'Portugal');
  });

  it('a demonym in the headline tells the country when the dateline does not', () => {
    const text = 'Chilean farmers fear a dry winter\n\nFarmers near the border with Argentina counted their losses. Water trucks came from Peru.\n\nThe government said it would pay for new wells.';
    const q = quote(text, 'new wells');
    assert.equal(q.who, 'Chile');
  });

  it('with no country of the article known, "the government" stays a description actor', () => {
    const text = 'Ferry strike ends\n\nTwo ships from Norway docked at the harbour on Monday.\n\nThe government said the strike was over.';
    const q = quote(text, 'strike was over');
    assert.notEqual(q.who, 'Norway');
  });

  it('a dateline city with its country ("MOMBASA, Kenya, …") tells the country', () => {
    const text = 'MOMBASA, Kenya, June 3 2024\n\nContainers piled up at the port after ships from Oman and India were delayed.\n\nThe government said customs staff would work double shifts.';
    const q = quote(text, 'double shifts');
    assert.equal(q.who, 'Kenya');
  });

  it('a dateline and a headline that tell two countries settle none', () => {
    const text = 'Peruvian miners stage protest\n\nLISBON, May 4 2025\n\nMiners marched through the square on Friday after ships from Spain were turned away.\n\nThe government said talks would resume.';
    const q = quote(text, 'talks would resume');
    assert.notEqual(q.who, 'Peru');
    assert.notEqual(q.who, 'Portugal');
    assert.notEqual(q.who, 'Spain');
  });

  it('a country named as the object of a verb is not "the government"', () => {
    const text = 'Dam talks stall\n\nEngineers blamed Sudan for the delay on Monday.\n\nThe government said the dam would open in May.';
    const q = quote(text, 'open in May');
    assert.notEqual(q.who, 'Sudan');
  });

  it('a country that acts as the subject is still what "the government" refers to', () => {
    const text = 'Trade talks stall\n\nVietnam raised tariffs on steel imports on Monday.\n\nThe government said the move would protect local mills.';
    const q = quote(text, 'local mills');
    assert.equal(q.who, 'Vietnam');
  });
});

describe('desc: people described with the place they are in', () => {
  it('"Fishermen in southern Chile say" is a group, not Chile', () => {
    const q = quote('Fishermen in southern Chile say the algae bloom has killed most of their salmon.', 'algae');
    assert.equal(q.kind, 'group');
    assert.match(q.who ?? '', /Fishermen/);
  });

  it('"Teachers in rural Kenya said" is a group, not Kenya', () => {
    const q = quote('Teachers in rural Kenya said on Monday that classrooms were overcrowded.', 'classrooms');
    assert.equal(q.kind, 'group');
    assert.match(q.who ?? '', /Teachers/);
  });

  it('"Shopkeepers in eastern Ukraine told reporters" is a group', () => {
    const q = quote('Shopkeepers in eastern Ukraine told reporters that supplies were running low.', 'supplies');
    assert.equal(q.kind, 'group');
  });
});

describe('desc: a role description that fits one named person', () => {
  it('"The mayor of Dunmore" before "Mayor Ines Barlow said" is Barlow', () => {
    const text = 'The mayor of Dunmore on Monday defended a plan to close the old pool.\n\n"The building is not safe," Mayor Ines Barlow said at the town hall.';
    const q = quote(text, 'plan to close');
    assert.equal(q.who, 'Ines Barlow');
  });

  it('"the governor of Tarrant" after Governor Hal Lusk is Lusk', () => {
    const text = 'Governor Hal Lusk signed the water bill on Tuesday.\n\nThe governor of Tarrant said the bill would save farms.';
    const q = quote(text, 'save farms');
    assert.equal(q.who, 'Hal Lusk');
  });

  it('two mayors in the article: "the mayor of X" links to neither', () => {
    const text = 'The mayor of Dunmore on Monday criticised the rail plan.\n\nMayor Ines Barlow of Dunmore and Mayor Colm Ferris of Ashby met on Friday. "We need the trains," Ferris said.';
    const q = quote(text, 'rail plan');
    assert.notEqual(q.who, 'Ines Barlow');
    assert.notEqual(q.who, 'Colm Ferris');
  });

  it('two mayors opening the next paragraph after a lede\'s "the mayor of X": neither, whichever comes first', () => {
    const text = 'The mayor of Dunmore on Monday criticised the rail plan.\n\nMayor Colm Ferris of Ashby and Mayor Ines Barlow of Dunmore met on Friday. "We need the trains," Ferris said.';
    const q = quote(text, 'rail plan');
    assert.ok(q.who !== 'Colm Ferris' && q.who !== 'Ines Barlow', q.who ?? 'null');
  });

  it('"the chairman" after Chairman Ravi Anand is Anand', () => {
    const text = 'Chairman Ravi Anand opened the meeting of Kestrel Holdings on Monday.\n\nThe chairman said profits had fallen.';
    const q = quote(text, 'profits');
    assert.equal(q.who, 'Ravi Anand');
  });

  it('a headline\'s "Governor says" is the one governor the article names', () => {
    const text = 'Governor says bridge will reopen in May\n\nGovernor Hal Lusk toured the damaged bridge on Monday with engineers.';
    const q = quote(text, 'bridge will reopen');
    assert.equal(q.who, 'Hal Lusk');
  });

  it('a headline\'s "Governor says" with two governors named is neither', () => {
    const text = 'Governor says bridge will reopen in May\n\nGovernor Hal Lusk met Governor Rosa Pike at the damaged bridge on Monday.';
    const q = quote(text, 'bridge will reopen');
    assert.notEqual(q.who, 'Hal Lusk');
    assert.notEqual(q.who, 'Rosa Pike');
  });

  it('the mention "the mayor of Dunmore" is recorded for the person', () => {
    const text = 'The mayor of Dunmore on Monday defended a plan to close the old pool.\n\n"The building is not safe," Mayor Ines Barlow said.';
    const a = analyze(text);
    const m = a.mentions.find((x) => x.text.toLowerCase().includes('mayor of dunmore'));
    assert.equal(m?.actor.name, 'Ines Barlow');
  });
});

describe('desc: a description of a trade never takes a one-word body of another trade', () => {
  it('"the airline said" after an airline named "Air X" is that airline, not the weather service named before it', () => {
    const text = 'Skyward Met has raised its storm warning for Dunedin to red.\n\nAir Otago has cancelled every flight until noon. "Passengers come first," the airline said.';
    const q = quote(text, 'Passengers');
    assert.equal(q.who, 'Air Otago');
    assert.equal(q.kind, 'organization');
  });

  it('with no airline named, "the airline" is a description of its own, not a one-word body named before', () => {
    const q = quote('Stormwatch issued a red warning on Friday.\n\n"Flights will not leave before noon," the airline said.', 'Flights');
    assert.notEqual(q.who, 'Stormwatch');
  });

  it('"the group" still finds the one-word body named before it', () => {
    assert.equal(quote('Tidewatch called for a ban on trawling. "The sea needs a rest," the group said.', 'rest').who, 'Tidewatch');
  });
});
