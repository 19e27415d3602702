import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';

/** Session 40's unseen attribution (scout40a): wire copy from abroad, arts, features; each kind with a near miss. */
const article = (body: string) => analyze(`Headline for the story\n\n${body}`);
const speakerOf = (body: string, quote: string): string | null | undefined => {
  const q = article(body).quotes.find((x) => x.text.includes(quote));
  return q === undefined ? undefined : q.speaker?.name ?? null;
};

describe('scout40a: "Will" as a given name', () => {
  it('"singer-songwriter Will Tremblay" and "Will Okafor said" are people named Will', () => {
    const body = 'HALIFAX — The festival booked singer-songwriter Will Tremblay to close the show.\n\n"I grew up two streets from here," Tremblay said.';
    assert.equal(speakerOf(body, 'two streets'), 'Will Tremblay');
    assert.equal(speakerOf('Will Okafor said the plant would reopen in May.', 'plant would reopen'), 'Will Okafor');
  });
  it('the modal stays a modal: a title-case headline and a question', () => {
    const a = analyze('Mayor Says New Bridge Will Open In June\n\nThe mayor said the bridge would open in June.');
    assert.ok(!a.actors.some((x) => x.name.startsWith('Will')));
    const b = article('"Will Ottawa act before the spring?" asked Dana Whitfield, a Regina farmer.');
    assert.ok(!b.actors.some((x) => x.name.startsWith('Will')));
  });
});

describe('scout40a: a surname with a particle named alone', () => {
  it('"Rodelyn Delos Santos" (a given name the table lacks), then "Delos Santos said": the full name speaks', () => {
    const body = 'WINNIPEG — One of the workers is Rodelyn Delos Santos, who came from Manila in 2018.\n\n"We did everything right," Delos Santos said.';
    assert.equal(speakerOf(body, 'everything right'), 'Rodelyn Delos Santos');
  });
  it('a stray word before a full name still folds ("Crooked Hillary Clinton")', () => {
    const a = article('Hillary Clinton spoke in Ohio. Supporters booed when a man shouted "Crooked Hillary Clinton" at the rally.');
    assert.ok(!a.actors.some((x) => x.name === 'Crooked Hillary Clinton'));
  });
});

describe('scout40a: "quoted X, an appositive, as saying"', () => {
  it('the one quoted speaks, not the agency nor a person the appositive names', () => {
    const body = 'SEOUL (Reuters) - The official news agency quoted Choe Son Hui, the foreign minister appointed by leader Kim Jong Un, as saying that the drills were "a rehearsal for invasion."';
    assert.equal(speakerOf(body, 'rehearsal for invasion'), 'Choe Son Hui');
  });
  it('without the appositive the one quoted still speaks', () => {
    assert.equal(speakerOf('Interfax quoted Sergei Ryabkov as saying the talks were over.', 'talks were over'), 'Sergei Ryabkov');
  });
});

describe('scout40a: the speaker named right after the quotation, with no verb of speech', () => {
  const lead = 'QUEBEC — The province said Tuesday the hospital would open in 2029, two years late.\n\n';
  it('"“…” Health Minister NAME made the comments at …" is NAME\'s, not the previous speaker\'s', () => {
    const body = `${lead}"We found asbestos in walls nobody had opened in 60 years. Every delay has a reason." Health Minister Nadine Cormier made the comments at a news conference in Quebec City.`;
    assert.equal(speakerOf(body, 'found asbestos'), 'Nadine Cormier');
  });
  it('"“…” That is how NAME, who …, put it" names the speaker', () => {
    const body = `${lead}"It's a beautiful building on paper. On the ground it's a parking lot." That is how Coun. Marc Ouellet, who sits on the health committee, put it on Tuesday.`;
    assert.equal(speakerOf(body, 'beautiful building'), 'Marc Ouellet');
  });
  it('a sentence after the quotation that says something else leaves the quotation as it was', () => {
    const body = `${lead}Premier Lise Fortin said the budget was fixed. "We will not reopen the file. The money is there." Health Minister Nadine Cormier visited the site later.`;
    assert.equal(speakerOf(body, 'not reopen the file'), 'Lise Fortin');
  });
});

