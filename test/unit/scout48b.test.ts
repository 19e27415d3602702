import { strict as assert } from 'node:assert';
import { actorNames, inArticle, speakerInArticle as speaker } from './helpers';

/** Session 48's attribution faults on unseen business, markets, technology and labour news (scout48b): each kind with a near miss. */
describe('scout48b: a peer noun before a lone given name ("her co-worker Lourdes, 49,") introduces a person a later "she" means', () => {
  const body = (intro: string): string =>
    `"When a room has not been touched in five days, it is three rooms," said Maria, a housekeeper at the hotel. "My back hurts every night."\n\nStanding next to her, ${intro}, 49, nodded. "We are not asking to be rich," she said.`;
  it('"her co-worker Lourdes", "her friend Carmen", "her colleague, Rosa,": the one introduced, not the earlier speaker', () => {
    assert.equal(speaker(body('her co-worker Lourdes'), 'not asking to be rich'), 'Lourdes');
    assert.equal(speaker(body('her friend Carmen'), 'not asking to be rich'), 'Carmen');
    assert.equal(speaker(body('her colleague, Rosa'), 'not asking to be rich'), 'Rosa');
  });
  it('near miss: a peer gives no surname, as a kin noun does ("Tolliver\'s friend Carla" is no Carla Tolliver; his wife is)', () => {
    const persons = (noun: string): string[] => actorNames(inArticle(`Dale Tolliver opened the shop in 1990. Tolliver's ${noun} Carla runs the till.`), 'person');
    assert.ok(persons('friend').includes('Carla') && !persons('friend').includes('Carla Tolliver'));
    assert.ok(persons('wife').includes('Carla Tolliver'));
  });
});

describe('scout48b: a jargon acronym inside a quotation ("the SW folders on the NAS") is no body "the company" means', () => {
  const body = (quote: string): string =>
    `Skyward Robotics Inc. is suing Precision Aero Components Ltd. over its drone designs.\n\nAn engineer wrote to a colleague: "${quote}"\n\nPrecision Aero denied the allegations. In a statement, the company said the drone was developed "independently and in good faith."`;
  it('"the company" after an email naming "SW" and "NAS" is the company named before', () => {
    assert.equal(speaker(body('Just keep the SW folders on the NAS for now.'), 'independently and in good faith'), 'Precision Aero Components Ltd.');
  });
  it('near miss: a body of known trade named outside a quotation is still the one "the company" means', () => {
    const text = 'Skyward Robotics Inc. sued a supplier on Monday.\n\nThe supplier, Precision Aero Components Ltd., denied the allegations. In a statement, the company said the drone was developed "independently and in good faith."';
    assert.equal(speaker(text, 'independently and in good faith'), 'Precision Aero Components Ltd.');
  });
});

describe('scout48b: "a Precision Aero engineer" after "Precision Aero Components Ltd." is that company, not a place', () => {
  const body = (company: string): string =>
    `Skyward Robotics Inc. is seeking damages from ${company} and two of its executives.\n\nThe claim cites an email from a Precision Aero engineer to a colleague.\n\nPrecision Aero denied the allegations. In a statement, the company said the drone was developed "independently and in good faith."`;
  it('the opening words of a company named with a legal form, before a worker\'s noun and after, name that company', () => {
    const a = inArticle(body('Precision Aero Components Ltd.'));
    assert.ok(!actorNames(a, 'place').includes('Precision Aero'));
    assert.equal(speaker(body('Precision Aero Components Ltd.'), 'independently and in good faith'), 'Precision Aero Components Ltd.');
  });
  it('near miss: with no company of those opening words, "a Boca Raton lawyer" is still where one works', () => {
    const a = inArticle('Skyward Robotics Inc. is seeking damages from a supplier.\n\nThe claim cites an email from a Boca Raton lawyer to a colleague.');
    assert.ok(actorNames(a, 'place').includes('Boca Raton'));
  });
});

describe('scout48b: "which it says reads" in a sentence a legal document opens is that document, not the last company', () => {
  const body = (opening: string): string =>
    `Skyward Robotics Inc. is suing Precision Aero Components Ltd. over its drone designs.\n\n${opening} cites an email from a Precision Aero engineer to a colleague, which it says reads: "Just keep the folders on the server for now. Might be handy later."`;
  it('"The claim cites …, which it says reads:", "The lawsuit …": the document, whom no one is named to issue', () => {
    assert.equal(speaker(body('The claim'), 'Just keep the folders'), null);
    assert.equal(speaker(body('The lawsuit'), 'Just keep the folders'), null);
  });
  it('near miss: a document by a named author speaks for its author', () => {
    assert.equal(speaker(body('The report by Skyward'), 'Just keep the folders'), 'Skyward Robotics Inc.');
  });
});

