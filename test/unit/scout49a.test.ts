import { strict as assert } from 'node:assert';
import { inArticle, speakerInArticle as speaker } from './helpers';

/** Session 49's attribution faults on unseen environment, energy, farming, resources and Indigenous affairs news (scout49a): each kind with a near miss. */
describe('scout49a: a given name and a place head ("Tommy Rock", "Dwan Street") set off by a description of a person, or between a role and a speech verb, are a person', () => {
  it('"Tommy Rock, a Navajo environmental scientist, said …": a person, whom "Rock said" later is', () => {
    const body = 'Tommy Rock, a Navajo environmental scientist who grew up near Monument Valley, said the pace was slow.\n\n"If these piles were outside Phoenix, they\'d be gone," Rock said.';
    assert.equal(speaker(body, 'piles were outside'), 'Tommy Rock');
    const kinds = inArticle(body).actors.filter((a) => a.name === 'Tommy Rock').map((a) => a.kind);
    assert.deepEqual(kinds, ['person']);
  });
  it('"…," FFAW president Dwan Street said: the president, a given name no list knows', () => {
    assert.equal(speaker('"We are not going to fish at a loss," FFAW president Dwan Street said at a rally. "We\'ve had enough."', 'fish at a loss'), 'Dwan Street');
    assert.equal(speaker('"We\'ve had enough," union president Dwan Street said.', 'had enough'), 'Dwan Street');
  });
  it('near miss: a park described by a capitalised place word and no person noun, and a street after no role, stay places', () => {
    const park = inArticle('Stanley Park, a Vancouver landmark, drew crowds on Sunday.\n\n"It was busy," said Ana Ruiz.').actors;
    assert.ok(!park.some((a) => a.name === 'Stanley Park' && a.kind === 'person'));
    const street = inArticle('Shops along Queen Street said sales were down.\n\n"It was slow," said Ana Ruiz.').actors;
    assert.ok(!street.some((a) => a.name === 'Queen Street' && a.kind === 'person'));
  });
});

describe('scout49a: a relative the cue already found among those named ("His wife said …") is whom the next "she said" means', () => {
  const body = 'Ingrid Scholten and her husband, Pieter Scholten, keep 600 colonies near Guelph.\n\n"You open the lid and there\'s nothing," Ingrid Scholten said.\n\nPieter Scholten blames the varroa mite.\n\n"The mites are winning," he said.\n\nHis wife said the couple would need to buy more bees.\n\n"And that\'s if we can get them," she said.';
  it('"His wife said … ¶ “…,” she said": Ingrid Scholten', () => {
    assert.equal(speaker(body, 'if we can get them'), 'Ingrid Scholten');
  });
  it('near miss: a wife the article never names ("His wife, a retired nurse, joined him") leaves "she" without a speaker', () => {
    const unnamed = '"The mites are winning," Pieter Scholten said.\n\nHis wife, a retired nurse, joined him at the hives.\n\n"We will see," she said.';
    assert.equal(speaker(unnamed, 'We will see'), null);
  });
});

describe('scout49a: "Her sister nodded. “…,” she said": the relative who reacts speaks next, not the one the possessive meant', () => {
  const body = (reaction: string): string => `Bertha Nez, 71, lives near the mine. Her sister, Loretta Nez, lives down the road.\n\n"We were told it was safe," Bertha Nez said.\n\nLoretta Nez said she had stopped going to meetings.\n\n"They come with their maps," she said.\n\n${reaction} "She's right," she said.`;
  it('"Her sister nodded.": Bertha, the other Nez', () => {
    assert.equal(speaker(body('Her sister nodded.'), "She's right"), 'Bertha Nez');
    assert.equal(speaker(body('Her sister laughed softly.'), "She's right"), 'Bertha Nez');
  });
  it('"Her husband laughed. “…,” he said": the husband named by her surname', () => {
    const text = 'Ingrid Scholten and her husband, Pieter Scholten, keep bees.\n\n"You open the lid and there\'s nothing," Ingrid Scholten said.\n\nHer husband laughed. "It\'s not that bad," he said.';
    assert.equal(speaker(text, 'not that bad'), 'Pieter Scholten');
  });
  it('near miss: a relative in a sentence that tells more than a reaction ("Her sister ran the farm for years") is an aside; the speaker goes on', () => {
    assert.equal(speaker(body('Her sister ran the farm for 40 years.'), "She's right"), 'Loretta Nez');
  });
  it('near miss: a reacting relative the article never names leaves the quotation without a speaker rather than with the wrong one', () => {
    const text = '"We were told it was safe," Bertha Nez said.\n\nHer sister nodded. "She\'s right," she said.';
    assert.equal(speaker(text, "She's right"), null);
  });
});

