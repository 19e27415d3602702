import { strict as assert } from 'node:assert';
import { quotesOf } from './helpers';

describe('quotes: direct', () => {
  it('cue after the quotation, name before the verb', () => {
    const [q] = quotesOf('“The harvest was the worst in a decade,” Maria Alvarez said on Tuesday.');
    assert.equal(q.kind, 'direct');
    assert.equal(q.text, 'The harvest was the worst in a decade,');
    assert.equal(q.who, 'Maria Alvarez');
    assert.equal(q.cue?.text, 'said');
  });

  it('inverted cue: “…,” said NAME, appositive', () => {
    const [q] = quotesOf('"Prices will keep rising," said Tomas Berg, an economist at the Nordic Bank.');
    assert.equal(q.who, 'Tomas Berg');
    assert.equal(q.speakerMention?.text, 'Tomas Berg');
  });

  it('cue before the quotation with a colon or a comma', () => {
    const [a] = quotesOf('Finance Minister Rina Okafor told parliament: “We will not raise taxes.”');
    assert.equal(a.who, 'Rina Okafor');
    assert.equal(a.text, 'We will not raise taxes.');
    const [b] = quotesOf('The union leader, Paul Grant, wrote, “Our members have waited long enough.”');
    assert.equal(b.who, 'Paul Grant');
  });

  it('a quotation of several sentences is one quote', () => {
    const qs = quotesOf('“We tried. We failed. We will try again,” Amir Haddad said.');
    assert.equal(qs.length, 1);
    assert.equal(qs[0].text, 'We tried. We failed. We will try again,');
  });

  it('a quotation that goes on after its cue keeps its speaker', () => {
    const qs = quotesOf('“The plan is sound,” Helen Cho said. “The money is not.”', { joinContinuations: false });
    assert.equal(qs.length, 2);
    assert.deepEqual(qs.map((q) => q.who), ['Helen Cho', 'Helen Cho']);
    assert.equal(qs[1].continuation, true);
  });

  it('by default the two parts are one quote of two pieces', () => {
    const qs = quotesOf('“The plan is sound,” Helen Cho said. “The money is not.”');
    assert.equal(qs.length, 1);
    assert.deepEqual(qs[0].pieces?.map((p) => p.text), ['The plan is sound,', 'The money is not.']);
    assert.equal(qs[0].who, 'Helen Cho');
  });

  it('a name inside the quotation does not become its speaker', () => {
    const [q] = quotesOf('Ana Lima stated that “President Duarte and Minister Souza both oppose the deal.”');
    assert.equal(q.who, 'Ana Lima');
    assert.equal(q.kind, 'direct', 'the whole content is inside the marks');
  });

  it('scare quotes in a sentence without a cue are no quote', () => {
    assert.equal(quotesOf('The so-called “peace dividend” never arrived in the region.').length, 0);
  });
});

