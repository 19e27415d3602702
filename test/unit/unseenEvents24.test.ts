import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { extractEvents, type LocalEvent } from '../../src/extractor/events';

const HEADLINE = 'Ferry operators brace for a long winter';
/** Events of an article dated by its header (Tuesday 10 March 2026). */
const eventsOf = (body: string): LocalEvent[] => extractEvents(analyze(`${HEADLINE}\n\nPublished 10 March 2026\n\n${body}`));
const kinds = (body: string): string[] => eventsOf(body).map((e) => `${e.kind} ${e.date}`);

/**
 * Unseen news (session 24): events and their dates, each kind in sentences of our own.
 */
describe('unseen events 24: what did not happen', () => {
  it('an event undone by its clause is no event ("was cancelled", "…, planned for May, was called off", "postponed the visit")', () => {
    assert.deepEqual(kinds('A planned summit of ferry operators, set for May, was cancelled on Monday.'), []);
    assert.deepEqual(kinds('A meeting of harbour masters in Oban was postponed indefinitely last week.'), []);
    assert.deepEqual(kinds('The minister postponed her visit to the islands.'), []);
    // the event goes ahead when something else is called off
    assert.deepEqual(kinds('Ferry operators met in Oban on Monday after the strike was called off.'), ['meeting 2026-03-09']);
  });

  it('an event that did not come about, or whose plan was dropped, is none ("did not go ahead", "scrapped plans for a summit")', () => {
    assert.deepEqual(kinds('The summit in Oban did not go ahead because of the gales.'), []);
    assert.deepEqual(kinds('Talks between the crews and the operator never took place.'), []);
    assert.deepEqual(kinds("The minister's visit to the islands has been put on hold."), []);
    assert.deepEqual(kinds('Officials scrapped plans for a summit in Oban next month.'), []);
    assert.deepEqual(kinds("Organisers called off Saturday's rally in Oban."), []);
    // what is called off in a condition is another thing: the talks stand
    assert.deepEqual(kinds('The operator will hold talks on Friday only if the strike is called off.'), ['talks 2026-03-13']);
  });

  it('an event word inside a body\'s name is none ("the Treaty of Oban Organisation", "the Ferry Summit Commission")', () => {
    assert.deepEqual(kinds('The Treaty of Oban Organisation said it would review fares.'), []);
    assert.deepEqual(kinds('The Ferry Summit Commission met in Oban on Monday.').map((k) => k.split(' ')[0]), ['meeting']);
  });

  it('a possible event is no event ("could hold talks"), a planned one is', () => {
    assert.deepEqual(kinds('The operator said it could hold talks with the crews again if the strike was dropped.'), []);
    assert.deepEqual(kinds('The operator will hold talks with the crews on Friday.'), ['talks 2026-03-13']);
  });
});

describe('unseen events 24: event words dated or staged', () => {
  it('a hearing by its stage or its day is one ("a pretrial hearing", "Monday\'s hearing", "a two-day hearing in February")', () => {
    assert.deepEqual(kinds('A judge scheduled a pretrial hearing for April 21 in the ferry fraud case.'), ['hearing 2026-04-21']);
    assert.deepEqual(kinds("At Monday's hearing, the judge refused bail."), ['hearing 2026-03-09']);
    assert.deepEqual(kinds('The tribunal heard evidence at a two-day hearing in February.'), ['hearing 2026-02']);
    // (a hearing in the other sense is none)
    assert.deepEqual(kinds('The captain has poor hearing in one ear.'), []);
  });

  it('an election or a debate dated by the words before it ("the May 7 general election", "Sunday\'s election", "a televised debate")', () => {
    assert.deepEqual(kinds('Polls show a close race ahead of the May 7 general election.'), ['election 2026-05-07']);
    assert.deepEqual(kinds("The island party lost two seats in Sunday's election."), ['election 2026-03-08']);
    assert.deepEqual(kinds('The two leaders clashed over fares in a televised debate on Thursday.'), ['debate 2026-03-05']);
  });

  it('a meeting someone is expected or due to hold is one ("is expected to meet … on Friday")', () => {
    assert.deepEqual(kinds('The minister is expected to meet ferry crews on Friday.'), ['meeting 2026-03-13']);
    assert.deepEqual(kinds('The operator is due to meet its targets by June.'), []);
  });
});

describe('unseen events 24: the event\'s own date in a sentence of two', () => {
  it('a date before a phrase that opens with a preposition is another word\'s ("from next Tuesday after talks broke down last week")', () => {
    const ev = eventsOf('Crews will stop work from next Monday after talks with the operator collapsed last week.');
    assert.deepEqual(ev.map((e) => [e.kind, e.dateText]), [['talks', 'last week']]);
    // a date that modifies the event word is still its own
    assert.deepEqual(kinds("Thursday's meeting of ferry operators in Oban ended early."), ['meeting 2026-03-05']);
  });
});

