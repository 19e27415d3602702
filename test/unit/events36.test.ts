/**
 * Events of unseen news, by kind of fault (session 36): court hearings resumed or set by their
 * day, elections set down and runoffs, days of action and protest, a strike called for its day,
 * campaigns launched, votes expected, forecasts to come, addresses and speeches ahead, conferences
 * by their run, a chamber's debate; dates by an ordinal day alone, in apposition, and a report's
 * month that is no date of its release. Each with a near miss that makes no event.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { extractEvents, type LocalEvent } from '../../src/extractor/events';

/** An article dated `date` (default Monday 14 April 2031). */
const dated = (body: string, date = 'April 14, 2031'): string => `Headline of the day\n${date}\n\n${body}`;
const events = (body: string, date?: string): LocalEvent[] => extractEvents(analyze(dated(body, date)));
const ofKind = (body: string, kind: string, date?: string): LocalEvent[] => events(body, date).filter((e) => e.kind === kind);

describe('events36: courts and chambers', () => {
  it('a hearing resumed is a hearing, dated by its day', () => {
    const [h] = ofKind('The Western Cape High Court on Tuesday resumed its hearing into the collapse of a five-storey building in George.', 'hearing');
    assert.equal(h?.date, '2031-04-08');
  });

  it('the next hearing by its day is a hearing on that day', () => {
    const [h] = ofKind('The case was postponed, with the next hearing on September 16.', 'hearing');
    assert.equal(h?.date, '2031-09-16');
    assert.equal(ofKind('Lawyers said the next hearing would be crucial for the families.', 'hearing').length, 0);
  });

  it('a hearing told before its announcing cue is the event, not the announcement', () => {
    const all = events("The Senate Banking Committee will hold a confirmation hearing for Stephen Miran's nomination on Wednesday, committee chairman Tim Scott announced.");
    assert.deepEqual(
      all.map((e) => [e.kind, e.date]),
      [['hearing', '2031-04-16']],
    );
    assert.equal(ofKind('Apple announced on Tuesday that it would open a store in Lagos.', 'announcement').length, 1);
  });

  it('a chamber that will debate is a debate; a person who wants to debate is none', () => {
    const [d] = ofKind('The Senedd will debate the findings next week.', 'debate');
    assert.ok(d);
    assert.equal(ofKind('She said she would debate anyone who disagreed with her.', 'debate').length, 0);
  });

  it('members who voted in a month made a vote of that month', () => {
    const [v] = ofKind("Her union's members voted in June to accept a four-year contract.", 'vote');
    assert.equal(v?.date, '2030-06');
    // (the date words still sit with the vote when a day is named)
    const [ratified] = ofKind('Boeing machinists voted Thursday to ratify a new contract, ending a 101-day strike.', 'vote', 'Nov. 14, 2025');
    assert.equal(ratified?.date, '2025-11-13');
  });

  it('a vote leaders expect early next week is a vote, undated in an undated article', () => {
    const text = 'Senate eyes vote\n\nWASHINGTON (AP) — Senate leaders expect to vote early next week on a stopgap spending bill to avert a shutdown.';
    const votes = extractEvents(analyze(text)).filter((e) => e.kind === 'vote');
    assert.equal(votes.length, 1);
    assert.equal(votes[0].date, null);
    assert.equal(ofKind('Many residents expect to vote for the incumbent.', 'vote').length, 0);
  });
});

describe('events36: elections', () => {
  it('elections set down for a day are an election on that day', () => {
    const [e] = ofKind('Primary elections in Texas are scheduled for March 3, with early voting beginning Feb. 17.', 'election', 'Published Dec. 2, 2025');
    assert.equal(e?.date, '2026-03-03');
    assert.equal(ofKind('Elections are a long way off, the minister said.', 'election').length, 0);
  });

  it('a runoff by its kind and day is an election; one only possible is none', () => {
    const [r] = ofKind('Chileans will vote in a presidential runoff on December 14 between the two leading candidates.', 'election');
    assert.equal(r?.date, '2031-12-14');
    assert.equal(ofKind('A candidate needs more than 50 percent of the vote to avoid a runoff.', 'election').length, 0);
  });
});