describe('quotes: indirect and mixed', () => {
  it('X said that …, and X said CLAUSE', () => {
    const [a] = quotesOf('Mayor Lena Park said that the bridge would reopen in May.');
    assert.equal(a.kind, 'indirect');
    assert.equal(a.text, 'the bridge would reopen in May');
    assert.equal(a.who, 'Lena Park');
    const [b] = quotesOf('Lena Park said the bridge would reopen in May.');
    assert.equal(b.text, 'the bridge would reopen in May');
  });

  it('content before the cue: CLAUSE, X said', () => {
    const [q] = quotesOf('The talks had collapsed by midnight, a senior European diplomat said.');
    assert.equal(q.text, 'The talks had collapsed by midnight');
    assert.equal(q.who, 'senior European diplomat');
  });

  it('according to X', () => {
    const [q] = quotesOf('Exports fell by a third last year, according to the Central Statistics Office.');
    assert.equal(q.text, 'Exports fell by a third last year');
    assert.equal(q.who, 'Central Statistics Office');
  });

  it('In a poll …, CONTENT: the study is the source; “In a statement, X said” is left to its verb', () => {
    const [a] = quotesOf('In a new survey by the Civic Data Institute, most renters said rents had doubled.');
    assert.ok(a);
    const [b] = quotesOf('In the latest poll released Monday, 40 percent of voters backed the levy.');
    assert.deepEqual([b.speakerMention?.text, b.cue?.text, b.text], ['the latest poll released Monday', 'In', '40 percent of voters backed the levy']);
    const [c] = quotesOf('In a statement, the mayor said the levy would pass.');
    assert.deepEqual([c.speakerMention?.text, c.cue?.text], ['the mayor', 'said']);
  });

  it('According to X, CONTENT: with or without a role between commas', () => {
    const [a] = quotesOf('According to the results, turnout rose in every district.');
    assert.deepEqual([a.speakerMention?.text, a.text], ['the results', 'turnout rose in every district']);
    const [b] = quotesOf('According to Nora Lind, a pollster at Civic Data, turnout rose in every district.');
    assert.deepEqual([b.who, b.text], ['Nora Lind', 'turnout rose in every district']);
  });

  it('According to a body whose name holds "and" or "of", CONTENT', () => {
    const [a] = quotesOf('According to Parks and Wildlife Norfolk, the herd shrank by a third last year.');
    assert.deepEqual([a?.speakerMention?.text, a?.text], ['Parks and Wildlife Norfolk', 'the herd shrank by a third last year']);
    const [b] = quotesOf('According to the Office of Rail and Road, delays doubled in March.');
    assert.deepEqual([b?.speakerMention?.text, b?.text], ['the Office of Rail and Road', 'delays doubled in March']);
  });

  it('participles: “…,” he said, adding that …', () => {
    const qs = quotesOf('“We are close,” Omar Diallo said, adding that a vote could come next week.', { joinContinuations: false });
    assert.equal(qs.length, 2);
    assert.equal(qs[1].text, 'a vote could come next week');
    assert.equal(qs[1].who, 'Omar Diallo');
  });

  it('a reported clause with a quoted fragment is mixed', () => {
    const [q] = quotesOf('Judge Ruth Abel said the law was “plainly unconstitutional” and struck it down.');
    assert.equal(q.kind, 'mixed');
    assert.equal(q.who, 'Ruth Abel');
  });

  it('urged, accused and warned keep their object in the content', () => {
    const [q] = quotesOf('Sweden accused Hungary of delaying the vote for political gain.');
    assert.equal(q.text, 'Hungary of delaying the vote for political gain');
    assert.equal(q.who, 'Sweden');
  });

  it('a capital city that speaks is its government', () => {
    const [q] = quotesOf('Ottawa said the tariffs were unjustified.');
    assert.equal(q.who, 'Canada');
    assert.equal(q.speakerMention?.text, 'Ottawa');
  });

  it('a report speaks for the organisation that published it', () => {
    const qs = quotesOf('The Institute for Fiscal Studies published a study on Monday. The report found that incomes had stalled.');
    assert.equal(qs[0].who, 'Institute for Fiscal Studies');
  });

  it('a commitment or a stance in an infinitive: vowed to …, wants to …; declined to say … withholds and reports nothing', () => {
    const [vow] = quotesOf('Mayor Ann Cole vowed to rebuild the bridge within a year.');
    assert.deepEqual([vow.who, vow.kind, vow.cue?.text, vow.text], ['Ann Cole', 'indirect', 'vowed', 'to rebuild the bridge within a year']);
    assert.equal(quotesOf('Senator Ivo Marsh declined to say whether he would run again.').length, 0);
    const [wants] = quotesOf('Lena Ortiz wants to lead the party into the next election.');
    assert.equal(wants.who, 'Lena Ortiz');
    assert.equal(quotesOf('Lena Ortiz wants a recount.').length, 0);
  });

  it('a stance toward someone named: “endorsed Trump”, “opposes the deal”', () => {
    const [a] = quotesOf('Governor Hal Brisk endorsed Senator Mia Lund last week.');
    assert.deepEqual([a.who, a.cue?.text, a.text], ['Hal Brisk', 'endorsed', 'Senator Mia Lund last week']);
    const [b] = quotesOf('Senator Mia Lund opposes the pipeline.');
    assert.equal(b.text, 'the pipeline');
    assert.equal(quotesOf('The bridge supports heavy trucks.').length, 0);
  });

  it('poll subjects: “six in 10 say”, “majorities of X in Y say”', () => {
    const [a] = quotesOf('Six in 10 say the mayor is decisive.');
    assert.deepEqual([a.speakerMention?.text, a.text], ['Six in 10', 'the mayor is decisive']);
    const [b] = quotesOf('Majorities of farmers in three provinces say they would accept the tariff.');
    assert.deepEqual([b.speakerMention?.text, b.cue?.text], ['Majorities of farmers in three provinces', 'say']);
  });

  it('a relative clause between commas ends at its comma; its pronoun is the name before', () => {
    const [q] = quotesOf('Governor Tess Amaro, who says the dam is unsafe, ordered an inspection.');
    assert.deepEqual([q.who, q.text], ['Tess Amaro', 'the dam is unsafe']);
  });

  it('told NEWSPAPER (of CITY) CLAUSE; CLAUSE, a school spokesman told NEWSPAPER', () => {
    const [a] = quotesOf('Mayor Dana Voss told The Morning Post of Leeds last week she would not resign.');
    assert.deepEqual([a.who, a.text], ['Dana Voss', 'she would not resign']);
    const [b] = quotesOf('Dana Voss told The Daily Post she’s not planning an appeal.');
    assert.equal(b.text, 'she’s not planning an appeal');
    const [c] = quotesOf('The term had already ended, a school spokesman told The Courier.');
    assert.deepEqual([c.speakerMention?.text, c.text], ['a school spokesman', 'The term had already ended']);
  });

  it('an age between name and verb, and “said much of …”', () => {
    const [a] = quotesOf('Carlos Ibarra, 55, said he would vote for the first time.');
    assert.deepEqual([a.who, a.text], ['Carlos Ibarra', 'he would vote for the first time']);
    const [b] = quotesOf('Rhea Tamm, 21, a student from Tartu, said she had waited three hours.');
    assert.deepEqual([b.who, b.text], ['Rhea Tamm', 'she had waited three hours']);
    const [c] = quotesOf('Ilse Brandt said much of the meeting was about water rights.');
    assert.equal(c.text, 'much of the meeting was about water rights');
    assert.equal(quotesOf('Ilse Brandt says too much is made of the poll.')[0]?.text, 'too much is made of the poll');
  });

  it('subjects: a sentence-opening subordinator is not part of them; plural people nouns and pronouns with an auxiliary are', () => {
    const [a] = quotesOf('While Mayor Ann Cole claimed that the bridge was safe, engineers disagreed.');
    assert.equal(a.speakerMention?.text, 'Mayor Ann Cole');
    const [b] = quotesOf('But environmentalists worry that the mine will poison the river.');
    assert.deepEqual([b.speakerMention?.text, b.text], ['environmentalists', 'the mine will poison the river']);
    const [c] = quotesOf('Mayor Ann Cole spoke on Monday. And she’s predicted that the vote will pass.');
    assert.deepEqual([c.speakerMention?.text, c.who], ['she', 'Ann Cole']);
  });

  it('a cue set off by commas inside its content: “X, he said, Y”', () => {
    const [a] = quotesOf('Most of the closures, Ivo Marsh said, have hit rural clinics.');
    assert.deepEqual([a.who, a.text], ['Ivo Marsh', 'Most of the closures, Ivo Marsh said, have hit rural clinics']);
    const [b] = quotesOf('The clinics will close, Ivo Marsh said, and left the room.');
    assert.equal(b.text, 'The clinics will close');
  });

  it('subjects named by what they are or by a relation, with modifiers, and “, however,” before the verb', () => {
    const [a] = quotesOf('The flight was delayed by fog, the airline said Thursday.');
    assert.deepEqual([a.speakerMention?.text, a.text], ['the airline', 'The flight was delayed by fog']);
    const [b] = quotesOf('She was headed to Lima, her brother said.');
    assert.equal(b.speakerMention?.text, 'her brother');
    const [c] = quotesOf('The ban is unlawful, several rural lawmakers said on Friday.');
    assert.equal(c.speakerMention?.text, 'several rural lawmakers');
    const [d] = quotesOf('Independent auditors, however, said they found no errors.');
    assert.deepEqual([d.speakerMention?.text, d.text], ['Independent auditors', 'they found no errors']);
  });

  it('appositives: a place with its state, an aside, a party label, a dash, a lower-case description', () => {
    const [a] = quotesOf('Rhea Tamm, a delegate from Austin, Texas, said the vote was fair.');
    assert.deepEqual([a.who, a.text], ['Rhea Tamm', 'the vote was fair']);
    const [b] = quotesOf('Ivo Marsh, head of Civic Watch, which organized the letter, said the vote was fair.');
    assert.equal(b.who, 'Ivo Marsh');
    const [c] = quotesOf('Rep. Dana Voss (D-Md.), chair of the panel, said the vote was fair.');
    assert.equal(c.who, 'Dana Voss');
    const [d] = quotesOf('Many delegates at the hall — including farmers and teachers — said the vote was fair.');
    assert.equal(d.speakerMention?.text, 'Many delegates at the hall');
    const [e] = quotesOf('Nora Lind, senior analyst at Civic Data, said the vote was fair.');
    assert.equal(e.who, 'Nora Lind');
  });

  it('told X this …, told X, CLAUSE, and a place name before a people noun', () => {
    const [a] = quotesOf('Senator Ivo Marsh told reporters this was the last chance.');
    assert.equal(a.text, 'this was the last chance');
    const [b] = quotesOf('Every Friday, the former mayor told The Courier, Ivo Marsh would walk to the market.');
    assert.equal(b.text, 'Ivo Marsh would walk to the market');
    const [c] = quotesOf('The pilot was careful and calm, a Lisbon airport official told The Courier.');
    assert.deepEqual([c.speakerMention?.text, c.text], ['a Lisbon airport official', 'The pilot was careful and calm']);
  });

  it('a relative “that” inside the reported clause is not its complementizer', () => {
    const [q] = quotesOf('Judge Ida Moss said the ruling is only the latest step in a case that should end soon.');
    assert.equal(q.text, 'the ruling is only the latest step in a case that should end soon');
  });

  it('no quote where a verb reports no content', () => {
    assert.equal(quotesOf('Maria Alvarez spoke at the conference in Lisbon.').length, 0);
    assert.equal(quotesOf('On Friday, Maria Alvarez said.').length, 0);
    assert.equal(quotesOf('The ministers agreed to meet again in June.').length, 0);
    assert.equal(quotesOf('Officials in five states met to review his remarks.').length, 0);
  });
});

