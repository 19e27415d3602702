/**
 * Kinds scout55b fixed on its unseen military, defence, veterans and police-oversight news, each in
 * sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { speakerInArticle as speakerOf, inArticle } from './helpers';

describe('scout55b: a rank with its class ("Sgt. First Class", "Petty Officer 2nd Class", "Private First Class")', () => {
  it('the class is part of the rank, not of the name', () => {
    assert.equal(speakerOf('Sgt. First Class Omar Delgado, a medic, said the convoy was delayed.', 'convoy was delayed'), 'Omar Delgado');
    assert.equal(speakerOf('Petty Officer 2nd Class Ines Varga said the crew slept in shifts.\n\n“It was a long night,” Varga said.', 'long night'), 'Ines Varga');
    assert.equal(speakerOf('Private First Class Noah Brandt said the barracks were cold.', 'barracks were cold'), 'Noah Brandt');
    assert.equal(speakerOf('Airman First Class Lea Moreau said the runway was clear.', 'runway was clear'), 'Lea Moreau');
  });
  it('no actor keeps the class as a given name', () => {
    const names = inArticle('Chief Petty Officer 1st Class Ruth Okoye said the engines were fixed.').actors.map((a) => a.name);
    assert.ok(names.includes('Ruth Okoye'), JSON.stringify(names));
    assert.ok(!names.some((n) => /Class/.test(n)), JSON.stringify(names));
  });
  it('near miss: a class after a word that is no rank stays in the body\'s name; a rank alone is as before', () => {
    const a = inArticle('Dana Whitfield of World Class Events said tickets sold out.');
    assert.equal(a.quotes[0].speaker?.name, 'Dana Whitfield');
    assert.ok(a.actors.some((x) => x.name === 'World Class Events'), JSON.stringify(a.actors.map((x) => x.name)));
    assert.equal(speakerOf('Sgt. Dana Whitfield said the ship was ready.', 'ship was ready'), 'Dana Whitfield');
  });
});

describe('scout55b: an armed service by its one word after "the" ("The Army said", "…, the Navy announced")', () => {
  it('is a body of its own where the article names none it stands for', () => {
    assert.equal(speakerOf('Two hangars will be rebuilt at the base.\n\nThe Army said the work would start in June.', 'start in June'), 'Army');
    assert.equal(speakerOf('About 40 sailors were hurt in the fire, the Navy announced on Tuesday.', 'sailors were hurt'), 'Navy');
  });
  it('is the body the article names with it, when there is one ("the U.S. Army" … "the Army said")', () => {
    const a = inArticle('The U.S. Army signed the deal on Friday.\n\nThe Army said the first trucks would arrive in May.');
    assert.equal(a.quotes.find((q) => q.text.includes('first trucks'))?.speaker?.name, 'U.S. Army');
    assert.ok(!a.actors.some((x) => x.name === 'Army'), JSON.stringify(a.actors.map((x) => x.name)));
  });
  it('near miss: the service as a modifier or with no "the" is no speaker of its own', () => {
    assert.equal(speakerOf('Lena Ortiz, an Army nurse, said the clinic was full.', 'clinic was full'), 'Lena Ortiz');
    assert.notEqual(speakerOf('Army officials said the road was closed.', 'road was closed'), 'Army');
  });
});
