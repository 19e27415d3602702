/**
 * Kinds of wrong or lost attribution scout62a fixed in session 62 (elections and campaigns), each
 * written in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { speakerInArticle as speakerOf } from './helpers';

describe('scout62a: people at a place whose phrase holds a plural possessive ("voters at a seniors\' centre in Transcona said")', () => {
  it('are the people, with their place, not the town after it', () => {
    const seniors = 'Residents at a seniors’ centre in Transcona said they had already voted.';
    assert.equal(speakerOf(seniors, 'already voted'), 'Residents at a seniors’ centre in Transcona');
    const union = "Volunteers at the teachers' union hall in Regina said the phones rang all night.";
    assert.equal(speakerOf(union, 'phones rang all night'), "Volunteers at the teachers' union hall in Regina");
  });
  it('near miss: an opening phrase of place before a named speaker leaves the speaker alone', () => {
    const opening = 'At the seniors’ centre in Transcona, Mayor Ann Lee said turnout was strong.';
    assert.equal(speakerOf(opening, 'turnout was strong'), 'Ann Lee');
  });
});

describe('scout62a: a doer\'s noun a body may be, then the body\'s name with its article ("The forum\'s organizer, the Surrey Parent Council, said")', () => {
  it('is the body named', () => {
    const organizer = 'The debate’s organizer, the Kelowna Chamber of Commerce, said 600 people attended.';
    assert.equal(speakerOf(organizer, '600 people attended'), 'Kelowna Chamber of Commerce');
    const owner = "The building's owner, the Halton Community Housing Corporation, said the polling station would move.";
    assert.equal(speakerOf(owner, 'polling station would move'), 'Halton Community Housing Corporation');
  });
  it('near miss: a person named after the noun stays the speaker', () => {
    const person = 'The debate’s organizer, the Rev. Ann Hughes, said 600 people attended.';
    assert.equal(speakerOf(person, '600 people attended'), 'Ann Hughes');
  });
});

describe('scout62a: "the agency said" after a province\'s, state\'s or city\'s electoral agency ("Elections Ontario", "Élections Québec", "Elections Calgary")', () => {
  it('is the agency named "Elections" and its place', () => {
    const ontario = 'Elections Ontario said 40 polling stations would open early.\n\nVoters could bring any photo ID, the agency said.';
    assert.equal(speakerOf(ontario, 'any photo ID'), 'Elections Ontario');
    const calgary = 'Elections Calgary said the name would stay on the ballot. Votes for him would still count, the agency said.';
    assert.equal(speakerOf(calgary, 'would still count'), 'Elections Calgary');
    const quebec = 'Élections Québec said 4,200 ballots were reprinted.\n\nThe agency said no vote would be lost.';
    assert.equal(speakerOf(quebec, 'no vote would be lost'), 'Élections Québec');
  });
  it('near miss: a body whose name opens with "Elections" and ends in a head of its own is no agency', () => {
    const committee = 'The Elections Day Committee said volunteers were ready. Ballots would be counted by midnight, the agency said.';
    assert.notEqual(speakerOf(committee, 'counted by midnight'), 'Elections Day Committee');
  });
});

describe('scout62a: "the Conservative candidate", "the Republican nominee" after a person named with that party ("Conservative Brendan MacIsaac")', () => {
  it('is the person the article gives that party', () => {
    const body = 'The survey put Liberal Ana Moreau at 38 per cent and Conservative Brendan MacKay at 33.\n\nMacKay shrugged. “The only poll that matters is on voting day,” the Conservative candidate said.';
    assert.equal(speakerOf(body, 'only poll that matters'), 'Brendan MacKay');
    const us = 'Democrat Ann Lee and Republican Tom Hale met in their only debate.\n\n“We will win this seat,” the Republican nominee said.';
    assert.equal(speakerOf(us, 'win this seat'), 'Tom Hale');
  });
  it('near miss: an office holder of that party who campaigns for someone is not the nominee', () => {
    const governor = 'Republican Gov. Ann Lee campaigned for the party on Monday.\n\n“We will win this seat,” the Republican nominee said.';
    assert.notEqual(speakerOf(governor, 'win this seat'), 'Ann Lee');
  });
});

describe('scout62a: "only" right after a cue ("said only a recount would settle it")', () => {
  it('opens the content when a clause follows', () => {
    assert.equal(speakerOf('Barron said only a New Democrat could win the riding.', 'only a New Democrat could win'), 'Barron');
  });
  it('near miss: "said only that", "said only:" keep "only" with the cue', () => {
    assert.equal(speakerOf('Graham said only that he expected a fair race.', 'he expected a fair race'), 'Graham');
    assert.equal(speakerOf('Graham said only that he expected a fair race.', 'only that'), undefined);
  });
});

describe('scout62a: the party of a person\'s noun in the possessive after a name (", the Republican nominee\'s eldest daughter,")', () => {
  it('is not the named person\'s party', () => {
    const daughter = 'Nora Hale, the Republican nominee’s eldest daughter, spoke at the rally.\n\n“We need child care,” the Republican candidate said.';
    assert.notEqual(speakerOf(daughter, 'need child care'), 'Nora Hale');
  });
  it('near miss: the party in an appositive of the person\'s own stays theirs', () => {
    const own = 'Tom Hale, a Texas Republican, spoke at the rally.\n\n“We need child care,” the Republican candidate said.';
    assert.equal(speakerOf(own, 'need child care'), 'Tom Hale');
  });
});

describe('scout62a: a role "-elect" after a possessive ("Moncton\'s mayor-elect says her first act …")', () => {
  it('is a person of that office, and the verb after it a cue', () => {
    assert.equal(speakerOf('Moncton’s mayor-elect says her first act will be an audit of the arena deal.', 'first act will be an audit'), 'mayor-elect of Moncton');
    assert.equal(speakerOf("Ohio's governor-elect says his first act will be a budget review.", 'first act will be a budget review'), 'governor-elect of Ohio');
  });
  it('near miss: a plural noun after a hyphenated adjective and a possessive is still no cue', () => {
    assert.equal(speakerOf('The mayor’s late-night posts say little about the budget.', 'little about the budget'), undefined);
  });
});

describe('scout62a: an appositive that sums up the content and reports others on it (", a plan that election officials say would be illegal")', () => {
  it('ends the content before it and speaks for its own subject', () => {
    const body = 'The nominee vowed to count every ballot by hand, a plan that county clerks say would take weeks.';
    assert.equal(speakerOf(body, 'would take weeks'), 'county clerks');
    assert.equal(speakerOf(body, 'count every ballot by hand, a plan'), undefined);
  });
  it('near miss: an appositive whose relative clause reports no one stays in the content', () => {
    const body = 'The nominee said she would count every ballot by hand, a plan that pleased her supporters.';
    assert.notEqual(speakerOf(body, 'a plan that pleased her supporters'), undefined);
  });
});