describe('events36: strikes, protests and campaigns', () => {
  it('a national day of action announced for a day is a strike ahead on that day', () => {
    const [s] = ofKind('Unions representing university staff have announced a national day of action on 27 November over pay and job cuts.', 'strike', 'Published 20 November 2025');
    assert.equal(s?.date, '2025-11-27');
    assert.equal(s?.label, 'day of action');
    assert.equal(ofKind('The union said every day of action so far had been peaceful.', 'strike').length, 0);
  });

  it('a day of protests called for a day is a rally', () => {
    const [r] = ofKind('Unions have called a day of protests for Sept. 18.', 'rally', 'PARIS, Sept. 8, 2025 (AP) —');
    assert.equal(r?.date, '2025-09-18');
  });

  it('a general strike a union called for on a day is set down; one called for with no day is only asked for', () => {
    const [s] = ofKind("Italy's largest trade union, the CGIL, has called for a general strike on Monday in solidarity with the flotilla.", 'strike', 'ROME, 26 September 2025 (AFP) -');
    assert.equal(s?.date, '2025-09-29');
    assert.equal(ofKind('Opposition parties called for a general strike.', 'strike').length, 0);
  });

  it('people who rallied in the centre of a city held a rally', () => {
    const [r] = ofKind('Tens of thousands of people rallied in central Belgrade on Saturday.', 'rally');
    assert.equal(r?.date, '2031-04-12');
  });

  it('a campaign launched is an announcement, labelled a launch; a war campaign is none', () => {
    const [c] = ofKind('The Ministry of Health on Thursday launched a campaign to vaccinate 4.5 million girls against HPV.', 'announcement', 'Published: 16 October 2025');
    assert.equal(c?.date, '2025-10-16');
    assert.equal(c?.label.endsWith('launch'), true);
    assert.equal(ofKind('The army launched a bombing campaign in the north.', 'announcement').length, 0);
  });
});

describe('events36: speeches, meetings and publications ahead', () => {
  it('an address to an assembly or the nation is a speech; a home address is none', () => {
    const [ahead] = ofKind('Lula will address the United Nations General Assembly in New York on Tuesday.', 'speech');
    assert.equal(ahead?.date, '2031-04-15');
    const [given] = ofKind('President Aleksandar Vucic said in an address to the nation on Sunday evening that he would not resign.', 'speech');
    assert.equal(given?.date, '2031-04-13');
    assert.equal(ofKind('He gave his home address to the police on Sunday.', 'speech').length, 0);
  });

  it('a speech at an event ahead, or told to a forum, is a speech', () => {
    const [at] = ofKind('Powell is scheduled to speak at an event in Washington on Tuesday.', 'speech');
    assert.equal(at?.date, '2031-04-15');
    const [told] = ofKind('Ramaphosa told a business forum on Thursday that the G20 was bigger than any one member.', 'speech');
    assert.equal(told?.date, '2031-04-10');
    assert.equal(ofKind('She will speak at length about her plans.', 'speech').length, 0);
  });

  it('a committee that meets on an ordinal day meets on that day of the month, or the next', () => {
    const [m] = ofKind('Traders bet the Fed will cut rates when its policy-setting committee meets on the 9th and 10th.', 'meeting', 'December 1, 2025');
    assert.equal(m?.date, '2025-12-09');
    const [past] = ofKind('The board met on the 14th to decide on the merger.', 'meeting', 'Published 3 April 2025');
    assert.equal(past?.date, '2025-03-14');
    assert.equal(ofKind('The appeal was heard by the 9th Circuit.', 'meeting').length, 0);
  });

  it('another meeting planned for a day is a meeting', () => {
    const [m] = ofKind('Another meeting is planned for Thursday.', 'meeting');
    assert.equal(m?.date, '2031-04-17');
  });

  it('a conference is dated by its run, not by the day its organiser spoke', () => {
    const [m] = ofKind('The GSMA said on Thursday that 100,000 visitors are expected at the Mobile World Congress, which runs from 2 to 5 March at the Fira Gran Via.', 'meeting', 'Published 12 February 2026');
    assert.equal(m?.date, '2026-03-02');
  });

  it('a forecast to publish is a publication; a report named by its month is released on its own day', () => {
    const [f] = ofKind('The Office for Budget Responsibility will publish its economic and fiscal forecast on 26 November.', 'publication', 'Published 3 November 2025');
    assert.equal(f?.date, '2025-11-26');
    const [r] = ofKind('The Labor Department will release the November employment report on Dec. 16.', 'publication', 'December 1, 2025');
    assert.equal(r?.date, '2025-12-16');
  });

  it('a summit dated in apposition takes that date, not the week of the arrivals', () => {
    const [s] = ofKind('Leaders arrive in Johannesburg this week for the first G20 summit held on African soil, on 22-23 November, with the United States staying away.', 'summit', 'JOHANNESBURG, 21/11/2025 —');
    assert.equal(s?.date, '2025-11-22');
  });
});

