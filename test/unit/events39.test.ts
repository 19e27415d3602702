/**
 * Events of unseen Canadian and US news, by kind (session 39): an occasion set down by its noun
 * ("The vote will now take place on April 8"), a leader chosen at a convention, an ordinal debate of a
 * contest, a lockout in the passive, a company's deal to buy; and what makes none or no second one: a
 * treaty that talks are about, "the speech" told again, an event set down then called off, a trial of a
 * policy, "told reporters in the foyer". Dates by the tense of their own clause: a purpose or a clause
 * joined after the date words is not theirs, and a body that "meets on Thursday" meets ahead.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { extractEvents, type LocalEvent } from '../../src/extractor/events';

/** An article dated `date` (default Tuesday 20 January 2026). */
const dated = (body: string, date = 'Tuesday, January 20, 2026'): string => `Headline of the day\n${date}\n\n${body}`;
const events = (body: string, date?: string): LocalEvent[] => extractEvents(analyze(dated(body, date)));
const ofKind = (body: string, kind: string, date?: string): LocalEvent[] => events(body, date).filter((e) => e.kind === kind);

describe('events39: occasions set down by their noun', () => {
  it('a vote that will take place on a day is a vote that day, whoever casts it; "the vote is a test" is none', () => {
    const [e] = ofKind('HALIFAX — The vote will now take place on April 8, the centre said.', 'vote');
    assert.equal(e?.date, '2026-04-08');
    assert.equal(events('The vote is a test of her leadership.').length, 0);
  });

  it('a debate set for a day and a place is a debate; an ordinal debate of a contest is one too', () => {
    const [e] = ofKind('Five candidates have entered the race. The first leadership debate is set for Feb. 8 in Montreal.', 'debate');
    assert.equal(e?.date, '2026-02-08');
  });

  it('a demonstration planned at a place on a day is a rally; one planned then called off is none', () => {
    const [e] = ofKind('SUDBURY — Organizers with the Ontario Health Coalition said a second demonstration is planned at Queen’s Park on March 14.', 'rally');
    assert.equal(e?.date, '2026-03-14');
    assert.equal(ofKind('The rally was planned for Saturday, but it was called off.', 'rally').length, 0);
    assert.equal(ofKind('The hearing was set for Feb. 2 but was postponed.', 'hearing').length, 0);
  });

  it('a civil trial scheduled to begin in a month is a hearing then; a trial of a policy is none', () => {
    const [e] = ofKind('OTTAWA — The former councillor’s lawyer said he would appeal. A separate civil trial is scheduled to begin in September.', 'hearing');
    assert.equal(e?.date, '2026-09');
    assert.equal(ofKind('A trial of a four-day week is set to begin in March at city hall.', 'hearing').length, 0);
    assert.equal(ofKind('A clinical trial of the vaccine is scheduled to begin next month in Halifax.', 'hearing').length, 0);
  });

  it('a summit scheduled for a day is a summit; a meeting room set for 40 is none', () => {
    assert.equal(ofKind('The summit is scheduled for June 15 in Kananaskis.', 'summit')[0]?.date, '2026-06-15');
    assert.equal(events('The meeting room is set for 40 people.').length, 0);
  });
});

describe('events39: elections, labour and business', () => {
  it('a party that will choose its next leader at a convention holds an election there that day', () => {
    const [e] = ofKind('OTTAWA — The federal New Democrats will choose their next leader at a convention in Winnipeg on March 29, the party announced Tuesday.', 'election');
    assert.equal(e?.date, '2026-03-29');
    assert.equal(e?.placeName, 'Winnipeg');
  });

  it('workers who were locked out on a day are a lockout that day; workers locked out of their lockers are none', () => {
    const [e] = ofKind('KAPUSKASING — About 250 workers at the Kapuskasing paper mill were locked out Sunday after the company and Unifor failed to reach a deal.', 'strike');
    assert.equal(e?.date, '2026-01-18');
    assert.equal(e?.label.includes('lockout'), true);
    assert.equal(ofKind('The workers were locked out of their lockers by mistake.', 'strike').length, 0);
  });

  it('a company that agreed to buy another made an agreement, no bare statement; shares that rallied after a buyback make none', () => {
    const all = events('TORONTO, May 19 (Reuters) - Canadian Pacific Kansas City Ltd said on Tuesday it had agreed to buy regional railroad Gateway Rail Corp in a deal valued at $4.2 billion.', 'May 19, 2026');
    assert.deepEqual(all.map((e) => [e.kind, e.date]), [['agreement', '2026-05-19']]);
    assert.equal(events('Shares rallied after the company agreed to buy back stock.').length, 0);
  });

  it('an agreement by an indefinite noun alone, of no one, nowhere, on no day, is a figure of speech', () => {
    assert.equal(events('Critics say the plan is a pact with the devil.').length, 0);
    assert.equal(ofKind('A free trade agreement between Canada and Ecuador took effect on Feb. 1.', 'agreement')[0]?.date, '2025-02-01');
  });

  it('a treaty that talks are on is their topic, no agreement', () => {
    assert.equal(ofKind('GENEVA (Reuters) - Talks on a global treaty to curb plastic pollution ended without agreement in Geneva early on Friday.', 'agreement').length, 0);
    assert.equal(ofKind('Canada and India signed a trade agreement in New Delhi on Monday.', 'agreement')[0]?.date, '2026-01-19');
  });
});

