/**
 * What scout51c found in community weeklies, student papers, trade press, broadcast scripts and
 * newsletters: a trade's -ing word between a bare people noun and an office read as a participle
 * ("Veteran mining analyst NAME"), capitalised trades the lists lack taken into the name
 * ("Deckhand NAME"), a department "X and Y" before an office read as two speakers, "the chief"
 * given to a president named nearer than the chief, "the statement read" not linked to an
 * "emailed statement", and a newsletter's "X sent the following message:" handing no one the
 * quotation after it; a community's fair read as a person ("the 142nd Cavan-Millbrook Fall Fair")
 * and its alias taken for the board president's sentence; a column's name before a headline's colon
 * ("Council Briefs:") read as a speaker; "welcomed Tim Cranney as the new fire chief" read as words;
 * a surname a father and daughter share given to the wrong one though "said he'd" tells which.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { inArticle, speakerInArticle } from './helpers';

describe('scout51c: small and unusual outlets', () => {
  it('"Sophomore nursing student Abby Greer said": the -ing word is the office\'s trade, and the named student speaks', () => {
    const student = 'Sophomore nursing student Abby Greer, who commutes from North Liberty, said she spends 30 minutes looking for parking.\n\n"I have to be at the hospital at 6:45 a.m.," she said.';
    assert.equal(speakerInArticle(student, 'I have to be at the hospital'), 'Abby Greer');
    assert.equal(speakerInArticle('Veteran mining analyst Tom Hale said the mine was "simply not safe."', 'simply not safe'), 'Tom Hale');
    assert.equal(speakerInArticle('"The mine is unsafe," said veteran mining analyst Tom Hale.', 'The mine is unsafe'), 'Tom Hale');
    assert.equal(speakerInArticle('"The lake is low," said rookie fishing guide Tom Hale.', 'The lake is low'), 'Tom Hale');
    // near miss: after a determiner the -ing word is a participle, and the lawyer speaks, not the client
    const lawyer = 'A lawyer representing student Jane Doe said the school had "made a grave error."';
    assert.notEqual(speakerInArticle(lawyer, 'made a grave error'), 'Jane Doe');
    assert.notEqual(speakerInArticle('"We erred," said lawyers representing teacher Jane Doe.', 'We erred'), 'Jane Doe');
  });

  it('"Deckhand Amber Nickerson": a capitalised trade by its ending is no part of the name', () => {
    const body = 'Deckhand Amber Nickerson, 24, is working her third season on a boat out of Lower East Pubnico.\n\n"We get a share of the catch," she said.';
    assert.equal(speakerInArticle(body, 'We get a share of the catch'), 'Amber Nickerson');
    for (const trade of ['Lifeguard', 'Farmhand', 'Millwright', 'Stonemason', 'Blacksmith', 'Barista', 'Seamstress']) {
      assert.equal(speakerInArticle(`${trade} Tom Hale said the work was "hard on the back."`, 'hard on the back'), 'Tom Hale', trade);
    }
    // near miss: a surname with such an ending stays a name
    const names = inArticle('Jenna Goldsmith said the work was "hard on the back."');
    assert.equal(names.quotes[0].speaker?.name, 'Jenna Goldsmith');
  });

  it('"Parks and Recreation director Ann Boyle said": the department before the office names no second speaker', () => {
    assert.equal(speakerInArticle('Parks and Recreation director Ann Boyle said the pool would "open in June, weather permitting."', 'open in June'), 'Ann Boyle');
    assert.equal(speakerInArticle('"The pool will open," said Parks and Recreation director Ann Boyle.', 'The pool will open'), 'Ann Boyle');
    assert.equal(speakerInArticle('Parking and Transportation director Mark Harris said the repairs were "long overdue."', 'long overdue'), 'Mark Harris');
    // near miss: a person before "and" speaks with her
    const both = 'Mayor Tom Hale and Parks director Ann Boyle said the pool would "open in June."';
    assert.equal(speakerInArticle(both, 'open in June'), 'Tom Hale and Ann Boyle');
  });

  it('"District chief Ken Wilbee … Association president Scott McKercher … the chief said": the one holding the word itself', () => {
    const body = 'District chief Ken Wilbee has been with the station for 29 years.\n\nAssociation president Scott McKercher said the group raised $70,000.\n\n"Equipment is only half of it," the chief said.';
    assert.equal(speakerInArticle(body, 'Equipment is only half of it'), 'Ken Wilbee');
    const fire = 'Fire Chief Ken Wilbee spoke first.\n\nAssociation president Scott McKercher said the group raised $70,000.\n\n"Equipment is only half of it," the chief said.';
    assert.equal(speakerInArticle(fire, 'Equipment is only half of it'), 'Ken Wilbee');
    // near miss: when no one holds "chief" itself, the latest leader of another office is still the one
    const none = 'Ken Wilbee, a volunteer, spoke first.\n\nAssociation president Scott McKercher said the group raised $70,000.\n\n"Equipment is only half of it," the chief said.';
    assert.equal(speakerInArticle(none, 'Equipment is only half of it'), 'Scott McKercher');
  });

  it('"said in an emailed statement … “…,” the statement read": the participle before the document keeps its author', () => {
    const body = 'Athletic director Karen Soto said in an emailed statement that the department respects the result.\n\n"We asked students for help and they told us no," the statement read.';
    assert.equal(speakerInArticle(body, 'We asked students for help'), 'Karen Soto');
    const prepared = 'Coach Tom Hale said in a prepared statement that the team would appeal.\n\n"We will fight this," the statement said.';
    assert.equal(speakerInArticle(prepared, 'We will fight this'), 'Tom Hale');
    // near miss: a statement some other body released is not the person's named before
    const other = 'Coach Tom Hale said the team would appeal. The league released a detailed statement on Friday.\n\n"The ruling stands," the statement said.';
    assert.notEqual(speakerInArticle(other, 'The ruling stands'), 'Tom Hale');
  });

  it('"Local president Gary Howe sent the following message to members:": the author speaks the paragraphs after', () => {
    const body = 'Local president Gary Howe sent the following message to members:\n\n"Brothers and sisters, we have been here before.\n\n"This time will be no different. Come to the meeting on March 19."\n\nThe meeting is at 7 p.m.';
    assert.equal(speakerInArticle(body, 'Brothers and sisters'), 'Gary Howe');
    assert.equal(speakerInArticle(body, 'This time will be no different'), 'Gary Howe');
    const note = 'Hospital CEO Mary Trider sent the following note:\n\n"On behalf of everyone at AGH, thank you."';
    assert.equal(speakerInArticle(note, 'On behalf of everyone'), 'Mary Trider');
    // near miss: one who reads another's letter is not its author
    const read = 'Ann Lee read the following letter from Tom Hale:\n\n"We are closing the plant."';
    assert.notEqual(speakerInArticle(read, 'We are closing the plant'), 'Ann Lee');
  });

  it('"The 142nd Cavan-Millbrook Fall Fair … Fair board president Janet Whitfield … and said": a fair is no person, and the president speaks', () => {
    const body = 'The 142nd Cavan-Millbrook Fall Fair drew a record crowd.\n\nFair board president Janet Whitfield acknowledged the drainage problem and said the board would "fix it before next year."';
    assert.equal(speakerInArticle(body, 'fix it before next year'), 'Janet Whitfield');
    for (const event of ['the 51st Lindsay Exhibition', 'the 20th annual Havelock Jamboree', 'the 142nd Royal Winter Fair']) {
      const a = inArticle(`Crowds came to ${event} on Saturday.`);
      assert.deepEqual(a.actors.filter((x) => x.kind === 'person').map((x) => x.name), [], event);
    }
    // near miss: a person whose name ends otherwise is still one
    const person = inArticle('Crowds came to see Janet Whitfield on Saturday.');
    assert.deepEqual(person.actors.filter((x) => x.kind === 'person').map((x) => x.name), ['Janet Whitfield']);
  });

  it('"Council Briefs: Short-term rentals, new fire chief …": a column\'s name before a headline\'s colon is no speaker', () => {
    const briefs = analyze('Council Briefs: Short-term rentals, new fire chief, and a skatepark at last\n\nCouncil gave preliminary approval to a licensing system on Monday.');
    assert.deepEqual(briefs.quotes.map((q) => q.speaker?.name ?? null), []);
    const chamber = analyze('Chamber Connection: Your October business briefing\n\nIt has been a busy month for the Chamber.');
    assert.equal(chamber.quotes.length, 0);
    // near miss: a person's label before the colon keeps its words
    const mayor = analyze('Mayor Ann Lee: "We will fix the roads"\n\nThe mayor spoke on Monday.');
    assert.equal(mayor.quotes[0]?.speaker?.name, 'Ann Lee');
  });

  it('"Council formally welcomed Tim Cranney as the new fire chief": a person received is no one\'s words', () => {
    assert.equal(inArticle("Council formally welcomed Tim Cranney as Orillia's new fire chief on Monday.").quotes.length, 0);
    assert.equal(inArticle('The club welcomed the new members to the hall on Friday.').quotes.length, 0);
    // near miss: a decision welcomed "as" something is still a characterisation
    assert.equal(speakerInArticle('The union welcomed the decision as "long overdue."', 'long overdue'), 'union');
  });

  it('"Ken Wilbee … Jenna Wilbee … Wilbee said he\'d like …": the content\'s opening pronoun tells which namesake speaks', () => {
    const body = 'District chief Ken Wilbee spoke first.\n\nFirefighter Jenna Wilbee, the chief\'s daughter, said the lights help.\n\n"It matters," she said.\n\nHer father said the station is recruiting. Wilbee said he would like "a few more people on Monday nights."';
    assert.equal(speakerInArticle(body, 'a few more people'), 'Ken Wilbee');
    const widow = 'Dorothy Woods, whose husband, Navy SEAL Ty Woods, was killed in 2012, spoke with a radio host.\n\nWoods said she does not believe the family "should be immune from criticism."';
    assert.equal(speakerInArticle(widow, 'should be immune'), 'Dorothy Woods');
    // near miss: the pronoun that agrees with the one in view keeps her
    const she = 'District chief Ken Wilbee spoke first.\n\nFirefighter Jenna Wilbee, the chief\'s daughter, said the lights help.\n\n"It matters," she said. Wilbee said she would "stay on for years."';
    assert.equal(speakerInArticle(she, 'stay on for years'), 'Jenna Wilbee');
  });

  it('found after the held-out measure: "Professor Emeritus NAME" and "Hospital president and CEO NAME sent the following note:"', () => {
    const emeritus = 'Professor Emeritus Franklin Gordon, who studies labour relations, said the vote was "typical."\n\n"Strike votes are normal," Gordon said.';
    assert.equal(speakerInArticle(emeritus, 'Strike votes are normal'), 'Franklin Gordon');
    const note = 'Almonte General Hospital president and CEO Mary Wilson Trider sent the following note:\n\n"On behalf of everyone at AGH, thank you."';
    assert.equal(speakerInArticle(note, 'On behalf of everyone'), 'Mary Wilson Trider');
    // near miss: the body alone opening the line is the author
    const body = 'The Almonte General Hospital sent the following note:\n\n"On behalf of everyone at AGH, thank you."';
    assert.equal(speakerInArticle(body, 'On behalf of everyone'), 'Almonte General Hospital');
  });
});
