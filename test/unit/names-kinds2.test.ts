import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { actorNames } from './helpers';

describe('names: newsroom and staff offices are roles', () => {
  it('an editor-in-chief, a chief of staff, a counsel, a reporter before a name', () => {
    const a = analyze(
      'Gazette Editor-in-Chief Nora Feldt said the paper would appeal. Deputy Chief of Staff Tova Rennick said the diary was full. ' +
        'White House Counsel R. Dale Whitcomb said the memo was wrong. Reporter Selim Aydar said the crowd was calm.',
    );
    assert.deepEqual(actorNames(a, 'person').sort(), ['Nora Feldt', 'R. Dale Whitcomb', 'Selim Aydar', 'Tova Rennick']);
    assert.ok(a.actors.find((x) => x.name === 'Tova Rennick')!.roles.includes('Deputy Chief of Staff'));
  });

  it('"Reporter" and "Counsel" before no personal name are no titles', () => {
    const a = analyze('Counsel fees rose again. Reporter pay fell.');
    assert.ok(!actorNames(a, 'person').length, actorNames(a).join(', '));
  });
});

describe('names: capitals, headline verbs and time nouns that are no names', () => {
  it('a section label or a common noun in capitals is no organisation', () => {
    const a = analyze('ABSTRACT.\n\nThe super PAC bought ads on TV. LETTERS.\n\nNATO said the drill was over.');
    assert.deepEqual(actorNames(a), ['NATO']);
  });

  it('a headline verb after a name ends the name; a time noun before it is not part of it', () => {
    const a = analyze('The blog ran "Pat Lorimer Wins Kansas" on Monday. Pat Lorimer said it was early. That was the Year Ivan Dobrev said no.');
    assert.deepEqual(actorNames(a, 'person').sort(), ['Ivan Dobrev', 'Pat Lorimer']);
  });
});

describe('names: buildings named after their owner', () => {
  it('a tower or a resort with its city is a place, not a person', () => {
    const a = analyze('Guests stayed at Velko Tower Lisbon and played at Velko National Tampa. Anna Velko said both were full.');
    assert.deepEqual(actorNames(a, 'person'), ['Anna Velko']);
    assert.deepEqual(actorNames(a, 'place').sort(), ['Velko National Tampa', 'Velko Tower Lisbon']);
  });
});

describe('names: a country named like a US state', () => {
  it('is the state in a list of states or after a US city, the country elsewhere', () => {
    const kinds = (text: string) => analyze(text).actors.filter((a) => a.name === 'Georgia').map((a) => a.kind);
    assert.deepEqual(kinds('The senator won primaries in Ohio, Georgia and Texas on Tuesday.'), ['place']);
    assert.deepEqual(kinds('The rally in Atlanta, Georgia drew a crowd.'), ['place']);
    assert.deepEqual(kinds('Georgia and Armenia signed the pipeline deal.'), ['country']);
  });
});

describe('names: headline and slogan words before a surname', () => {
  it('a gerund, a plural people noun, a slogan verb is not a given name', () => {
    const a = analyze('Pat Lorimer said the bus was late. The banners read Stop Lorimer and Never Lorimer. In "Chasing Lorimer Across Ohio," Candidates Pat Lorimer and Sterling Voss said no. Beijing University said nothing.');
    assert.deepEqual(actorNames(a, 'person').sort(), ['Pat Lorimer', 'Sterling Voss']);
  });
});

describe('names: epithets and phrase nouns around a name', () => {
  it('a participle or an adjective before a surname, a common noun after capitals, is no name', () => {
    const a = analyze('Embattled Lorimer said he would stay. Pat Lorimer said so twice. The Sixth Congressional District voted. Radical Islamic groups were named. Mohammed Saleh said no. Whereas Lorimer spoke, Rival Pat Lorimer waited.');
    assert.deepEqual(actorNames(a, 'person').sort(), ['Mohammed Saleh', 'Pat Lorimer']);
  });
});

describe('names: company and body heads', () => {
  it('a run ending in a body head is an organisation, not a person', () => {
    const a = analyze('Harlan Computer said sales fell. Vesta Research said the poll was close. Ridge Patrol agents said nothing.');
    assert.deepEqual(actorNames(a, 'person'), []);
    assert.ok(actorNames(a, 'organization').includes('Harlan Computer'), actorNames(a).join(', '));
  });
});

describe('names: clock zones and auxiliary participles are no actors', () => {
  it('"Central European Time", "Pacific Daylight Time", "Mountain Time" are no people', () => {
    const a = analyze('The Latest on the regional vote (all times Pacific Daylight Time): Polls closed at 8 p.m. Mountain Time. The summit opens at noon Central European Time, Mayor Ilse Varga said.');
    assert.deepEqual(actorNames(a, 'person'), ['Ilse Varga']);
  });

  it('"Time" after other words stays a name ("Time Warner")', () => {
    const a = analyze('Time Warner said profits rose. Kessler Standard said nothing.');
    assert.ok(actorNames(a).some((n) => n.startsWith('Time Warner')), actorNames(a).join(', '));
  });

  it('"Having announced …" and "Being …" open clauses, not names', () => {
    const a = analyze('Having announced that the bridge would close, Governor Rhea Tolland said repairs would take a year. Being late, the crew said little.');
    const names = actorNames(a);
    assert.ok(!names.some((n) => /^(Having|Being)\b/.test(n)), names.join(', '));
    assert.ok(names.includes('Rhea Tolland'), names.join(', '));
  });
});
