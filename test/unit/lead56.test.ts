/**
 * Kinds of wrong or cut attribution the lead fixed in session 56, each written in sentences of its
 * own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { inArticle, speakerInArticle as speakerOf } from './helpers';

/** The kind of the actor named `name` in article `body`, or undefined when there is none. */
const kindOf = (body: string, name: string): string | undefined => inArticle(body).actors.find((a) => a.name === name)?.kind;

describe('lead56: "the office" after a body that is no office ("Fisheries and Oceans Canada … The office said")', () => {
  it('is no such body: an office is one named so', () => {
    const body = 'Transport Canada closed the runway on Monday.\n\nThe Halifax mayor\'s office raised the matter in a letter. The office said the delay was costing the city money.';
    assert.notEqual(speakerOf(body, 'costing the city money'), 'Transport Canada');
  });
  it('is the office named before, whether its name ends in "Office" or opens with "Office of"', () => {
    assert.equal(speakerOf('The Prime Minister\'s Office said the visit was off. “The prime minister will stay in Ottawa,” the office said.', 'stay in Ottawa'), 'Prime Minister\'s Office');
    const body = 'The Lakeview County Sheriff\'s Office said a deputy was hurt.\n\nThe province\'s Office of the Fire Marshal said the blaze was accidental. “We have closed our file,” the office said.';
    assert.equal(speakerOf(body, 'closed our file'), 'Office of the Fire Marshal');
  });
  it('near miss: "the agency" still means the agency named before', () => {
    assert.equal(speakerOf('Health Canada recalled the syrup on Friday. The agency said no one had fallen ill.', 'no one had fallen ill'), 'Health Canada');
  });
});

describe('lead56: a department called by its field\'s initials ("the Department of Veterans Affairs … the VA said")', () => {
  it('is the department named in full', () => {
    const body = 'The Department of Veterans Affairs said it would cover the costs.\n\n“We will pay for counselling,” the VA said in a statement.';
    assert.equal(speakerOf(body, 'pay for counselling'), 'Department of Veterans Affairs');
    assert.equal(speakerOf('The U.S. Department of Veterans Affairs said the rule stands. The VA said claimants would see no change.', 'see no change'), 'U.S. Department of Veterans Affairs');
  });
  it('near miss: two letters that are no department\'s field stay apart', () => {
    const body = 'The Department of Veterans Affairs said it would cover the costs.\n\n“We disagree,” the BC said in a statement.';
    assert.notEqual(speakerOf(body, 'We disagree'), 'Department of Veterans Affairs');
  });
});

describe('lead56: the members or the ordinal a body\'s name opens with ("Veterans Affairs Canada", "Third Avenue Partners")', () => {
  it('are part of the name', () => {
    assert.equal(speakerOf('Veterans Affairs Canada said it would review the file.', 'review the file'), 'Veterans Affairs Canada');
    assert.equal(speakerOf('In a statement, Seniors Housing Partners said the rents would hold.', 'rents would hold'), 'Seniors Housing Partners');
    assert.equal(kindOf('The tower, by Third Avenue Partners, would add 300 homes, said Ann Lee.', 'Third Avenue Partners'), 'organization');
  });
  it('near miss: an opener before a role and a name, or a sentence\'s "First,", stays out', () => {
    assert.equal(speakerOf('Veterans Affairs Minister Ginette Taylor said the cheques would go out.', 'cheques would go out'), 'Ginette Taylor');
    assert.equal(speakerOf('First, Ontario Power Generation said the reactor was safe.', 'reactor was safe'), 'Ontario Power Generation');
  });
});

describe('lead56: a numbered unit\'s number ("the 101st Airborne Division", "17 Wing", "52 Division")', () => {
  it('is the first word of its name', () => {
    assert.equal(speakerOf('The 101st Airborne Division said in a statement that the soldiers were safe.', 'soldiers were safe'), '101st Airborne Division');
    assert.equal(speakerOf('Officers from 52 Division said the suspect fled on foot.', 'fled on foot'), '52 Division');
    assert.equal(kindOf('A spokesperson for 17 Wing Winnipeg said the flights would resume.', '17 Wing Winnipeg'), 'organization');
  });
  it('and a regiment is a body, not a person', () => {
    assert.equal(kindOf('Soldiers of the Royal Canadian Regiment marched past the cenotaph.', 'Royal Canadian Regiment'), 'organization');
  });
  it('near miss: a count before a service is no unit', () => {
    const body = 'Sgt. Dana Lee served 12 Army tours before she retired.';
    assert.ok(!inArticle(body).actors.some((a) => a.name.startsWith('12 ')));
  });
});

describe('lead56: the name a speaker gave, then why it was all, in an aside after commas ("A neighbour, who gave her name only as Denise because …, said")', () => {
  it('is the speaker, and "she" after it', () => {
    const body = 'A neighbour, who gave her name only as Denise because she feared for her safety, said the shots woke her children. “It sounded like a war,” she said.';
    assert.equal(speakerOf(body, 'woke her children'), 'Denise');
    assert.equal(speakerOf(body, 'sounded like a war'), 'Denise');
  });
  it('near miss: an aside with no name given keeps the description', () => {
    assert.equal(speakerOf('A neighbour, who asked not to be named because she feared for her safety, said the shots woke her children.', 'woke her children'), 'neighbour');
  });
});

