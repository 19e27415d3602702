import { strict as assert } from 'node:assert';
import { speakerInArticle as speaker } from './helpers';

/** Session 45's attribution faults on unseen Canadian and US news (scout45a): each kind with a near miss. */
describe('scout45a: a relative told by whose relative they are is someone new to "she"/"he"', () => {
  const before = 'Defence lawyer Maria Bennett said her client would appeal.\n\n"There were serious errors at trial," Bennett said.\n\n';
  it('"the mother of the second victim spoke …" then "she said": not the woman named before', () => {
    assert.equal(speaker(`${before}Outside, the mother of the second victim spoke briefly to reporters.\n\n"Nothing gives my son back those years," she said.`, 'Nothing gives'), null);
    assert.equal(speaker(`${before}The victim's sister stood at the back of the courtroom.\n\n"He was my best friend," she said.`, 'best friend'), null);
    assert.equal(speaker(`${before}Bennett's mother, seated in the second row, left in tears. "I raised a good girl," she said.`, 'good girl'), null);
  });
  it('near miss: a relative of the other gender, one told by a pronoun, one named, leave the named speaker', () => {
    assert.equal(speaker(`${before}The victim's father stood at the back of the courtroom.\n\n"We will appeal," she said.`, 'We will appeal'), 'Maria Bennett');
    assert.equal(speaker(`${before}Her mother was a judge in Calgary.\n\n"I learned the law at her table," she said.`, 'at her table'), 'Maria Bennett');
    assert.equal(speaker(`${before}The victim's mother, Ruth Abel, wept.\n\n"He was my only son," she said.`, 'only son'), 'Ruth Abel');
  });
});

describe('scout45a: "said her former student NAME": "her" before modifiers and a people noun is a possessive', () => {
  const before = 'Marguerite Aucoin died Sunday at 91.\n\n';
  it('the inverted cue\'s source is the person named after "her former student", "her longtime friend"', () => {
    assert.equal(speaker(`${before}"She went door to door in February," recalled her former student Réjean Chiasson, now a judge.`, 'door to door'), 'Réjean Chiasson');
    assert.equal(speaker(`${before}"She was tireless," said her longtime friend Anne Comeau.`, 'tireless'), 'Anne Comeau');
    assert.equal(speaker(`${before}"She never sat still," said her 62-year-old daughter, Lise Aucoin.`, 'sat still'), 'Lise Aucoin');
  });
  it('near miss: "her" as the object of a cue stays the object; "his" and a bare "her lawyer" read as before', () => {
    assert.equal(speaker('Rita Vance met the premier on Monday.\n\n"We need more beds," Dr. Omar Hale told her.', 'more beds'), 'Omar Hale');
    assert.equal(speaker(`${before}"He never missed a game," said his brother Paul Leger.`, 'missed a game'), 'Paul Leger');
    assert.equal(speaker(`${before}"She would be proud," said her lawyer, Dana Moss.`, 'be proud'), 'Dana Moss');
  });
});

describe('scout45a: "As NAME put it to a Senate committee in 2023, CONTENT": "put it" past an adjunct of audience, medium or time', () => {
  it('the content after the adjunct\'s comma is the speaker\'s', () => {
    assert.equal(speaker('As Mark Jaccard of Simon Fraser University put it to a Senate committee in 2023, "every other policy costs more per tonne."', 'every other policy'), 'Mark Jaccard');
    assert.equal(speaker('As Ken Sim put it in an interview, "We are not moving."', 'not moving'), 'Ken Sim');
    assert.equal(speaker('As Ken Sim put it on Monday, "Nothing changes."', 'Nothing changes'), 'Ken Sim');
  });
  it('near miss: a thing put somewhere ("put it in storage", "put it to use") reports nothing', () => {
    assert.equal(speaker('As the farmers put it in storage, prices fell sharply across the province.', 'prices fell'), undefined);
    assert.equal(speaker('As the workers put it to use, the machine broke down twice.', 'machine broke'), undefined);
  });
});

describe('scout45a: a Q&A\'s introduction "NAME became chief … He spoke with reporter NAME2" names the interviewee', () => {
  const qa = 'Q: Why did you want this job?\n\nA: I grew up on the west side. I want my kids to trust the police.\n\nQ: Will you ask for more officers?\n\nA: I will ask for the right officers.';
  it('the answers are the person who talked with the newsroom\'s reporter, by pronoun or by name', () => {
    assert.equal(speaker(`Cameron McBride became chief of the Saskatoon Police Service last month. He spoke with reporter Alicia Bear about his priorities.\n\n${qa}`, 'west side'), 'Cameron McBride');
    assert.equal(speaker(`Cameron McBride became chief last month. McBride spoke with columnist Alicia Bear about his priorities.\n\n${qa}`, 'right officers'), 'Cameron McBride');
  });
  it('near miss: talking with someone who is no reporter, or two people before the pronoun, names no interviewee', () => {
    assert.equal(speaker(`Cameron McBride became chief last month. He spoke with Mayor Ken Sim about his priorities.\n\n${qa}`, 'west side'), undefined);
    assert.equal(speaker(`Cameron McBride replaced Troy Cooper last month. He spoke with reporter Alicia Bear about his priorities.\n\n${qa}`, 'west side'), undefined);
  });
});

describe('scout45a: "His wife, a retired nurse, joined him. “…,” she said": a relative of the other gender than the owner', () => {
  const before = 'Dr. Amy MacDonald said she turns people away every day.\n\nRetired physician John Ross, 78, said he had come out of retirement to help. ';
  it('the pronoun of the relative\'s gender is not a woman named paragraphs before', () => {
    assert.equal(speaker(`${before}His wife, a retired nurse, joined him. "We couldn't sit at home," she said.`, 'sit at home'), null);
    assert.equal(speaker(`${before}His daughter drove him to the clinic.\n\n"He wanted to be useful," she said.`, 'to be useful'), null);
  });
  it('near miss: a relative of the owner\'s gender ("His father …", "he said") leaves the pronoun to the person in view', () => {
    assert.equal(speaker(`${before}His father ran a clinic in Truro for 40 years. "He taught me everything," he said.`, 'taught me'), 'John Ross');
    assert.equal(speaker(`${before}His wife, a retired nurse, joined him. "We couldn't sit at home," he said.`, 'sit at home'), 'John Ross');
  });
});