describe('scout48b: a press release\'s quotation signed after a dash with the signer\'s title and body ("— Bonnie Stoltz, Reeve, Rural Municipality of Corman Park")', () => {
  it('the signer, with a title and body after commas, an en dash or a hyphen', () => {
    const body = 'Quotes from partners:\n\n"Credit unions have been the backbone of rural Saskatchewan for generations." — Bonnie Stoltz, Reeve, Rural Municipality of Corman Park\n\n"A strong, locally governed institution means more capital." - Ravi Bhatt, chair, Saskatoon Regional Economic Development Authority';
    assert.equal(speaker(body, 'backbone of rural'), 'Bonnie Stoltz');
    assert.equal(speaker(body, 'locally governed'), 'Ravi Bhatt');
  });
  it('near miss: words after a dash with a verb of their own sign nothing ("we will not back down" - Ravi Bhatt, the chair, disagreed)', () => {
    assert.notEqual(speaker('The union says "we will not back down" - Ravi Bhatt, the chair, disagreed.', 'we will not back down'), 'Ravi Bhatt');
  });
});

describe('scout48b: an unnamed spokesperson quoted, then named as "the spokesperson, Dani Lever", is that person', () => {
  it('"A spokesperson for Meta said the company “…”. “…,” said the spokesperson, Dani Lever.": both quotes are hers', () => {
    const body = 'A spokesperson for Meta said the company "designs privacy into every product" and that users can delete recordings.\n\n"We give people control over their data," said the spokesperson, Dani Lever.';
    assert.equal(speaker(body, 'designs privacy'), 'Dani Lever');
    assert.equal(speaker(body, 'give people control'), 'Dani Lever');
  });
  it('near miss: another noun ("The spokesman, Shay Purdy" after "A Meta spokeswoman") or another body\'s named spokesman leaves the description', () => {
    assert.equal(speaker('A Meta spokeswoman said the company "designs privacy into every product."\n\nThe spokesman, Shay Purdy, said Google is "studying the bill."', 'designs privacy'), 'Meta spokeswoman');
    assert.equal(speaker('A Meta spokeswoman said the company "designs privacy into every product."\n\nGoogle did not comment. "We are studying the bill," said Google spokeswoman Shay Purdy.', 'designs privacy'), 'Meta spokeswoman');
  });
});

describe('scout48b: "a first officer who gave his name only as Marc because …, said" is Marc', () => {
  const body = (reason: string): string => `One of them, a first officer who gave his name only as Marc ${reason}, said he had been flying for Cobalt for six years.\n\n"I love this airline," he said.`;
  it('the name given, then the reason it is all ("for fear of discipline", "because he could face discipline")', () => {
    assert.equal(speaker(body('for fear of discipline'), 'love this airline'), 'Marc');
    assert.equal(speaker(body('because he could face discipline'), 'love this airline'), 'Marc');
  });
  it('near miss: a place before a reason ("who moved to Calgary because …") is no name given', () => {
    assert.equal(speaker('One of them, a first officer who moved to Calgary because the rent was lower, said he had been flying for six years.\n\n"I love this airline," he said.', 'love this airline'), null);
  });
});

describe('scout48b: "Pinto, told of her comments, said" — a passive aside of what the subject heard is no cue of its own', () => {
  it('"told of", "informed of", "shown" between the subject\'s commas: the subject speaks after them', () => {
    const body = (aside: string): string => `Laura Whitcombe said the union walked out.\n\nGary Pinto, ${aside}, said the pension issue had been on the table "since day one."`;
    assert.equal(speaker(body('told of her comments'), 'since day one'), 'Gary Pinto');
    assert.equal(speaker(body('informed of her remarks'), 'since day one'), 'Gary Pinto');
    assert.equal(speaker(body('shown the letter'), 'since day one'), 'Gary Pinto');
  });
  it('near miss: "told" as the subject\'s own cue still reports speech ("Pinto told reporters …")', () => {
    assert.equal(speaker('Gary Pinto told reporters the pension issue had been on the table "since day one."', 'since day one'), 'Gary Pinto');
  });
});

describe('scout48b: a one-word quotation that is a whole sentence ("Incredible.") goes on with the speaker just quoted', () => {
  const quotes = (body: string): string[] => inArticle(body).quotes.map((q) => q.text);
  it('“…,” one user posted on Reddit. “Incredible.”: the one word, its stop inside the marks, is the user\'s', () => {
    assert.ok(quotes('"Found out from an email that looks exactly like a phishing email," one user posted on Reddit. "Incredible."').some((q) => q.includes('Incredible')));
    assert.ok(quotes('"This is sophomoric," Alicia Powe wrote on her blog. "Blacklisted?"').some((q) => q.includes('Blacklisted')));
  });
  it('near miss: one word in marks that opens a sentence of the writer\'s ("“Incredible” was the word most users chose") is no one\'s words', () => {
    assert.ok(!quotes('"Found out from an email that looks like phishing," Karen Liu said. "Incredible" was the word most users chose.').some((q) => q.includes('Incredible')));
  });
});
