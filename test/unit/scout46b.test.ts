import { strict as assert } from 'node:assert';
import { speakerInArticle as speaker } from './helpers';

/** Session 46's quote-form faults on unseen Canadian and US news (scout46b): each kind with a near miss. */
describe('scout46b: singular "they" for a person the article says goes by they/them', () => {
  it('"they said" after the declared person, named last, is that person', () => {
    const intro = 'Trustee Avery Lacroix, who is non-binary and uses they/them pronouns, tabled a motion on Tuesday.\n\n';
    assert.equal(speaker(`${intro}After the meeting, Lacroix said they were disappointed.\n\n"Deferring is what boards do," they said.`, 'Deferring'), 'Avery Lacroix');
    assert.equal(speaker(`${intro}Parents packed the room. Lacroix closed by thanking them.\n\n"Bring a friend," they said.`, 'Bring a friend'), 'Avery Lacroix');
    assert.equal(speaker('Rain Kakegamic, who uses they/them pronouns, painted the wall.\n\nAsked what survivors would feel, Kakegamic paused.\n\n"Seen," they said.', 'Seen'), 'Rain Kakegamic');
  });
  it('near miss: a group named since, or no declaration, keeps the plural "they"', () => {
    const intro = 'Trustee Avery Lacroix, who is non-binary, tabled a motion on Tuesday.\n\n';
    assert.equal(speaker(`${intro}Teachers at several schools said they had mixed feelings.\n\n"We are tired," they said.`, 'We are tired'), 'Teachers at several schools');
    assert.equal(speaker('Trustee Avery Lacroix tabled a motion on Tuesday.\n\nAfter the meeting, Lacroix said they were disappointed.\n\n"Deferring is what boards do," they said.', 'Deferring'), null);
  });
});

describe('scout46b: "call his brother before the game": a person phoned, told by whose they are, is no naming', () => {
  const before = 'Connor Hellebuyck made 27 saves. "It is fun," he said.\n\n';
  it('a possessive and a people noun, then a time or place: no content, and the next "he said" is the one asked', () => {
    assert.equal(speaker(`${before}Asked whether he would call his brother before the next game, Liam Garrity smiled.\n\n"No," he said. "He can call me."`, 'He can call me'), 'Liam Garrity');
    assert.equal(speaker('Ann Lee called her lawyer on Monday. "I want this done," she said.', 'her lawyer'), undefined);
  });
  it('near miss: what a person or remark is called stays the content', () => {
    assert.equal(speaker('Ann Lee spoke Monday. She called her brother a liar.', 'her brother a liar'), 'Ann Lee');
    assert.equal(speaker('Ann Lee spoke Monday. Lee called their lawyers incompetent.', 'their lawyers incompetent'), 'Ann Lee');
    assert.equal(speaker('Ann Lee spoke Monday. Lee called his remarks about the budget misleading.', 'his remarks about'), 'Ann Lee');
  });
});
