/**
 * Events of unseen news, by kind of fault (session 35): an AP dateline whose date follows the
 * agency; the year of a future date past a participle ("A man accused of … will stand trial on
 * October 7"), a court's cue after it ("…, a judge ruled on Tuesday"), "appear before" and
 * "adjourned until 17 June"; a results day, a budget, a march and a crowd of protesters, a judge's
 * ruling and a court sitting told by what it heard, a trial and a sentencing ahead, a hearing held,
 * a strike since a day, a chamber's and a members' vote, a speech and a report ahead, talks for a
 * purpose or by what became of them; the next event word when the first makes none.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { extractEvents, type LocalEvent } from '../../src/extractor/events';
import { readPublished } from '../../src/extractor/publishedDate';
import { tenseAround } from '../../src/extractor/dateTense';

const eventsOf = (text: string): LocalEvent[] => extractEvents(analyze(text));
/** An article dated `date` (default Wednesday 12 March 2031). */
const dated = (body: string, date = 'March 12, 2031'): string => `Headline of the day\n${date}\n\n${body}`;
const ofKind = (body: string, kind: string, date?: string): LocalEvent[] => eventsOf(dated(body, date)).filter((e) => e.kind === kind);
const tenseOf = (sentence: string, words: string): string => tenseAround(sentence, sentence.indexOf(words), sentence.indexOf(words) + words.length);

describe('events35: dates', () => {
  it('an AP dateline with its date after the agency dates the article', () => {
    assert.equal(readPublished('Council backs plan\n\nDAYTON (AP) — Oct. 3, 2030 — The city council voted on Thursday to expand the program.'), '2030-10-03');
    assert.equal(readPublished('Council backs plan\n\nDAYTON (AP) — The city council voted on Thursday to expand the program.'), null);
    const [vote] = eventsOf('Council backs plan\n\nDAYTON (AP) — Oct. 3, 2030 — The Dayton City Council voted 6-1 on Wednesday to expand the program.').filter((e) => e.kind === 'vote');
    assert.equal(vote?.date, '2030-10-02');
  });

  it('a future date keeps its year past a participle after a noun and past a court’s cue', () => {
    assert.equal(tenseOf('A woman charged with fraud will stand trial at the Circuit Court on June 3, a judge ruled on Tuesday.', 'June 3'), 'future');
    assert.equal(tenseOf('Two men accused of arson will go on trial on June 3, magistrates were told.', 'June 3'), 'future');
    const [trial] = ofKind('A woman charged with fraud will stand trial at the Circuit Criminal Court on February 4, a judge ruled on Tuesday.', 'hearing');
    assert.equal(trial?.date, '2032-02-04');
    // a past clause stays past
    assert.equal(tenseOf('The company, which reported a loss, met investors on June 3.', 'June 3'), 'past');
  });

  it('"appear before" is no clause break, and "adjourned until" a day and month is ahead', () => {
    assert.equal(tenseOf('Bank executives will appear before a Senate committee on Friday to discuss unused credits.', 'Friday'), 'future');
    assert.equal(tenseOf('A court hearing in the case of the councillor was adjourned until 20 May.', 'May'), 'future');
    const [hearing] = ofKind('A court hearing in the case of the councillor was adjourned until 20 May.', 'hearing', '12 March 2031');
    assert.equal(hearing?.date, '2031-05-20');
  });

  it('a results day is dated by its day, not by the end of the period it reports', () => {
    const [results] = ofKind('Harbour Mining reported a 9 per cent fall in underlying profit for the year to December 31, the company said on Tuesday.', 'announcement');
    assert.equal(results?.date, '2031-03-11');
  });
});

