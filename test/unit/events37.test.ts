/**
 * Events of unseen news, by kind of fault (session 37): an election voted in on its day, a runoff
 * and its first round in one sentence, hearings set or told by their day, a trial that will begin,
 * an appeal to be heard, findings delivered and statements to publish, a march to a place and a
 * protest planned, a swearing-in; a launch or a swearing-in told in a relative clause is
 * background; a part of the day stays in the date text. Each with a near miss that makes no event.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { extractEvents, type LocalEvent } from '../../src/extractor/events';

/** An article dated `date` (default Monday 14 April 2031). */
const dated = (body: string, date = 'April 14, 2031'): string => `Headline of the day\n${date}\n\n${body}`;
const events = (body: string, date?: string): LocalEvent[] => extractEvents(analyze(dated(body, date)));
const ofKind = (body: string, kind: string, date?: string): LocalEvent[] => events(body, date).filter((e) => e.kind === kind);

describe('events37: elections', () => {
  it('people who voted on a day in an election made that election', () => {
    const [e] = ofKind('Chileans voted on Sunday in a presidential election that could return the right to power.', 'election');
    assert.equal(e?.date, '2031-04-13');
    assert.equal(ofKind('Chileans voted on Sunday to approve a new pension law.', 'election').length, 0);
  });

  it('a runoff and the first round before it are two elections of one sentence', () => {
    const all = ofKind("Peru will hold a presidential runoff on June 7 after no candidate won a majority in Sunday's first round.", 'election');
    assert.deepEqual(all.map((e) => e.date).sort(), ['2031-04-13', '2031-06-07']);
    assert.equal(ofKind('Peru will hold a presidential runoff on June 7 after a close count.', 'election').length, 1);
  });

  it('two debates of one sentence joined by "and" are two debates, each on its day', () => {
    const all = ofKind('The two leaders will face off in a French-language debate on Wednesday evening in Montreal and an English-language debate on Thursday.', 'debate');
    assert.deepEqual(
      all.map((e) => [e.date, e.dateText]).sort(),
      [
        ['2031-04-16', 'on Wednesday evening'],
        ['2031-04-17', 'on Thursday'],
      ],
    );
    assert.equal(ofKind('The two leaders will face off in a French-language debate on Wednesday evening in Montreal and in Toronto.', 'debate').length, 1);
  });
});

describe('events37: courts', () => {
  it('a hearing set for a day is on that day, not on the day it was set', () => {
    const [h] = ofKind('A judge on Monday set a hearing on May 2 to decide whether the law can take effect.', 'hearing');
    assert.equal(h?.date, '2031-05-02');
    // (set in the past, the day set is still ahead)
    const [ahead] = ofKind('A federal judge set a hearing on December 9 to decide whether the files must be handed over.', 'hearing', 'December 1, 2025');
    assert.equal(ahead?.date, '2025-12-09');
  });

  it('the hearing told by its day is a hearing; the hearing alone is none', () => {
    const [h] = ofKind('Lawyers for the city will argue at the hearing on May 2 that the law is unconstitutional.', 'hearing');
    assert.equal(h?.date, '2031-05-02');
    assert.equal(ofKind('Lawyers for the city said the hearing was a setback.', 'hearing').length, 0);
  });

  it('a trial that will begin is a trial on its day; a clinical trial is none', () => {
    const [t] = ofKind('The trial of Tom Hale on bribery charges will begin on 3 March, the court said.', 'hearing');
    assert.equal(t?.date, '2032-03-03');
    assert.match(t.label, /trial/);
    assert.equal(ofKind('The clinical trial of the new malaria vaccine will begin on 3 March.', 'hearing').length, 0);
  });

  it('an appeal to be heard is a hearing of its month', () => {
    const [h] = ofKind('Lawyers for Tom Hale said his appeal against the ruling will be heard in November.', 'hearing');
    assert.equal(h?.date, '2031-11');
    assert.equal(ofKind('Lawyers for Tom Hale said his appeal was heard with sympathy by the public.', 'hearing').length, 0);
  });

  it('an inquest set to open is a hearing of its month; one only asked for is none', () => {
    const [h] = ofKind("A coroner's inquest, which is set to open in June, will examine the deaths.", 'hearing');
    assert.equal(h?.date, '2031-06');
    assert.equal(ofKind("Families have called for a coroner's inquest into the deaths.", 'hearing').length, 0);
  });

  it('a swearing-in is an event of its own; one that times another act, or a witness sworn in, is none', () => {
    const [s] = ofKind('Justice Ama Boateng was sworn in as chief justice on Monday at a ceremony at Jubilee House.', 'swearing-in');
    assert.equal(s?.date, '2031-04-14');
    assert.equal(s.placeName, 'Jubilee House');
    const [ahead] = ofKind('The new ministry will be sworn in at Government House on Tuesday.', 'swearing-in');
    assert.equal(ahead?.date, '2031-04-15');
    assert.equal(ofKind('Since she was sworn in in 2021, Mayor Lee Brand has cut the budget twice.', 'swearing-in').length, 0);
    assert.equal(ofKind('The witness was sworn in and told the court she saw the car.', 'swearing-in').length, 0);
    assert.equal(ofKind('Mayor Lee Brand, who was sworn in last year, said the budget would be cut.', 'swearing-in').length, 0);
  });
});

