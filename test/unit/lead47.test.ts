/**
 * Kinds of wrong speaker the lead fixed in session 47, each written in sentences of its own, with
 * a near miss each.
 */
import { strict as assert } from 'node:assert';
import { inArticle, quotePairsInArticle as quotes, speakerInArticle as speakerOf } from './helpers';

describe('lead47: "X asked Y about Z. “…,” she said" — the one asked answers', () => {
  it('the asker is not whom "she said" right after means', () => {
    assert.equal(speakerOf('Reporter Alicia Bear asked her about the budget.\n\n“We will not cut schools,” she said.', 'We will not cut'), null);
    assert.equal(speakerOf('Reporter Alicia Bear asked Premier Ann Lee about the budget.\n\n“We will not cut schools,” she said.', 'We will not cut'), 'Ann Lee');
  });
  it('near miss: an asker whose question went to a group, or a pronoun of another gender, is still who speaks', () => {
    assert.equal(speakerOf('Ann Lee asked voters about the budget. “We will not cut schools,” she said.', 'We will not cut'), 'Ann Lee');
    assert.equal(speakerOf('Tom Hale asked Premier Ann Lee about the budget. “We will not cut schools,” he said.', 'We will not cut'), 'Tom Hale');
  });
});

describe('lead47: people or bodies placed by a list of three places or more speak as one group', () => {
  it('"Hospitals in Toronto, Ottawa and Montreal said", "Residents of Laval, Longueuil and Brossard said"', () => {
    assert.equal(speakerOf('Hospitals in Toronto, Ottawa and Montreal said they had enough beds.', 'enough beds'), 'Hospitals in Toronto, Ottawa and Montreal');
    assert.equal(speakerOf('Residents of Laval, Longueuil and Brossard said the bridge is unsafe.', 'bridge is unsafe'), 'Residents of Laval, Longueuil and Brossard');
  });
  it('a town the lists leave out as a surname may end the list ("in Toronto and Hamilton")', () => {
    assert.equal(speakerOf('Hospitals in Toronto and Hamilton said they had enough beds.', 'enough beds'), 'Hospitals in Toronto and Hamilton');
    assert.equal(speakerOf('Hospitals in Toronto, Ottawa and Hamilton said they had enough beds.', 'enough beds'), 'Hospitals in Toronto, Ottawa and Hamilton');
  });
  it('near miss: a place opening the sentence is no part of the people listed after it, nor "met in Ottawa and Hamilton said" one phrase', () => {
    assert.equal(speakerOf('In Toronto, Ann Lee and Tom Hale said they had enough beds.', 'enough beds'), 'Ann Lee and Tom Hale');
    assert.equal(speakerOf('The union met in Ottawa and Hamilton said it had enough beds.', 'enough beds'), 'Hamilton');
  });
});

describe('lead47: an inverted cue\'s two named people, or its speaker before ", adding …", close the sentence', () => {
  it('"…,” said Const. Ann Roy and Sgt. Bill Ode." is both officers\'', () => {
    assert.deepEqual(quotes('Police said two people were hurt. “The driver fled on foot,” said Const. Ann Roy and Sgt. Bill Ode.')[1], ['The driver fled on foot,', 'Ann Roy and Bill Ode']);
    assert.deepEqual(quotes('Police charged a man, 22, with theft, said Const. Ann Roy and Sgt. Bill Ode on Monday.'), [['Police charged a man, 22, with theft', 'Ann Roy and Bill Ode']]);
  });
  it('"…, said Const. Ann Roy, adding that …" is the officer\'s, both clauses', () => {
    assert.deepEqual(quotes('Police charged a man, 22, with theft, said Const. Ann Roy, adding that more charges are possible.'), [['Police charged a man, 22, with theft', 'Ann Roy'], ['more charges are possible', 'Ann Roy']]);
  });
  it('near miss: a second name that opens a clause of its own, and a subject before its own cue, read as before', () => {
    assert.equal(speakerOf('“The driver fled on foot,” said Ann Roy and Bill Ode agreed.', 'driver fled'), 'Ann Roy');
    assert.equal(speakerOf('“We won,” said Ann Roy, and Tom Hale agreed.', 'We won'), 'Ann Roy');
    assert.deepEqual(quotes('Police said Tom Hale, 54, was arrested, adding that he would appear in court.').map((q) => q[1]), ['Police', 'Police']);
  });
});

