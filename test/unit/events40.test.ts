/**
 * Events of unseen Canadian and US news, by kind (session 40): an election called on a day is not
 * held that day; a summit only considered or proposed is none; a climb's "summit push" is no summit;
 * a meeting held whatever follows it; a debate the candidates face off in; bargaining resumed; a
 * lockout ended, then told by its start; a document two sides sign jointly; a definite noun with a
 * day of its own ("the group's last meeting, on the 2nd") is that occasion, no reference back.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { extractEvents, type LocalEvent } from '../../src/extractor/events';

/** An article dated `date` (default Monday 22 June 2026). */
const dated = (body: string, date = 'Monday, June 22, 2026'): string => `Headline of the day\n${date}\n\n${body}`;
const events = (body: string, date?: string): LocalEvent[] => extractEvents(analyze(dated(body, date)));
const ofKind = (body: string, kind: string, date?: string): LocalEvent[] => events(body, date).filter((e) => e.kind === kind);

describe('events40: what is no event', () => {
  it('a byelection called on a day is not held that day; one called for a day is', () => {
    const called = ofKind(
      'TORONTO — Voters in the federal riding of University—Rosedale will cast ballots today in a byelection triggered by the resignation of Chrystia Freeland.\n\nPrime Minister Mark Carney called the byelection on May 17.',
      'election',
    );
    assert.ok(called.every((e) => e.date !== '2026-05-17'), JSON.stringify(called.map((e) => e.date)));
    const [set] = ofKind('Premier Tim Houston on Monday called a byelection in the riding of Glace Bay-Dominion for July 27.', 'election');
    assert.equal(set?.date, '2026-07-27');
  });

  it('a summit only considered or proposed is none; one set down is', () => {
    assert.equal(ofKind('Russian President Vladimir Putin has said he would only consider a summit with Trump "if the work is done."', 'summit').length, 0);
    assert.equal(ofKind('Premier Danielle Smith is weighing a visit to Washington to press the province’s case.', 'visit').length, 0);
    assert.equal(ofKind('France proposed a summit of European leaders to discuss the crisis.', 'summit').length, 0);
    assert.equal(ofKind('Leaders will hold a summit in Ankara on July 7.', 'summit')[0]?.date, '2026-07-07');
  });

  it('a climb’s summit push is no summit', () => {
    assert.equal(
      ofKind('WHITEHORSE — A team of four Yukon climbers returned on Wednesday.\n\nThe team’s leader said the final summit push began at 2 a.m. in whiteout conditions.', 'summit').length,
      0,
    );
  });
});

describe('events40: occasions by their verb', () => {
  it('a meeting held is a meeting, with its bare weekday; a meeting room is none', () => {
    const [e] = ofKind('BOSTON (AP) — Coach Joe Mazzulla held a team meeting Tuesday after a three-game losing streak.', 'meeting', 'Thursday, November 12, 2026');
    assert.equal(e?.date, '2026-11-10');
    assert.equal(ofKind('The board held a meeting room open for residents all week.', 'meeting').length, 0);
  });

  it('candidates who face off in a debate hold a debate', () => {
    const [e] = ofKind('OTTAWA — The five candidates will face off in the first official debate in Montreal on Jan. 28.', 'debate', 'Monday, January 12, 2026');
    assert.equal(e?.date, '2026-01-28');
    assert.equal(e?.placeName, 'Montreal');
  });

  it('bargaining resumed is talks; a bargaining unit is none', () => {
    const [e] = ofKind('VANCOUVER — The union and the employers will resume bargaining on Nov. 16 with a federal mediator.', 'talks', 'Tuesday, November 10, 2026');
    assert.equal(e?.date, '2026-11-16');
    assert.equal(ofKind('The union began bargaining unit elections last year among its members.', 'talks').length, 0);
  });

  it('a lockout ended, then told by its start, is one lockout dated by its start', () => {
    const strikes = ofKind(
      'VANCOUVER — Longshore foremen returned to work at the Port of Vancouver on Tuesday after their employer ended a week-long lockout, the union said.\n\nThe lockout began Nov. 3 and halted grain shipments.',
      'strike',
      'Tuesday, November 10, 2026',
    );
    assert.equal(strikes.length, 1);
    assert.equal(strikes[0].date, '2026-11-03');
  });

  it('a plan two leaders sign jointly is an agreement; a plan one governor signs is none', () => {
    const [e] = ofKind('MEXICO CITY — Prime Minister Mark Carney and President Claudia Sheinbaum signed a joint action plan on Thursday to deepen trade ties.', 'agreement', 'Thursday, September 18, 2025');
    assert.equal(e?.date, '2025-09-18');
    assert.equal(ofKind('Gov. Josh Shapiro signed a budget plan on Thursday.', 'agreement', 'Thursday, September 18, 2025').length, 0);
  });
});

