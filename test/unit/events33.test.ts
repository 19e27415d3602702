/**
 * Events of unseen news, by kind of fault (session 33): votes set down ahead, talks told by what
 * became of them, strikes by their span or start, referendums, trials and inquests labelled as
 * such, a debate candidates meet in, the day voters go to the polls, "the two sides" of the talks
 * before, and a second event across a named source's cue or an "after" clause with its own verb;
 * each with a near miss that must not change.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { extractEvents, type LocalEvent } from '../../src/extractor/events';

const eventsOf = (text: string): LocalEvent[] => extractEvents(analyze(text));
/** An article dated `date` (default Wednesday 12 March 2031). */
const dated = (body: string, date = 'March 12, 2031'): string => `Headline of the day\n${date}\n\n${body}`;
const ofKind = (body: string, kind: string, date?: string): LocalEvent[] => eventsOf(dated(body, date)).filter((e) => e.kind === kind);

describe('events33: words that make events', () => {
  it('a body’s vote set down ahead is one; a person’s is none', () => {
    const [council] = ofKind('Ottawa city council is expected to vote on June 10 on a plan to lend $90 million.', 'vote');
    assert.equal(council?.date, '2031-06-10');
    assert.match(council!.label, /council/);
    assert.equal(ofKind('MPs will vote on the final stage of the bill on 19 March.', 'vote')[0]?.date, '2031-03-19');
    assert.equal(ofKind('Sen. Ada Kline will vote on the bill next week.', 'vote').length, 0);
    assert.equal(ofKind('The council could vote on the plan in June.', 'vote').length, 0);
  });

  it('talks told by what became of them; talks not held are none', () => {
    const [broke] = ofKind('Contract talks between Stelco and the steelworkers broke down on Tuesday.', 'talks');
    assert.equal(broke?.date, '2031-03-11');
    assert.equal(ofKind('Wage talks between Volkswagen and IG Metall will resume next week.', 'talks')[0]?.date, '2031-03');
    assert.equal(ofKind('Talks on a ceasefire opened in Doha on Monday.', 'talks')[0]?.date, '2031-03-10');
    assert.equal(ofKind('Talks between the army and the Rapid Support Forces ended in Jeddah on Monday.', 'talks')[0]?.date, '2031-03-10');
    assert.equal(ofKind('The two sides have not held talks since January.', 'talks').length, 0);
  });

  it('a strike by its span, its start or its day; an air strike is none', () => {
    assert.equal(ofKind('Resident doctors in Wales began a five-day strike on Friday.', 'strike')[0]?.date, '2031-03-07');
    assert.equal(ofKind('Bus drivers will strike for 48 hours from 16 March, the union said.', 'strike')[0]?.date, '2031-03-16');
    assert.equal(ofKind('Dockers returned to work on Monday, ending a strike that began on March 3.', 'strike')[0]?.date, '2031-03-03');
    assert.equal(ofKind('The union staged a warning strike at the Wolfsburg plant on Tuesday.', 'strike')[0]?.date, '2031-03-11');
    assert.equal(ofKind('Israel launched an air strike on Friday.', 'strike').length, 0);
    assert.equal(ofKind('Drones carried out nationwide strikes on the energy grid.', 'strike').length, 0);
  });

  it('a referendum held is an election labelled so; one asked for is none', () => {
    const [vote] = ofKind('Irish voters approved the change in a national referendum on Sunday.', 'election');
    assert.equal(vote?.date, '2031-03-09');
    assert.match(vote!.label, /referendum/);
    assert.equal(ofKind('Ireland last held a referendum in March 2024.', 'election')[0]?.date, '2024-03');
    assert.equal(ofKind('Campaigners called for a referendum on the change.', 'election').length, 0);
  });

  it('a trial and an inquest are labelled as such; a sentencing is still a hearing', () => {
    const [trial] = ofKind('The trial of two men accused of planning an armed robbery at a jewellers in the Northern Quarter began at Manchester Crown Court on Monday.', 'hearing');
    assert.equal(trial?.date, '2031-03-10');
    assert.match(trial!.label, /trial/);
    const [inquest] = ofKind('An inquest into the death of Megan Holroyd opened at Bradford Coroner’s Court on Monday.', 'hearing');
    assert.match(inquest!.label, /inquest/);
    assert.match(ofKind('A sentencing hearing for Bryce Allard is set for April 8.', 'hearing')[0]!.label, /hearing/);
  });

  it('candidates who meet in a debate hold a debate; the day voters go to the polls is the election’s', () => {
    const [debate] = ofKind('The leaders will meet in a televised debate on March 21.', 'debate');
    assert.equal(debate?.date, '2031-03-21');
    assert.equal(ofKind('The leaders will meet in a televised debate on March 21.', 'meeting').length, 0);
    const [election] = ofKind('Nova Scotia voters will go to the polls on April 4 after Premier Tim Houston called a snap election on Monday.', 'election');
    assert.equal(election?.date, '2031-04-04');
    assert.equal(ofKind('He hopes voters who dislike both candidates still go to the polls and elect local officials.', 'election').length, 0);
  });

  it('a meeting in the present tense with its day; without a day, "meet" is no meeting', () => {
    assert.equal(ofKind('Prices will be set when OPEC+ ministers meet online on Sunday.', 'meeting')[0]?.date, '2031-03-16');
    assert.equal(ofKind('Ministers meet in Brussels next week to discuss the budget.', 'meeting')[0]?.date, '2031-03');
    assert.equal(ofKind('Producers struggle to meet demand.', 'meeting').length, 0);
    assert.equal(ofKind('Friends often meet on the terrace.', 'meeting').length, 0);
  });
});

