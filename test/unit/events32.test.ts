/**
 * Events of unseen news, by kind of fault (session 32): event words used in another sense (a
 * debate as a dispute, agreement as a shared view, a market's rally, an agreement's name), words
 * that make events (talks "at", a Local Court, "voting 314 to 291", an election set), dates (a
 * month counted back from the 30th, "since 2024", an offence's year); each with a near miss that
 * must not change.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { extractEvents, type LocalEvent } from '../../src/extractor/events';
import { resolveDate } from '../../src/extractor/dates';

const eventsOf = (text: string): LocalEvent[] => extractEvents(analyze(text));
/** An article dated `date` (default Wednesday 12 March 2031). */
const dated = (body: string, date = 'March 12, 2031'): string => `Headline of the day\n${date}\n\n${body}`;
const ofKind = (body: string, kind: string, date?: string): LocalEvent[] => eventsOf(dated(body, date)).filter((e) => e.kind === kind);

describe('events32: event words in another sense', () => {
  it('a debate as a dispute is none; a televised or a second debate is one', () => {
    assert.equal(ofKind('The debate over housing supply has dominated Scottish politics for a decade.', 'debate').length, 0);
    assert.equal(ofKind('This debate about tuition fees will not go away.', 'debate').length, 0);
    const [second] = ofKind('A second debate, hosted by STV, is scheduled for 4 March.', 'debate', 'February 23, 2031');
    assert.equal(second?.date, '2031-03-04');
    const [tv] = ofKind('The four candidates clashed in a televised debate on Sunday night.', 'debate');
    assert.equal(tv?.date, '2031-03-09');
    assert.equal(ofKind('The Labour debate on Sunday was heated.', 'debate').length, 1);
  });

  it('agreement as a shared view or an agreement’s name is none; one signed is one', () => {
    assert.equal(ofKind('There is broad agreement among analysts that the deal is aimed at China.', 'agreement').length, 0);
    assert.equal(ofKind('Economists are in agreement that rates will fall.', 'agreement').length, 0);
    assert.equal(ofKind('The 2020 Trade and Cooperation Agreement gives EU boats access to British waters until June 2026.', 'agreement').length, 0);
    const [signed] = ofKind('Vietnam and the Philippines signed a maritime cooperation agreement in Hanoi on Friday.', 'agreement');
    assert.equal(signed?.date, '2031-03-07');
    assert.equal(ofKind('Britain and the EU signed the Trade and Cooperation Agreement in December 2020.', 'agreement').length, 1);
    assert.equal(ofKind('The agreement between the two unions was reached on Monday.', 'agreement').length, 1);
  });

  it('a market’s rally is none; a rally held is one', () => {
    assert.equal(ofKind('Polish shares rose on Wednesday, and the zloty’s rally against the euro continued.', 'rally').length, 0);
    assert.equal(ofKind('A relief rally in Asian stocks on Monday lifted the Nikkei.', 'rally').length, 0);
    assert.equal(ofKind('Thousands of farmers held a rally outside the parliament in Warsaw on Monday.', 'rally')[0]?.date, '2031-03-10');
    assert.equal(ofKind('Supporters gathered for a rally in Lyon on Saturday.', 'rally').length, 1);
  });

  it('a planned summit between two countries called off is none; one held is one', () => {
    assert.equal(ofKind('A planned summit between the leaders of Armenia and Azerbaijan, scheduled for next week in Abu Dhabi, was called off on Monday.', 'summit').length, 0);
    assert.equal(ofKind('A summit between the leaders of Armenia and Azerbaijan was held in Abu Dhabi on Monday.', 'summit').length, 1);
    assert.equal(ofKind('A summit between the leaders of Armenia and Azerbaijan opened on Monday and talks were called off on Tuesday.', 'summit').length, 1);
  });
});

