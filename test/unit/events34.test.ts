/**
 * Events of unseen news, by kind of fault (session 34): a court's business (a trial set down, a
 * ruling, a judgment due, a case heard, a fine, an appearance by video link, a witness before a
 * committee or a commission in any tense), protests and marches, voters who elect, an election
 * with its day, a vote in a relative clause or at a meeting, a game by its score, an urging that is
 * no event, a worker's workplace that is no place; dates ("Wednesday next week", the tense of a
 * clause before a cue or an "after" clause, a dateline in figures); one event across articles; and
 * the "after/before another act" date pattern kept linear.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { extractEvents, type LocalEvent } from '../../src/extractor/events';
import { anotherAct } from '../../src/extractor/dates';
import { readPublished } from '../../src/extractor/publishedDate';
import { DraftMerger } from '../../src/corpus/events';

const eventsOf = (text: string): LocalEvent[] => extractEvents(analyze(text));
/** An article dated `date` (default Wednesday 12 March 2031). */
const dated = (body: string, date = 'March 12, 2031'): string => `Headline of the day\n${date}\n\n${body}`;
const ofKind = (body: string, kind: string, date?: string): LocalEvent[] => eventsOf(dated(body, date)).filter((e) => e.kind === kind);

/** Milliseconds for `f`, the best of three runs. */
function best(f: () => void): number {
  let min = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    f();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

describe('events34: a court’s business', () => {
  it('a trial set down to begin is one, dated; a drug trial set to begin is none', () => {
    const [merits] = ofKind('A trial on the merits is scheduled to begin on September 14 in the lawsuit brought by Harmon Foods against the province.', 'hearing');
    assert.equal(merits?.date, '2031-09-14');
    assert.match(merits!.label, /trial/);
    const [pyle] = ofKind('The fraud trial of former mayor Gordon Pyle is scheduled to begin on April 22 in Ontario Superior Court.', 'hearing');
    assert.equal(pyle?.date, '2031-04-22');
    assert.equal(ofKind('A trial of the new vaccine is scheduled to begin on April 22 in Leeds.', 'hearing').length, 0);
  });

  it('a ruling, a judgment due and a case heard are hearings, dated', () => {
    const [ruling] = ofKind('A federal appeals court on Tuesday blocked a Texas law that lets state police arrest migrants.', 'hearing');
    assert.equal(ruling?.date, '2031-03-11');
    assert.match(ruling!.label, /ruling/);
    const [judgment] = ofKind("The Supreme Court will deliver its judgment on the government's appeal on Wednesday next week, the court said.", 'hearing');
    assert.equal(judgment?.date, '2031-03-19');
    assert.equal(ofKind('Five justices heard the case over three days in January.', 'hearing')[0]?.date, '2031-01');
    assert.equal(ofKind('The 5th U.S. Circuit Court of Appeals will hear arguments in the full case on April 2.', 'hearing')[0]?.date, '2031-04-02');
    // a central bank's decision is no court's
    assert.equal(ofKind('The Bank of England will deliver its decision on Thursday.', 'hearing').length, 0);
  });

  it('a fine in court, an appearance by video link, and what is said at a court', () => {
    assert.equal(ofKind('Ports of Auckland was fined $560,000 in the Auckland District Court on Friday over the death of a stevedore.', 'hearing')[0]?.date, '2031-03-07');
    assert.equal(ofKind('Darren Nash was remanded in custody. He will appear again by video link on 25 March.', 'hearing')[0]?.date, '2031-03-25');
    const said = eventsOf(dated("Nash will stand trial at the Central Criminal Court in October, Judge Eugene O'Kelly said at Limerick District Court on Tuesday."));
    assert.equal(said.filter((e) => e.kind === 'speech').length, 0);
    assert.deepEqual(said.filter((e) => e.kind === 'hearing').map((e) => e.date).sort(), ['2031-03-11', '2031-10']);
  });

  it('a witness before a committee or a commission, in any tense', () => {
    assert.equal(ofKind('Amtrak chief executive Roger Dale will testify before the House Transportation Committee on Wednesday about the derailment.', 'hearing')[0]?.date, '2031-03-12');
    assert.equal(ofKind('Former police chief Peter Sloly testified before the Public Order Emergency Commission on Tuesday.', 'hearing')[0]?.date, '2031-03-11');
    // (the verbs of a later "after" clause set no tense: the evidence is ahead)
    assert.equal(ofKind('The chief executive of Thames Water will give evidence to the Environment, Food and Rural Affairs Committee on Friday, a week after the company was fined.', 'hearing')[0]?.date, '2031-03-14');
  });
});

describe('events34: protests, elections and votes', () => {
  it('a protest held, a march and a protest planned are rallies; "protested at the decision" is none', () => {
    assert.equal(ofKind('Opponents held a protest outside the council chambers on Tuesday.', 'rally')[0]?.date, '2031-03-11');
    assert.equal(ofKind('Thousands of motorists marched through the Sydney CBD on Saturday in protest against a planned rise in tolls.', 'rally')[0]?.date, '2031-03-08');
    assert.equal(ofKind('French farmers will protest in Paris on Monday.', 'rally')[0]?.date, '2031-03-17');
    assert.equal(ofKind('Residents protested at the decision on Monday.', 'rally').length, 0);
  });

  it('voters who elect and an election with its day are elections', () => {
    assert.equal(ofKind('Voters in Saxony elect a new state parliament on Sunday.', 'election')[0]?.date, '2031-03-16');
    assert.equal(ofKind('Virginia Democrats will choose their nominee for governor in a primary on June 17.', 'election')[0]?.date, '2031-06-17');
  });

  it('a vote in a relative clause, a vote at a meeting, a confidence vote, councillors who voted', () => {
    const two = ofKind('The Senate on Thursday passed a stopgap spending bill 62-36, sending it to the House, which is expected to vote on Saturday.', 'vote');
    assert.deepEqual(two.map((e) => e.date).sort(), ['2031-03-06', '2031-03-15']);
    const both = eventsOf(dated("Investors in Halden Group voted 58 per cent against the pay package at the company's annual meeting on Tuesday."));
    assert.deepEqual(both.map((e) => `${e.kind} ${e.date}`).sort(), ['meeting 2031-03-11', 'vote 2031-03-11']);
    // (a workplace is no place: investors "in Halden Group", drivers "at Southway Rail")
    assert.ok(both.every((e) => e.placeName === null));
    assert.equal(ofKind('The Government won a confidence vote in the Dáil on Tuesday night by 95 votes to 76.', 'vote')[0]?.date, '2031-03-11');
    assert.equal(ofKind('Councillors who voted against a similar fund last year backed the plan on Wednesday.', 'vote')[0]?.date, '2030');
    assert.equal(ofKind('Drivers at Southway Rail will strike for 48 hours from 24 March.', 'strike')[0]?.placeName, null);
  });
});

describe('events34: meetings, talks and games', () => {
  it('one who urges or calls for talks is no party to them, and makes no event', () => {
    assert.equal(eventsOf(dated('Health Minister Ryan Park urged both sides to resume talks.')).length, 0);
    assert.equal(eventsOf(dated('Labor called for a summit on housing.')).length, 0);
    assert.equal(ofKind('The two sides resumed talks on Monday.', 'talks')[0]?.date, '2031-03-10');
  });

  it('a game by its score, and "The teams meet again" with the game’s teams', () => {
    const events = eventsOf(dated('Leon Draisaitl scored in overtime as the Edmonton Oilers beat the Calgary Flames 4-3 on Monday night.\n\nThe teams meet again on Saturday in Calgary.'));
    const game = events.find((e) => e.date === '2031-03-10');
    assert.match(game!.label, /game/);
    const again = events.find((e) => e.placeName === 'Calgary');
    assert.equal(again?.date, '2031-03-15');
    assert.deepEqual(again!.participants.map((a) => a.name).filter((n) => /Oilers|Flames/.test(n)).sort(), ['Calgary Flames', 'Edmonton Oilers']);
  });

  it('"met … to prepare the summit" is the meeting; "at a Cabinet meeting last week" is a meeting', () => {
    const [met] = eventsOf(dated('Foreign ministers of the European Union met in Paris last month to prepare the summit.'));
    assert.equal(met?.kind, 'meeting');
    assert.equal(met?.date, '2031-02');
    assert.equal(ofKind('Mr Martin said the Government had agreed the wording at a Cabinet meeting last week.', 'meeting').length, 1);
  });

  it('an event an "after" clause holds takes no date from the main clause', () => {
    const [talks] = ofKind('Schools closed on Thursday after contract talks between the union and the ministry failed.', 'talks');
    assert.equal(talks?.date, null);
    assert.equal(ofKind('Schools closed after contract talks failed on Monday.', 'talks')[0]?.date, '2031-03-10');
    // (the object of "following" keeps it: the meeting was that day)
    assert.equal(ofKind('Ed Brookover spoke to reporters Thursday following a meeting with House members who have endorsed him.', 'meeting')[0]?.date, '2031-03-06');
  });

  it('tense: "would travel to", "will stand trial … in October, Judge X said", "a planned rally on Saturday"', () => {
    assert.equal(ofKind('Donald Tusk said he would travel to Kyiv on Saturday before the summit.', 'visit')[0]?.date, '2031-03-15');
    assert.equal(ofKind("A man charged with attempted murder will stand trial at the Central Criminal Court in October, Judge Eugene O'Kelly said.", 'hearing')[0]?.date, '2031-10');
    assert.equal(ofKind('She noted a planned Cruz rally on Saturday in Sioux City.', 'rally')[0]?.date, '2031-03-15');
    assert.equal(ofKind('In a speech last July, he said the plan would fail.', 'speech')[0]?.date, '2030-07');
  });
});

describe('events34: dates and articles', () => {
  it('a wire dateline in figures is the article’s date, day first when the figures say so', () => {
    assert.equal(readPublished('Appeal dismissed\n\nMELBOURNE, 14/10/2025 — The Court of Appeal on Monday dismissed the appeal.'), '2025-10-14');
  });

  it('one event across articles: one side’s lead among the other’s participants, on the same day', () => {
    const a = eventsOf(dated('European Union leaders will hold an emergency summit in Brussels on Thursday next week, European Council President António Costa said.'));
    const b = eventsOf(dated('European Council President António Costa has summoned the leaders to an emergency summit on 20 March.', 'March 13, 2031'));
    const summits = [a, b].map((es) => es.filter((e) => e.kind === 'summit'));
    assert.equal(summits[0][0]?.date, '2031-03-20');
    assert.equal(summits[1][0]?.date, '2031-03-20');
    const merger = new DraftMerger((x) => x.name.toLowerCase());
    merger.add('a.txt', summits[0]);
    merger.add('b.txt', summits[1]);
    assert.equal(merger.finish().drafts.length, 1);
    // two people's statements on one day stay two
    const s1 = eventsOf(dated('Ann Lee said on Tuesday that Bo Ruiz was wrong.')).filter((e) => e.kind === 'statement');
    const s2 = eventsOf(dated('Bo Ruiz said on Tuesday that taxes would rise.')).filter((e) => e.kind === 'statement');
    const two = new DraftMerger((x) => x.name.toLowerCase());
    two.add('c.txt', s1);
    two.add('d.txt', s2);
    assert.equal(two.finish().drafts.length, s1.length + s2.length);
  });

  it('"after/before" another act: the same answers, linear on a long comma-free run of "after the …"', () => {
    assert.equal(anotherAct(' at Snaresbrook after pleading guilty in '), true);
    assert.equal(anotherAct(' this year, after a walkout that ended in '), true);
    assert.equal(anotherAct(' before lawmakers voted '), true);
    assert.equal(anotherAct(' before the committee on '), false);
    assert.equal(anotherAct(' after the summit; it was agreed '), false);
    const run = (n: number): string => ' after the'.repeat(n) + ' on ';
    // (sizes where a run takes tens of ms, each size timed in turn with the other: on a busy
    // machine a few ms of another process's time made 4 ms look like 19)
    const small = run(60000);
    const large = run(120000);
    let t1 = Infinity;
    let t2 = Infinity;
    for (let i = 0; i < 4; i++) {
      t1 = Math.min(t1, best(() => anotherAct(small)));
      t2 = Math.min(t2, best(() => anotherAct(large)));
    }
    assert.ok(t2 < t1 * 3 + 5, `doubling the input took ${t1.toFixed(1)} ms -> ${t2.toFixed(1)} ms`);
  });
});