describe('events36: places and a second event in a relative clause', () => {
  it('elections in a place are held there; a war in a place is no rally\'s place', () => {
    const [e] = ofKind('Primary elections in Texas are scheduled for March 3.', 'election', 'Published Dec. 2, 2025');
    assert.equal(e?.placeName, 'Texas');
    const [r] = ofKind('Tens of thousands of people rallied in central Belgrade on Saturday.', 'rally');
    assert.equal(r?.placeName, 'Belgrade');
  });

  it('a summit in a relative clause after "during which" is an event besides the visit', () => {
    const all = events('Prime Minister Narendra Modi arrived in Tokyo on Friday on a two-day visit to Japan, during which he will hold the annual summit with his counterpart.', 'Published: August 29, 2025');
    assert.deepEqual(all.map((e) => e.kind).sort(), ['summit', 'visit']);
    assert.equal(all.find((e) => e.kind === 'visit')?.date, '2025-08-29');
  });

  it('a press conference held on a day stays a press conference, no conference that runs', () => {
    const all = events("The Washington Post reports the senator's last press conference was held on Dec. 4.", 'Published Dec. 20, 2030');
    assert.deepEqual(all.map((e) => [e.kind, e.date]), [['press conference', '2030-12-04']]);
  });
});

describe('events36: a game by its score, a day counted from an event ahead', () => {
  it('a draw or a defeat with its score is a game; a motion lost by a count is none', () => {
    const [draw] = ofKind('Liverpool drew 2-2 with Everton at Goodison Park on Saturday.', 'meeting');
    assert.equal(draw?.label.includes('game'), true);
    assert.equal(draw?.date, '2031-04-12');
    const [loss] = ofKind('The Ottawa Senators lost 3-1 to the San Jose Sharks on Tuesday night.', 'meeting');
    assert.equal(loss?.date, '2031-04-08');
    assert.equal(events('The motion lost 5-4 after a long debate in the chamber.').length, 0);
  });

  it('"earlier in the day" after a convention told ahead is not the convention\'s day, nor merged into it', () => {
    const all = ofKind(
      'She said she is headed to Philadelphia next week for the Democratic National Convention, which begins Monday.\n\n' +
        'Earlier in the day, Clinton held a roundtable meeting with community leaders in Orlando and pledged to “promote changes that will prevent this”.',
      'meeting',
      'Published July 19, 2031',
    );
    assert.equal(all.length, 2);
    assert.equal(all.find((e) => e.placeName === 'Orlando')?.date, null);
  });
});
