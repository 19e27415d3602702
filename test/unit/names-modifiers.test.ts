import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { actorNames } from './helpers';

describe('names: a contest titleholder and a place named as a modifier are no persons', () => {
  it('"former Miss Universe Renata Dumont": the contest is her role, not a word of her name nor a person', () => {
    const a = analyze(
      'Protesters gathered outside the pageant hall in Corvallis on Friday. Former Miss Universe Renata Dumont said the judges had been unfair. ' +
        'Organisers said Mister Universe would be held in Lisbon next year.',
    );
    const persons = actorNames(a, 'person');
    assert.ok(persons.includes('Renata Dumont'), persons.join(', '));
    assert.ok(!persons.some((p) => p.includes('Universe')), persons.join(', '));
  });

  it('"Maple Ridge" beside "Maple Ridge Elementary School" and "Maple Ridge Hospital" is a place, and "Maple Ridge Promise" a body', () => {
    const a = analyze(
      'Parents at Maple Ridge Elementary School met on Tuesday. The Maple Ridge parents said the roof leaked. ' +
        'Maple Ridge Promise said it would pay for repairs. Doctors at Maple Ridge Hospital treated two pupils. ' +
        'Principal Ingrid Solberg said classes would resume on Monday.',
    );
    const persons = actorNames(a, 'person');
    assert.ok(!persons.some((p) => p.startsWith('Maple Ridge')), persons.join(', '));
    assert.ok(persons.includes('Ingrid Solberg'), persons.join(', '));
  });

  it('a person with a title stays a person beside a body named after the same name', () => {
    const a = analyze('Senator Walter Brennick toured Walter Brennick High School on Monday. Walter Brennick said the school needed a gym.');
    assert.ok(actorNames(a, 'person').includes('Walter Brennick'), actorNames(a, 'person').join(', '));
  });
});
