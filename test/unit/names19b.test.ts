import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { actorNames } from './helpers';

describe('names19b: a nation\'s noun before a name is a role', () => {
  it('"Briton", "Spaniard", "Welshwoman" open no name; a later "the Briton" finds the person', () => {
    const a = analyze(
      'After the final lap, Briton Tobias Fenwick-Hale crossed the line first. "A perfect afternoon," the Briton said. ' +
        'Welshwoman Carys Pugh came second, ahead of Spaniard Iker Zubiri.',
    );
    assert.deepEqual(actorNames(a, 'person').sort(), ['Carys Pugh', 'Iker Zubiri', 'Tobias Fenwick-Hale']);
    const fenwick = a.actors.find((x) => x.name === 'Tobias Fenwick-Hale')!;
    assert.ok(fenwick.roles.includes('Briton'), fenwick.roles.join(', '));
    assert.equal(a.quotes[0].speaker?.name, 'Tobias Fenwick-Hale');
  });

  it('a noun that is a given name too opens a name only before a given name', () => {
    const a = analyze('Dane Whitlock Barrow said the club was ready.');
    assert.deepEqual(actorNames(a, 'person'), ['Dane Whitlock Barrow']);
  });
});

describe('names19b: police and army ranks without a full stop are roles', () => {
  it('"Supt", "Det Sgt", "Insp" before a name: one person with the full and the titled surname merged', () => {
    const a = analyze(
      'Supt Eoghan Ó Murchú appealed for witnesses to the crash. "Someone saw it," said Supt Ó Murchú. ' +
        'Det Sgt Nadia Okafor said the car was found on Friday. Insp Rhys Llewellyn said roads were closed.',
    );
    assert.deepEqual(actorNames(a, 'person').sort(), ['Eoghan Ó Murchú', 'Nadia Okafor', 'Rhys Llewellyn']);
    assert.ok(a.actors.find((x) => x.name === 'Eoghan Ó Murchú')!.roles.includes('Supt'));
    assert.ok(a.actors.find((x) => x.name === 'Nadia Okafor')!.roles.includes('Det Sgt'));
    assert.equal(a.quotes[0].speaker?.name, 'Eoghan Ó Murchú');
  });
});

describe('names19b: Arabic and Tuareg particles inside a name', () => {
  it('a surname with its article hyphened on ends the name, and the bare surname later is the same person', () => {
    const a = analyze('Militia chief Idris Kamal al-Tayeb said the siege would end. Tayeb said the talks had failed. Nadia el-Masri said the border was shut.');
    assert.deepEqual(actorNames(a, 'person').sort(), ['Idris Kamal al-Tayeb', 'Nadia el-Masri']);
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name), ['Idris Kamal al-Tayeb', 'Idris Kamal al-Tayeb', 'Nadia el-Masri']);
  });

  it('"ag" between names is a particle, not the attorney general\'s "AG"', () => {
    const a = analyze('The Tuareg leader Bilal ag Intalla said the well was dry. Intalla said the herds had moved.');
    assert.deepEqual(actorNames(a, 'person'), ['Bilal ag Intalla']);
    assert.equal(a.quotes[1].speaker?.name, 'Bilal ag Intalla');
  });

  it('a lower-case article word opens no name: "al-Qaeda" is still nobody', () => {
    const a = analyze('Officials said al-Qaeda had claimed the attack.');
    assert.deepEqual(actorNames(a, 'person'), []);
  });
});

describe('names19b: head words of utilities, channels and buildings', () => {
  it('a water utility, a sports channel, a legion and a watchdog are organisations; an abbey, a station and an inn are places', () => {
    const a = analyze(
      'Severn Water said bills would rise. Kestrel Sports said the fixture was moved. The Royal Colonial Legion said it would march. ' +
        'Fish & River Watch said the plan was weak. Mourners filled Lindfield Abbey, and officers at Carrow Road Garda Station and the Harbour Inn said the roads were shut.',
    );
    assert.deepEqual(actorNames(a, 'person'), []);
    assert.deepEqual(actorNames(a, 'organization').sort(), ['Fish & River Watch', 'Kestrel Sports', 'Royal Colonial Legion', 'Severn Water']);
    assert.ok(['Lindfield Abbey', 'Harbour Inn'].every((n) => actorNames(a, 'place').includes(n)), actorNames(a, 'place').join(', '));
  });
});

describe('names19b: things named by their letters are no actors', () => {
  it('a vehicle, a camera, a measure and a session in capitals name no body; an alliance does', () => {
    const a = analyze('An HGV blocked the lane and CCTV showed an SUV behind it. EBITDA fell, NATO said at a Q&A, and the ICU was full.');
    assert.deepEqual(actorNames(a), ['NATO']);
  });
});
