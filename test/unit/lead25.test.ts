import { strict as assert } from 'node:assert';
import { AnalysingCorpus } from '../../src/corpus/analysingCorpus';
import { analyze } from '../../src/extractor/analyze';
import { quotesOf } from './helpers';

const HEAD = 'Test\n\nPublished 3 March 2026\n\n';
const said = (text: string): Array<{ text: string; who: string | null }> => quotesOf(HEAD + text).map((q) => ({ text: q.text, who: q.who }));
const whoSaid = (text: string): Array<string | null> => said(text).map((q) => q.who);

describe('lead25: a place is no speaker when a person or bodies are told by it', () => {
  it('", Republican of South Carolina," and ", a Democrat from Ohio," are the named person’s aside', () => {
    assert.deepEqual(whoSaid('“This bill is a giveaway,” Senator Lindsey Graham, Republican of South Carolina, said on Sunday.'), ['Lindsey Graham']);
    assert.deepEqual(whoSaid('Representative Steve Cohen, Democrat of Tennessee, told reporters that the bill would fail.'), ['Steve Cohen']);
    assert.deepEqual(whoSaid('Elijah Cummings, a Democrat from Maryland, said the hearing was a farce.'), ['Elijah Cummings']);
  });

  it('a title word after a given name is a surname, no office of the place after "of" ("Rep. Peter T. King of New York")', () => {
    assert.deepEqual(whoSaid('“It is not going to be easy,” said Representative Peter T. King of New York.'), ['Peter T. King']);
    assert.deepEqual(whoSaid('Peter King of New York said the bill would fail.'), ['Peter King']);
    // an office of a place is still one ("Secretary of State", "King of Spain" before no given name)
    assert.deepEqual(whoSaid('Secretary of State Ana Ruiz said the talks were over.'), ['Ana Ruiz']);
  });

  it('"the Wisconsin Republican" is the person the passage is about, not Wisconsin', () => {
    assert.deepEqual(whoSaid('House Speaker Paul Ryan met donors on Thursday. The Wisconsin Republican said the party would unite.'), ['Paul Ryan']);
    assert.deepEqual(whoSaid('Senator Rand Paul met Ana Ruiz on Friday. The Kentucky Republican said she had no plan.'), ['Rand Paul']);
    assert.deepEqual(whoSaid('Mitch McConnell spoke first. The Republican said the party would unite.'), ['Mitch McConnell']);
  });

  it('"the … Republican" names no one the article gives another party, and "the Independent" alone is no partisan', () => {
    assert.deepEqual(whoSaid('Democratic Senator Ana Ruiz spoke first. The Ohio Republican said the bill would pass.'), [null]);
    assert.deepEqual(whoSaid('Sen. Ana Ruiz, D-Ohio, spoke first. The Ohio Republican said the bill would pass.'), [null]);
    assert.notEqual(whoSaid('Ivanka Trump launched a clothing line. The Independent reported that most of it was made abroad.')[0], 'Ivanka Trump');
  });

  it('bodies told by their place speak as a group named by the phrase ("Six newspapers in New Jersey", "a Texas utility")', () => {
    assert.match(whoSaid('Six newspapers in New Jersey said the governor should resign.')[0] ?? '', /^(?:Six )?newspapers in New Jersey$/);
    assert.deepEqual(whoSaid('Several unions in Ontario said the deal was poor.'), ['unions in Ontario']);
    assert.deepEqual(whoSaid('A Texas utility said prices would rise.'), ['Texas utility']);
    // a place that does speak still does
    assert.deepEqual(whoSaid('Texas said it would appeal the ruling.'), ['Texas']);
  });

  it('"they" is never a place, nor a capital for its government: a place that spoke before is no antecedent', () => {
    const quotes = said('Vermont filed a complaint, which said the developers lied. Economists studied the region for years. “We failed to anticipate the shock,” they argued.');
    assert.notEqual(quotes.at(-1)?.who, 'Vermont');
    assert.equal(said('Washington warned Beijing. “We failed to anticipate the shock,” they argued.').at(-1)?.who ?? null, null);
  });
});