describe('events37: publications, protests and launches', () => {
  it('findings delivered are a publication, not a statement of the inquiry', () => {
    const all = events('An independent commission delivered its findings on Friday, concluding that the port authority ignored warnings.');
    assert.deepEqual(
      all.map((e) => [e.kind, e.date]),
      [['publication', '2031-04-11']],
    );
    assert.equal(ofKind('The findings surprised the port authority.', 'publication').length, 0);
    // (findings that time another act are no event of it: the month is the poll's)
    assert.equal(ofKind('Support rose from a poll conducted last month, before the commission released its findings.', 'publication').length, 0);
  });

  it('a speech to come is a speech, whatever words describe it', () => {
    const [s] = ofKind('Treasurer Jim Chalmers will deliver his first post-election speech to the National Press Club on 20 May.', 'speech');
    assert.equal(s?.date, '2031-05-20');
  });

  it('findings into a dated attack are dated by their own month, not the attack\'s', () => {
    const [p] = ofKind('The state coroner delivered her findings into the April 2029 attack in July, criticising police.', 'publication');
    assert.equal(p?.date, '2030-07');
    // (a date before its own event word is that event's: "the Nov. 8 election")
    const [e] = ofKind('Turnout at the Nov. 8 presidential election fell sharply.', 'election');
    assert.equal(e?.date, '2030-11-08');
  });

  it('a statement observers would publish is a publication on its day', () => {
    const [p] = ofKind('Observers from the African Union said they would publish a preliminary statement on Wednesday.', 'publication');
    assert.equal(p?.date, '2031-04-16');
  });

  it('a march to a place on an ordinal day is a rally; a march in March is none', () => {
    const [r] = ofKind('Teachers and parents will march to Parliament on the 22nd to demand smaller classes.', 'rally');
    assert.equal(r?.date, '2031-04-22');
    assert.equal(ofKind('Teachers were paid late in March.', 'rally').length, 0);
  });

  it('a protest planned for a place is a rally; one planned with nowhere or no day is none', () => {
    const [r] = ofKind('Parents plan a protest outside the Assembly on 24 April.', 'rally');
    assert.equal(r?.date, '2031-04-24');
    assert.equal(ofKind('Some of the delegates are planning a demonstration.', 'rally').length, 0);
  });

  it('a launch told of a person in a relative clause is background; a launch ahead is an event', () => {
    assert.equal(ofKind('The governor, who launched a tree-planting drive in 2022, resigned on Friday.', 'announcement').length, 0);
    const [l] = ofKind('The ministry will launch a vaccination campaign against measles in Kisumu on Friday.', 'announcement');
    assert.equal(l?.date, '2031-04-18');
  });
});

describe('events37: elections in phases, days in pairs', () => {
  it('an election voted in phases on its days is one election, dated by its first day', () => {
    const all = ofKind('Bihar will vote in two phases on 6 and 11 November, with counting on 14 November, the Election Commission announced on Monday.', 'election');
    assert.deepEqual(
      all.map((e) => e.date),
      ['2031-11-06'],
    );
    assert.equal(ofKind('The council will vote in two phases on the budget.', 'election').length, 0);
  });

  it('a meeting on two days of a month starts on the first', () => {
    const [m] = ofKind('The Reserve Bank board will meet on 19 and 20 May to set interest rates.', 'meeting');
    assert.equal(m?.date, '2031-05-19');
    assert.equal(m.dateText, '19 and 20 May');
  });
});

describe('events37: date text', () => {
  it('a part of the day stays in the date text', () => {
    const [v] = ofKind('President Ana Reyes flew over flooded towns in the north on Thursday afternoon.', 'visit');
    assert.equal(v?.date, '2031-04-10');
    assert.equal(v.dateText, 'on Thursday afternoon');
  });

  it('an article dated by its front matter dates its events', () => {
    const text = '---\ntitle: "Teachers extend strike"\ndate: 2026-11-17\n---\n\n# Teachers extend strike\n\nThe union\'s state executive will meet on Thursday to decide its next step.\n';
    const [m] = extractEvents(analyze(text)).filter((e) => e.kind === 'meeting');
    assert.equal(m?.date, '2026-11-19');
  });
});
