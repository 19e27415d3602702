/**
 * What scout51a found in Canadian politics and public services news (Parliament, legislatures,
 * city halls, health authorities, transit): a chief executive's phrase resolved to an executive
 * director; a merchants' Business Improvement District that was no actor; "a group called X, said"
 * read as the group calling; a quotation before "the release quoted X as saying." lost.
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

  it('"The Regina Downtown Business Improvement District said …": a merchants\' district is a body that speaks', () => {
    const body = 'Council heard from two dozen delegations.\n\nThe Regina Downtown Business Improvement District said in a written submission that an arena would bring "thousands of people downtown on winter nights."';
    assert.equal(speakerInArticle(body, 'thousands of people downtown'), 'Regina Downtown Business Improvement District');
    const bare = 'Council met on Monday.\n\nThe Downtown Business Improvement District said in a letter that "the arena is our best hope."';
    assert.equal(speakerInArticle(bare, 'the arena is our best hope'), 'Downtown Business Improvement District');
    // near miss: a neighbourhood called a district is a place, where the one who speaks works
    const place = 'Council met on Monday.\n\nGail Ruiz, who owns a bakery in the Exchange District, said the plan was "a good first step."';
    assert.equal(speakerInArticle(place, 'a good first step'), 'Gail Ruiz');
  });

  it('"who chairs a group called Housing Action P.E.I., said …": "called" names the group, the chair speaks', () => {
    const body = 'Rents rose again.\n\nMatthew MacKay, who chairs a tenants\' advocacy group called Housing Action P.E.I., said he has heard from seniors who are living in their cars.';
    assert.equal(speakerInArticle(body, 'he has heard from seniors'), 'Matthew MacKay');
    const volunteer = 'Rents rose again.\n\nTom Reid, a volunteer with a group called Hands Together, said the city had "walked away from the poor."';
    assert.equal(speakerInArticle(volunteer, 'walked away from the poor'), 'Tom Reid');
    // near miss: a relative clause's subject calls the thing so, and is the source
    const critics = 'The province changed the mining rules.\n\nProspectors can no longer stake claims online, ending a system that critics called "free entry."';
    assert.equal(speakerInArticle(critics, 'free entry'), 'critics');
  });

  it('"“…,” the release quoted hospital president Kiki Ferrari as saying.": the quotation before is the one quoted', () => {
    const body = 'William Osler Health System opened its new wing on Tuesday.\n\n"This is a historic day for Brampton," the release quoted hospital president Kiki Ferrari as saying.';
    assert.equal(speakerInArticle(body, 'This is a historic day'), 'Kiki Ferrari');
    const agency = 'Moscow rejected the plan.\n\n"We will not accept this," the Interfax news agency quoted Deputy Foreign Minister Sergei Ryabkov as saying.';
    assert.equal(speakerInArticle(agency, 'We will not accept this'), 'Sergei Ryabkov');
    // near miss: what follows "as saying" is still the one quoted's, and a quotation before another sentence's cue is not
    const after = 'The wing opened on Tuesday.\n\n"It took too long," Dr. Frank Lin said. The statement quoted board chair Tom Hale as saying the wing was "a gift to the community."';
    assert.equal(speakerInArticle(after, 'It took too long'), 'Frank Lin');
    assert.equal(speakerInArticle(after, 'a gift to the community'), 'Tom Hale');
  });
});