describe('quotes: who the speaker is', () => {
  it('a surname alone is the full name given earlier', () => {
    const qs = quotesOf('Chancellor Olaf Brenner arrived late. Brenner said the coalition would hold.');
    assert.equal(qs[0].who, 'Olaf Brenner');
    assert.equal(qs[0].speakerMention?.text, 'Brenner');
  });

  it('a pronoun is the person last speaking or last in subject position', () => {
    const qs = quotesOf(
      '“Growth is back,” Finance Minister Ana Ruiz said.\n\nUnion leader Carl Nyberg met her on Friday.\n\n“It is not,” he said.',
    );
    assert.deepEqual(qs.map((q) => q.who), ['Ana Ruiz', 'Carl Nyberg']);
  });

  it('a role phrase is the person who holds that role', () => {
    const qs = quotesOf('WHO Director-General Tedros Adhanom spoke first. The WHO chief said the outbreak was slowing.');
    assert.equal(qs[0].who, 'Tedros Adhanom');
  });

  it('an anonymous official is an actor of its own, and “the official” refers back to it', () => {
    const qs = quotesOf('A senior French official said the summit would be delayed. “We need more time,” the official said.');
    assert.deepEqual(qs.map((q) => q.who), ['senior French official', 'senior French official']);
  });

  it('a party label in parentheses between name and verb', () => {
    const [q] = quotesOf('Sen. Tammy Hollis (D-Ore.) said the bill would pass.');
    assert.equal(q.who, 'Tammy Hollis');
  });

  it('a place between commas is no appositive name: NAME, in CITY, said', () => {
    const [q] = quotesOf('Ruiz, in Denver, said on Tuesday that turnout was high.');
    assert.equal(q.text, 'turnout was high');
    assert.equal(q.speakerMention?.text, 'Ruiz');
  });

  it('a document that “said”, put out by someone in the same clause, speaks for its maker', () => {
    const [q] = quotesOf('The group released a video that said, “Every vote counts.”');
    assert.equal(q.speakerMention?.text, 'The group');
    assert.equal(q.text, 'Every vote counts.');
  });

  it('an appositive between name and verb: NAME, a spokesman for X, said', () => {
    const [q] = quotesOf('Leo Marsh, a spokesman for the city council, said the vote was postponed.');
    assert.equal(q.who, 'Leo Marsh');
  });
});