describe('events32: words that make events', () => {
  it('talks one is at, a Local Court, "voting 314 to 291", an election set', () => {
    const [talks] = ofKind('Negotiators at the U.N. climate talks in Belem worked through the night on Monday.', 'talks');
    assert.equal(talks?.date, '2031-03-10');
    assert.equal(ofKind('He looked at the numbers on Monday.', 'talks').length, 0);
    const [court] = ofKind('He appeared in Bankstown Local Court on Saturday, where he was refused bail.', 'hearing');
    assert.equal(court?.date, '2031-03-08');
    const [vote] = ofKind('MPs debated the bill for five hours on Friday before voting 314 to 291 to pass it at second reading.', 'vote');
    assert.equal(vote?.date, '2031-03-07');
    assert.equal(ofKind('Sen. Ada Kline, voting alone, opposed the bill on Monday.', 'vote').length, 0);
    const [snap] = ofKind('The president set a snap parliamentary election for 17 May.', 'election');
    assert.equal(snap?.date, '2031-05-17');
    const [voted] = ofKind('Portugal last voted in a general election in May 2025.', 'election');
    assert.equal(voted?.date, '2025-05');
    assert.equal(ofKind('Voters are tired of elections, she said on Monday.', 'election').length, 0);
  });

  it('a publication whose title has three words', () => {
    const [imf] = ofKind('The IMF cut its forecast on Tuesday as it published its World Economic Outlook report.', 'publication');
    assert.equal(imf?.date, '2031-03-11');
  });
});

describe('events32: dates', () => {
  it('"last month" on the 30th is the month before, "next month" on the 31st the month after', () => {
    assert.equal(ofKind("The bank's board met last month and raised rates.", 'meeting', 'March 30, 2026')[0]?.date, '2026-02');
    assert.equal(ofKind("The bank's board met last month and raised rates.", 'meeting', 'January 31, 2026')[0]?.date, '2025-12');
    assert.equal(ofKind('The board will meet next month.', 'meeting', 'December 31, 2026')[0]?.date, '2027-01');
    assert.equal(ofKind("The bank's board met last month and raised rates.", 'meeting', 'March 12, 2026')[0]?.date, '2026-02');
  });

  it('"since 2024" is no event’s date; "in 2024" is', () => {
    assert.equal(ofKind("Ruto's visit to Washington is his second since 2024.", 'visit')[0]?.date, null);
    assert.equal(ofKind("Ruto's visit to Washington in 2024 was his first.", 'visit')[0]?.date, '2024');
  });

  it('a day-first date before blanked text at the end is read', () => {
    assert.equal(resolveDate('The election is set for 17 May            ', '2026-03-28', 'future')?.date, '2026-05-17');
    assert.equal(resolveDate('The election is set for 17 May.', '2026-03-28', 'future')?.date, '2026-05-17');
  });

  it('a relative clause closed after the date words is their clause, its present a thing scheduled', () => {
    const ahead = "Hungary, which holds a parliamentary election on 12 April, threatened to veto the package on Tuesday.";
    assert.equal(ofKind(ahead, 'election', 'March 4, 2026')[0]?.date, '2026-04-12');
    const past = "Hungary, which held a parliamentary election on 12 April, threatened to veto the package on Tuesday.";
    assert.equal(ofKind(past, 'election', 'March 4, 2026')[0]?.date, '2025-04-12');
  });

  it('the year of an offence is not the court’s', () => {
    assert.equal(ofKind('Kieran Walsh has been jailed for six years for a string of burglaries committed in 2023.', 'hearing')[0]?.date, null);
    assert.equal(ofKind('Rhys Bevan was sentenced on Thursday for causing death by dangerous driving in 2024.', 'hearing')[0]?.date, '2031-03-06');
    assert.equal(ofKind('Kieran Walsh was jailed for six years in 2023.', 'hearing')[0]?.date, '2023');
    assert.equal(ofKind('Kieran Walsh was jailed for six years on Tuesday.', 'hearing')[0]?.date, '2031-03-11');
  });
});