describe('lead47: ", who said" after a person object and where they were, or after a thing of theirs', () => {
  it('"praised the teacher at the ceremony, who said" and "praised the work of the teacher, who said" are the teacher\'s', () => {
    assert.equal(speakerOf('Mayor Ann Lee praised the teacher at the ceremony, who said the award belonged to her students.', 'award belonged'), 'teacher');
    assert.equal(speakerOf('Mayor Ann Lee praised the work of the teacher, who said the award belonged to her students.', 'award belonged'), 'teacher');
  });
  it('near miss: a named person before the clause is who speaks, and a part of a group named before stays with it', () => {
    assert.equal(speakerOf('Mayor Ann Lee praised Tom Hale at the ceremony, who said the award belonged to his students.', 'award belonged'), 'Tom Hale');
    assert.notEqual(speakerOf('Mayor Ann Lee praised the teacher at the ceremony. Ann Lee, who said the award was deserved, left early.', 'award was deserved'), 'teacher');
  });
});

describe('lead47: "the mayor\'s wife" holds no mayor\'s office', () => {
  it('"Jane Doe, the mayor\'s wife, … “…,” the mayor said" is not Jane Doe\'s', () => {
    assert.equal(speakerOf('Jane Doe, the mayor\'s wife, packed the hall.\n\n“We are grateful,” the mayor said.', 'grateful'), 'mayor');
    assert.equal(speakerOf('Tom Hale, the coach\'s son, scored twice.\n\n“We played well,” the coach said.', 'played well'), null);
  });
  it('near miss: "Jane Doe, the mayor, …" holds it', () => {
    assert.equal(speakerOf('Jane Doe, the mayor, packed the hall.\n\n“We are grateful,” the mayor said.', 'grateful'), 'Jane Doe');
  });
});

describe('lead47: people named by plural nouns in a list speak together', () => {
  it('"Teachers, nurses and doctors said", "Her advisers and allies say" are the whole list\'s', () => {
    assert.equal(speakerOf('Teachers, nurses and doctors said the plan is unsafe.', 'plan is unsafe'), 'Teachers, nurses and doctors');
    assert.equal(speakerOf('Teachers and nurses said the plan is unsafe.', 'plan is unsafe'), 'Teachers and nurses');
  });
  it('near miss: a body after the list\'s "and", or a name before its comma, is not listed with the people', () => {
    assert.equal(speakerOf('Unions, employers and the province said the plan is unsafe.', 'plan is unsafe'), 'province');
    assert.equal(speakerOf('The source of the attraction to Mr. Trump, union members and leaders say, is manifold.', 'is manifold'), 'union members and leaders');
  });
});

describe('lead47: in the story of a family the article names, a kin noun\'s lone given name takes its surname', () => {
  const family = 'The Pelletier family lost everything in the fire. Marc Pelletier rebuilt the house.\n\n';
  it('"The youngest, Léa," and "Her brother Thomas, 11," are Pelletiers', () => {
    assert.equal(speakerOf(`${family}The youngest, Léa, was four at the time.\n\n“This is my room,” Léa says.`, 'my room'), 'Léa Pelletier');
    assert.equal(speakerOf(`${family}Her brother Thomas, 11, was quieter.\n\n“I press the button,” Thomas says.`, 'press the button'), 'Thomas Pelletier');
  });
  it('near miss: with no family named, or two, the given name stays alone; a spouse of another surname named in the sentence is theirs', () => {
    assert.equal(speakerOf('Marc Pelletier rebuilt the house.\n\nThe youngest, Léa, was four at the time.\n\n“This is my room,” Léa says.', 'my room'), 'Léa');
    assert.equal(speakerOf(`${family}The Gagnon family helped.\n\nThe youngest, Léa, was four at the time.\n\n“This is my room,” Léa says.`, 'my room'), 'Léa');
    assert.equal(speakerOf(`${family}Neighbour Sheldon Adler and his wife, Miriam, took them in.\n\n“They are family now,” Miriam said.`, 'family now'), 'Miriam Adler');
  });
});

describe('lead47: "Hamilton General", "Toronto General": a town\'s general hospital by its short name is a body', () => {
  it('is an organisation, and a list of places ending on the town stays one group', () => {
    const a = inArticle('Hospitals in Toronto, Ottawa and Hamilton said they were full. At Hamilton General, the wait was 30 hours. At Toronto General, it was 12.');
    assert.deepEqual(a.actors.filter((x) => x.name.endsWith('General')).map((x) => `${x.kind}:${x.name}`).sort(), ['organization:Hamilton General', 'organization:Toronto General']);
    assert.equal(a.quotes[0]?.speaker?.name, 'Hospitals in Toronto, Ottawa and Hamilton');
  });
  it('near miss: an office of two words before a name is a title ("Attorney General", "Surgeon General Vivek Murthy", "Major General Bo Lind")', () => {
    const a = inArticle('Surgeon General Vivek Murthy spoke. Auditor General Karen Hogan agreed. Major General Bo Lind left. The Attorney General said no.');
    assert.deepEqual(a.actors.map((x) => `${x.kind}:${x.name}`).sort(), ['person:Bo Lind', 'person:Karen Hogan', 'person:Vivek Murthy']);
  });
});