describe('lead56: a role no list knows between a quotation\'s closing comma and a full name ("“…,” jury foreperson Anne Morse said")', () => {
  it('is the name\'s role, and the quotation the name\'s', () => {
    assert.equal(speakerOf('“We find the accused guilty on all counts,” jury foreperson Nadia Brandt said as she read the verdict.', 'guilty on all counts'), 'Nadia Brandt');
    assert.equal(speakerOf('“The market was rigged from the start,” racketeer Paul Denko said.', 'rigged from the start'), 'Paul Denko');
  });
  it('near miss: a conjunction there is no role, and a role a list knows reads as before', () => {
    assert.notEqual(speakerOf('Coach Ben Cole spoke first. “We lost,” and Ana Ruiz said she was tired.', 'We lost'), 'Ana Ruiz');
    const q = inArticle('“We lost,” coach Ana Ruiz said.').quotes[0];
    assert.equal(q.speakerMention?.text, 'coach Ana Ruiz');
  });
});

describe('lead56: a company\'s trade that ends events\' names too, before a verb of saying ("Vantage Games said")', () => {
  it('is a company, and "the company" after it is that company', () => {
    const body = 'Nadia Roy lost her savings to the scam. Her bank, Harbour Trust, said it could not help.\n\nVantage Games said it would cut 200 jobs. “This was a hard decision,” the company said.';
    assert.equal(speakerOf(body, 'cut 200 jobs'), 'Vantage Games');
    assert.equal(speakerOf(body, 'hard decision'), 'Vantage Games');
  });
  it('near miss: the Games as an event, and set off by a comma, make no company', () => {
    assert.ok(!inArticle('At the Commonwealth Games, she won two medals, her coach said.').actors.some((a) => a.name === 'Commonwealth Games' && a.kind === 'organization'));
  });
});

describe('lead56: a capitalised modifier in a body an indefinite article brings in ("A Prairie pharmacy chain says")', () => {
  it('is no body of the article that the word opens', () => {
    const body = 'A Prairie pharmacy chain says hackers stole the records of 40,000 customers. Researchers at Prairie Threat Labs first spotted the files.';
    assert.notEqual(speakerOf(body, 'hackers stole'), 'Prairie Threat Labs');
  });
  it('near miss: the lone word as the subject still is the body', () => {
    assert.equal(speakerOf('Researchers at Prairie Threat Labs first spotted the files. Prairie said the leak was closed.', 'leak was closed'), 'Prairie Threat Labs');
  });
});

describe('lead56: a one-word brand with capitals glued on to its end ("HearthIQ")', () => {
  it('is a company, and "the company" after it is that company', () => {
    const body = 'Thousands of smart thermostats made by HearthIQ stopped working on Tuesday.\n\n“We are rolling out a fix tonight,” the company said.';
    assert.equal(speakerOf(body, 'rolling out a fix'), 'HearthIQ');
    assert.equal(kindOf(body, 'HearthIQ'), 'organization');
  });
  it('near miss: a surname with a capital inside stays a person', () => {
    assert.equal(kindOf('Premier Dan MacLeod said the bill would pass. “We have the votes,” MacLeod said.', 'Dan MacLeod'), 'person');
  });
});

describe('lead56: a name that modifies the role between a quotation and its speaker ("“…,” former Obama speechwriter Jon Favreau said")', () => {
  it('is the role\'s, and the quotation and the "he" after it are the speaker\'s', () => {
    const body = '“These are dark days for us,” former George W. Bush speechwriter Noam Brandt wrote in a column. He wrote that the party had lost its way.';
    assert.equal(speakerOf(body, 'dark days'), 'Noam Brandt');
    assert.equal(speakerOf(body, 'lost its way'), 'Noam Brandt');
    assert.equal(speakerOf('“It was a good speech,” Obama pollster Dana Ruiz said.', 'good speech'), 'Dana Ruiz');
  });
  it('near miss: a capitalised word right before the name is no role that opens the phrase', () => {
    const q = inArticle('“It was a good speech,” Dana Ruiz said.').quotes[0];
    assert.equal(q.speakerMention?.text, 'Dana Ruiz');
  });
});

describe('lead56: a retired officer\'s mark in brackets between the rank and the name ("Maj. (Ret.) Jane Doe")', () => {
  it('is neither the speaker nor a name\'s part, before or after the cue', () => {
    assert.equal(speakerOf('“We will fight that,” said Maj. (Ret.) Jane Tolliver.', 'fight that'), 'Jane Tolliver');
    assert.equal(speakerOf('“A veteran who waits 18 months is being told they do not matter,” Veterans Ombud Colonel (Ret’d) Nishika Jardine said.', 'do not matter'), 'Nishika Jardine');
    assert.equal(speakerOf('“It is late,” said Col. (retired) Ann Lee, who led the unit.', 'It is late'), 'Ann Lee');
  });
  it('near miss: a nickname in brackets stays inside the name, and an acronym in brackets names its body', () => {
    assert.ok(inArticle('“We won,” said Margaret (Peggy) Holloway.').actors.some((a) => a.kind === 'person' && a.name.includes('Holloway')));
    assert.equal(speakerOf('The All Progressives Congress (APC) said the vote was fair.', 'vote was fair'), 'All Progressives Congress');
  });
});
