/**
 * Kinds of wrong or lost attribution scout63b fixed in session 63 (consumer protection and food
 * safety: recalls, outbreaks, class actions), each written in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { speakerInArticle as speakerOf } from './helpers';

describe('scout63b: a plural people noun\'s possessive with no determiner after an inverted cue ("said plaintiffs\' attorney NAME")', () => {
  it('is the role before the name, and the quotation is kept', () => {
    const plaintiffs = '"The label promised something it never delivered," said plaintiffs\' attorney Marisol Quint of Tampa. "Buyers paid extra for it."';
    assert.equal(speakerOf(plaintiffs, 'never delivered'), 'Marisol Quint');
    const claimants = 'The refunds came far too late, said claimants\' lawyer Dev Arora.';
    assert.equal(speakerOf(claimants, 'far too late'), 'Dev Arora');
  });
  it('near miss: the possessive before the cue, and a nounish plural after it, read as before', () => {
    const before = 'Defendants\' lawyer Ruth Olen said the recall was voluntary.';
    assert.equal(speakerOf(before, 'recall was voluntary'), 'Ruth Olen');
    const tenants = 'The heat was off for a week, said tenants\' lawyer Ida Moss.';
    assert.equal(speakerOf(tenants, 'heat was off'), 'Ida Moss');
  });
});

describe('scout63b: a body\'s noun after an article, placed in a town ("A grocer in Moncton said", "The bakery in Lévis said")', () => {
  it('is the body placed there, never the town', () => {
    const grocer = 'A grocer in Moncton, N.B., said shoppers had started returning the frozen corn.';
    assert.notEqual(speakerOf(grocer, 'returning the frozen corn'), 'Moncton');
    const bakery = 'The bakery in Lévis said it would reopen on Monday.';
    assert.notEqual(speakerOf(bakery, 'reopen on Monday'), 'Lévis');
    const manufacturer = 'A small manufacturer in Oshawa said the recall had cost it two contracts.';
    assert.notEqual(speakerOf(manufacturer, 'cost it two contracts'), 'Oshawa');
  });
  it('near miss: a person placed there and people at the body read as before', () => {
    assert.equal(speakerOf('A cashier in Moncton said shoppers were worried.', 'shoppers were worried'), 'cashier in Moncton');
    assert.equal(speakerOf('Workers at the bakery in Lévis said the ovens were cold.', 'ovens were cold'), 'Workers at the bakery in Lévis');
  });
});

describe('scout63b: a company named by its trade in the plural or its legal suffix, then "of" and its town ("Prairie Crown Meats of Lethbridge")', () => {
  const names = (text: string): string[] => analyze(`Headline for the story\n\n${text}`).actors.map((a) => a.name);
  it('is the company, the town where it is based', () => {
    const meats = names('The ham was sliced by Tall Pine Meats of Lethbridge, which recalled it on Nov. 9.');
    assert.ok(meats.includes('Tall Pine Meats') && meats.includes('Lethbridge'), JSON.stringify(meats));
    const packing = names('Plains Packing Co. of Omaha recalled 40,000 pounds of beef.');
    assert.ok(packing.includes('Plains Packing Co.'), JSON.stringify(packing));
  });
  it('near miss: a body whose place is part of its name stays whole', () => {
    const bodies = names('Bank of Montreal welcomed the ruling. Dairy Farmers of Ontario did too.');
    assert.ok(bodies.includes('Bank of Montreal') && bodies.includes('Dairy Farmers of Ontario'), JSON.stringify(bodies));
  });
  it('"the company said" after it speaks for the company', () => {
    const said = 'The ham was sliced by Tall Pine Meats of Lethbridge, which recalled it on Nov. 9.\n\nTall Pine said it had shut its slicing room.';
    assert.equal(speakerOf(said, 'shut its slicing room'), 'Tall Pine Meats');
  });
});
