/**
 * Events of unseen news, by kind (session 31): a body's vote by its verb or its name, court
 * business, publications that are no polls, elections, talks, summits and captions, rallies,
 * meetings and strikes; each with a near miss that must give no event.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { extractEvents, type LocalEvent } from '../../src/extractor/events';

const eventsOf = (text: string): LocalEvent[] => extractEvents(analyze(text));
/** An article dated Wednesday 12 March 2031. */
const dated = (body: string): string => `Headline of the day\nMarch 12, 2031\n\n${body}`;
const ofKind = (body: string, kind: string): LocalEvent[] => eventsOf(dated(body)).filter((e) => e.kind === kind);

describe('events31: a body’s vote', () => {
  it('the body that casts it, by a noun or an actor, with the vote’s day', () => {
    const [board] = ofKind('The transit board voted last week to close the Line 3 yard permanently.', 'vote');
    assert.match(board?.label ?? '', /^transit board vote/);
    assert.equal(board.date, '2031-03');
    const [mps] = ofKind('MPs passed the Bill by 345 votes to 112 on Tuesday after a long debate.', 'vote');
    assert.match(mps?.label ?? '', /^MPs vote/);
    assert.equal(mps.date, '2031-03-11');
    const [commons] = ofKind('Separately, the House of Commons voted 198 to 112 on Monday to back the motion.', 'vote');
    assert.match(commons?.label ?? '', /^House of Commons vote/);
    assert.equal(commons.date, '2031-03-10');
    const [union] = ofKind('Flight attendants voted 99.1 per cent in favour of a strike mandate, the union said on Monday.', 'vote');
    assert.equal(union?.kind, 'vote');
  });

  it('a vote by its name: a committee’s, a caucus’s, a confidence vote', () => {
    const [committee] = ofKind('A committee vote on the nomination is expected next Tuesday.', 'vote');
    assert.match(committee?.label ?? '', /^committee vote/);
    assert.equal(committee.date, '2031-03-18');
    const [council] = ofKind('The plan will go to a council vote on March 16.', 'vote');
    assert.equal(council?.date, '2031-03-16');
    const [confidence] = ofKind('The result gives Prime Minister Ann Holt more room ahead of a confidence vote on the budget, expected in May.', 'vote');
    assert.match(confidence?.label ?? '', /^confidence vote/);
  });

  it('near misses: a person’s vote, a figure of speech, a count of votes', () => {
    for (const sentence of [
      'Sen. Ada Kline voted against the bill on Monday, her office said.',
      'General manager Brad Holt gave coach Craig Dunn a vote of confidence on Thursday.',
      'The Liberals held the riding on Monday, winning by 212 votes over the Bloc.',
      'Kline, who voted to close the base in 2019, said on Monday she had no regrets.',
    ])
      assert.ok(!ofKind(sentence, 'vote').length, sentence);
  });
});

describe('events31: a court’s business', () => {
  it('a trial by its opening, a person described or named by a pronoun, a hearing by its stage or its holder', () => {
    const [trial] = ofKind('The trial of Daniel Okafor and Priya Nandra, who deny conspiracy to commit fraud, opened on Wednesday before a jury.', 'hearing');
    assert.match(trial?.label ?? '', /^Daniel Okafor trial/);
    assert.equal(trial.date, '2031-03-12');
    const [jailed] = ofKind('A 34-year-old man from Ilford who cannot be named for legal reasons has been jailed for two years.', 'hearing');
    assert.equal(jailed?.kind, 'hearing');
    const [again] = ofKind('He will appear again at the Old Bailey on 3 December for a confiscation hearing.', 'hearing');
    assert.equal(again?.date, '2031-12-03');
    const [held] = ofKind('The Labour Board will hold a hearing on March 15 on the request.', 'hearing');
    assert.equal(held?.date, '2031-03-15');
    const [statement] = ofKind('Care minister Stephen Kinnock will make a statement to the House of Commons next Tuesday.', 'statement');
    assert.equal(statement?.date, '2031-03-18');
  });

  it('near misses: a pilot, a drug’s trial, a player on trial, a trial balloon, a hearing asked for', () => {
    for (const sentence of [
      'A trial of 20mph speed limits began on Monday in Leeds.',
      'A clinical trial of the drug began on Monday at St James’s Hospital, the court heard.',
      'Rovers’ new goalkeeper, who went on trial with Celtic last season, signed on Monday.',
      'Elsewhere, Toronto FC signed a Brazilian midfielder who went on trial in the pre-season.',
      'Ministers have floated a trial balloon on mandatory audits, but no decision has been taken.',
      'Opposition MPs called on Monday for a public inquiry into the sale.',
    ])
      assert.ok(!ofKind(sentence, 'hearing').length, sentence);
  });
});

