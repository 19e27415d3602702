/**
 * Kinds of wrong or missing speaker the lead fixed in session 50, each written in sentences of
 * its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { inArticle, quotePairsInArticle as quotes, speakerInArticle as speakerOf } from './helpers';

/** Name|kind of each actor of article `body`. */
const actorsOf = (body: string): string[] => inArticle(body).actors.map((a) => `${a.name}|${a.kind}`);

describe('lead50: "X said … — Y disagreed": a clause after a dash with a report of its own', () => {
  it('the words before the dash are the first speaker\'s, not the one who disagreed', () => {
    assert.deepEqual(quotes('Ann Lee said the plan would work — Linda Moss disagreed.'), [['the plan would work', 'Ann Lee']]);
    assert.deepEqual(quotes('The mayor, Tom Hale, said the bridge would reopen in May — Councillor Linda Moss objected.'), [['the bridge would reopen in May', 'Tom Hale']]);
  });
  it('a participle after "— Y disagreed," is Y\'s', () => {
    assert.deepEqual(quotes('Ann Lee said the plan would work — Linda Moss disagreed, saying it was too costly.'), [['the plan would work', 'Ann Lee'], ['it was too costly', 'Linda Moss']]);
    assert.equal(speakerOf('“We will not pause it,” Ann Lam said — Tom Tomczak disagreed, saying he had never used the word.', 'never used'), 'Tom Tomczak');
  });
  it('near miss: a participle with no dash before its clause is the sentence subject\'s', () => {
    assert.equal(speakerOf('Ann Lee said the plan would work, saying it was cheap.', 'it was cheap'), 'Ann Lee');
  });
  it('near miss: a clause with no report of its own before a dash is the words of the one after it', () => {
    assert.deepEqual(quotes('The plan would never work — Linda Moss said.'), [['The plan would never work', 'Linda Moss']]);
  });
});

describe('lead50: "“A,” Ann Lee said, and “b,” Tom Hale added": two quotations a conjunction joins, each with its own speaker', () => {
  it('each quotation goes to the speaker whose reporting clause follows it', () => {
    assert.deepEqual(quotes('“We will rebuild,” Ann Lee said, and “we will do it fast,” Tom Hale added.'), [['We will rebuild,', 'Ann Lee'], ['we will do it fast,', 'Tom Hale']]);
    assert.deepEqual(quotes('“The levy is fair,” Ann Lee said, but “it is far too high,” Tom Hale countered.'), [['The levy is fair,', 'Ann Lee'], ['it is far too high,', 'Tom Hale']]);
    assert.equal(speakerOf('Tom Hale, the owner of the bakery, closed the shop early, and “we will be back on Monday,” his daughter Ann Hale said.', 'back on Monday'), 'Ann Hale');
  });
  it('a sentence that opens on the conjunction keeps it out of the quotation', () => {
    assert.deepEqual(quotes('“We will rebuild,” Ann Lee said. And “we will do it fast,” Tom Hale added.'), [['We will rebuild,', 'Ann Lee'], ['we will do it fast,', 'Tom Hale']]);
  });
  it('near miss: with no reporting clause after it, the second quotation goes on with the first speaker\'s', () => {
    const all = quotes('“We will rebuild,” Ann Lee said, and “we will do it fast.”');
    assert.equal(all.length, 1);
    assert.equal(all[0][1], 'Ann Lee');
    assert.match(all[0][0], /^We will rebuild.*do it fast\.$/);
  });
});

describe('lead50: "Father Tom Hale … the priest said": clergy by the title of address', () => {
  it('"the priest" is the one titled Father, "the nun" the one titled Sister', () => {
    assert.equal(speakerOf('Father Tom Hale led the mass on Sunday.\n\n“We pray for them,” the priest said.', 'We pray'), 'Tom Hale');
    assert.equal(speakerOf('Sister Mary Doyle runs the shelter on Elm Street.\n\n“We need more beds,” the nun said.', 'more beds'), 'Mary Doyle');
  });
  it('near miss: a father or a sister by kin is no priest nor nun', () => {
    assert.equal(speakerOf('Ann Lee thanked her father, Paul Richards, who drove her.\n\n“We pray for them,” the priest said.', 'We pray'), null);
    assert.equal(speakerOf('Tom Hale and his sister, Mary Hale, run the shelter.\n\n“We need more beds,” the nun said.', 'more beds'), null);
  });
});

describe('lead50: "met with Victoria, who said": a place\'s name that is a given name, whom "who" stands for', () => {
  it('after a word of meeting or speaking to someone, or opening the sentence, the name is a person\'s', () => {
    assert.equal(speakerOf('Tom Hale met with Victoria, who said the plan was too costly.', 'too costly'), 'Victoria');
    assert.ok(actorsOf('Tom Hale met with Victoria, who said the plan was too costly.').includes('Victoria|person'));
    assert.equal(speakerOf('Reporters spoke to several residents.\n\nJordan, who lives on Elm Street, said the water was still brown.', 'still brown'), 'Jordan');
  });
  it('near miss: after a place (a comma or a preposition), the name is still a place', () => {
    assert.ok(actorsOf('Donald Hartley of Madison, Alabama, who came early, said the floor was full.').includes('Alabama|place'));
    assert.ok(actorsOf('Tom Hale moved to Victoria, who he says is his favourite city.').includes('Victoria|place'));
  });
});