describe('scout49a: "The group behind the blockade, which calls itself X, …" brings in a body; "the group" after it is that body, not a group named further back', () => {
  const lead = '"We have a duty to enforce it," said Staff Sgt. Ainslie Peake, a spokesperson for the RCMP\'s Community-Industry Response Group.';
  it('"…," the group wrote: the Gordon Valley Defenders, and "calls itself" quotes no one', () => {
    const body = `${lead}\n\nThe group behind the blockade, which calls itself the Gordon Valley Defenders, posted video of the arrests online.\n\n"They're cutting trees that were here before Captain Cook," the group wrote in a post on Instagram.`;
    assert.equal(speaker(body, 'cutting trees'), 'Gordon Valley Defenders');
    assert.ok(!inArticle(body).quotes.some((q) => q.text.startsWith('itself')));
  });
  it('a body the description brings in without a name is a body of its own, not the one named before', () => {
    const body = `${lead}\n\nThe group behind the blockade posted video of the arrests online.\n\n"They're cutting trees," the group wrote.`;
    assert.notEqual(speaker(body, 'cutting trees'), 'RCMP');
    assert.notEqual(speaker(body, 'cutting trees'), 'Community-Industry Response Group');
  });
  it('near miss: an opening "The group" with no words telling which is the group named before; a person who "calls himself" something is still quoted', () => {
    const body = `${lead}\n\nThe group posted video of the arrests online.\n\n"They're cutting trees," the group wrote.`;
    assert.equal(speaker(body, 'cutting trees'), 'RCMP');
    assert.ok(inArticle('Sanders calls himself a democratic socialist.').quotes.some((q) => q.text.includes('democratic socialist')));
  });
});

describe('scout49a: "X said, referring to Y. “…”": the quotation after the topic aside is the speaker\'s own words, not more of what "referring to" points at', () => {
  const body = '"What happened in 2020 cannot happen again," Sproul said, referring to the violence that saw a lobster pound burned. "Nobody wins that way. We have told our people to go home."';
  it('the second quotation stands alone, Sproul\'s, and the topic is no part of it', () => {
    const q = inArticle(body).quotes.find((x) => x.text.includes('Nobody wins'));
    assert.ok(q && !q.text.includes('lobster pound'));
    assert.equal(q?.speaker?.name, 'Sproul');
  });
  it('near miss: a quotation after the main cue\'s own sentence still continues that speaker; "referring to" alone keeps its topic', () => {
    const text = '"It cannot happen again," Sproul said. "Nobody wins that way."\n\n"It is over," Smith said, referring to the talks.';
    assert.equal(speaker(text, 'Nobody wins'), 'Sproul');
    assert.ok(inArticle(text).quotes.some((x) => x.text === 'the talks' && x.speaker?.name === 'Smith'));
  });
});

describe('scout49a: a cue\'s form in -s after a preposition ("in a written response to questions that …") is a plural noun, and the clause after "that" is the cue\'s', () => {
  it('"said in a written response to questions that the agency remained “fully committed”": the administrator\'s words', () => {
    const quotes = inArticle('The regional administrator said in a written response to questions that the agency remained "fully committed" to the cleanup.').quotes;
    assert.ok(quotes.some((q) => q.text.includes('fully committed') && q.speaker?.name === 'regional administrator'));
  });
  it('near miss: "responded to reports that …": the clause is the reports\', not the cue\'s', () => {
    const quotes = inArticle('Nehlen responded Friday to reports that Trump planned to endorse his opponent.').quotes;
    assert.ok(!quotes.some((q) => q.text.includes('planned to endorse')));
  });
});

describe('scout49a: a Canadian department named by its fields and the nation ("Environment and Climate Change Canada", "Health Canada") is whom "the department" means', () => {
  const body = (name: string): string => `${name} published the final regulations Wednesday.\n\n"This is an attack on our industry," Premier Danielle Smith said.\n\nThe department said in a news release that the rules would cut emissions.`;
  it('"The department said" after "Environment and Climate Change Canada" and after "Health Canada"', () => {
    const speakerOf = (name: string) => inArticle(body(name)).quotes.find((q) => q.text.includes('cut emissions'))?.speaker?.name;
    assert.equal(speakerOf('Environment and Climate Change Canada'), 'Environment and Climate Change Canada');
    assert.equal(speakerOf('Fisheries and Oceans Canada'), 'Fisheries and Oceans Canada');
    assert.equal(speakerOf('Health Canada'), 'Health Canada');
  });
  it('near miss: a company named with the nation ("Shell Canada") is no department', () => {
    const q = inArticle(body('Shell Canada')).quotes.find((x) => x.text.includes('cut emissions'));
    assert.notEqual(q?.speaker?.name, 'Shell Canada');
  });
});

describe('scout49a: "agreed with X that …" reports the view shared, as "agreed that …" does', () => {
  it('"Justice Angela Furlanetto agreed with the coalition that the listing was “unreasonable and unconstitutional,”": the judge\'s', () => {
    const body = 'In November 2023, Federal Court Justice Angela Furlanetto agreed with the coalition that the listing was "unreasonable and unconstitutional," because it covered so many products.';
    assert.equal(speaker(body, 'unreasonable and unconstitutional'), 'Angela Furlanetto');
  });
  it('near miss: "agreed with the plan" (no view told) and "agreed to" (an arrangement) quote nothing', () => {
    assert.equal(inArticle('The council agreed with the plan on Monday.').quotes.length, 0);
    assert.equal(inArticle('The union agreed with the company to extend talks.').quotes.length, 0);
  });
});
