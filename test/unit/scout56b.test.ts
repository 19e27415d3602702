/**
 * Kinds of wrong or missed attribution scout 56b found in health-care news (ER closures, long-term
 * care, inquests, pharmacare), each written in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { speakerInArticle as speakerOf } from './helpers';

describe('scout56b: a hyphenated given name whose first part is borne by either sex ("Kerry-Ann")', () => {
  it('takes the gender of its second part, so "she" can be that person', () => {
    const body =
      'Kerry-Ann Owusu was the charge nurse the night Doris Hale died.\n\nOwusu said the ward had been short two aides.\n\n“We asked for help every week,” she testified.';
    assert.equal(speakerOf(body, 'asked for help every week'), 'Kerry-Ann Owusu');
    const casey = 'Casey-Lynn Pratt spoke after Helen Dorsey had left the meeting.\n\nPratt said the clinic would stay open.\n\n“Nobody is being turned away,” she said.';
    assert.equal(speakerOf(casey, 'Nobody is being turned away'), 'Casey-Lynn Pratt');
  });
  it('near miss: a head that tells a gender still decides ("Marie-Claude" a woman, "Jean-Guy" a man)', () => {
    const marie = 'Marie-Claude Roy sat beside Paul Gendron at the hearing.\n\nRoy said the home had been warned.\n\n“Nobody listened,” she said.';
    assert.equal(speakerOf(marie, 'Nobody listened'), 'Marie-Claude Roy');
    const jean = 'Jean-Guy Lavoie visited Anne Cote at the hospital.\n\nLavoie said the wait had been long.\n\n“It was eleven hours,” he said.';
    assert.equal(speakerOf(jean, 'eleven hours'), 'Jean-Guy Lavoie');
  });
});

describe('scout56b: a body\'s name no stage knew, then "of" and where it sits ("Sunbelt Senior Living of Orlando said")', () => {
  it('is the body named by the words before "of", not the place', () => {
    assert.equal(speakerOf('The owner, Pelican Senior Living of Tampa, said it could not comment on the lawsuit.', 'could not comment'), 'Pelican Senior Living');
    assert.equal(speakerOf('“We are reviewing the order,” said Granite Ridge Senior Living of Denver.', 'reviewing the order'), 'Granite Ridge Senior Living');
  });
  it('near miss: a person, a title\'s holder or a known body before "of" keeps its reading', () => {
    assert.equal(speakerOf('Mary Ellen Tolliver of Sarasota said she had waited nine hours.', 'waited nine hours'), 'Mary Ellen Tolliver');
    assert.equal(speakerOf('Chief Dan Redcloud of Tulsa said the ambulance was late.', 'ambulance was late'), 'Dan Redcloud');
    assert.notEqual(speakerOf('The Deputy Mayor of Kelowna said the clinic would reopen.', 'clinic would reopen'), 'Deputy Mayor');
  });
});