describe('events33: who and how many', () => {
  it('"the two sides" are the parties of the talks told before; with none before, no one', () => {
    const text = dated('Talks between Winnipeg Transit and the Amalgamated Transit Union broke down on March 2.\n\nThe two sides last met on March 10 with a mediator.');
    const meeting = eventsOf(text).find((e) => e.kind === 'meeting');
    assert.equal(meeting?.date, '2031-03-10');
    assert.deepEqual(meeting!.participants.map((a) => a.name).sort(), ['Amalgamated Transit Union', 'Winnipeg Transit']);
    assert.equal(ofKind('The two sides last met on March 10.', 'meeting')[0]?.participants.length, 0);
  });

  it('a second event across a named source’s cue or an "after" clause with its own verb; "after the summit" stays an aside', () => {
    const both = eventsOf(dated('Thailand will hold a general election on 28 March, the Election Commission announced on Tuesday.'));
    assert.equal(both.find((e) => e.kind === 'election')?.date, '2031-03-28');
    assert.equal(both.find((e) => e.kind === 'announcement')?.date, '2031-03-11');
    const two = eventsOf(dated('Talks will resume next week after the union staged a warning strike at the plant on Tuesday.'));
    assert.equal(two.find((e) => e.kind === 'strike')?.date, '2031-03-11');
    assert.equal(two.find((e) => e.kind === 'talks')?.date, '2031-03');
    assert.deepEqual(eventsOf(dated('Ministers met in Paris on Monday after the summit in Rome.')).map((e) => e.kind), ['meeting']);
  });

  it('a meeting is labelled by the body that meets, named by its words as the verb’s subject', () => {
    assert.match(ofKind('The Vancouver park board will meet on Monday evening to consider removing the bike lane on Stanley Park Drive.', 'meeting')[0]!.label, /^Vancouver park board meeting/);
    assert.match(ofKind('Prime Minister Mark Carney met President Emmanuel Macron in Paris on Monday.', 'meeting')[0]!.label, /^Mark Carney meeting/);
  });

  it('a prosecutor’s opening statement is the trial’s business, no statement of its own', () => {
    assert.equal(ofKind('Crown prosecutor Dale Ruhl said in his opening statement that the money paid for a cabin.', 'statement').length, 0);
    assert.equal(ofKind('The Crown said in a statement on Monday that it would appeal.', 'statement').length, 1);
  });
});
