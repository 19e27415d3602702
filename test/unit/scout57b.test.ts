/**
 * Kinds of wrong attribution scout57b found in unseen business, banking and markets news, each in
 * sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { inArticle, speakerInArticle as speakerOf } from './helpers';

describe('scout57b: one unnamed worker placed by a town ("A teller in Halifax said", "One loan processor in Reno, who …, said")', () => {
  it('is that person, never the town', () => {
    assert.equal(speakerOf('A teller in Moncton said the branch would shut in May.', 'shut in May'), 'teller in Moncton');
    const body = 'One loan processor in Tulsa, who asked not to be named because she was not allowed to speak, said staff had been warned.';
    assert.equal(speakerOf(body, 'staff had been warned'), 'One loan processor in Tulsa');
  });
  it('and "she said" after it is hers, not an earlier speaker\'s', () => {
    const body = 'Dana Whitby, the bank\'s president, said the cuts were final.\n\nA cashier in Red Deer said workers learned of the closure on Friday.\n\n“We were all in tears,” she said.';
    assert.notEqual(speakerOf(body, 'all in tears'), 'Dana Whitby');
    assert.equal(speakerOf(body, 'all in tears'), 'cashier in Red Deer');
  });
  it('near miss: a document or a thing placed by a town is no person, and known people read as before', () => {
    assert.notEqual(speakerOf('A letter in Moncton said the branch would shut in May.', 'shut in May'), 'letter in Moncton');
    assert.equal(speakerOf('A nurse in Moncton said the ward would shut in May.', 'shut in May'), 'nurse in Moncton');
  });
});

describe('scout57b: a company named by its first word after a name of two trade words ("Ironbridge" after "Ironbridge Capital Management")', () => {
  it('is that company', () => {
    assert.equal(speakerOf('Stonehaven Capital Management bought the stake in May. Stonehaven said the shares were cheap.', 'shares were cheap'), 'Stonehaven Capital Management');
    assert.equal(speakerOf('Larkfield Bancorp will cut 300 jobs. Larkfield said it would book a charge.', 'book a charge'), 'Larkfield Bancorp');
    assert.equal(speakerOf('Ashgrove Financial Group Ltd. reported a loss. Ashgrove said demand was weak.', 'demand was weak'), 'Ashgrove Financial Group Ltd.');
  });
  it('and two such short names side by side are no person', () => {
    const body = 'Larkfield Capital Partners bought a stake in Dunmore Foods Inc. on Monday.\n\nThe purchase makes Larkfield Dunmore\'s biggest holder.\n\nLarkfield said it would seek two board seats. Dunmore said it would study the request.';
    const a = inArticle(body);
    assert.ok(!a.actors.some((x) => x.kind === 'person' && x.name === 'Larkfield Dunmore'));
    assert.equal(speakerOf(body, 'two board seats'), 'Larkfield Capital Partners');
    assert.equal(speakerOf(body, 'study the request'), 'Dunmore Foods Inc.');
  });
  it('near miss: a town\'s or a given name\'s first word, or a second word of no trade, names no company short', () => {
    assert.notEqual(speakerOf('Calgary Capital Management opened in May. Calgary said the roads were icy.', 'roads were icy'), 'Calgary Capital Management');
    assert.equal(speakerOf('Maria Lopez met Frank Wu at Dunmore Foods Inc. on Monday. Lopez said the deal was off.', 'deal was off'), 'Maria Lopez');
  });
});