describe('lead50: "Her lawyer Frank said": one who serves a person, named by the given name alone', () => {
  it('the given name after "her lawyer", "his coach" is a person of that role, with no surname of the one served', () => {
    assert.equal(speakerOf('Ann Lee was charged in May. Her lawyer Frank said, “She is innocent.”', 'innocent'), 'Frank');
    assert.ok(actorsOf('Ann Lee was charged in May. Her lawyer Frank said, “She is innocent.”').includes('Frank|person'));
    assert.equal(speakerOf('Ann Lee won the race.\n\n“She trained every morning,” her coach, Mike, said.', 'trained every'), 'Mike');
  });
  it('near miss: a kin noun gives the given name the surname of the one whose kin it is', () => {
    assert.equal(speakerOf('Ann Lee was charged in May. Lee’s husband, Frank, said, “She is innocent.”', 'innocent'), 'Frank Lee');
  });
});

describe('lead50: ", with police saying …": an absolute "with" phrase that speaks', () => {
  it('the participle\'s subject after "with" is the source, and the main clause\'s content ends before it', () => {
    assert.deepEqual(quotes('The protest ended peacefully, with police saying no arrests were made.'), [['no arrests were made', 'police']]);
    assert.deepEqual(quotes('The White House defended its decision on Monday, with press secretary Nora Castellanos telling reporters that the president “is not going to back down.”'), [
      ['its decision on Monday', 'White House'],
      ['the president “is not going to back down.”', 'Nora Castellanos'],
    ]);
    assert.equal(inArticle('The bill stalled, with Trump repeatedly calling it a disaster.').quotes[0]?.speakerMention?.text, 'Trump');
  });
  it('near miss: a possessive before the participle makes it a noun\'s modifier; "with" with no comma is no absolute', () => {
    assert.deepEqual(quotes('He walked the hallway, with Jim Vande’s giggling children piled inside.'), []);
    assert.deepEqual(quotes('She spoke with reporters saying the plan was good.'), []);
  });
});

describe('lead50: "Father MacIsaac said" after "Father Liam MacIsaac": the clergy\'s title before a surname', () => {
  it('the title and surname are the person named in full', () => {
    const a = inArticle('Father Liam MacIsaac has led the parish since 2009.\n\nLater, Father MacIsaac said he does not know who gave it.');
    assert.deepEqual(actorsOf('Father Liam MacIsaac has led the parish since 2009.\n\nLater, Father MacIsaac said he does not know who gave it.'), ['Liam MacIsaac|person']);
    assert.equal(a.quotes[0]?.speaker?.name, 'Liam MacIsaac');
  });
  it('near miss: before a given name and a surname, "Father" is still read with the full name', () => {
    assert.deepEqual(actorsOf('Father Liam MacIsaac has led the parish since 2009.'), ['Liam MacIsaac|person']);
  });
});

describe('lead50: "— Halloran\'s critics: “…”": people a possessive name owns, before a colon', () => {
  it('the owner named is not the speaker', () => {
    assert.equal(speakerOf('Premier Tom Halloran welcomed it.\n\n— Halloran’s critics: “We have waited long enough.”', 'waited long'), undefined);
  });
  it('near miss: the owner\'s own document, or the name alone in a list\'s entry, speaks', () => {
    assert.equal(speakerOf('Premier Tom Halloran welcomed it.\n\nHalloran’s response: “We have waited long enough.”', 'waited long'), 'Tom Halloran');
    assert.equal(speakerOf('Premier Tom Halloran welcomed it.\n\n— Halloran: “We have waited long enough.”', 'waited long'), 'Tom Halloran');
  });
});

describe('lead50: "Marcus, a Grade 6 student, …": a given name alone with a person\'s noun in apposition', () => {
  it('the given name is a person, whom a later "he" means', () => {
    assert.equal(speakerOf('The board voted 5-2.\n\nMarcus, a Grade 6 student, read from a sheet of paper his classmates had signed. “We like our school,” he said.', 'like our school'), 'Marcus');
  });
  it('near miss: a place\'s name with a description of a place stays a place', () => {
    assert.ok(actorsOf('Tom Hale moved to Victoria, a city of 90,000, last year. “It is quiet,” he said.').includes('Victoria|place'));
  });
});

describe('lead50: "A report about the shelter in Moncton said": a place inside a document\'s phrase', () => {
  it('the place is not the source', () => {
    assert.equal(speakerOf('A report about the shelter in Moncton said the building was unsafe.', 'unsafe'), null);
    assert.equal(speakerOf('An article published Saturday about conditions at the shelter in Moncton, N.B., stated that the building was unsafe.', 'unsafe'), null);
  });
  it('near miss: a document\'s author after "by" is the source; a tweet\'s adjunct before a body\'s name leaves the body', () => {
    assert.equal(speakerOf('A report by the Fraser Institute said the building was unsafe.', 'unsafe'), 'Fraser Institute');
  });
});

describe('lead50: a reaction list\'s entry "ROLE NAME: “…”" (fresh50b)', () => {
  const list = 'Reaction to the ruling\n\nHere is some of the reaction:\n\nChief Raymond Sutherland, Moose Creek First Nation: "Today the court said it."\n\nNatural Resources Minister Claire Dubois: "We respect the decision."\n\nConservative energy critic Mark Halvorsen: "This government has failed."\n';
  it('each entry is its own person\'s, the role before the name', () => {
    const quotes = analyze(list).quotes.map((q) => [q.text, q.speaker?.name ?? null]);
    assert.deepEqual(quotes, [
      ['Today the court said it.', 'Raymond Sutherland'],
      ['We respect the decision.', 'Claire Dubois'],
      ['This government has failed.', 'Mark Halvorsen'],
    ]);
  });
  it('near miss: words before the name that hold a verb of speech make no entry: the one who told speaks', () => {
    assert.equal(analyze('Reaction\n\nCritics told Mark Halvorsen: "This government has failed."\n').quotes.find((q) => q.text.includes('failed'))?.speaker?.name, 'Critics');
  });
});