describe('scout40a: "went on to say"', () => {
  it('"NAME went on to say that …" is NAME\'s', () => {
    const body = 'OTTAWA — Finance Minister Raj Dhillon said the deficit would shrink.\n\nGovernor Ellen Park spoke after him. Park went on to say that the bank would publish its review in June.';
    assert.equal(speakerOf(body, 'publish its review'), 'Ellen Park');
  });
  it('an infinitive after "to" with no "went on" is still no cue ("wants to say")', () => {
    assert.equal(speakerOf('Park wants to say more about the review in June.', 'more about the review'), undefined);
  });
});

describe('scout40a: "According to a readout, NAME said …"', () => {
  it('the readout only sources the attribution inside it: one quote, NAME\'s', () => {
    const a = article('According to a readout of the call, Ahmed told Nguyen that Canada would send two more frigates.');
    const qs = a.quotes.filter((q) => q.text.includes('two more frigates'));
    assert.equal(qs.length, 1);
    assert.equal(qs[0].speaker?.name, 'Ahmed');
  });
  it('"according to" with a person as the source keeps its quote', () => {
    assert.equal(speakerOf('Canada will send two more frigates, according to Defence Minister Omar Ahmed.', 'two more frigates'), 'Omar Ahmed');
  });
});

describe('scout40a: "order" with a counted object is a purchase', () => {
  it('"let Marine Atlantic order four new ferries, ending …" reports no one\'s words', () => {
    const a = article('ST. JOHN\'S — The House passed a bill that will let Marine Atlantic order four new ferries, ending a debate that ran past midnight.');
    assert.equal(a.quotes.length, 0);
    assert.equal(article('CALGARY — Council voted to let Calgary Transit order 40 electric buses, ending a debate that ran past midnight.').quotes.length, 0);
  });
  it('an order with its clause still reports one ("ordered that the ferries be inspected")', () => {
    assert.equal(speakerOf('Transport Minister Ana Ruiz ordered that the ferries be inspected before the summer.', 'ferries be inspected'), 'Ana Ruiz');
  });
});

describe('scout40a: "NAME of SCHOOL, where …, said"', () => {
  it('a place\'s relative clause after the speaker\'s phrase is an aside', () => {
    const body = 'LAVAL, Que. — Principal Nadia Bouchard of École Saint-Martin, where the boy was in Grade 10, said counsellors would be at the school all week.';
    assert.equal(speakerOf(body, 'counsellors would be'), 'Nadia Bouchard');
  });
  it('"At PLACE, where …, NAME, …, said": an opening adjunct is no speaker', () => {
    const body = 'At Harbour View, where members pay $40,000 to join, Paul Gauthier, the club president, said the troubles of his rivals came from poor management.';
    assert.equal(speakerOf(body, 'troubles of his rivals'), 'Paul Gauthier');
  });
});

describe('scout40a: "That said," is a discourse marker', () => {
  it('"That said,", "That being said,", "Having said that," report no one\'s words', () => {
    const a = article('REGINA — The budget is tight. That said, the plan has support in council. That being said, council will vote next week. Having said that, the premier wants a deal.');
    assert.equal(a.quotes.length, 0);
  });
  it('"That, she said, …" and "she said that …" still report', () => {
    assert.equal(speakerOf('Mayor Jane Ode spoke on Monday. That, Ode said, was the whole point of the vote.', 'whole point'), 'Jane Ode');
    assert.equal(speakerOf('Mayor Jane Ode said that the plan had support in council.', 'plan had support'), 'Jane Ode');
  });
});

describe('scout40a: "In a post on Facebook, the union …, NAME, thanked …"', () => {
  it('the words before the subject\'s appositive are its head, no content', () => {
    const a = article('HAMILTON — In a post on Facebook, the union representing city bus drivers, ATU Local 107, thanked riders for their patience.');
    assert.ok(!a.quotes.some((q) => q.text.includes('In a post')));
  });
  it('after such an adjunct the content after the cue is still reported', () => {
    assert.equal(speakerOf('In a post on Facebook, the union, ATU Local 107, said its members would return to work on Monday.', 'return to work'), 'ATU Local 107');
  });
});
