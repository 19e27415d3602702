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

describe('scout63b: two people named in apposition to people in the plural ("The dairy\'s owners, Hélène and Marc-Antoine Gagnon, said")', () => {
  it('are the two, and the quotation is kept', () => {
    const owners = 'The bakery\'s owners, Inès and Jean-Marc Leduc, said they were shocked by the fine.';
    assert.equal(speakerOf(owners, 'shocked by the fine'), 'Inès Leduc and Jean-Marc Leduc');
    const parents = 'The parents of the Ohio toddler, Dana Voss and Eli Marsh, said the pouches should never have been sold.';
    assert.equal(speakerOf(parents, 'never have been sold'), 'Dana Voss and Eli Marsh');
  });
  it('the pair shares its surname even when the article names another person by the given name', () => {
    const earlier = 'Inès Carrier, a federal inspector, found the fault.\n\nThe bakery\'s owners, Inès and Jean-Marc Leduc, said they were shocked by the fine.';
    assert.equal(speakerOf(earlier, 'shocked by the fine'), 'Inès Leduc and Jean-Marc Leduc');
  });
  it('near miss: one person in apposition, and a given name alone before "and" elsewhere, read as before', () => {
    assert.equal(speakerOf('The owner, Inès Leduc, said she was shocked by the fine.', 'shocked by the fine'), 'Inès Leduc');
    const hillary = 'Hillary Clinton spoke first.\n\nHillary and Tim Kaine said they would visit the plant.';
    assert.equal(speakerOf(hillary, 'visit the plant'), 'Hillary Clinton and Tim Kaine');
  });
});

describe('scout63b: a place\'s "where" clause inside the subject ("The owner of the diner where the outbreak began said")', () => {
  it('is the phrase before "where" that speaks', () => {
    const diner = 'The owner of the diner where the outbreak began said the kitchen had passed every inspection.';
    assert.equal(speakerOf(diner, 'passed every inspection'), 'owner of the diner');
    const street = 'The manager of the plant where the leak started said no worker was hurt.';
    assert.equal(speakerOf(street, 'no worker was hurt'), 'manager of the plant');
  });
  it('near miss: a cue inside the "where" clause is the clause\'s own, and an opening phrase of place is no subject', () => {
    const inside = 'The diner where inspectors said the outbreak began is closed until further notice.';
    assert.notEqual(speakerOf(inside, 'the outbreak began'), 'diner');
    const opening = 'In the town where the plant exploded, residents said they were scared.';
    assert.equal(speakerOf(opening, 'they were scared'), 'residents');
  });
});

describe('scout63b: "recalled" as the adjective of recalled goods ("bought recalled cans", "Owners of the recalled fryers said")', () => {
  it('is no cue of remembering, and its phrase is no speaker\'s end', () => {
    const bought = 'The owner of a pharmacy where volunteers found recalled cans said he had never received a notice.';
    assert.equal(speakerOf(bought, 'never received a notice'), 'owner of a pharmacy');
    const owners = 'Owners of the recalled heaters said they had waited months for a refund.';
    assert.equal(speakerOf(owners, 'waited months for a refund'), 'Owners of the recalled heaters');
  });
  it('near miss: "recalled" after its subject still reports a memory', () => {
    assert.equal(speakerOf('Inspector Ruth Olen recalled the day the cans arrived.', 'the day the cans arrived'), 'Ruth Olen');
    assert.equal(speakerOf('Ruth Olen, the inspector, recalled that the cans had no labels.', 'the cans had no labels'), 'Ruth Olen');
  });
});

describe('scout63b: "the man", "the woman" as a role looked for among the people named ("The man said" after "spokesman Tom Hale")', () => {
  it('holds no office whose word merely contains it', () => {
    const spokesman = 'Company spokesman Abel Fenn said the plant was safe.\n\nA neighbour called 911. The man said he saw smoke before dawn.';
    assert.notEqual(speakerOf(spokesman, 'saw smoke before dawn'), 'Abel Fenn');
    const manager = 'A 70-year-old man died in October.\n\nThe plant manager, Abel Fenn, said the line was cleaned.\n\nThe man\'s son said his father ate the ham daily.';
    assert.notEqual(speakerOf(manager, 'ate the ham daily'), 'son of Abel Fenn');
    const chairwoman = 'Chairwoman Iris Moe said the board would meet. The woman said she saw smoke.';
    assert.notEqual(speakerOf(chairwoman, 'she saw smoke'), 'Iris Moe');
  });
  it('near miss: an office named again by its own word still finds its holder', () => {
    assert.equal(speakerOf('Company spokesman Abel Fenn said the plant was safe. The spokesman said it was clean.', 'it was clean'), 'Abel Fenn');
    assert.equal(speakerOf('Chairwoman Iris Moe said the board would meet. The chairwoman said it would vote.', 'it would vote'), 'Iris Moe');
  });
});

describe('scout63b: a food maker or grower named by its trade ("Sweet Ridge Orchards", "Bayline Packing", "Coastline Pantry")', () => {
  it('is a company, which "the company" then names', () => {
    const orchards = 'Blue Hollow Orchards denied any wrongdoing. In a statement, the family-owned company said it had settled to avoid the cost of a trial.';
    assert.equal(speakerOf(orchards, 'avoid the cost of a trial'), 'Blue Hollow Orchards');
    const packing = 'Bayline Packing recalled 9,000 pounds of pork. The company said no illnesses had been reported.';
    assert.equal(speakerOf(packing, 'no illnesses had been reported'), 'Bayline Packing');
  });
  it('near miss: a person whose surname is a trade in the singular stays a person', () => {
    assert.equal(speakerOf('Grower Ana Packer said the frost took half the crop. Packer said prices would rise.', 'prices would rise'), 'Ana Packer');
  });
});

describe('scout63b: "…, the group said" closing words that name another body than the one that spoke just before', () => {
  it('is the body its own sentence names', () => {
    const named = 'Recalled baby formula was still on sale, an advocacy group said Monday.\n\nVolunteers for the Prairie Shoppers Alliance bought recalled cans at nine stores, the group said in a report.';
    assert.equal(speakerOf(named, 'bought recalled cans'), 'Prairie Shoppers Alliance');
  });
  it('near miss: with no other body in its sentence, it goes on with the body that spoke', () => {
    const same = 'The Prairie Shoppers Alliance said the cans were still on sale. Volunteers bought them at nine stores, the group said.';
    assert.equal(speakerOf(same, 'bought them at nine stores'), 'Prairie Shoppers Alliance');
  });
});
