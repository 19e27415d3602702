/**
 * Events of unseen Canadian and US news, by kind of fault (session 38): a lockout and a walkout
 * by its span are strikes, a town hall is a meeting, a body's sitting by its day, a trial date set,
 * voters who decide a recall, a motion of no confidence survived, a vote of members on a treaty or
 * a contract (the vote is the event, not the agreement), a long-named announcer's cue; and senses
 * that make no event: a meeting place, a proposal ("should hold a hearing"), an agreement in force
 * under review, "The election of a new chair is expected".
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { extractEvents, type LocalEvent } from '../../src/extractor/events';

/** An article dated `date` (default Tuesday 13 January 2026). */
const dated = (body: string, date = 'January 13, 2026'): string => `Headline of the day\n${date}\n\n${body}`;
const events = (body: string, date?: string): LocalEvent[] => extractEvents(analyze(dated(body, date)));
const ofKind = (body: string, kind: string, date?: string): LocalEvent[] => events(body, date).filter((e) => e.kind === kind);

describe('events38: labour disputes', () => {
  it('employees locked out on a day make a strike (a lockout), a door locked makes none', () => {
    const [e] = ofKind('QUEBEC — The owners of Le Soleil locked out 140 newsroom and office employees early Monday.', 'strike');
    assert.equal(e?.date, '2026-01-12');
    assert.equal(e?.label.includes('lockout'), true);
    assert.equal(events('The manager locked out the cleaners’ storeroom early Monday.').length, 0);
  });

  it('a walkout for a span starting on a day is a strike on that day; walking out of a meeting is none', () => {
    const [e] = ofKind('LONDON (AP) — Resident doctors in England will walk out for five days starting Jan. 27, the British Medical Association said Tuesday.', 'strike');
    assert.equal(e?.date, '2026-01-27');
    assert.equal(ofKind('Opposition members walked out of the chamber on Monday.', 'strike').length, 0);
  });

  it('talks scheduled to resume on a day are talks on that day', () => {
    const [e] = ofKind('Talks between the newspaper and the union are scheduled to resume Jan. 19 with a provincial mediator.', 'talks');
    assert.equal(e?.date, '2026-01-19');
  });
});

describe('events38: meetings, hearings and elections', () => {
  it('a town hall held or attended is a meeting on its day; the town hall as a building is none', () => {
    const all = ofKind('GRAND JUNCTION, Colo. (AP) — Rep. Jeff Hurd faced angry constituents at a town hall in Grand Junction on Monday night. Hurd said he would hold another town hall in Pueblo on Jan. 24.', 'meeting');
    assert.deepEqual(all.map((e) => e.date).sort(), ['2026-01-12', '2026-01-24']);
    assert.equal(ofKind('The flag outside the town hall in Pueblo was lowered on Monday.', 'meeting').length, 0);
  });

  it('a body’s sitting by its day is a meeting; a meeting place is none', () => {
    const [e] = ofKind('PHOENIX (AP) — The council will take up the water rate increase again at its Feb. 9 meeting.', 'meeting');
    assert.equal(e?.date, '2026-02-09');
    assert.equal(events('Residents packed the meeting place at the Burton Barr Central Library last week.').length, 0);
  });

  it('a proposal to hold a hearing is no hearing', () => {
    assert.equal(ofKind('Coun. Waye Mason said the city should hold a public hearing before committing any more money.', 'hearing').length, 0);
    assert.equal(ofKind('The city will hold a public hearing on the stadium on Jan. 20.', 'hearing')[0]?.date, '2026-01-20');
  });

  it('a trial date set is a hearing on that day, a clinical trial none', () => {
    const [e] = ofKind('U.S. District Judge Nancy Brasel set a trial date of March 2 for the former senator, who is charged with fraud.', 'hearing');
    assert.equal(e?.date, '2026-03-02');
    assert.equal(ofKind('The company set a trial date of March 2 for its new vaccine.', 'hearing').length, 0);
  });

  it('voters who will decide on a day whether to recall an official hold an election that day', () => {
    const [e] = ofKind('SALEM, Ore. (AP) — Voters in Marion County will decide Feb. 18 whether to recall County Commissioner Danielle Bethell, election officials said Tuesday.', 'election');
    assert.equal(e?.date, '2026-02-18');
  });

  it('"The election of a new chair is expected" with no day is no election', () => {
    assert.equal(ofKind('The election of a new board chair is expected after the recall.', 'election').length, 0);
  });

  it('an inquest announced by a long-named office is the event, not the announcement', () => {
    const all = events('THUNDER BAY, Ont. — A coroner’s inquest into the death of a 17-year-old student will begin June 8 in Thunder Bay, the Office of the Chief Coroner for Ontario announced Monday.');
    assert.deepEqual(all.map((e) => [e.kind, e.date]), [['hearing', '2026-06-08']]);
  });
});

