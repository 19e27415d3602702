import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { gluedWord } from '../../src/extractor/names';
import { actorNames } from './helpers';

/** The name of the actor that speaks the quote whose text holds `words`. */
function speakerOf(a: ReturnType<typeof analyze>, words: string): string | null {
  const q = a.quotes.find((x) => x.text.includes(words));
  assert.ok(q, `no quote with "${words}"`);
  return q.speaker?.name ?? null;
}

describe('names: a country, a place or a month that is a given name', () => {
  it('"Jordan Ellis said", "Chad Porter said", "Georgia Lin, …" are people, not the countries', () => {
    const a = analyze(
      'The ferry plan drew a crowd in Vellmar on Monday. "We cannot wait another winter," Jordan Ellis said. ' +
        'Chad Porter said the channel was too shallow. Georgia Lin, a fisher, said she would sell her boat.',
    );
    assert.equal(speakerOf(a, 'another winter'), 'Jordan Ellis');
    assert.equal(speakerOf(a, 'too shallow'), 'Chad Porter');
    assert.equal(speakerOf(a, 'sell her boat'), 'Georgia Lin');
    assert.ok(!actorNames(a, 'country').length, actorNames(a, 'country').join(', '));
  });

  it('a month opening a sentence as a given name ("May Lindgren said") is a person', () => {
    const a = analyze('The council met in Oster Bay. May Lindgren said the council had ignored the harbour. June Okafor told reporters the vote was rushed.');
    assert.equal(speakerOf(a, 'ignored the harbour'), 'May Lindgren');
    assert.equal(speakerOf(a, 'vote was rushed'), 'June Okafor');
  });
});

describe('names: occupations the title lists lack are roles', () => {
  it('"Harbourmaster", "Hydrologist", "Wirtschaftsminister" before a full name', () => {
    const a = analyze(
      'Harbourmaster Tamsin Achebe said the silt had doubled. Hydrologist Pieter Vos said the river carried more sediment. ' +
        'Wirtschaftsminister Klaus Berend said the ministry would help.',
    );
    assert.deepEqual(actorNames(a, 'person').sort(), ['Klaus Berend', 'Pieter Vos', 'Tamsin Achebe']);
    assert.ok(a.actors.find((x) => x.name === 'Tamsin Achebe')!.roles.includes('Harbourmaster'));
  });

  it('a given name with an occupation’s ending ("Hunter", "Porter") stays the name', () => {
    const a = analyze('Hunter Calloway said the plan was sound. Porter Vinson said it was not.');
    assert.deepEqual(actorNames(a, 'person').sort(), ['Hunter Calloway', 'Porter Vinson']);
  });
});

describe('names: a nickname in quotation marks inside a name', () => {
  it('Margaret "Peggy" Holloway-Reyes is one person, her surname alone too', () => {
    const a = analyze('Margaret "Peggy" Holloway-Reyes, who chairs the port board, said the plan was sound. "It is sound," Holloway-Reyes said.');
    assert.deepEqual(actorNames(a, 'person'), ['Margaret Holloway-Reyes']);
    assert.equal(speakerOf(a, 'It is sound'), 'Margaret Holloway-Reyes');
  });
});

describe('names: companies are organisations', () => {
  it('a company head word, "Inc", and "shares of" make a company; "the company" resolves to it', () => {
    const a = analyze(
      'Harlow Freight said it would move its ships. Brightwater Analytics Inc said the costs would rise. ' +
        'Shares of Dunmore Tolliver fell 4 percent. Dunmore Tolliver said the drop was temporary.',
    );
    assert.ok(!actorNames(a, 'person').length, actorNames(a, 'person').join(', '));
    assert.deepEqual(actorNames(a, 'organization').sort(), ['Brightwater Analytics Inc', 'Dunmore Tolliver', 'Harlow Freight']);
  });

  it('a large company named like a person ("Goldman Sachs") is an organisation', () => {
    const a = analyze('Senator Ilse Marron took a loan from Goldman Sachs and Wells Fargo. Goldman Sachs said the loan was routine.');
    assert.deepEqual(actorNames(a, 'person'), ['Ilse Marron']);
  });
});

describe('names: events, movements, nicknames of states and glued page words are no people', () => {
  it('"World War II", "Black Lives Matter", "Granite State", a bandwagon ("Corvell Train")', () => {
    const a = analyze(
      'Camps were built during World War II, Anna Brix said. A Black Lives Matter protester was pushed at the rally in the Granite State. ' +
        'Voters who are now on the Corvell Train also back me, Teodor Corvell said.',
    );
    assert.deepEqual(actorNames(a, 'person').sort(), ['Anna Brix', 'Teodor Corvell']);
  });

  it('a web page’s buttons glued between two bylines part the names', () => {
    assert.ok(gluedWord('MaransFlagShareLikeReplyPaige'));
    assert.ok(!gluedWord('McDonald') && !gluedWord('DuVernay') && !gluedWord('VandeHei') && !gluedWord('PayPal'));
    const a = analyze('Omar KesslerFlagShareLikeReplyLena Ostrova\n\nLena Ostrova said the post was wrong.');
    assert.ok(!actorNames(a, 'person').some((n) => /Flag|Share/.test(n)), actorNames(a, 'person').join(', '));
  });
});

