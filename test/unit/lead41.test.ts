/**
 * Kinds of wrong source the lead found in session 41, each written again in sentences of its own,
 * with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { speakerHolding } from './helpers';

const who = speakerHolding;

describe('lead41: sources found on unseen news', () => {
  it('a country’s name that is also a given name opens a person’s name in inverted order and for Quebec’s "France"', () => {
    const inverted = 'Rink closes\n\n“Nobody listened,” said Jordan Kowalski, who has coached there for a decade.';
    assert.equal(who(inverted, 'Nobody listened'), 'Jordan Kowalski');
    const critic = 'Wards close\n\n“We are running on fumes,” NDP health critic France Gélinas said. Gélinas said the province ignored the warnings.';
    assert.equal(who(critic, 'running on fumes'), 'France Gélinas');
    assert.ok(!analyze(critic).actors.some((a) => a.name === 'France'), 'no country France in an article about its namesake');
    // near misses: the country itself after a speech verb, and a body named after a place
    const country = 'Talks\n\nThe deal is off, said France on Tuesday, and the talks are over.';
    assert.ok(analyze(country).actors.some((a) => a.name === 'France' && a.kind === 'country'));
    const power = 'Storm\n\nPower is back for most homes, said Georgia Power in a statement.';
    assert.ok(!analyze(power).actors.some((a) => a.name === 'Georgia Power' && a.kind === 'person'));
  });
});