describe('events40: a definite noun with a day of its own', () => {
  it('"the group’s last meeting, on the 2nd" is that meeting, dated', () => {
    const [e] = ofKind(
      'LONDON (Reuters) - Oil prices rose on Monday ahead of an OPEC+ meeting on Sunday.\n\nThe producer group’s last meeting, on the 2nd, ended with an agreement to pause increases.',
      'meeting',
      'Monday, November 30, 2026',
    ).filter((x) => x.date !== '2026-12-06');
    assert.equal(e?.date, '2026-11-02');
  });

  it('"the meeting" with no day of its own still refers back', () => {
    const meetings = ofKind('The council will meet on Thursday to vote on the budget.\n\nThe meeting is open to the public.', 'meeting');
    assert.equal(meetings.length, 1);
  });
});

describe('events40: summits by a group’s name, votes, remarks', () => {
  it('the G7 or the G20 as an occasion is a summit; the group that agrees or its leaders are none', () => {
    const [e] = ofKind('KANANASKIS, Alta. — The G7 wrapped up in Kananaskis on Tuesday without a joint communique.', 'summit', 'Wednesday, June 18, 2025');
    assert.equal(e?.date, '2025-06-17');
    assert.equal(e?.placeName, 'Kananaskis');
    assert.equal(ofKind('Carney will attend the G20 in Johannesburg next month.', 'summit')[0]?.date, '2026-07');
    assert.equal(ofKind('G7 leaders agreed on Tuesday to a statement on critical minerals.', 'summit').length, 0);
    assert.equal(ofKind('Canada holds the G7 presidency this year.', 'summit').length, 0);
  });

  it('a climate conference by its number is dated by the clause that tells its opening', () => {
    const [e] = ofKind('BAKU (Reuters) - Delegates began arriving on Friday ahead of COP29, the United Nations climate summit, which opens on Monday.', 'summit', 'Friday, November 8, 2024');
    assert.equal(e?.date, '2024-11-11');
  });

  it('trustees who will now vote on a day hold a vote that day', () => {
    const [e] = ofKind('OTTAWA — Trustees will now vote on March 3, chair Lyra Evans said.', 'vote', 'Wednesday, February 11, 2026');
    assert.equal(e?.date, '2026-03-03');
  });

  it('remarks made during a meeting date the meeting by the remarks’ day', () => {
    const meetings = ofKind(
      'WASHINGTON (AP) — President Donald Trump said Wednesday he had called off a planned summit with Russian President Vladimir Putin.\n\nTrump made the remarks during an Oval Office meeting with NATO Secretary-General Mark Rutte.',
      'meeting',
      'Wednesday, October 22, 2025',
    );
    assert.equal(meetings[0]?.date, '2025-10-22');
    assert.equal(ofKind('WASHINGTON (AP) — President Donald Trump said Wednesday he had called off a planned summit with Russian President Vladimir Putin.', 'summit', 'Wednesday, October 22, 2025').length, 0);
  });
});

describe('events40: other senses of event words', () => {
  it('a rally in stocks is a market’s; a rally in a park is a rally', () => {
    assert.equal(ofKind('Analysts say the rally in bank stocks could continue into next week.', 'rally').length, 0);
    assert.equal(ofKind('Supporters will hold a rally in Victoria Park on Saturday.', 'rally')[0]?.date, '2026-06-27');
  });

  it('a meeting usually held in a month is a custom; a meeting point is a place', () => {
    assert.equal(ofKind('The company’s annual meeting is usually held in May.', 'meeting').length, 0);
    assert.equal(ofKind('The meeting point for the hike is the trailhead parking lot.', 'meeting').length, 0);
  });

  it('one open to talks holds none; talks opened are talks', () => {
    assert.equal(ofKind('The mayor said she was open to talks with the union.', 'talks').length, 0);
    assert.equal(ofKind('Ottawa and the provinces opened talks on health funding on Monday.', 'talks')[0]?.date, '2026-06-22');
  });
});

