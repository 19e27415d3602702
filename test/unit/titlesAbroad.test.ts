import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';

/** The persons of `text` as [name, roles]. */
function persons(text: string): Array<[string, string[]]> {
  return analyze(text).actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.roles]);
}

describe('titles as other countries write them are roles, never part of a name', () => {
  it('Nigerian and South Asian police ranks ("SP", "ASP", "DSP", "IGP")', () => {
    const found = persons('The command spokesman, SP Lawan Shiisu Adam, said the driver lost control. ASP Musa Bello said two men were arrested. DSP Rana Iqbal said the road was closed.');
    assert.deepEqual(found.map(([n]) => n).sort(), ['Lawan Shiisu Adam', 'Musa Bello', 'Rana Iqbal']);
    assert.ok(found.find(([n]) => n === 'Musa Bello')?.[1].includes('ASP'));
  });

  it('judges of the English courts ("Mr Justice Cavanagh", "Lady Justice Simler")', () => {
    const found = persons('Mr Justice Cavanagh told the jury to decide on the evidence. Lady Justice Simler said the appeal would be heard in May.');
    assert.deepEqual(found.map(([n]) => n).sort(), ['Cavanagh', 'Simler']);
  });
});

describe('places the lists do not know, told by their head word or their residents', () => {
  it('"in Forest Gate", "residents of Halls Gap" are places, not people', () => {
    const actors = analyze('Darren Hollis denies murdering a teenager in Forest Gate in June. Residents of Halls Gap were told to leave.').actors;
    const kindOf = (name: string): string | undefined => actors.find((a) => a.name === name)?.kind;
    assert.equal(kindOf('Forest Gate'), 'place');
    assert.equal(kindOf('Halls Gap'), 'place');
    assert.equal(kindOf('Darren Hollis'), 'person');
  });
});

describe('bodies named by two parts joined by "and"', () => {
  it('a hospital or a union whose name joins a place or trades to its head is one organisation', () => {
    const actors = analyze('Nurse Kylie Tran works at the Royal Brisbane and Women\'s Hospital. The Nigeria Union of Petroleum and Natural Gas Workers said its members would strike.').actors;
    const orgs = actors.filter((a) => a.kind === 'organization').map((a) => a.name).sort();
    assert.deepEqual(orgs, ['Nigeria Union of Petroleum and Natural Gas Workers', 'Royal Brisbane and Women\'s Hospital']);
    assert.ok(!actors.some((a) => a.kind === 'person' && a.name === 'Royal Brisbane'));
  });

  it('two people joined by "and" stay two', () => {
    const persons = analyze('Ana Ruiz and Tom Reed said the clinic would close.').actors.filter((a) => a.kind === 'person').map((a) => a.name).sort();
    assert.deepEqual(persons, ['Ana Ruiz', 'Tom Reed']);
  });
});

describe('a company named short by its first word', () => {
  it('"Lumen" after "Lumen Labs" is the one company; "Toronto" after "Toronto Hydro" is the city', () => {
    const a = analyze('Lumen Labs unveiled its first headset on Tuesday. Lumen’s chief technology officer, Raj Patel, said the battery lasted six hours. The company said it had signed up 40 businesses.');
    const orgs = a.actors.filter((x) => x.kind === 'organization').map((x) => x.name);
    assert.deepEqual(orgs, ['Lumen Labs']);
    assert.equal(a.quotes.find((q) => /40 businesses/.test(q.text))?.speaker?.name, 'Lumen Labs');
    const city = analyze('Toronto Hydro said crews restored power. Toronto had 40,000 homes without power.').actors;
    assert.ok(city.some((x) => x.name === 'Toronto' && x.kind !== 'organization'), JSON.stringify(city.map((x) => [x.name, x.kind])));
  });
});
