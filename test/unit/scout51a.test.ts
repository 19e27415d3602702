/**
 * What scout51a found in Canadian politics and public services news (Parliament, legislatures,
 * city halls, health authorities, transit): a chief executive's phrase resolved to an executive
 * director.
 */
import { strict as assert } from 'node:assert';
import { speakerInArticle } from './helpers';

describe('scout51a: Canadian politics and public services', () => {
  it('"its chief executive warned …": a chief executive is a CEO, not an executive director', () => {
    const body = 'The transit board voted Wednesday to freeze fares, but its chief executive warned that the agency may have to cut bus service.\n\n"We can freeze fares, or we can run the service," TTC CEO Mandeep Lali told the board.\n\n"A frozen fare doesn\'t help you much," said Shelagh Pizey-Allen, the riders\' group\'s executive director.';
    assert.equal(speakerInArticle(body, 'the agency may have to cut bus service'), 'Mandeep Lali');
    const before = 'Ana Ruiz, the food bank\'s executive director, spoke first. Chief executive officer Tom Hale spoke after her.\n\nThe chief executive said the bank would close two depots.';
    assert.equal(speakerInArticle(before, 'the bank would close two depots'), 'Tom Hale');
    // near miss: "the executive director" is still the executive director
    const director = 'TTC CEO Mandeep Lali spoke first. Shelagh Pizey-Allen, the executive director of TTCriders, spoke after him.\n\nThe executive director said riders wait 25 minutes for a bus.';
    assert.equal(speakerInArticle(director, 'riders wait 25 minutes'), 'Shelagh Pizey-Allen');
  });
});