describe('events40: put off, moved, and words that only modify', () => {
  it('an event moved or put off to a day is on that day; one put off with no day is none', () => {
    assert.equal(ofKind('The summit, first planned for March, was moved to April 14.', 'summit', 'Wednesday, March 11, 2026')[0]?.date, '2026-04-14');
    assert.equal(ofKind('A meeting of NATO defence ministers was postponed until Jan. 14.', 'meeting', 'Wednesday, March 11, 2026')[0]?.date, '2027-01-14');
    assert.equal(ofKind('A meeting of NATO defence ministers was postponed.', 'meeting').length, 0);
  });

  it('an election campaign, a summit meeting room and a speech impediment are no events', () => {
    assert.equal(ofKind('The election campaign officially began on Sunday.', 'election').length, 0);
    assert.equal(events('The summit meeting room was booked for Tuesday.').length, 0);
    assert.equal(ofKind('Her speech impediment never stopped her from running for office.', 'speech').length, 0);
    assert.equal(ofKind('Leaders met at a summit meeting in Ottawa on Tuesday.', 'summit')[0]?.date, '2026-06-16');
  });
});

describe('events40: a tally, a race, a span, a briefing, a protest by its purpose', () => {
  it('workers who voted by a tally hold a vote; a strike notice is no strike', () => {
    const all = events('SEATTLE (AP) — Boeing machinists voted 59% to 41% on Monday to accept a new contract, ending a seven-week strike that crippled production.', 'Tuesday, November 5, 2024');
    assert.equal(all.find((e) => e.kind === 'vote')?.date, '2024-11-04');
    assert.ok(all.some((e) => e.kind === 'strike'));
    assert.equal(ofKind('The union issued a 72-hour strike notice on Tuesday.', 'strike').length, 0);
  });

  it('a governor’s race won is an election; a race that may be won, or a horse’s, is none', () => {
    assert.equal(ofKind('RICHMOND, Va. (AP) — Democrat Abigail Spanberger won the Virginia governor’s race on Tuesday.', 'election', 'Wednesday, November 5, 2025')[0]?.date, '2025-11-04');
    assert.equal(ofKind('He planned to visit in case Trump wins the presidential race.', 'election').length, 0);
    assert.equal(ofKind('The horse won the race on Saturday.', 'election').length, 0);
  });

  it('candidates who met for a debate held a debate, no meeting', () => {
    const all = events('The two candidates met only once for a debate, on Oct. 9 in Norfolk.', 'Wednesday, November 5, 2025');
    assert.deepEqual(all.map((e) => [e.kind, e.date]), [['debate', '2025-10-09']]);
  });

  it('a two-day meeting, a next meeting with its day, runoffs set down', () => {
    assert.equal(ofKind('The Federal Reserve held rates steady on Wednesday at the end of a two-day policy meeting.', 'meeting', 'Wednesday, January 28, 2026')[0]?.date, '2026-01-28');
    assert.equal(ofKind('The Fed’s next meeting is March 17-18.', 'meeting', 'Wednesday, January 28, 2026')[0]?.date, '2026-03-17');
    assert.equal(ofKind('Any runoffs will be held May 26.', 'election', 'Monday, March 2, 2026')[0]?.date, '2026-05-26');
  });

  it('officials who briefed reporters held a press conference; farmers who blocked a road to protest held a rally', () => {
    assert.equal(ofKind('FEMA officials briefed reporters Thursday afternoon in Baton Rouge.', 'press conference', 'Thursday, September 17, 2026')[0]?.date, '2026-09-17');
    assert.equal(ofKind('WINDSOR, Ont. — Dozens of farmers blocked an approach to the Ambassador Bridge on Monday to protest new federal fertilizer rules.', 'rally', 'Tuesday, March 10, 2026')[0]?.date, '2026-03-09');
  });
});
