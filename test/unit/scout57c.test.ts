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

describe('scout57c: "BODY did X …, the agency said" after another body whose name holds "Agency"', () => {
  it('is the body of that trade that opens the words as their subject', () => {
    const body = 'The Ohio Emergency Management Agency said 300 homes were damaged.\n\nThe National Weather Service rated the tornado an EF-2 on Monday, the agency said.';
    assert.equal(speakerOf(body, 'rated the tornado'), 'National Weather Service');
  });
  it('also when the body names the people who did it ("BODY survey crews …"), or is an administration', () => {
    const crews = 'The Federal Emergency Management Agency said aid would flow.\n\nNational Weather Service survey crews found a path 11 miles long, the agency said.';
    assert.equal(speakerOf(crews, 'path 11 miles long'), 'National Weather Service');
    const faa = 'The Kentucky Transportation Agency said the bridge was shut.\n\nThe Federal Aviation Administration closed the regional airport overnight, the agency said.';
    assert.equal(speakerOf(faa, 'closed the regional airport'), 'Federal Aviation Administration');
  });
  it('near miss: a company opening the words is no agency; the agency named before stays the speaker', () => {
    const body = 'The Environmental Protection Agency said the river was safe to swim in.\n\nNorthfield Chemicals has shut its plant, the agency said.';
    assert.equal(speakerOf(body, 'shut its plant'), 'Environmental Protection Agency');
  });
});

describe('scout57c: two offices joined by a hyphen before a name ("County Judge-Executive NAME", "Secretary-Treasurer NAME")', () => {
  it('are a title, not part of the name', () => {
    const body = 'Floyd County Judge-Executive Ray Combs said the bridge was gone.\n\n“We will rebuild it,” Combs said.';
    assert.equal(speakerOf(body, 'bridge was gone'), 'Ray Combs');
    assert.equal(speakerOf(body, 'rebuild it'), 'Ray Combs');
    assert.equal(speakerOf('Local 204 Secretary-Treasurer Nora Vance said the crews would stay out.', 'crews would stay out'), 'Nora Vance');
  });
  it('near miss: a hyphenated given name is still the name', () => {
    assert.equal(speakerOf('Marie-Claude Dion said the shelter was full.', 'shelter was full'), 'Marie-Claude Dion');
  });
});