describe('lead25: names made modifiers by a hyphen', () => {
  const mentions = (text: string): string[] => {
    const a = analyze(HEAD + text);
    return a.mentions.map((m) => `${a.text.slice(m.start, m.end)}/${m.actor.kind}`);
  };

  it('"Islamic State-linked", "El Paso-based", "World War II-era": the name before the hyphen, never a person named with the participle', () => {
    const found = mentions('Islamic State-linked militants attacked the town. World War II-era bombs were found. A Lindsey Graham-type candidate would win.');
    assert.ok(found.includes('Islamic State/organization'), found.join(', '));
    assert.ok(found.includes('Lindsey Graham/person'), found.join(', '));
    assert.ok(!found.some((m) => /-(?:linked|era|type)\//.test(m)), found.join(', '));
    // a hyphen inside a name stays ("Han Min-koo", "Ana Smith-Jones")
    assert.ok(mentions('Defense Minister Han Min-koo met Ana Smith-Jones.').includes('Han Min-koo/person'));
    assert.ok(mentions('Defense Minister Han Min-koo met Ana Smith-Jones.').includes('Ana Smith-Jones/person'));
  });

  it('a name cut at the hyphen is a modifier, not who speaks: "The El Paso-based group said" is the group', () => {
    assert.deepEqual(whoSaid('The El Paso-based group said it was ready.'), ['El Paso-based group']);
    assert.deepEqual(whoSaid('Occupy Wall Street-style protesters said the vote was rigged.'), ['Occupy Wall Street-style protesters']);
  });

  it('a number in words opening a sentence names no one ("Twenty-seven people said")', () => {
    assert.deepEqual(whoSaid('Twenty-seven people said they were hurt.'), ['Twenty-seven people']);
    assert.ok(!mentions('Twenty-seven were hurt, police said.').some((m) => m.startsWith('Twenty-seven/')));
  });
});

describe('lead25: an acronym takes in only the bodies it names', () => {
  const orgs = (texts: string[]): string[][] => {
    const c = new AnalysingCorpus();
    texts.forEach((t, i) => c.set(`${i}.txt`, t));
    return c
      .build()
      .result.actors.filter((a) => a.kind === 'organization')
      .map((a) => [a.name, ...a.aliases].sort());
  };

  it('three initials join the acronym only as the one body that answers to them', () => {
    // the one body with those initials joins (as "IMF" and "International Monetary Fund")
    assert.deepEqual(orgs(['The International Monetary Fund warned of slower growth.', 'The IMF said inflation was easing.']), [['IMF', 'International Monetary Fund']]);
    // a body written with the acronym wins it; another with the same initials stays apart
    const found = orgs(['The Trans-Pacific Partnership (TPP) was signed in 2016.', 'The TPP said tariffs would fall.', 'The Texas Politics Project said voters were split.']);
    assert.ok(found.some((names) => names.includes('Texas Politics Project') && names.length === 1), JSON.stringify(found));
    assert.ok(found.some((names) => names.includes('TPP') && names.includes('Trans-Pacific Partnership')), JSON.stringify(found));
  });

  it('two initials never make a body the acronym’s ("Angry Protesters" is no "AP")', () => {
    const found = orgs(['The AP said the count was over.', 'Angry Protesters said they would march.']);
    assert.ok(!found.some((names) => names.includes('AP') && names.includes('Angry Protesters')), JSON.stringify(found));
  });
});

describe('lead25: roles the article gives, not opinions or lists', () => {
  const rolesOf = (text: string, name: string): string[] => analyze(HEAD + text).actors.find((a) => a.name === name)?.roles ?? [];

  it('a long description in quoted words is the speaker’s view, no role; a short one and a title stay', () => {
    const text = '“Ana Ruiz, not the greatest mayor you could possibly imagine, failed us,” said Bo Lind. “We met Chicago Bears coach Tom Hale,” he said. “Mayor Ana Ruiz, my old friend, came too,” he added.';
    assert.deepEqual(rolesOf(text, 'Ana Ruiz'), ['Mayor']);
    assert.deepEqual(rolesOf(text, 'Tom Hale'), ['Chicago Bears coach']);
  });

  it('people in the plural after a name and a comma are a list, no role of the name ("Obama, Republican candidates agree")', () => {
    assert.deepEqual(rolesOf('Ana Ruiz, Republican candidates agree on taxes.', 'Ana Ruiz'), []);
    assert.deepEqual(rolesOf('Ana Ruiz, a Republican candidate, agreed.', 'Ana Ruiz'), ['Republican candidate']);
  });
});

describe('lead25: cue words that are nouns or modifiers here', () => {
  it('a verb that needs its particle is a noun without it: "fire chief", "point guard" (not "fired back")', () => {
    assert.deepEqual(whoSaid('“It was hard,” said fire chief Jordan Mackie.'), ['Jordan Mackie']);
    assert.deepEqual(whoSaid('“It was hard,” fire chief Jordan Mackie said.'), ['Jordan Mackie']);
    assert.deepEqual(whoSaid('“Cooler weather helped,” fire information officer Jordan Mackie said at a briefing.'), ['Jordan Mackie']);
    assert.deepEqual(whoSaid('Point guard Bo Lind said the team was tired.'), ['Bo Lind']);
    assert.deepEqual(whoSaid('“It was hard,” Ana Ruiz fired back.'), ['Ana Ruiz']);
  });

  it('"state" before a bare noun is its modifier ("Judge blocks state abortion ban"); the verb takes a determiner, a pronoun or a clause', () => {
    assert.deepEqual(quotesOf('Judge blocks state abortion ban\n\nA judge ruled on Monday.'), []);
    assert.deepEqual(whoSaid('Voters in each state want lower taxes.'), []);
    assert.deepEqual(whoSaid('The governor will state her plan on Monday.').length, 1);
    assert.deepEqual(whoSaid('Ana Ruiz stated that the plan had failed.'), ['Ana Ruiz']);
  });

  it('"continue to" and a verb that reports nothing is no speech ("glaciers would continue to shrink")', () => {
    assert.deepEqual(said('Matthias Huss spoke first. He added that even if warming stopped today, most glaciers would continue to shrink.'), [
      { text: 'even if warming stopped today, most glaciers would continue to shrink', who: 'Matthias Huss' },
    ]);
    assert.deepEqual(whoSaid('“We will go on,” Ana Ruiz continued.'), ['Ana Ruiz']);
  });

  it('a headline’s "…, study finds" is no body’s the article names later', () => {
    const quotes = quotesOf('New shot cuts hospital stays, study finds\n\nPublished 3 March 2026\n\nThe drugmaker, Sanvira, said in a statement that it would offer discounts.');
    assert.equal(quotes.find((q) => q.text.startsWith('New shot'))?.who ?? null, null);
  });
});

describe('lead25: a body the article does not name', () => {
  it('"a monitoring group said", "an environmental charity said": a body named by its phrase, not no one; "a group" alone names none', () => {
    assert.deepEqual(whoSaid('A monitoring group said the loss was the largest on record.'), ['monitoring group']);
    assert.deepEqual(whoSaid('An environmental charity said the river was polluted.'), ['environmental charity']);
    assert.deepEqual(whoSaid('A group said the river was polluted.'), [null]);
  });
});

describe('lead25: acts and the people told', () => {
  it('"conceded defeat", "conceded the race to …" give up a contest, no words; "conceded that …" reports them', () => {
    assert.deepEqual(whoSaid('Mayor Linda Okafor conceded defeat Wednesday morning, ending a 12-year run at city hall.'), []);
    assert.deepEqual(whoSaid('Ana Ruiz conceded the race to her rival on Tuesday.'), []);
    assert.deepEqual(said('Bo Lind conceded that the plan had failed.'), [{ text: 'the plan had failed', who: 'Bo Lind' }]);
  });

  it('"told supporters gathered at a hotel": where the people told were is part of them, not what was said', () => {
    assert.deepEqual(said('Okafor told supporters gathered at a hotel that she would leave.'), [{ text: 'she would leave', who: 'Okafor' }]);
    const quotes = quotesOf(HEAD + '“The voters have spoken,” Okafor told supporters gathered at a downtown hotel. “I wish you every success.”');
    assert.equal(quotes.length, 1);
    assert.deepEqual(quotes[0].pieces?.map((p) => p.text), ['The voters have spoken,', 'I wish you every success.']);
  });
});

describe('lead25: the breaker’s cases of partisans and surnames that are titles', () => {
  it('"the Democrat said" is the nearest person the article gives that party, or no one; never a person of the other party', () => {
    assert.deepEqual(whoSaid('Mary Jones, a Republican, spoke at the rally.\n\n“We need change,” the Democrat said.'), [null]);
    assert.equal(whoSaid('John Smith, a Democrat, said the bill was flawed. Mary Jones, a Republican from Texas, said she would support it.\n\n“It is a terrible bill,” the Democrat said.').at(-1), 'John Smith');
    assert.equal(whoSaid('Sen. Ted Cruz, a Texas Republican, said he opposed the bill.\n\nSen. Elizabeth Warren said she supported it.\n\n“This is absurd,” the Texas Republican said.').at(-1), 'Ted Cruz');
    assert.deepEqual(whoSaid('Donald Trump, the Republican nominee, spoke. Joe Biden answered. “Not true,” the Republican said.'), ['Donald Trump']);
    assert.deepEqual(whoSaid('Sen. Sherrod Brown, a Democrat from Ohio, spoke.\n\n“We will not allow it,” the Ohio Republican said.'), [null]);
  });

  it('the person a pronoun would be is taken only when named in this paragraph or the one before', () => {
    const far = 'Mary Smith, a lawyer, said the case was weak.\n\n' + 'The river rose again.\n\n'.repeat(6) + '“We need a new dam,” the Ohio Republican said.';
    assert.equal(whoSaid(far).at(-1), null);
  });

  it('a place that is a given name too does not make the title after it a surname ("Texas Commissioner of Insurance Kent Sullivan")', () => {
    assert.deepEqual(whoSaid('Texas Commissioner of Insurance Kent Sullivan said rates would rise.'), ['Kent Sullivan']);
    assert.deepEqual(whoSaid('Carolina Commissioner of Labor Cherie Berry said jobs were up.'), ['Cherie Berry']);
  });
});

describe('lead25: a fresh user’s finding', () => {
  it('"the Wisconsin Republican, who had pledged …": the partisan speaks, not the place in the phrase', () => {
    assert.deepEqual(whoSaid('House Speaker Paul Ryan spoke on Thursday. It was a partial reversal for the Wisconsin Republican, who had previously pledged to support the nominee.'), ['Paul Ryan']);
  });
});
