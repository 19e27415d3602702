/**
 * Kinds of wrong attribution scout56c found in technology, telecoms and consumer news, each written in
 * sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { speakerInArticle as speakerOf } from './helpers';

describe('scout56c: a lone first word of a company the article named by a body\'s head or a nation ("Halden Optics … Halden said", "Bell Canada … Bell said")', () => {
  it('is that company, not a person of that surname', () => {
    assert.equal(speakerOf('Halden Optics is recalling 40,000 lenses.\n\nHalden said in a statement that the coating was faulty.', 'coating was faulty'), 'Halden Optics');
    assert.equal(speakerOf('Bell Canada raised its prices again in March.\n\nBell said the change would affect fewer than half of its customers.', 'fewer than half'), 'Bell Canada');
    assert.equal(speakerOf('Quorra Electronics shipped the chargers last spring.\n\nQuorra, which is based in Austin, said the fault came from one supplier.', 'one supplier'), 'Quorra Electronics');
  });
  it('and "the company" after it is that company, not another body named before', () => {
    const body = 'Quorra Electronics is recalling chargers, the Consumer Product Safety Commission said.\n\nQuorra said the fault came from one supplier. “Safety comes first,” the company said.';
    assert.equal(speakerOf(body, 'Safety comes first'), 'Quorra Electronics');
  });
  it('near miss: a person who bears the word keeps it, and so does a lone surname beside a body with no head', () => {
    assert.equal(speakerOf('Bell Canada raised prices. Jim Bell, a customer in Laval, was angry.\n\n“It is too much,” Bell said.', 'too much'), 'Jim Bell');
    assert.equal(speakerOf('Marlow Street was closed for the parade.\n\nMarlow said the event went well.', 'event went well'), 'Marlow');
    assert.equal(speakerOf('Tesca Roofing won the contract.\n\nCouncillor Tesca said she had declared a conflict.', 'declared a conflict'), 'Tesca');
  });
});

describe('scout56c: an agency\'s acronym without the "U.S." reporters write before its name ("the U.S. Food and Drug Administration … the FDA said")', () => {
  it('is that agency', () => {
    assert.equal(speakerOf('The U.S. Food and Drug Administration approved the pill on Friday.\n\nThe FDA said in a statement that the benefits outweighed the risks.', 'benefits outweighed'), 'U.S. Food and Drug Administration');
    assert.equal(speakerOf('Fans were recalled, the U.S. Consumer Product Safety Commission said.\n\nAccording to the CPSC, the maker has received 40 reports of fires.', 'received 40 reports'), 'U.S. Consumer Product Safety Commission');
  });
  it('near miss: a nation\'s word that is part of the acronym still gives its letter ("Canadian Food Inspection Agency" is no "FIA")', () => {
    assert.equal(speakerOf('The Canadian Food Inspection Agency issued the recall.\n\nThe FIA said in a statement that racing would resume.', 'racing would resume'), 'FIA');
    assert.equal(speakerOf('The Canadian Food Inspection Agency issued the recall.\n\nThe CFIA said the cheese was unsafe.', 'cheese was unsafe'), 'Canadian Food Inspection Agency');
  });
});