describe('events35: kinds unseen news showed', () => {
  it('a company’s results day, a profit forecast raised, a trading update ahead', () => {
    assert.equal(ofKind('Coles Group posted a 12 per cent rise in half-year profit on Tuesday.', 'announcement')[0]?.date, '2031-03-11');
    assert.equal(ofKind('Sainsbury’s raised its profit forecast on Monday after strong sales.', 'announcement')[0]?.date, '2031-03-10');
    assert.equal(ofKind('The retailer will report its full-year results on 24 April.', 'announcement')[0]?.date, '2031-04-24');
    // a campaign's money is no results day
    assert.equal(ofKind('The mayor said the city expected lower revenue next year.', 'announcement').length, 0);
  });

  it('a budget delivered', () => {
    const [budget] = ofKind('Treasurer Anna Brook delivered the state budget on Tuesday, cutting payroll tax.', 'announcement');
    assert.equal(budget?.date, '2031-03-11');
    assert.match(budget!.label, /budget/);
  });

  it('a march from one place to another, people rallying near a building, a crowd of protesters, tractors driven in protest', () => {
    assert.equal(ofKind('Thousands of people marched from Hyde Park to Parliament Square on Saturday against the cuts.', 'rally')[0]?.date, '2031-03-08');
    assert.equal(ofKind('Supporters of the former president rallied near the court on Monday.', 'rally')[0]?.date, '2031-03-10');
    assert.equal(ofKind('Police used water cannon against hundreds of protesters in central Lima on Tuesday.', 'rally')[0]?.date, '2031-03-11');
    assert.equal(ofKind('Farmers drove tractors through Brussels on Monday in protest at the trade deal.', 'rally')[0]?.date, '2031-03-10');
    // shares rally
    assert.equal(ofKind('Shares rallied in London on Monday after the rate cut.', 'rally').length, 0);
    // protests held, plural
    assert.equal(ofKind('The union said it would hold protests outside Parliament on Friday.', 'rally')[0]?.date, '2031-03-14');
  });

  it('a judge’s ruling, magistrates told, jury selection, a hearing held, a sentencing ahead', () => {
    const rulings = ofKind('A man accused of burglary will stand trial on 9 June, a judge ruled on Tuesday.', 'hearing', '12 March 2031');
    assert.deepEqual(rulings.map((e) => e.date).sort(), ['2031-03-11', '2031-06-09']);
    const told = ofKind('A man charged with affray will stand trial on 2 June, magistrates were told on Monday.', 'hearing', '12 March 2031');
    assert.deepEqual(told.map((e) => e.date).sort(), ['2031-03-10', '2031-06-02']);
    assert.equal(ofKind('Jury selection began Monday in the bribery trial of former county treasurer Dana Ruiz.', 'hearing')[0]?.date, '2031-03-10');
    assert.equal(ofKind('A hearing on the defence motions was held Friday in the case of Dana Ruiz.', 'hearing')[0]?.date, '2031-03-07');
    assert.equal(ofKind('Former treasurer Dana Ruiz will be sentenced on May 20, prosecutors said.', 'hearing')[0]?.date, '2031-05-20');
    assert.equal(ofKind('A Galway fisherman accused of assault will go on trial at Galway Circuit Court on June 10.', 'hearing')[0]?.date, '2031-06-10');
  });

  it('a name just after "in" is no party to a trial', () => {
    const [trial] = ofKind('A man accused of attacking a tourist in Temple Bar will stand trial on October 7.', 'hearing');
    assert.equal(trial?.date, '2031-10-07');
    assert.ok(!trial!.participants.some((a) => a.name === 'Temple Bar'));
    assert.doesNotMatch(trial!.label, /^Temple Bar/);
  });

  it('a strike since a day, in an aside before the verb of a vote', () => {
    const strikes = ofKind('Port workers, on strike since February 20 over pay, voted on Tuesday to continue their action.', 'strike');
    assert.equal(strikes[0]?.date, '2031-02-20');
    const bin = ofKind('Bin workers, who have been on strike since January, protested outside the Town Hall on Monday.', 'rally');
    assert.equal(bin[0]?.date, '2031-03-10');
  });

  it('a chamber approves, members are balloted, a preselection ballot is held', () => {
    const [council] = ofKind('Leeds City Council approved a 5 per cent council tax rise on Tuesday night.', 'vote');
    assert.equal(council?.date, '2031-03-11');
    assert.ok(council!.participants.some((a) => /Leeds City Council/.test(a.name)));
    assert.equal(ofKind('The Labor Party will hold a preselection ballot for the seat of Kooyong on Saturday.', 'vote')[0]?.date, '2031-03-15');
    // a governor approves no chamber's vote
    assert.equal(ofKind('Governor Lisa Park approved the budget on Tuesday.', 'vote').length, 0);
  });

  it('talks for a purpose, talks by what became of them, a speech and a report ahead, an election expected', () => {
    assert.equal(ofKind('The trade minister will travel to Tokyo for talks on tariffs next week.', 'talks').length, 1);
    assert.equal(ofKind('The union called for talks on Monday.', 'talks').length, 0);
    const [talks] = ofKind('The union announced a strike for April 2, after talks with the health board broke down late on Monday.', 'talks');
    assert.equal(talks?.date, '2031-03-10');
    assert.equal(ofKind('The prime minister will speak to business leaders in Auckland on Friday.', 'speech')[0]?.date, '2031-03-14');
    assert.equal(ofKind('The inquiry will publish its final report in September.', 'publication')[0]?.date, '2031-09');
    assert.equal(ofKind('A general election is expected in the autumn.', 'election').length, 1);
  });
});
