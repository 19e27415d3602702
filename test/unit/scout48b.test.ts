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