describe('lead47: what breaker47 found in the session\'s rules', () => {
  it('a list of places with several towns the lists leave out is one group, not its first city', () => {
    assert.equal(speakerOf('Hospitals in Toronto, Ottawa, Windsor and Hamilton said they had enough beds.', 'enough beds'), 'Hospitals in Toronto, Ottawa, Windsor and Hamilton');
    assert.equal(speakerOf('Schools in Brandon, Selkirk and Steinbach said they had enough beds.', 'enough beds'), 'Schools in Brandon, Selkirk and Steinbach');
  });
  it('"Commodore" is a title only before a given name and in no body\'s name', () => {
    assert.equal(speakerOf('The Commodore Hotel said the rooms were full.', 'rooms were full'), 'Commodore Hotel');
    assert.deepEqual(inArticle('Commodore Jay Tarriela said so. Commodore Perry Elementary School closed.').actors.map((x) => `${x.kind}:${x.name}`), ['person:Jay Tarriela', 'organization:Commodore Perry Elementary School']);
  });
  it('a place whose first word goes on ("Mount Pearl") is not cut before a given name in it', () => {
    assert.ok(!inArticle('The mayor of Mount Pearl Dave Aker spoke on Monday.').actors.some((x) => x.name === 'Pearl Dave Aker'));
  });
  it('the one asked for help or to act does not answer ("asked Premier Mary Hale for help")', () => {
    assert.equal(speakerOf('Ann Lee asked Premier Mary Hale for help. “I had nowhere else to go,” she said.', 'nowhere else'), 'Ann Lee');
  });
  it('", who said" after people of someone ("the lawyer of the family, who") is those people\'s', () => {
    assert.equal(speakerOf('Mayor Ann Lee praised the lawyer of the family, who said the ruling was fair.', 'ruling was fair'), 'lawyer of the family');
  });
  it('a list of people after a preposition\'s object begins after its comma ("Unlike teachers, nurses and doctors said")', () => {
    assert.equal(speakerOf('Unlike teachers, nurses and doctors said the plan is unsafe.', 'plan is unsafe'), 'nurses and doctors');
    assert.equal(speakerOf('Local teachers, nurses and doctors said the plan is unsafe.', 'plan is unsafe'), 'Local teachers, nurses and doctors');
  });
  it('"the mayor\'s wife said" is the person whose role that is', () => {
    assert.equal(speakerOf('Jane Doe, the mayor\'s wife, packed the hall.\n\n“We are grateful,” the mayor\'s wife said.', 'grateful'), 'Jane Doe');
  });
});

describe('lead47: more from breaker47', () => {
  it('an asker past a newsroom\'s credit ("CBC\'s Alicia Bear asked her about …", "Alicia Bear of CBC asked her …") does not answer', () => {
    assert.equal(speakerOf('Premier Ann Lee faced reporters. CBC\'s Alicia Bear asked her about the budget. “We will not cut,” she said.', 'We will not cut'), 'Ann Lee');
    assert.equal(speakerOf('Premier Ann Lee faced reporters. Alicia Bear of CBC asked her about the budget. “We will not cut,” she said.', 'We will not cut'), 'Ann Lee');
  });
  it('near miss: one who asked someone for something still speaks next', () => {
    assert.equal(speakerOf('Premier Ann Lee faced reporters. Alicia Bear asked her for a copy. “I kept mine,” she said.', 'kept mine'), 'Alicia Bear');
  });
  it('"Grandma Rose" is no child of the family named Rose', () => {
    assert.equal(speakerOf('Marc Pelletier\'s daughter, Rose Pelletier, 6, loves pancakes.\n\n“She makes them every day,” Grandma Rose says.', 'every day'), 'Grandma Rose');
    assert.equal(speakerOf('Marc\'s mother, Rose Pelletier, lives nearby.\n\n“I make them every day,” Grandma Rose says.', 'every day'), 'Rose Pelletier');
  });
});
