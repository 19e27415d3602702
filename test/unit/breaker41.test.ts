/**
 * What session 41's breaker found: inputs whose time grew with the square of their size (one line
 * of a compound given name's tail, run-on sentences whose every pronoun or cue read the sentence
 * back to its start), and a country before a leader's surname taken for a person. Each scaling test
 * doubles the input and checks that the CPU time roughly doubles (see assertLinear).
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { assertLinear, speakerHolding } from './helpers';

const HEAD = 'Headline of the day\n\n';

describe('breaker41: no article takes the extractor down', () => {
  it('a line of "Kabbashi al-Din …" is read in linear time, and a compound given name still joins its surname', () => {
    assertLinear((n) => HEAD + 'Kabbashi al-Din '.repeat(n), 4000);
    assertLinear((n) => HEAD + 'Shams al-Din '.repeat(n), 4000);
    assert.ok(analyze(HEAD + 'Shams al-Din Kabbashi said the talks would resume.').actors.some((a) => a.name === 'Shams al-Din Kabbashi'));
  });

  it('a run-on sentence of pronouns, after an unnamed person or namesakes, is linear', () => {
    assertLinear((n) => HEAD + 'The council met. ' + 'and he said it was fine, '.repeat(n) + 'end.', 2000);
    assertLinear((n) => HEAD + 'A Grade 5 student spoke up, ' + 'and she said it was fine, '.repeat(n) + 'end.', 2000);
    assertLinear((n) => HEAD + 'Mary Okafor and Grace Okafor met. ' + 'Mrs. Okafor said it was fine, and Ms. Okafor said it was not, and '.repeat(n) + 'end.', 1000);
    // near miss: in a sentence of ordinary length the pronoun still finds its antecedent
    assert.equal(speakerHolding(HEAD + 'Premier Ana Ruiz met workers, and she said the plant would stay open.', 'plant would stay open'), 'Ana Ruiz');
  });

  it('a country before a leader’s surname and a noun ("Israel Netanyahu government said") stays the country', () => {
    const government = HEAD + 'Israel Netanyahu government said the strikes would continue.';
    assert.ok(!analyze(government).actors.some((a) => a.kind === 'person'), JSON.stringify(analyze(government).actors.map((a) => a.name)));
    assert.ok(!analyze(HEAD + 'Workers at a Georgia Hyundai plant walked out.').actors.some((a) => a.kind === 'person'));
    // near miss: a given name and a surname before a verb is a person
    assert.ok(analyze(HEAD + 'Jordan Kowalski coached there for a decade.').actors.some((a) => a.name === 'Jordan Kowalski' && a.kind === 'person'));
  });
});