describe('events32: two events in one sentence, one event told twice', () => {
  it('an event in a clause of its own is a second event, dated by its clause', () => {
    const both = eventsOf(dated('The teachers’ union and the province reached a tentative agreement early Tuesday after negotiators resumed talks on Sunday.'));
    assert.equal(both.find((e) => e.kind === 'agreement')?.date, '2031-03-11');
    assert.equal(both.find((e) => e.kind === 'talks')?.date, '2031-03-09');
    const vote = eventsOf(dated("Portugal's president dissolved parliament on Friday and set a snap parliamentary election for 17 May, after the minority government lost a confidence vote on Thursday.", 'March 28, 2026'));
    assert.equal(vote.find((e) => e.kind === 'election')?.date, '2026-05-17');
    assert.equal(vote.find((e) => e.kind === 'vote')?.date, '2026-03-26');
    // near misses: a topic of a protest is none; a time reference in the same clause is none
    const rally = eventsOf(dated('Thousands of farmers held a rally outside the parliament in Warsaw on Monday to protest against the EU’s trade agreement with Mercosur.'));
    assert.deepEqual(rally.map((e) => e.kind), ['rally']);
    assert.deepEqual(eventsOf(dated('Leaders held talks on Monday before the summit.')).map((e) => e.kind), ['talks']);
  });

  it('a sentence told again word for word is one event; two different sentences stay two', () => {
    const s = 'The city council voted 7-2 to approve the budget. ';
    assert.equal(ofKind(s + s + s, 'vote').length, 1);
    assert.equal(ofKind('The city council voted 7-2 to approve the budget. The city council voted 5-4 to reject the bylaw.', 'vote').length, 2);
  });

  it('a court story’s unnamed lead and the named sentencing after it are one hearing; an unnamed man after a named trial is another', () => {
    const one = ofKind('A man who stole from pensioners has been jailed for six years for burglaries committed in 2023.\n\nKieran Walsh, 29, was sentenced at Bristol Crown Court on Tuesday.', 'hearing');
    assert.equal(one.length, 1);
    assert.equal(one[0].date, '2031-03-11');
    const two = ofKind('The trial of Daniel Okafor and Priya Nandra, who deny fraud, opened on Wednesday before a jury.\n\nA 34-year-old man from Ilford has been jailed for two years for his part in the scheme.', 'hearing');
    assert.equal(two.length, 2);
  });

  it('a described person sentenced has a hearing: "A former care home director was sentenced"', () => {
    assert.equal(ofKind('A former care home director was sentenced on Thursday to five years in prison.', 'hearing')[0]?.date, '2031-03-06');
    assert.equal(ofKind('It was sentenced on Thursday to five years in prison.', 'hearing').length, 0);
  });
});

describe('events32: labels', () => {
  it('a trial is the person tried’s, not the court’s; a witness before a committee stays the witness’s', () => {
    const [trial] = ofKind('The murder trial of Dylan Ames opened in Ontario Superior Court in Brampton on Monday.', 'hearing');
    assert.match(trial?.label ?? '', /^Dylan Ames trial/);
    const [witness] = ofKind("Whitcomb's hearing came two days after Defense Secretary Pete Hegseth testified before the House Appropriations subcommittee on Monday.", 'hearing');
    assert.match(witness?.label ?? '', /^Pete Hegseth hearing/);
  });

  it('a gathering or a strike of no actor is labelled by the body that holds it', () => {
    assert.match(ofKind("The bank's board met last month and raised rates.", 'meeting')[0]?.label ?? '', /^bank's board meeting/);
    assert.match(ofKind('French air traffic controllers staged a 24-hour walkout on Thursday.', 'strike')[0]?.label ?? '', /air traffic controllers strike/);
    assert.match(ofKind('City council voted 7-2 on Tuesday to approve new bike lanes.', 'vote')[0]?.label ?? '', /^City council vote/);
    // near miss: an actor taking part still labels it
    assert.match(ofKind('Mark Carney met Donald Trump at the White House on Tuesday.', 'meeting')[0]?.label ?? '', /Carney|Trump/);
  });
});