describe('events31: publications, not polls', () => {
  it('a report or an interview published on its day; a rate decision with its day', () => {
    const [report] = ofKind('The TTC’s monthly ridership report, published on Monday, showed trips up 4 per cent.', 'publication');
    assert.equal(report?.date, '2031-03-10');
    const [interview] = ofKind('She repeated the warning in an interview with Le Monde published on Thursday.', 'publication');
    assert.equal(interview?.date, '2031-03-06');
    const [rate] = ofKind('The Bank of Canada will announce its next interest rate decision on March 19.', 'announcement');
    assert.equal(rate?.date, '2031-03-19');
  });

  it('near misses: a poll’s release or findings, a rate decision told with no day', () => {
    for (const sentence of [
      'A Leger poll released last week found that 71 per cent of Canadians support it.',
      'A Gallup survey published in May found confidence in the military at a low.',
      'Polls had suggested a tighter race: a Mainstreet Research poll published last Thursday put the Bloc ahead.',
    ])
      assert.ok(!eventsOf(dated(sentence)).length, sentence);
    assert.ok(!ofKind('The economy grew 2.6 per cent, Statistics Canada said on Friday, complicating the Bank of Canada’s next rate decision.', 'announcement').length);
  });
});

describe('events31: elections, talks, summits, rallies, meetings, strikes', () => {
  it('an election by its kind, its month or one held; talks by their round or their opening', () => {
    assert.equal(ofKind('Turnout fell from 64 per cent in the January general election.', 'election')[0]?.date, '2031-01');
    assert.equal(ofKind('Bradford is running for mayor in next October’s municipal election.', 'election')[0]?.date, '2031-10');
    assert.equal(ofKind('Hungary holds a parliamentary election on 12 April.', 'election')[0]?.date, '2031-04-12');
    assert.equal(ofKind('India and the EU concluded a 13th round of talks in New Delhi on Monday.', 'talks')[0]?.date, '2031-03-10');
    assert.equal(ofKind('Indian and U.S. officials are due to resume talks in Washington next Tuesday.', 'talks')[0]?.date, '2031-03-18');
  });

  it('a summit a journey is for; a rally held; a meeting one would hold; a strike by its length', () => {
    const [summit] = eventsOf(dated('EU leaders will meet in Brussels for an informal summit on 12 April to discuss the fund.'));
    assert.equal(summit?.kind, 'summit');
    assert.equal(summit.date, '2031-04-12');
    assert.equal(ofKind('Several dozen protesters held a rally against the layoffs on Monday afternoon.', 'rally')[0]?.date, '2031-03-10');
    assert.equal(ofKind('Jobs Minister Patty Hajdu said she would meet both sides in Ottawa on Friday.', 'meeting')[0]?.date, '2031-03-14');
    assert.equal(ofKind('Workers returned after a 32-day walkout that ended in January.', 'strike')[0]?.date, '2031-01');
  });

  it('a date past "after" is another act’s', () => {
    const [sentenced] = ofKind('Margaret Ellery, 58, was sentenced at Snaresbrook Crown Court after pleading guilty in January to fraud.', 'hearing');
    assert.equal(sentenced?.date, null);
  });

  it('near misses: a peak, a caption’s summit, an election’s poll, a market rally', () => {
    for (const sentence of [
      'On Sunday, a group of hikers who reached the summit of Mount Lorette said helicopters had circled overhead.',
      'Climbers near the summit of Mont Blanc were rescued on Monday.',
      'Shares rallied on Monday, and the index closed at a record.',
    ])
      assert.ok(!eventsOf(dated(sentence)).some((e) => e.kind === 'summit' || e.kind === 'rally'), sentence);
    const caption = eventsOf(dated('Leaders met for a two-day summit in Kananaskis on Monday.\n\nLeaders pose for a family photo at the summit on Monday. (Sean Kilpatrick/The Canadian Press)'));
    assert.equal(caption.filter((e) => e.kind === 'summit').length, 1);
  });
});

describe('events31: told reporters', () => {
  it('a press conference when its day or its place is told; none when only the words are', () => {
    assert.equal(ofKind('Kim Tae-hyo told reporters on Friday that the two leaders had agreed.', 'press conference')[0]?.date, '2031-03-07');
    assert.equal(ofKind('Ford told reporters at Queen’s Park that the meeting would focus on tariffs.', 'press conference').length, 1);
    assert.equal(ofKind('“Everything is on the table,” she told reporters.', 'press conference').length, 0);
  });
});
