import { strict as assert } from 'node:assert';
import { quotesOf } from './helpers';

describe('source kinds: particles, possessive roles', () => {
  it('a subject that opens with a lower-case surname particle keeps the whole surname', () => {
    const qs = quotesOf('Trade envoy Marta van der Linde visited the port. “The tariffs will hurt everyone,” van der Linde told the press.');
    const q = qs.find((x) => x.kind === 'direct');
    assert.ok(q, 'the direct quote is found');
    assert.equal(q.who, 'Marta van der Linde');
    assert.equal(q.speakerMention?.text, 'van der Linde');
    const [r] = quotesOf('Judge Paolo di Stefano opened the hearing. “Nobody is above the law,” di Stefano said.').filter((x) => x.kind === 'direct');
    assert.equal(r.who, 'Paolo di Stefano');
  });

  it('an inverted cue before a possessive, a people noun and a name in apposition: the name speaks', () => {
    const [a] = quotesOf('“The wages are too low,” added his colleague, Tomas Ribeiro.');
    assert.equal(a.who, 'Tomas Ribeiro');
    assert.equal(a.speakerMention?.text, 'Tomas Ribeiro');
    // "her" there is a possessive, not the pronoun
    const [b] = quotesOf('“She did nothing wrong,” said her lawyer, Ines Moreau.');
    assert.equal(b.who, 'Ines Moreau');
  });

  it('the same in dash dialogue', () => {
    const qs = quotesOf('The nurses gathered outside.\n— We cannot cover every shift, said Lena Okoro, who runs the ward.\n— Nobody listens to us, added her sister, Ada Okoro.');
    assert.deepEqual(qs.map((q) => q.who), ['Lena Okoro', 'Ada Okoro']);
  });
});
