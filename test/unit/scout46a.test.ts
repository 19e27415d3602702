import { strict as assert } from 'node:assert';
import { speakerInArticle as speaker } from './helpers';

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
