/**
 * Kinds of wrong attribution scout57c found in weather, disaster and emergency-management news, each
 * written in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { inArticle, speakerInArticle as speakerOf } from './helpers';

/** The kind of the actor named `name` in article `body`, or undefined when there is none. */
const kindOf = (body: string, name: string): string | undefined => inArticle(body).actors.find((a) => a.name === name)?.kind;

describe('scout57c: a street named the French way, its word first ("Rue Sainte-Anne", "on Rue Principale")', () => {
  it('is a place, so "she" after it is the woman named before', () => {
    const body = 'Martine Gagnon, 71, is still waiting for a cheque. Her duplex on Rue Saint-Denis was condemned in May.\n\n“Nobody calls me back,” she said.';
    assert.equal(speakerOf(body, 'Nobody calls me back'), 'Martine Gagnon');
    assert.equal(kindOf(body, 'Rue Saint-Denis'), 'place');
  });
  it('whether a saint\'s name follows the street word or the street comes after "on" or "along"', () => {
    assert.equal(kindOf('The water rose along Boulevard Sainte-Foy overnight.', 'Boulevard Sainte-Foy'), 'place');
    const body = 'Paul Roy runs a garage on Rue Principale.\n\nHis sister, Diane Roy, lost her car.\n\n“It floated away,” she said.';
    assert.equal(kindOf(body, 'Rue Principale'), 'place');
    assert.equal(speakerOf(body, 'floated away'), 'Diane Roy');
  });
  it('near miss: a woman whose given name is Rue stays a person', () => {
    const body = 'Rue Halloran, a nurse, drove the last bus out of town.\n\n“I did not think twice,” she said.';
    assert.equal(speakerOf(body, 'did not think twice'), 'Rue Halloran');
    assert.equal(kindOf(body, 'Rue Halloran'), 'person');
  });
});
