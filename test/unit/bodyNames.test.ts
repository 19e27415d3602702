import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { quotesOf } from './helpers';

/** The kind of each named actor, by name. */
function kinds(text: string): Map<string, string> {
  return new Map(analyze(text).actors.map((a) => [a.name, a.kind]));
}

describe('bodies named with small words inside', () => {
  it('a capitalised "Against" or "Without" inside a sentence is part of a body\'s name', () => {
    const text = 'Parents Against Vaping Teens said on Monday that sales had risen. Nurses Without Frontiers said it would send staff.';
    const k = kinds(text);
    assert.equal(k.get('Parents Against Vaping Teens'), 'organization', [...k].join(', '));
    assert.equal(k.get('Nurses Without Frontiers'), 'organization');
    assert.ok(![...k.keys()].includes('Vaping Teens'));
    assert.equal(quotesOf(text)[0]?.who, 'Parents Against Vaping Teens');
  });

  it('"X Right to Life" is one body, not the state before it', () => {
    const text = 'Kansas Right to Life said Tuesday it would campaign against the bill.';
    assert.equal(kinds(text).get('Kansas Right to Life'), 'organization');
    assert.equal(quotesOf(text)[0]?.who, 'Kansas Right to Life');
  });

  it('a Salish "te" joins a nation\'s name, which is no person', () => {
    const text = "Tk'emlúps te Secwépemc said it had not been consulted about the mine.";
    const k = kinds(text);
    assert.equal(k.get("Tk'emlúps te Secwépemc"), 'organization', [...k].join(', '));
    assert.equal(quotesOf(text)[0]?.who, "Tk'emlúps te Secwépemc");
  });

  it('a federal department named by two fields and its nation is one body', () => {
    const k = kinds('Employment and Social Development Canada said the benefit would rise. Fisheries and Oceans Canada closed the fishery.');
    assert.equal(k.get('Employment and Social Development Canada'), 'organization', [...k].join(', '));
    assert.equal(k.get('Fisheries and Oceans Canada'), 'organization');
    assert.ok(!k.has('Social Development Canada') && !k.has('Oceans Canada'));
  });

  it('two people joined by "and", and a person "of" a place, stay apart', () => {
    const k = kinds('Maria Lopez and Daniel Kim said the talks had failed. Senator Amy Ross of Ohio voted no.');
    assert.equal(k.get('Maria Lopez'), 'person');
    assert.equal(k.get('Daniel Kim'), 'person');
    assert.equal(k.get('Amy Ross'), 'person');
  });
});

describe('companies the lists do not know are no persons', () => {
  it('an intercapped word after a given name makes a company ("Spirit AeroSystems")', () => {
    const k = kinds('Hope BioWorks cut its forecast on Wednesday, and shares fell.');
    assert.equal(k.get('Hope BioWorks'), 'organization', [...k].join(', '));
  });

  it('a publisher the lists know is a body, not a person', () => {
    assert.equal(kinds('Meanwhile, HarperCollins declined to renew the offer.').get('HarperCollins'), 'organization');
  });

  it('a head word of a trade the lists lacked ("Scientific", "Lifesciences") makes a company', () => {
    const k = kinds('Denver Scientific reported higher sales. Morgan Lifesciences, a rival, said it would cut its outlook.');
    assert.equal(k.get('Denver Scientific'), 'organization', [...k].join(', '));
    assert.equal(k.get('Morgan Lifesciences'), 'organization');
  });

  it('one unknown word is a company where the article calls it one', () => {
    const text =
      'Brindlecart said Thursday it would freeze prices on 1,500 items. "We hear shoppers," said Ada Moss, the chairwoman of Brindlecart.\n\n' +
      'Brindlecart, the country\'s largest grocer, has faced a boycott. Quillpay, the Ottawa-based payments firm, said it would hire 500 engineers.\n\n' +
      'Vextor said its new monitor had been cleared. Vextor, the company said, would begin selling it in May.';
    const k = kinds(text);
    for (const name of ['Brindlecart', 'Quillpay', 'Vextor']) assert.equal(k.get(name), 'organization', `${name}: ${[...k].join(', ')}`);
    assert.equal(quotesOf(text).find((q) => q.text.includes('freeze'))?.who, 'Brindlecart');
  });

  it('"X, which makes …" makes X a company', () => {
    const k = kinds('Tarnwell, which makes carbon fibre for aircraft, said orders were weak.');
    assert.equal(k.get('Tarnwell'), 'organization', [...k].join(', '));
  });

  it('a lone surname of a person the article names in full stays that person', () => {
    const a = analyze('Peter Halvorsen runs the plant. Halvorsen said the plant would stay open, the company said.');
    assert.deepEqual(a.actors.filter((x) => x.kind === 'person').map((x) => x.name), ['Peter Halvorsen']);
  });

  it('known fact-checkers are bodies', () => {
    assert.equal(kinds('Politifact then ruled that the statement was mostly true.').get('Politifact'), 'organization');
  });
});

describe('places before a body\'s word or a member\'s title', () => {
  it('a province that is also a given name, before a ministry\'s field, is the ministry', () => {
    const text = 'Alberta Health said in a statement that the clinics would reopen.';
    assert.equal(kinds(text).get('Alberta Health'), 'organization');
    assert.equal(quotesOf(text)[0]?.who, 'Alberta Health');
  });

  it('a riding after "MP for" or "candidate in", and before "MP", is a place', () => {
    const k = kinds('The Liberal candidate in Hamilton Centre said the seat was safe. Hamilton Mountain MP Lisa Hepfner said the money would help.');
    assert.equal(k.get('Hamilton Centre'), 'place', [...k].join(', '));
    assert.equal(k.get('Hamilton Mountain'), 'place');
    assert.equal(k.get('Lisa Hepfner'), 'person');
  });
});

describe('junk persons', () => {
  it('"Who" in a Title Case headline is no person', () => {
    const a = analyze('Senator Urged To Drop General Who Called For Internment.\n\nThe senator said nothing about the general.');
    const persons = a.actors.filter((x) => x.kind === 'person').map((x) => x.name);
    assert.ok(!persons.includes('Who'), persons.join(', '));
  });
});
