import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { speakerOf } from './helpers';


describe('who speaks, read from the words around the source', () => {
  it('"the company" is not the employer of an investor asked from outside ("a fund manager at …")', () => {
    for (const role of ['a fund manager at Kestrel Capital', 'a portfolio manager at Kestrel Capital', 'chief investment officer at Kestrel Capital']) {
      const text = `Brightline Foods Inc. raised its outlook on Wednesday. "Demand is holding up," said Maria Lopez, ${role}. The company said it would hire 400 workers.`;
      assert.equal(speakerOf(text, /hire 400/), 'Brightline Foods Inc.', role);
    }
    // a manager of the company itself is no outsider: its employer is the company
    const own = 'Kestrel Capital cut its fees on Monday. "Clients asked for it," said Maria Lopez, a fund manager at Kestrel Capital. The firm said more cuts were possible.';
    assert.equal(speakerOf(own, /more cuts/), 'Kestrel Capital');
  });

  it('people modified by a participle\'s clause speak, not the body the clause names', () => {
    const cases: Array<[string, RegExp, string]> = [
      ['The commissioners appointed to oversee the council said in a statement that the budget was a necessary step.', /necessary step/, 'commissioners'],
      ['The inspectors sent to review Northgate Hospital said the wards were unsafe.', /wards were unsafe/, 'inspectors'],
      ['Auditors hired by the city of Leeds said the accounts had been signed off late.', /signed off late/, 'Auditors'],
    ];
    for (const [text, re, who] of cases) assert.equal(speakerOf(text, re), who, text);
    // a body that speaks for itself is still the speaker
    assert.equal(speakerOf('The council appointed two commissioners. The council said the budget was balanced.', /balanced/), 'council');
  });

  it('"she" after a direct quotation is not the person it calls by given name', () => {
    const text = 'Councillor Ruth Dale opened the meeting. The Labour member thanked Karen Ellis, who retires this month.\n\n"Karen has given this town thirty years," she said.';
    assert.equal(speakerOf(text, /thirty years/), 'Ruth Dale');
    // nobody else agrees: the person stays the speaker (people do quote their own name)
    const alone = 'Karen Ellis retires this month.\n\n"Karen has had enough," she said with a laugh.';
    assert.equal(speakerOf(alone, /had enough/), 'Karen Ellis');
  });

  it('a town after the body in a person\'s appositive is the body\'s, not the speaker', () => {
    assert.equal(speakerOf('Dr. Chidi Okafor, medical director of the General Hospital, Ikot Ekpene, told reporters that 20 patients were in critical condition.', /critical condition/), 'Chidi Okafor');
    assert.equal(speakerOf('Sipho Ndlovu, principal of Thembalethu High School, Mthatha, said that classes would resume on Monday.', /resume on Monday/), 'Sipho Ndlovu');
    // a person's name after a body is still a name in apposition
    assert.equal(speakerOf('The union at Kestrel Foods, Ana Ruiz, said the strike would go on.', /strike would go on/), 'Ana Ruiz');
  });

  it('a document\'s participle inside the adjunct after the cue ("in a statement read to the court that …") leaves the content', () => {
    assert.equal(speakerOf('A witness, who cannot be named for legal reasons, said in a statement read to the court that she saw one man running.', /one man running/), 'witness');
    assert.equal(speakerOf('Ana Ruiz said in a letter sent to the board that the plan was flawed.', /plan was flawed/), 'Ana Ruiz');
  });

  it('"According to officials in the Health Ministry, …": the people and where they are', () => {
    assert.equal(speakerOf('According to officials in the Health Ministry, a committee will identify the districts by March.', /committee will identify/), 'officials in the Health Ministry');
    assert.equal(speakerOf('According to doctors at the clinic, the outbreak is over.', /outbreak is over/), 'doctors at the clinic');
  });
});

describe('a relative in apposition to a shared surname', () => {
  it('"Mr Hughes, the boy\'s father, said" after "Walter Hughes, 17, died" is the father, not the boy', () => {
    const text = 'Walter Hughes, 17, died at the hospital in March. The coroner said staff missed signs of sepsis. Mr Hughes, the boy\'s father, said the family would be considering legal action.';
    const q = analyze(text).quotes.find((x) => /legal action/.test(x.text));
    assert.ok(q);
    assert.notEqual(q.speaker?.name, 'Walter Hughes');
    assert.ok(q.speaker?.roles.includes('father'), JSON.stringify(q.speaker));
  });
});

describe('a possessed source said again is the same source', () => {
  it('"The victim\'s mother told the court" three times is one mother, not a mother of the mother', () => {
    const text = 'The victim\'s mother told the court he was kind.\n\nThe victim\'s mother told the court he had plans.\n\nThe victim\'s mother told the court she forgave no one.';
    const a = analyze(text);
    const speakers = new Set(a.quotes.map((q) => q.speaker?.name));
    assert.equal(speakers.size, 1, JSON.stringify([...speakers]));
    assert.ok(!a.actors.some((x) => / of .*mother/.test(x.name)), JSON.stringify(a.actors.map((x) => x.name)));
  });
});
