import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { extractEvents, type LocalEvent } from '../../src/extractor/events';
import { quotesOf } from './helpers';

const eventsOf = (text: string): LocalEvent[] => extractEvents(analyze(text), null);
const DATED = 'Ferry strike enters second week\nPublished Wednesday 14 May 2031\n';

describe('events23: words that look like events and are none', () => {
  it('a verb in title case inside a name ("the Met Office", "Met Police") is no meeting', () => {
    assert.deepEqual(eventsOf(`${DATED}The Met Office has extended its amber warning for wind until 18:00.`), []);
    assert.deepEqual(eventsOf(`${DATED}Officers from the Met Police were called to the pier at dawn.`), []);
    // the verb in lower case, or a headline's capitals, still make one
    assert.equal(eventsOf(`${DATED}Union leaders met with the ferry operator on Tuesday.`)[0]?.kind, 'meeting');
  });

  it('a count of events ("the number of meetings", "dozens of summits") is no one event', () => {
    assert.deepEqual(eventsOf(`${DATED}The number of meetings has doubled since the strike began.`), []);
    assert.deepEqual(eventsOf(`${DATED}Ms. Oduya has attended dozens of meetings with the operator.`), []);
    // one meeting of many people is one event
    assert.equal(eventsOf(`${DATED}The union held a meeting of its members in Dover on Tuesday.`)[0]?.kind, 'meeting');
  });
});

describe('events23: the date of a statement is the saying’s', () => {
  it('a date in a relative clause before the cue is the clause’s: no dated statement from it', () => {
    assert.deepEqual(eventsOf(`${DATED}Captain Ruth Ellery, who joined the company two years ago, said the crews were exhausted.`), []);
  });

  it('the date words after the clause are the saying’s', () => {
    const [statement] = eventsOf(`${DATED}Captain Ruth Ellery, who joined the company two years ago, on Tuesday said the crews were exhausted.`);
    assert.equal(statement?.kind, 'statement');
    assert.equal(statement?.date, '2031-05-13');
  });

  it('a date in a relative clause the cue is in stays the saying’s', () => {
    const [statement] = eventsOf(`${DATED}Passengers cheered union leader Tom Hale, who on Tuesday said the offer was an insult.`);
    assert.equal(statement?.label, 'Tom Hale statement');
    assert.equal(statement?.date, '2031-05-13');
  });
});

describe('events23: two speakers’ statements on one day are two events', () => {
  it('different named speakers, even with a party in common, are not merged', () => {
    const events = eventsOf(
      `${DATED}Union leader Tomas Brandt said on Tuesday that the operator had refused to meet the crews.\n\n` +
        `Operator spokeswoman Lena Fairlie said on Tuesday that Mr. Brandt had been offered a meeting twice.`,
    );
    const statements = events.filter((e) => e.kind === 'statement');
    assert.equal(statements.length, 2, JSON.stringify(events.map((e) => e.label)));
  });

  it('one speaker saying more the same day is one statement', () => {
    const events = eventsOf(
      `${DATED}Union leader Tomas Brandt said on Tuesday that the operator had refused to meet the crews.\n\n` +
        `Mr. Brandt said on Tuesday that the crews would stay out until the operator came back with a new offer.`,
    );
    assert.equal(events.filter((e) => e.kind === 'statement').length, 1, JSON.stringify(events.map((e) => e.label)));
  });
});

describe('attribution 23: a relative pronoun speaks for the body of people before it', () => {
  it('"the crews, who said …" is the group "crews", as "the nurses, who said …" is', () => {
    const who = (body: string) => quotesOf(`Ferry strike\n\n${body}`).map((q) => [q.who, q.text]);
    assert.deepEqual(who('The operator thanked the crews, who said they would return.'), [['crews', 'they would return']]);
    assert.deepEqual(who('The minister visited the nurses, who said the clinic had run out of beds.'), [['nurses', 'the clinic had run out of beds']]);
    assert.deepEqual(who('Mayor Ida Brun met volunteers who said the shelter would stay open.'), [['volunteers', 'the shelter would stay open']]);
    // a part of a group is not the group: "two of the nurses who said" are the people named before
    assert.notDeepEqual(who('Kaja Lind and Ola Berg, two of the nurses who said the clinic had run out of beds, left.').map(([w]) => w), ['of the nurses']);
  });
});

describe('names 23: a title that is a given name too', () => {
  it('opening a two-word name after a role in lower case, it is the given name ("Rovers manager Dean Ashby")', () => {
    const who = (body: string) => quotesOf(`Match report\n\n${body}`).map((q) => q.who);
    assert.deepEqual(who('Rovers manager Dean Ashby said the team had been unlucky.'), ['Dean Ashby']);
    assert.deepEqual(who('The coach Dean Moss said the squad was tired.'), ['Dean Moss']);
    // an office before a name stays one
    assert.deepEqual(who('Assistant Dean Mark Lowe said exams were moved.'), ['Mark Lowe']);
  });
});