describe('events38: votes and agreements', () => {
  it('a government that survived a motion of no confidence held a vote that day', () => {
    const [e] = ofKind('DUBLIN (AP) — Ireland’s coalition government survived a motion of no confidence in the Dáil on Tuesday, winning by 88 votes to 70.', 'vote');
    assert.equal(e?.date, '2026-01-13');
  });

  it('members who ratified a treaty in a vote held a vote; the treaty is no signing', () => {
    const all = events('Chief Councillor Glenn Bennett said members ratified the treaty in a vote in 2024.');
    assert.deepEqual(all.map((e) => [e.kind, e.date]), [['vote', '2024']]);
  });

  it('teachers who voted in favour of an agreement held a vote, no agreement was signed', () => {
    const all = events('REGINA — Saskatchewan teachers voted 88 per cent in favour of a new collective agreement on Monday, the Saskatchewan Teachers’ Federation said.');
    assert.deepEqual(all.map((e) => [e.kind, e.date]), [['vote', '2026-01-12']]);
  });

  it('an agreement in force under review is no agreement made', () => {
    assert.equal(ofKind('The two countries are preparing for a review of the USMCA trade agreement in July.', 'agreement').length, 0);
    assert.equal(ofKind('The two countries will sign a new trade agreement in July.', 'agreement')[0]?.date, '2026-07');
  });
});

describe('events38: the place of a reference back', () => {
  it('a later sentence about "the treaty" gives no place of another verb to the signing', () => {
    const all = ofKind('Leaders of the Kitselas First Nation signed a modern treaty with Ottawa on Monday. Legislation to bring the treaty into force will be introduced in Parliament this fall.', 'agreement');
    assert.equal(all.length, 1);
    assert.equal(all[0].date, '2026-01-12');
    assert.equal(all[0].placeName, null);
  });

  it('a clause that tells where the event itself is held still gives its place', () => {
    const [e] = ofKind('Stoltenberg wrote ahead of the NATO summit which will be held in Vilnius.', 'summit');
    assert.equal(e?.placeName, 'Vilnius');
  });
});

describe('events38: a reference told in the past', () => {
  it('goes back to the event held, not to one announced for later', () => {
    const all = ofKind('Rep. Jeff Hurd faced angry constituents at a town hall in Grand Junction on Monday night. He said he would hold another town hall in Pueblo on Jan. 24. Protesters gathered outside the venue before the meeting began.', 'meeting');
    const held = all.find((e) => e.date === '2026-01-12');
    assert.equal(held?.more.length, 1);
    assert.equal(all.find((e) => e.date === '2026-01-24')?.more.length, 0);
  });
});

describe('events38: a date in a participle’s clause', () => {
  it('belongs to that clause’s act, not to the event before it', () => {
    const [e] = ofKind('Saskatchewan teachers have voted 88 per cent in favour of a new contract, ending a dispute that led to rotating strikes last year, the federation said.', 'vote');
    assert.notEqual(e?.date, '2025');
    const [walkout] = ofKind('Resident doctors in England will walk out for five days, starting Jan. 27.', 'strike');
    assert.equal(walkout?.date, '2026-01-27');
  });
});

describe('events38: an hour alone', () => {
  it('in a sentence that looks ahead is the article’s own day; with a weekday it is that day', () => {
    const [e] = ofKind('Fire officials will give an update at a news conference at 6 p.m.', 'press conference');
    assert.equal(e?.date, '2026-01-13');
    const [later] = ofKind('Fire officials will give an update at a news conference at 6 p.m. on Thursday.', 'press conference');
    assert.equal(later?.date, '2026-01-15');
  });
});

describe('events38: a described person’s plea', () => {
  it('a plea on a day by the person the sentence opens with is a hearing that day; one undated is background', () => {
    const [e] = ofKind('MINNEAPOLIS (AP) — A former Minnesota state senator pleaded not guilty Monday to federal fraud charges.', 'hearing');
    assert.equal(e?.date, '2026-01-12');
    assert.equal(ofKind('MINNEAPOLIS (AP) — A former Minnesota state senator pleaded not guilty to federal fraud charges.', 'hearing').length, 0);
  });
});

describe('events38: a byelection called for a day', () => {
  it('is on that day, however long its phrase, in either spelling', () => {
    const [e] = ofKind('HALIFAX — Premier Tim Houston on Monday called a byelection in the Cape Breton riding of Glace Bay-Dominion for Feb. 5.', 'election');
    assert.equal(e?.date, '2026-02-05');
    const [d] = ofKind('Candidates will take part in a debate hosted by the local chamber of commerce on Jan. 22.', 'debate');
    assert.equal(d?.date, '2026-01-22');
    assert.equal(ofKind('Residents took part in the debate over bus fares on Monday.', 'debate').length, 0);
  });
});