describe('unseen events 24: one event told several times', () => {
  it('a headline\'s undated event is the body\'s first event of its kind ("… head to Oban for ferry summit")', () => {
    const ev = extractEvents(analyze('Island leaders head to Oban for a ferry summit as fares rise again\n\nPublished 10 March 2026\n\nIsland leaders will gather for a summit in Oban on Thursday to agree a fares cap.'));
    assert.deepEqual(ev.map((e) => [e.kind, e.date, e.more.length]), [['summit', '2026-03-12', 1]]);
    // a summit elsewhere is another
    const two = extractEvents(analyze('Island leaders demand a ferry summit in Oban as fares rise again for islanders\n\nPublished 10 March 2026\n\nThey held a summit in Mallaig on Monday.'));
    assert.equal(two.length, 2);
  });
});

describe('unseen events 24: an event of several days', () => {
  it('is dated by its first day when told by its last ("a two-day summit that ended on Friday" began on Thursday)', () => {
    const ev = extractEvents(analyze('Ferry deal agreed\n\nPublished 14 March 2026\n\nMinisters agreed a fares cap at the two-day summit that ended in Oban on Friday.'));
    assert.deepEqual(ev.map((e) => [e.kind, e.date]), [['summit', '2026-03-12']]);
    // one told by its first day keeps it
    assert.deepEqual(kinds('Ministers will gather for a three-day summit in Oban on Thursday.'), ['summit 2026-03-12']);
  });
});

describe('unseen events 24: photo captions', () => {
  it('a labelled caption under a paragraph makes it no caption ("Photo: X holds up …"); a short credit line does', () => {
    const body = 'Ferry firm launches new boat\n\nPublished 17 February 2026\n\nThe firm unveiled a new ferry on Tuesday in Oban.\n\nThe firm announced in January that it would cut 60 jobs.';
    const ev = extractEvents(analyze(`${body}\n\nPhoto: The chief executive holds up a model of the ferry at the launch in Oban.`));
    assert.deepEqual(ev.map((e) => [e.kind, e.date, e.more.length]), [['announcement', '2026-02-17', 0], ['announcement', '2026-01', 0]]);
    // (a credit under it: the paragraph is a caption of the unveiling, and its passage that event's)
    const credited = extractEvents(analyze(`${body}\n\nPhoto: Jane Doe/Reuters`));
    assert.deepEqual(credited.map((e) => [e.kind, e.date, e.more.length]), [['announcement', '2026-02-17', 1]]);
  });
});

describe('unseen events 24: event words used as no event', () => {
  it('a summit that is a peak is no gathering ("at the summit of the league")', () => {
    assert.deepEqual(kinds('The coach said the win put the club back at the summit of the league.'), []);
    assert.deepEqual(kinds('Ministers will hold a summit of island leaders in Oban on Friday.'), ['summit 2026-03-13']);
  });

  it('a custom is no one event ("meet at a summit each spring"), unless a day is given', () => {
    assert.deepEqual(kinds('Island ministers meet at a summit in Oban each spring.'), []);
    assert.deepEqual(kinds('The summit, held every two years, brings island leaders together.'), []);
    assert.deepEqual(kinds('The summit, held every two years, opens in Oban on Thursday.'), ['summit 2026-03-12']);
  });

  it('an event that opens or resumes on a weekday is ahead ("opens in Oban on Thursday", "resumes on Monday")', () => {
    assert.deepEqual(kinds('The plea hearing in the ferry fraud case resumes on Monday.'), ['hearing 2026-03-16']);
  });
});

describe('unseen events 24: a reference back by its day', () => {
  it('"Thursday\'s meeting" is the talks held on Thursday, not a new meeting', () => {
    const ev = extractEvents(
      analyze('Fares cap agreed\n\nPublished 13 March 2026\n\nIsland ministers agreed to cap ferry fares after talks in Oban on Thursday.\n\nSpeaking after Thursday\'s meeting, minister Ruth Baird said the cap would start in April.\n\nBaird will meet operators in Mallaig next week.'),
    );
    assert.deepEqual(ev.map((e) => [e.kind, e.date, e.more.length]), [['talks', '2026-03-12', 1], ['meeting', '2026-03', 0]]);
  });

  it('with no date to compare, a day names another event as before ("Monday\'s meeting" in an undated article)', () => {
    const ev = extractEvents(analyze('Fares cap agreed\n\nIsland ministers held talks in Oban.\n\nSpeaking after Monday\'s meeting, minister Ruth Baird said the cap would start in April.'));
    assert.equal(ev.length, 2);
  });
});