describe('quotes: single quotation marks', () => {
  it('reads British single quotes when a paragraph has no double ones', () => {
    const [q] = quotesOf('‘We are ready for whatever comes,’ the Home Secretary, Yvette Marlow, said.');
    assert.equal(q.kind, 'direct');
    assert.equal(q.text, 'We are ready for whatever comes,');
    assert.equal(q.who, 'Yvette Marlow');
    const [r] = quotesOf('The prime minister said: ‘This is a great day for the country.’');
    assert.equal(r.text, 'This is a great day for the country.');
  });

  it('leaves apostrophes, possessives and nested single quotes alone', () => {
    const qs = quotesOf('The leaders’ plans were dropped. Officials said the country’s debt was ‘unsustainable’ and would grow.');
    assert.equal(qs.length, 1);
    assert.equal(qs[0].kind, 'mixed');
    const [n] = quotesOf('“He called it ‘a disaster’ twice,” Ada Lind said.');
    assert.equal(n.text, 'He called it ‘a disaster’ twice,');
  });
});

describe('quotes: British usage', () => {
  it('titles without a full stop and a dateline agency', () => {
    const qs = quotesOf('LONDON (Reuters) - Mr Hargreaves told the BBC the vote would go ahead.\n\nHe said: ‘There is no turning back.’');
    assert.deepEqual(qs.map((q) => q.who), ['Hargreaves', 'Hargreaves']);
    assert.equal(qs[0].text, 'the vote would go ahead');
  });
});
