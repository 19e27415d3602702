import { strict as assert } from 'node:assert';
import { inArticle, speakerInArticle as speaker } from './helpers';

/** Session 46's attribution faults on unseen Canadian and US news of new beats (scout46a): each kind with a near miss. */
describe('scout46a: an office named only after its phrase is not taken past a person of no office named just before', () => {
  it('"McDavid set up the winner. ¶ “…,” the captain said. … ¶ Quinn Hughes, the Canucks captain": no one, not Hughes', () => {
    assert.equal(speaker('Connor McDavid set up the winner with a drop pass.\n\n"I saw him open," the captain said.\n\nQuinn Hughes, the Canucks captain, said the team needed to be better.', 'saw him open'), null);
    assert.equal(speaker('Jane Doe packed the hall on Monday with her neighbours.\n\n"We will fix it," the mayor said.\n\nMayor Bill Ruiz later said the work would start soon.', 'fix it'), null);
  });
  it('near miss: no one named before, or one whose stated role is another, leaves the holder named after', () => {
    assert.equal(speaker('Residents packed the hall on Monday.\n\n"We will fix it," the mayor said.\n\nMayor Bill Ruiz later said the work would start soon.', 'fix it'), 'Bill Ruiz');
    assert.equal(speaker('Jane Doe, a resident of the street, complained about the potholes.\n\n"We will fix it," the mayor said.\n\nMayor Bill Ruiz later said the work would start soon.', 'fix it'), 'Bill Ruiz');
    assert.equal(speaker('Quinn Hughes, the Canucks captain, was angry.\n\nConnor McDavid set up the winner.\n\n"We sat back," the captain said.', 'sat back'), 'Quinn Hughes');
  });
});

describe('scout46a: Quebec given names the English first-name table lacks (Sylvain, Gilles, Ginette, Réjean)', () => {
  it('"producer Sylvain Corbeil … Corbeil said" is one person; "Ginette Bouchard … Gilles Roy … she said" is Bouchard', () => {
    assert.equal(speaker('The film\'s producer, Sylvain Corbeil, said he hoped the premiere would help.\n\n"Quebec films travel to Europe," Corbeil said.', 'travel to Europe'), 'Sylvain Corbeil');
    assert.equal(speaker('Ginette Bouchard, a nurse, spoke first. Then Gilles Roy spoke.\n\n"It is too late," she said.', 'too late'), 'Ginette Bouchard');
    assert.equal(speaker('Gilles Roy spoke first. Then Ginette Bouchard, a nurse, spoke.\n\n"It is too late," he said.', 'too late'), 'Gilles Roy');
  });
  it('near miss: a name the table knows, and a one-word body, read as before', () => {
    assert.equal(speaker('The film\'s producer, Mark Corbeil, said he hoped the premiere would help.\n\n"Quebec films travel to Europe," Corbeil said.', 'travel to Europe'), 'Mark Corbeil');
    assert.equal(speaker('Real Madrid won again on Sunday.\n\n"We were lucky," coach Carlo Ancelotti said.', 'were lucky'), 'Carlo Ancelotti');
  });
});

describe('scout46a: a family\'s child by rank and noun, or with an age, before a lone given name ("the eldest child, 15-year-old Mahmoud,")', () => {
  const lawyer = 'Omar Hale, a lawyer, spoke to the committee.\n\n';
  const quote = ' He speaks more English than his parents.\n\n"At school they ask me what it was like," he said.';
  it('the given name is a person of its own, whom "he" takes up', () => {
    assert.equal(speaker(`${lawyer}The eldest child, 15-year-old Mahmoud, started Grade 10 this fall.${quote}`, 'At school'), 'Mahmoud');
    assert.equal(speaker(`${lawyer}The eldest child, Mahmoud, 15, started Grade 10 this fall.${quote}`, 'At school'), 'Mahmoud');
    assert.equal(speaker(`${lawyer}Their youngest boy, Ali, started Grade 10 this fall.${quote}`, 'At school'), 'Ali');
  });
  it('near miss: a child of no rank, or a rank of no child, names no family member', () => {
    assert.equal(speaker(`${lawyer}The child, 15-year-old Mahmoud, started Grade 10 this fall.${quote}`, 'At school'), 'Omar Hale');
    assert.equal(speaker(`${lawyer}The eldest player, Mahmoud, started this fall.${quote}`, 'At school'), 'Omar Hale');
  });
});

describe('scout46a: a place of several words that ends a person\'s name ("Martin St. Louis … St. Louis said") is that person', () => {
  it('"St. Louis said" after "Coach Martin St. Louis" is the coach, not the city', () => {
    assert.equal(speaker('Coach Martin St. Louis was blunt after the loss.\n\n"We were not good enough," St. Louis said.', 'good enough'), 'Martin St. Louis');
    assert.equal(speaker('Martin St. Louis was blunt after the loss.\n\nSt. Louis said the team "was not ready."', 'not ready'), 'Martin St. Louis');
  });
  it('near miss: the place after a preposition, or with no such person, stays a place', () => {
    const a = inArticle('Martin St. Louis was blunt after the loss.\n\nThe team flew to St. Louis on Sunday.');
    assert.ok(a.actors.some((x) => x.kind === 'place' && x.name === 'St. Louis'));
    assert.equal(speaker('Residents of the city were angry.\n\n"We were not good enough," St. Louis Mayor Tishaura Jones said.', 'good enough'), 'Tishaura Jones');
  });
});

describe('scout46a: bodies in the plural placed by a list of places, or opening the sentence ("Hospitals in Toronto and Ottawa said")', () => {
  it('the phrase speaks as a group, not the last place nor the country', () => {
    assert.equal(speaker('Hospitals in Toronto and Ottawa said the rules "were unfair."', 'were unfair'), 'Hospitals in Toronto and Ottawa');
    assert.equal(speaker('Hospitals in Toronto said the rules "were unfair."', 'were unfair'), 'Hospitals in Toronto');
    assert.equal(speaker('Environmental groups in Ohio and Ontario said governments "must act now."', 'must act now'), 'Environmental groups in Ohio and Ontario');
  });
  it('near miss: a body named in the phrase, and people in places, read as before', () => {
    assert.equal(speaker('Six Gannett newspapers in New Jersey said he was "unfit to serve."', 'unfit to serve'), 'Six Gannett newspapers in New Jersey');
    assert.equal(speaker('Residents of Laval and Longueuil said the bridge "is unsafe."', 'is unsafe'), 'Residents of Laval and Longueuil');
    assert.equal(speaker('Officials in Ottawa and Quebec City said the deal "is done."', 'is done'), 'Officials in Ottawa and Quebec City');
  });
});
