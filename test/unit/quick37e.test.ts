/**
 * Events of unseen news (session 37, quick37e): a past report of a day before the article is not
 * put in the next year by a noun "plan to" far from its date words; "was met with chants" is a
 * reception, no meeting; a service's rounds are no visit; talks or results of no one are none, and
 * one company's results told again undated are its results event; a strike that began is a strike.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { extractEvents, type LocalEvent } from '../../src/extractor/events';
import { tenseAround } from '../../src/extractor/dateTense';

/** An article dated `date` (default Monday 14 April 2031). */
const dated = (body: string, date = 'April 14, 2031'): string => `Headline of the day\n${date}\n\n${body}`;
const events = (body: string, date?: string): LocalEvent[] => extractEvents(analyze(dated(body, date)));
const ofKind = (body: string, kind: string, date?: string): LocalEvent[] => events(body, date).filter((e) => e.kind === kind);
/** An article with no date in its text, dated only by its file name's `fileDate`. */
const undatedText = (body: string, fileDate: string): LocalEvent[] => extractEvents(analyze(`Headline of the day\n\n${body}`), fileDate);

describe('quick37e: a past report is not dated after the article', () => {
  it('a noun "plan to" far from the date words does not make them future', () => {
    const s = 'On March 3, a choir from Westfield Academy, a school unusually diverse for the county, was booed with chants about the governor’s plan to close rural schools.';
    assert.notEqual(tenseAround(s, 3, 10), 'future');
    // the article's day is its file name's: a protest of a day before it is not dated a year later
    const [rally] = undatedText(
      'On March 3, thousands of parents from the valley towns, many of them farmers who drove in from the hills, staged a protest in Lyon against the minister’s plan to close rural schools.',
      '2031-04-14',
    ).filter((e) => e.kind === 'rally');
    assert.ok(rally);
    assert.equal(rally.date, '2031-03-03');
  });

  it('a verb in the past nearer the date words than a far future word keeps them past', () => {
    const s = 'On Feb. 22, the squad from Kilkenny, a club unusually diverse for the region, was pelted with bottles by fans who would later be banned.';
    assert.equal(tenseAround(s, 3, 10), 'past');
  });

  it('"need" is no verb in the past: a far "would" still looks ahead', () => {
    const s = 'Buoyed by a week of good polls, the challenger would then need to win the three southern primaries on May 9 and stay close through June.';
    const at = s.indexOf('May 9');
    assert.equal(tenseAround(s, at, at + 5), 'future');
  });

  it('near miss: a plan as the verb still looks ahead', () => {
    assert.equal(tenseAround('The ministers plan to meet in Geneva on March 3.', 38, 45), 'future');
    assert.equal(tenseAround('On March 3, the committee of ministers from all twelve member states of the bloc plans to vote on the treaty.', 3, 10), 'future');
  });
});

describe('quick37e: "was met with" a reception is no meeting', () => {
  it('chants, jeers and protests that met someone are no meeting', () => {
    assert.equal(ofKind('On Saturday, a volleyball team from Harrow Park was met with chants of “go home” at an away game in Leeds.', 'meeting').length, 0);
    assert.equal(ofKind('The minister was met with jeers when she arrived at the congress in Porto on Friday.', 'meeting').length, 0);
    assert.equal(ofKind('The reform has been met with anger from unions since it was announced on Monday.', 'meeting').length, 0);
  });

  it('near miss: meeting people is a meeting', () => {
    assert.equal(ofKind('Prime Minister Anna Lindqvist met with union leaders in Stockholm on Thursday.', 'meeting').length, 1);
  });
});

describe('quick37e: a service’s rounds are no visit', () => {
  it('a mobile library or a screening bus that visits towns makes no visit', () => {
    assert.equal(ofKind('From June, mobile library services will visit each of the three towns once a week, Fife Council said on Friday.', 'visit').length, 0);
    assert.equal(ofKind('The breast screening bus visited Tralee and Dingle last week, the Health Service Executive said.', 'visit').length, 0);
  });

  it('near miss: a minister who will visit makes a visit', () => {
    assert.equal(ofKind('Health Minister Stephen Donnelly will visit Tralee on Friday, his department said.', 'visit').length, 1);
  });
});

describe('quick37e: talks or results of no one', () => {
  it('talks that broke down with no party named are no event', () => {
    assert.equal(ofKind('Weekend talks broke down, and the strike is expected to go ahead.', 'talks').length, 0);
    assert.equal(ofKind('The fighting has been a sticking point in the negotiations.', 'talks').length, 0);
  });

  it('one company’s results told again with no date are its results event', () => {
    const results = events(
      'Norsk Hydro posted a 12 per cent drop in quarterly profit on Tuesday, hit by higher power costs.\n\nThe company also cut its annual profit forecast, saying results would suffer until prices eased.',
    ).filter((e) => /results/.test(e.label));
    assert.equal(results.length, 1, results.map((e) => e.label).join('; '));
    assert.equal(results[0].date, '2031-04-08');
  });

  it('near miss: talks between two named sides, or on a day, are kept', () => {
    assert.equal(ofKind('Weekend talks broke down on Sunday, and the strike is expected to go ahead.', 'talks').length, 1);
    assert.equal(ofKind('Talks between the Ontario government and the teachers’ union broke down on Sunday.', 'talks').length, 1);
  });
});

describe('quick37e: a strike that began', () => {
  it('"began a province-wide strike" is a strike on its day', () => {
    const [s] = ofKind('Teachers began a province-wide strike on Monday after contract talks failed, the union said.', 'strike');
    assert.ok(s);
    assert.equal(s.date, '2031-04-14');
    assert.equal(ofKind('Nurses in Victoria began a statewide strike on Thursday.', 'strike').length, 1);
  });

  it('near miss: a military strike that began is none', () => {
    assert.equal(ofKind('The army began a drone strike on the rebel base on Monday.', 'strike').length, 0);
  });
});