describe('events39: a body’s day, a convention, an election called for a day', () => {
  it('a board that voted on the 10th to close a school voted that day', () => {
    assert.equal(ofKind('The board voted on the 10th to close the school.', 'vote', 'Thursday, Feb. 19, 2026')[0]?.date, '2026-02-10');
    assert.equal(ofKind('Council voted Feb. 9 to approve the new bylaw.', 'vote', 'Thursday, Feb. 19, 2026')[0]?.date, '2026-02-09');
  });

  it('a party’s policy convention is a gathering on its days; a convention centre and a UN convention are none', () => {
    const [e] = ofKind('Delegates will gather in Ottawa on March 5-7 for the party’s policy convention.', 'meeting', 'Thursday, Feb. 19, 2026');
    assert.equal(e?.date, '2026-03-05');
    assert.equal(events('The city is building a new convention centre downtown.').length, 0);
    assert.equal(ofKind('Canada ratified the UN convention on the rights of persons with disabilities in 2010.', 'meeting').length, 0);
  });

  it('an election called on a day for another is on the other, whichever comes first', () => {
    assert.equal(ofKind('Premier Tim Houston called a snap election Sunday for March 24.', 'election', 'Thursday, Feb. 19, 2026')[0]?.date, '2026-03-24');
    assert.equal(ofKind('Premier Tim Houston on Sunday called a snap election for March 24.', 'election', 'Thursday, Feb. 19, 2026')[0]?.date, '2026-03-24');
  });
});

describe('events39: talks at the table, peaks and figures', () => {
  it('sides that will return to the bargaining table on a day hold talks that day; a refusal to return is none', () => {
    const [e] = ofKind('MONTREAL — The union and Air Canada will return to the bargaining table on Monday.', 'talks');
    assert.equal(e?.date, '2026-01-26');
    assert.equal(ofKind('The union said it would not return to the bargaining table until the company drops its demands.', 'talks').length, 0);
    assert.equal(ofKind('The next bargaining session is set for Friday in Toronto.', 'talks')[0]?.date, '2026-01-23');
  });

  it('the summit of one’s popularity and a summit reached by hikers are peaks; a summit of leaders is one', () => {
    assert.equal(events('The prime minister reached the summit of his popularity in 2016.').length, 0);
    assert.equal(events('Hikers reached the summit on Sunday.').length, 0);
    assert.equal(ofKind('Carney will attend a summit of G7 leaders in Kananaskis in June.', 'summit')[0]?.date, '2026-06');
  });

  it('visits counted as a figure that rose make no visit; visits made do', () => {
    assert.equal(events('Emergency room visits to the hospital rose 12 per cent on Monday.').length, 0);
    assert.equal(ofKind('Carney will make two visits to Washington in March.', 'visit')[0]?.date, '2026-03');
  });
});

describe('events39: references back and cues', () => {
  it('"the speech" after a speech told with its day is that speech, not a second one', () => {
    const all = events('WASHINGTON (AP) — President Donald Trump will deliver his State of the Union address to a joint session of Congress on Feb. 24, House Speaker Mike Johnson said Wednesday.\n\nDemocrats are weighing whether to boycott the speech.', 'January 28, 2026');
    assert.deepEqual(all.filter((e) => e.kind === 'speech').map((e) => e.date), ['2026-02-24']);
  });

  it('"told reporters in the foyer" closing a quotation is its cue, no press conference; one with its day is', () => {
    assert.equal(ofKind('“We will not back down,” Poilievre told reporters in the foyer.', 'press conference').length, 0);
    assert.equal(ofKind('Poilievre told reporters on Parliament Hill on Tuesday that the deal was bad.', 'press conference')[0]?.date, '2026-01-20');
  });
});

describe('events39: the tense of the date’s own clause', () => {
  it('a past verb before the date words governs them over a purpose after: "rallied … on Saturday to protest plans to close"', () => {
    const [e] = ofKind('SUDBURY — Hundreds of people rallied outside Health Sciences North on Saturday to protest plans to close 40 beds at the hospital.', 'rally', 'Sunday, March 1, 2026');
    assert.equal(e?.date, '2026-02-28');
  });

  it('over a clause joined after them: "last met … on Sept. 29, and no new talks are scheduled"', () => {
    const [e] = ofKind('EDMONTON — The Alberta Teachers’ Association and the province last met at the bargaining table on Sept. 29, and no new talks are scheduled.', 'meeting', 'Monday, October 5, 2026');
    assert.equal(e?.date, '2026-09-29');
    // (a future before the date words still looks ahead)
    assert.equal(ofKind('The two sides will meet on Thursday to discuss wages.', 'meeting', 'Monday, October 5, 2026')[0]?.date, '2026-10-08');
  });

  it('with no future word, a past verb of the date words’ own clause places them however far before', () => {
    const [e] = ofKind('VICTORIA — Premier David Eby delivered the keynote speech at the Union of B.C. Municipalities convention in Victoria on Friday.', 'speech', 'Thursday, Feb. 19, 2026');
    assert.equal(e?.date, '2026-02-13');
  });

  it('a body that meets on a weekday in the present meets ahead', () => {
    const [e] = ofKind('SUDBURY — The hospital’s board meets on Thursday to finalize its budget.', 'meeting', 'Sunday, March 1, 2026');
    assert.equal(e?.date, '2026-03-05');
  });
});
