/**
 * Events of local and Commonwealth news that political triggers miss: strikes, a legislature's
 * votes, court business (appearances, trials, sentences, inquests) and speeches in a parliament.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { extractEvents, type LocalEvent } from '../../src/extractor/events';

const eventsOf = (text: string): LocalEvent[] => extractEvents(analyze(text));
const dated = (headline: string, body: string): string => `${headline}\n3 March 2031\n\n${body}`;

describe('events: strikes, votes, courts and parliaments', () => {
  it('a labour strike is an event dated by its day; a military strike is none', () => {
    const [strike] = eventsOf(dated('Teachers walk out', 'Hundreds of teachers at Kelso Grammar School walked off the job on Monday, the Teachers Union of Ireland said.'));
    assert.equal(strike?.kind, 'strike');
    assert.equal(strike.date, '2031-03-03');
    const [onStrike] = eventsOf(dated('Bus drivers strike', 'Drivers at Northway Buses went on strike on Friday over pay.'));
    assert.equal(onStrike?.kind, 'strike');
    assert.equal(onStrike.date, '2031-02-28');
    assert.ok(!eventsOf(dated('Raid', 'An air strike on Tuesday hit a depot near Kherson, officials said.')).some((e) => e.kind === 'strike'));
    // air raids by their other names, a strike threatened, one denied, strikes over years
    for (const sentence of [
      'Russia launched nationwide strikes on the energy grid overnight, President Ivan Petrenko said on Monday.',
      'Jets carried out rolling strikes on the port overnight, the army said on Friday.',
      'The minister said on Tuesday that the army had not ruled out strike action against the bases.',
      'Nurses at St. Mary’s Hospital said on Monday they would go on strike next month if talks failed.',
      'No one went on strike, union leader Ana Gates said on Monday.',
      'Teachers have gone on strike three times since 2012, Ana Gates said on Monday.',
    ])
      assert.ok(!eventsOf(dated('Strikes', sentence)).some((e) => e.kind === 'strike'), sentence);
  });

  it('a body that passes one bill votes; a member who "passed more amendments" over years does not', () => {
    const [vote] = eventsOf(dated('Levy passed', 'The Ogun State House of Assembly on Tuesday passed the amended Property Levy Bill despite protests.'));
    assert.equal(vote?.kind, 'vote');
    assert.equal(vote.date, '2031-02-25');
    assert.match(vote.label, /^Ogun State House of Assembly vote/);
    assert.ok(!eventsOf(dated('Record', 'Over twelve years in the House, Senator Ada Kline passed more amendments than any other member.')).some((e) => e.kind === 'vote'));
    // a judge's ruling on a motion, a governor's or a studio's budget, a vote under a person's name are no chamber's votes
    for (const sentence of [
      'Judge Lewis Kaplan on Monday rejected a motion to dismiss the case.',
      'Gov. Kathy Hochul on Monday approved the state budget.',
    ])
      assert.ok(!eventsOf(dated('Votes', sentence)).some((e) => e.kind === 'vote'), sentence);
    // the body that casts it holds the vote, not a person named before it (session 31: a body's noun counts)
    assert.match(eventsOf(dated('Votes', 'Despite pleas from Gov. Gavin Newsom, lawmakers on Monday passed the housing bill.')).find((e) => e.kind === 'vote')?.label ?? '', /^lawmakers vote/);
    assert.match(eventsOf(dated('Vote', 'The council voted 6-1 for the resolution, which Mayor Tom Reyes opposed.')).find((e) => e.kind === 'vote')?.label ?? '', /^council vote/);
  });

  it('court business: a sentence, a trial, an appearance, an inquest', () => {
    const [jailed] = eventsOf(dated('Fraudster jailed', 'Martin Ollerton, 54, was jailed for six years at Durham Crown Court on Friday.'));
    assert.equal(jailed?.kind, 'hearing');
    assert.equal(jailed.date, '2031-02-28');
    assert.match(jailed.label, /^Martin Ollerton hearing/);
    const [inquest] = eventsOf(dated('Inquest', 'Rhys Penhale, the boy’s uncle, told the inquest in Truro on Monday that the ward was short of staff.'));
    assert.equal(inquest?.kind, 'hearing');
    assert.equal(inquest.date, '2031-03-03');
    const [trial] = eventsOf(dated('Trial opens', 'Jonas Hale went on trial at the Old Bailey on Monday, accused of arson.'));
    assert.equal(trial?.kind, 'hearing');
    assert.equal(trial.date, '2031-03-03');
    const [appearance] = eventsOf(dated('Charged', 'Dana Whitlow is due to appear at Cork District Court on Wednesday.'));
    assert.equal(appearance?.kind, 'hearing');
    assert.equal(appearance.date, '2031-03-05');
    const [opened] = eventsOf(dated('Inquest opens', 'An inquest has opened into the death of Ann Lee at Truro on Monday.'));
    assert.equal(opened?.kind, 'hearing');
    // figurative or generic uses are none, and a court by its name only ("Earls Court", a theatre)
    for (const sentence of [
      'Dame Judi Dench appeared at the Royal Court Theatre in 1962.',
      'Oasis appeared at Earls Court in 1997, Noel Gallagher said.',
      'Senator Ada Kline has appeared in the court of public opinion for years, aides said on Monday.',
      'Family members called on Monday for an inquest into the death of Tom Reed.',
    ])
      assert.ok(!eventsOf(dated('Courts', sentence)).some((e) => e.kind === 'hearing'), sentence);
    assert.ok(!eventsOf(dated('Probe', 'But this inquest was never meant as fact-finding, Senator Ada Kline said.')).some((e) => e.kind === 'hearing'));
    assert.ok(!eventsOf(dated('Rights', 'Thousands of Oromos have been jailed without trial, Amnesty International said.')).some((e) => e.kind === 'hearing'));
    // "he was sentenced": an act of no one named is nothing to list
    assert.equal(eventsOf(dated('Later', 'Eventually he was sentenced to three years.')).length, 0);
  });

  it('a speech in a parliament, as parliamentary reports put it', () => {
    const [speech] = eventsOf(dated('Drugs seizure', 'Speaking in the Dáil on Tuesday, Sinn Féin justice spokesman Matt Carey said the seizure was welcome.'));
    assert.equal(speech?.kind, 'speech');
    assert.equal(speech.date, '2031-02-25');
    assert.match(speech.label, /^Matt Carey speech/);
  });
});
