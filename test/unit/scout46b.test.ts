import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { inArticle, speakerInArticle as speaker } from './helpers';

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

describe('scout46b: "A witness in the trial of a man accused of killing his partner testified": the charge\'s object is not the subject', () => {
  it('who speaks is the phrase the charge follows, not the victim named in the charge', () => {
    const story = 'Glen Redmond was found dead in November.\n\n';
    assert.equal(speaker(`${story}A witness in the trial of a Regina man accused of killing his business partner testified Tuesday that the accused phoned her.`, 'the accused phoned her'), 'witness in the trial of a Regina man');
    assert.equal(speaker('The lawyer for a woman accused of killing her husband said Tuesday the case would go ahead.', 'the case would go ahead'), 'lawyer for a woman');
  });
  it('near miss: a named subject with the charge in commas, and a charge in an earlier sentence, read as before', () => {
    assert.equal(speaker('Ann Lee, accused of fraud, said Tuesday she was innocent.', 'she was innocent'), 'Ann Lee');
    assert.equal(speaker('The mother of a man charged with murder said Tuesday she had lost two sons.', 'two sons'), 'mother of a man charged with murder');
  });
});

describe('scout46b: a crowd\'s chant beside its quotation is a quote of the crowd\'s, its quotations only', () => {
  it('"chanted “A” and “B” as they walked": the chained quotations, no narration after them', () => {
    const a = inArticle('Protesters chanted "Housing is a human right" and "Cap the rent now" as they walked to City Hall.');
    assert.deepEqual(a.quotes.map((q) => [q.text, q.speaker?.name]), [['"Housing is a human right" and "Cap the rent now"', 'Protesters']]);
    assert.equal(speaker('About 150 people gathered outside the precinct. They chanted "Release the tape" and held signs.', 'Release the tape'), 'About 150 people');
    assert.equal(speaker('As Trump spoke, the attendees chanted, "Lock her up!"', 'Lock her up'), 'attendees');
  });
  it('near miss: "chanted his name" reports nothing; a crowd\'s participle after where it gathered stays unattributed', () => {
    assert.equal(inArticle('Fans chanted his name as he left the ice.').quotes.length, 0);
    assert.equal(speaker('In downtown Washington, about 200 protesters congregated in three clusters, holding signs and chanting "Dump Trump."', 'Dump Trump'), undefined);
  });
});

describe('scout46b: family members sharing a surname: "the elder X" and a name inside a nested quotation', () => {
  const family = 'Walter Kowalchuk has farmed here for 52 years. His son, Brent Kowalchuk, took over a decade ago. This summer, Brent\'s daughter Kayla Kowalchuk drove the combine.\n\n“We got two inches of rain,” Brent Kowalchuk said.\n\n';
  it('"the elder Kowalchuk": the one person not placed as a son or daughter', () => {
    assert.equal(speaker(`${family}The elder Kowalchuk, who is 78, remembers 1988 well.\n\n“It rained on the fourth of July,” he said.`, 'fourth of July'), 'Walter Kowalchuk');
  });
  it('a given name inside a quotation the speaker quotes (‘Walter, …’) does not rule Walter out', () => {
    assert.equal(speaker(`${family}The elder Kowalchuk, who is 78, remembers 1988 well.\n\n“She said, ‘Walter, we sell,’” he said.`, 'we sell'), 'Walter Kowalchuk');
  });
  it('near miss: two not placed leave "the elder" to no one of them; a given name in the quotation itself still rules its bearer out', () => {
    assert.notEqual(speaker('Jim Lee and his son, Tom Lee, run the shop. Ann Lee keeps the books.\n\nThe elder Lee said the shop would stay open.', 'stay open'), 'Jim Lee');
    assert.equal(speaker(`${family}The elder Kowalchuk, who is 78, remembers 1988 well.\n\n“Walter has given this farm fifty years,” he said.`, 'fifty years'), 'Brent Kowalchuk');
  });
});

describe('scout46b: a headline that opens on a quotation and a colon, repeated in the body, is the body speaker\'s', () => {
  const body = '“We had ten minutes, maybe less,” said Jaspreet Dhillon.';
  const quotesOf = (text: string) => analyze(text).quotes.map((q) => [q.text, q.speaker?.name ?? null]);
  it('‘A’: headline … and “A, …,” said NAME in the body: the headline\'s quotation is NAME\'s', () => {
    assert.deepEqual(quotesOf(`‘We had ten minutes’: Wildfire forces evacuation of B.C. Interior town\n\n${body}\n`)[0], ['We had ten minutes', 'Jaspreet Dhillon']);
  });
  it('near miss: words the body never repeats, or a quotation with no colon after it, stay no quote', () => {
    assert.equal(quotesOf(`‘Too late for the barns’: Wildfire forces evacuation of B.C. Interior town\n\n${body}\n`).length, 1);
    assert.equal(quotesOf(`Wildfire forces evacuation after ‘ten minutes’ of warning\n\n${body}\n`).length, 1);
  });
});
