import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { actorNames } from './helpers';

describe('names20: a nickname in quotation marks inside a name', () => {
  it('after a given name the lists lack, the person keeps given name and surname, and the bare surname is that person', () => {
    const a = analyze(
      'The selectors recalled lock Tamati "Tank" Wiremu for the tour. Wiremu missed training on Friday. ' +
        'His cousin and manager, Aroha Wiremu, said he was "ready".',
    );
    assert.deepEqual(actorNames(a, 'person').sort(), ['Aroha Wiremu', 'Tamati Wiremu']);
    const tamati = a.actors.find((x) => x.name === 'Tamati Wiremu')!;
    assert.ok(tamati.aliases.includes('Wiremu'), tamati.aliases.join(', '));
    assert.equal(a.quotes[0].speaker?.name, 'Aroha Wiremu');
  });

  it('a title before it stays a role, a particle surname and a nickname of several words are kept whole', () => {
    const a = analyze(
      'Councillor Rosalinda "Linda" delos Reyes said the pumps had failed. Delos Reyes said she had asked for more. ' +
        'The court heard that Ignacio "El Patrón Viejo" Soto Marín ran the network. Soto Marín said he was innocent.',
    );
    assert.deepEqual(actorNames(a, 'person').sort(), ['Ignacio Soto Marín', 'Rosalinda delos Reyes']);
    assert.ok(a.actors.find((x) => x.name === 'Rosalinda delos Reyes')!.roles.includes('Councillor'));
    // ("The court heard that …" reports evidence whose witness the sentence does not name)
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name), ['Rosalinda delos Reyes', 'Rosalinda delos Reyes', undefined, 'Ignacio Soto Marín']);
    assert.ok(!a.actors.some((x) => x.name.includes('Patrón')));
  });
});

describe('names20: given names written short with a full stop', () => {
  it('"Ma.", "Md." and "Wm." keep their stop and stay in the name; "Jack Ma." and a state after a comma still end a sentence', () => {
    const a = analyze(
      'The tourism undersecretary, Ma. Lourdes Castillo, opened the port. "The ferries run again," Castillo said. ' +
        'Chittagong mayor Md. Rafiqul Haque said the roads were clear. The mayor, Wm. Ashby, said the shops had reopened.',
    );
    assert.deepEqual(actorNames(a, 'person').sort(), ['Ma. Lourdes Castillo', 'Md. Rafiqul Haque', 'Wm. Ashby']);
    assert.equal(a.quotes[0].speaker?.name, 'Ma. Lourdes Castillo');
    const b = analyze('The letter was signed by Jack Ma. Ant Group said it was pleased. Crowds gathered in Rockville, Md. The mayor said it was calm.');
    assert.deepEqual(b.quotes.map((q) => q.speaker?.name ?? q.speakerMention?.text), ['Ant Group', 'The mayor']);
  });
});

describe('names20: an office named with a list of fields before the holder', () => {
  it('"Minister of A, B and C Name" gives the name alone', () => {
    const a = analyze('Minister of Mines, Energy and Water Kofi Asante-Darko told reporters the dam was safe.');
    assert.deepEqual(actorNames(a, 'person'), ['Kofi Asante-Darko']);
    assert.equal(a.quotes[0].speaker?.name, 'Kofi Asante-Darko');
  });
});

describe('names20: honorifics and descriptors before a name', () => {
  it('"Don" before a given name and a surname is a title; before one word it is the given name', () => {
    const a = analyze('Don Ramiro Echeverría said the vineyard would close. Don Whitcombe said the rain had stopped.');
    assert.deepEqual(actorNames(a, 'person').sort(), ['Don Whitcombe', 'Ramiro Echeverría']);
    assert.ok(a.actors.find((x) => x.name === 'Ramiro Echeverría')!.roles.includes('Don'));
  });

  it('"Comrade", "Alhaji", "Hajiya" and "Doña" are roles, not name words', () => {
    const a = analyze(
      'Comrade Chinedu Eze-Ibekwe said the march would go on. Alhaji Sani Gumel said the traders agreed. ' +
        'Hajiya Hadiza Kawu said the clinic would open. Doña Pilar Ortega said the harvest was late.',
    );
    assert.deepEqual(actorNames(a, 'person').sort(), ['Chinedu Eze-Ibekwe', 'Hadiza Kawu', 'Pilar Ortega', 'Sani Gumel']);
    assert.ok(a.actors.find((x) => x.name === 'Sani Gumel')!.roles.includes('Alhaji'));
  });

  it('a capitalised people noun after "former" is a descriptor, and the name without its middle word is the same person', () => {
    const a = analyze('The board picked former Paralympian Zarmeena Gul Durrani. "We start today," Zarmeena Durrani said.');
    assert.deepEqual(actorNames(a, 'person'), ['Zarmeena Gul Durrani']);
    assert.equal(a.quotes[0].speaker?.name, 'Zarmeena Gul Durrani');
  });
});

describe('names20: a given name that is also a city', () => {
  it('after a noun for a person, "Victoria Brunvoll" is a person, and the bare surname later is she', () => {
    const a = analyze('The qualifier beat second seed Victoria Brunvoll of Norway. Brunvoll said the wind had beaten her.');
    assert.deepEqual(actorNames(a, 'person'), ['Victoria Brunvoll']);
    assert.ok(!a.actors.some((x) => x.name === 'Victoria'));
    assert.equal(a.quotes[0].speaker?.name, 'Victoria Brunvoll');
  });
});

describe('names20: bodies, parties, teams and storms', () => {
  it('a national branch of a known body, a party without a head word and a team are organisations; a storm is no actor', () => {
    const a = analyze(
      'The Kenyan Red Cross said it had sent tents. Fianna Fáil said the budget was fair. ' +
        'The Springboks arrive on Monday. Cyclone Belal flattened the harbour, officials said.',
    );
    const org = actorNames(a, 'organization');
    for (const name of ['Kenyan Red Cross', 'Fianna Fáil', 'Springboks']) assert.ok(org.includes(name), org.join(', '));
    assert.ok(!a.actors.some((x) => x.name.includes('Belal')), a.actors.map((x) => x.name).join(', '));
  });

  it('"Treasury and Health Minister" is one office before the name, no body of its own', () => {
    const a = analyze('Treasury and Health Minister Ilse Vandersloot said the hospitals would be paid.');
    assert.deepEqual(actorNames(a, 'organization'), []);
    assert.ok(a.actors.find((x) => x.name === 'Ilse Vandersloot')!.roles.includes('Treasury and Health Minister'));
  });
});

describe('names20: a dateline city with an accent or "Mc"', () => {
  it('dates the article', () => {
    assert.equal(analyze('Rates cut\n\nBOGOTÁ, Colombia (March 3, 2026) — The bank cut rates.').published, '2026-03-03');
    assert.equal(analyze('Fire nears town\n\nFORT McALLISTER, Ontario, June 9, 2026 — Crews said the fire had grown.').published, '2026-06-09');
  });
});

describe('names20: an accented given name before a double surname', () => {
  it('"Dr. Inês Carvalho Sousa" then "Carvalho Sousa": one person under the full name ("Inês" is neither a plural nor a stray word)', () => {
    const a = analyze('"The bones are old," said Dr. Inês Carvalho Sousa of the museum. Carvalho Sousa said the dig would resume. Dr. Joël Martins Lobo agreed.');
    assert.deepEqual(actorNames(a, 'person').sort(), ['Inês Carvalho Sousa', 'Joël Martins Lobo']);
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name), ['Inês Carvalho Sousa', 'Inês Carvalho Sousa']);
  });
});
