/**
 * Events of unseen news, by kind of fault (session 35, second pass): an election held in phases,
 * told by its polling ("Polling opened on Monday in 94 constituencies") or by a phase held ("the
 * third phase of voting will be held on May 9"), one event dated by the polling day told first;
 * talks that broke down in an "after" clause take no date of the main clause, nor its date words.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { extractEvents, type LocalEvent } from '../../src/extractor/events';

/** An article dated `date` (default Monday 14 April 2031). */
const dated = (body: string, date = 'April 14, 2031'): string => `Headline of the day\n${date}\n\n${body}`;
const ofKind = (body: string, kind: string, date?: string): LocalEvent[] => extractEvents(analyze(dated(body, date))).filter((e) => e.kind === kind);

describe('events35b: elections in phases', () => {
  it('polling that opened in constituencies is an election, dated by its day', () => {
    const [poll] = ofKind('Polling opened on Monday in 94 constituencies of the northern province, with turnout brisk in the capital.', 'election');
    assert.equal(poll?.date, '2031-04-14');
  });

  it('a later phase told is the same election, dated by the polling day told first', () => {
    const body =
      'Voting got under way on Monday in 60 seats in the opening phase of the provincial assembly election.\n\n' +
      'Officials said turnout was high.\n\n' +
      'The third phase of voting will be held on May 9, and ballots will be counted on May 20.';
    const elections = ofKind(body, 'election');
    assert.equal(elections.length, 1);
    assert.equal(elections[0].date, '2031-04-14');
    assert.equal(elections[0].more.length, 1);
  });

  it('a phase alone is dated by its polling day, not by the count', () => {
    const [phase] = ofKind('The second round of the regional polls will be held on May 9 and results will be declared on May 12.', 'election');
    assert.equal(phase?.date, '2031-05-09');
  });

  it('early voting, a phase to come and a chamber voting on a bill make no election', () => {
    assert.equal(ofKind('In many states early voting will begin a month before the election.', 'election').length, 0);
    assert.equal(ofKind('The party is spending heavily as the first round of voting nears.', 'election').length, 0);
    assert.equal(ofKind('Voting began on the amendments in the Senate late on Monday.', 'election').length, 0);
  });
});

describe('events35b: a date of another clause', () => {
  it('talks that broke down before the main clause’s day take neither its date nor its date words', () => {
    const [talks] = ofKind('Some 900 bus drivers walked off the job on Monday after pay talks with the transit authority broke down over the weekend.', 'talks');
    assert.ok(talks);
    assert.equal(talks.date, null);
    assert.equal(talks.dateText, null);
    const [strike] = ofKind('Some 900 bus drivers walked off the job on Monday after pay talks with the transit authority broke down over the weekend.', 'strike');
    assert.equal(strike?.date, '2031-04-14');
  });
});