describe('names: an acronym is no person’s name word', () => {
  it('"the U.N." does not join "Kim Jong Un"', () => {
    const a = analyze('North Korean leader Kim Jong Un said new sanctions would fail. A U.N. spokesman said the council would meet. The U.N. said it was concerned.');
    const kim = a.actors.find((x) => x.name === 'Kim Jong Un')!;
    assert.ok(!kim.aliases.some((x) => /U\.?N\.?/.test(x)), kim.aliases.join(', '));
    assert.notEqual(speakerOf(a, 'it was concerned'), 'Kim Jong Un');
  });
});

describe('names: a wire dateline’s city is a place', () => {
  it('"GDYNIA (Reuters) -" names no organisation and no person', () => {
    const a = analyze('GDYNIA (Reuters) - Port officials said they were watching the strike.');
    assert.ok(!actorNames(a, 'organization').includes('GDYNIA') && !actorNames(a, 'person').includes('GDYNIA'), actorNames(a).join(', '));
  });
});

describe('names: a maker before a name, a word cut by a mis-decoded letter', () => {
  it('"Drone-maker Skyvane Aerial" is a company and the compound no title of a person', () => {
    const a = analyze('Drone-maker Skyvane said the ban would cost jobs. Tilde Amundsen said the ban was needed.');
    assert.deepEqual(actorNames(a, 'person'), ['Tilde Amundsen']);
    assert.ok(actorNames(a, 'organization').includes('Skyvane'), actorNames(a).join(', '));
  });

  it('"Rodrigo PeÃ±a" read as Latin-1 gives no person "Rodrigo PeÃ"', () => {
    const a = analyze('President Rodrigo PeÃ±a said the border would stay open.');
    assert.ok(!actorNames(a, 'person').some((n) => n.endsWith('Ã')), actorNames(a, 'person').join(', '));
    const d = analyze('President Rodrigo Pe\u0041\u0303\u00b1a said the border would stay open.');
    assert.ok(!actorNames(d, 'person').some((n) => n.normalize('NFC').endsWith('Ã')), actorNames(d, 'person').join(', '));
  });
});

describe('names: a lone surname two people of the article share', () => {
  it('"Marsh said" after Ellen and Tobias Marsh joins neither', () => {
    const a = analyze(
      'Ellen Marsh, the mayor, said the town would pay. Her brother, Tobias Marsh, a lawyer, said the town could not afford it. Marsh said the vote would come in March.',
    );
    const who = speakerOf(a, 'vote would come');
    assert.ok(who !== 'Ellen Marsh' && who !== 'Tobias Marsh', String(who));
    assert.equal(speakerOf(a, 'town would pay'), 'Ellen Marsh');
  });
});

describe('names: a company named with a singular industry word', () => {
  it('"Harlan Chemical", "Bexley Motor", "Corvin Pharmaceutical" are organisations, not people', () => {
    const a = analyze(
      'Harlan Chemical said it would close the Tessin plant. Bexley Motor cut its forecast on Friday. ' +
        'Corvin Pharmaceutical said the trial had ended early.',
    );
    assert.deepEqual(actorNames(a, 'person'), []);
    assert.deepEqual(actorNames(a, 'organization').sort(), ['Bexley Motor', 'Corvin Pharmaceutical', 'Harlan Chemical']);
  });
});

describe('names: a dateline city in capitals on a line of its own', () => {
  it('"OSLOVIK, Tuesday 4 March 2025" and "LISBON, 2 October 2024" name no organisation', () => {
    for (const line of ['OSLOVIK, Tuesday 4 March 2025', 'LISBON, 2 October 2024', 'TROMSO, Norway, March 4, 2025']) {
      const a = analyze(`Port fees rise again\n\n${line}\n\nThe harbour chief, Ola Dahl, said the fees would rise by a tenth.`);
      assert.deepEqual(actorNames(a, 'organization'), [], line);
    }
  });
});

describe('names: a surname that is also a title', () => {
  it('"Catherine King", "Mark Bishop", "Transport Minister Ruth Judge" are people named so', () => {
    const a = analyze(
      'Rail plan review\n\nTransport Minister Ruth Judge said she had asked the agency for a review. ' +
        'Mark Bishop said the church would reopen. Catherine King, a nurse, said the ward was full.',
    );
    assert.deepEqual(actorNames(a, 'person').sort(), ['Catherine King', 'Mark Bishop', 'Ruth Judge']);
    assert.equal(speakerOf(a, 'church would reopen'), 'Mark Bishop');
  });
});
