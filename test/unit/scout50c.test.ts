import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { speakerInArticle as speaker } from './helpers';

/** Session 50's attribution faults on unseen investigations, analysis, reaction round-ups, opinion and transcripts (scout50c): each kind with a near miss. */
describe('scout50c: in a Q&A introduced by "NAME … spoke with OUTLET reporter NAME2", the "A:" answers are NAME\'s, never the reporter\'s', () => {
  const qa = (intro: string): string => `${intro}\n\nQ: Why a hotel?\n\nA: Because it makes money every night. The customers are in Regina.\n\nQ: What happens to the profits?\n\nA: They go into a trust. Half goes to programs.`;
  it('"Cadmus Delorme, who now leads …, spoke with Leader-Post reporter Ashley Martin": the answers are Delorme\'s', () => {
    const body = qa('Former chief Cadmus Delorme, who now leads the nation\'s economic development corporation, spoke with Leader-Post reporter Ashley Martin. The conversation has been condensed.');
    assert.equal(speaker(body, 'makes money every night'), 'Cadmus Delorme');
    assert.equal(speaker(body, 'go into a trust'), 'Cadmus Delorme');
  });
  it('"… spoke with Globe columnist Jane Doe": the newsroom word two words in still marks the interviewer', () => {
    const body = qa('Grand Chief Ruth Moses, who took office in May, spoke with Globe columnist Jane Doe about the deal.');
    assert.equal(speaker(body, 'makes money every night'), 'Ruth Moses');
  });
  it('near miss: "The Leader-Post spoke with Cadmus Delorme" names the interviewee after "with", and a person without a newsroom word after "with" is still who was interviewed', () => {
    assert.equal(speaker(qa('The Leader-Post spoke with Cadmus Delorme, who now leads the nation\'s economic development corporation.'), 'go into a trust'), 'Cadmus Delorme');
    assert.equal(speaker(qa('This week the paper spoke with Chief Erica Beaudin about the purchase.'), 'go into a trust'), 'Erica Beaudin');
  });
});

describe('scout50c: a transcript\'s speaker label in capitals with accented letters ("CHRISTIAN DUBÉ:", "DUBÉ:") is the person, as "FORAND:" is', () => {
  const body =
    'Health Minister Christian Dubé spoke Friday with host Martine Forand. The following is a transcript, edited for length.\n\nMARTINE FORAND: Minister, patients are waiting 20 hours on stretchers. Is the system broken?\n\nCHRISTIAN DUBÉ: I don\'t accept the word broken. The system is under enormous pressure.\n\nFORAND: The people in the hallways would disagree.\n\nDUBÉ: And I understand them. I\'ve been to those emergency rooms.\n\nFORAND: Santé Québec was supposed to fix this.\n\nDUBÉ: Santé Québec was created to manage the network like one organization.';
  it('the full name and the surname in capitals, accented, label the minister\'s answers', () => {
    assert.equal(speaker(body, 'accept the word broken'), 'Christian Dubé');
    assert.equal(speaker(body, 'I understand them'), 'Christian Dubé');
    assert.equal(speaker(body, 'created to manage'), 'Christian Dubé');
    assert.equal(speaker(body, 'would disagree'), 'Martine Forand');
  });
  it('near miss: a heading in capitals with an accent ("SANTÉ QUÉBEC: THE NUMBERS") labels no one\'s answer', () => {
    const heading = 'Health Minister Christian Dubé spoke Friday.\n\nSANTÉ QUÉBEC: wait times rose again in March across the network.\n\n"We have a plan," Dubé said.';
    assert.equal(speaker(heading, 'wait times rose'), undefined);
    assert.equal(speaker(heading, 'We have a plan'), 'Christian Dubé');
  });
});

describe('scout50c: a desk\'s label before a headline\'s colon ("Correction:", "Editor\'s note:", "Transcript:") is no speaker', () => {
  it('"Correction: Halifax councillor did not call transit plan \'a fantasy\'" makes no actor "Correction" and no quote of it', () => {
    const a = analyze("Correction: Halifax councillor did not call transit plan 'a fantasy'\n\nHALIFAX — Coun. Shawn Cleary said the timeline was \"a fantasy.\"");
    assert.ok(!a.actors.some((x) => x.name === 'Correction'));
    assert.ok(!a.quotes.some((q) => q.speaker?.name === 'Correction'));
    const note = analyze("Editor's note: Mayor did not resign\n\nHALIFAX — \"I am staying,\" Mayor Andy Fillmore said.");
    assert.ok(!note.actors.some((x) => /note/i.test(x.name)));
  });
  it('near miss: a person\'s name before a headline\'s colon still speaks ("Cleary: \'We can\'t get a bike lane painted on time\'")', () => {
    const a = analyze("Cleary: 'We can't get a bike lane painted on time'\n\nHALIFAX — Coun. Shawn Cleary voted against the plan.");
    assert.equal(a.quotes.find((q) => q.text.includes('bike lane'))?.speaker?.name, 'Shawn Cleary');
  });
});

describe('scout50c: "It was X, not Y, who said …": the relative clause is about X, not the one set aside by ", not"', () => {
  it('a correction\'s cleft: "It was Coun. Shawn Cleary, not Coun. Kathryn Morse, who said the plan\'s timeline was “a fantasy.”"', () => {
    const body = 'An earlier version of this story attributed a quote to the wrong councillor. It was Coun. Shawn Cleary, not Coun. Kathryn Morse, who said the plan\'s timeline was "a fantasy." We regret the error.';
    assert.equal(speaker(body, 'a fantasy'), 'Shawn Cleary');
    assert.equal(speaker('It was Ana Ruiz, not Bo Lind, who said the deal was "dead on arrival."', 'dead on arrival'), 'Ana Ruiz');
  });
  it('near miss: without ", not" the nearest name is still the one "who" means ("Cleary met Coun. Kathryn Morse, who said …")', () => {
    assert.equal(speaker('Cleary met Coun. Kathryn Morse, who said the plan was "a good start."', 'a good start'), 'Kathryn Morse');
    assert.equal(speaker('It was not Ana Ruiz but Bo Lind, who said the deal was "dead on arrival."', 'dead on arrival'), 'Bo Lind');
  });
});

describe('scout50c: a reaction list\'s entry "NAME, DESCRIPTION: “…”" or "— NAME: “…”" gives the quotation to the person the line opens with', () => {
  it('"House Speaker Mike Johnson, a Louisiana Republican: “…”" and "Janai Nelson, president of the NAACP Legal Defense Fund: “…”"', () => {
    const body =
      'The ruling drew sharp reaction.\n\nWhat they said:\n\nHouse Speaker Mike Johnson, a Louisiana Republican: "The Supreme Court has restored common sense."\n\nJanai Nelson, president and director-counsel of the NAACP Legal Defense Fund: "This court has spent a decade taking it apart."\n\nRep. Cleo Fields, a Democrat who won the second majority-Black district in 2024: "I\'m not going anywhere."';
    assert.equal(speaker(body, 'restored common sense'), 'Mike Johnson');
    assert.equal(speaker(body, 'taking it apart'), 'Janai Nelson');
    assert.equal(speaker(body, 'not going anywhere'), 'Cleo Fields');
  });
  it('"— Halloran: “…”", "— Dubois, in her statement: “…”" after the people were named in full', () => {
    const body =
      'Premier Tom Halloran welcomed the decision, and Environment Minister Claire Dubois defended it.\n\nWhat they said:\n\n— Dubois, in her statement: "This project has undergone a rigorous review."\n\n— Halloran: "We\'ve waited long enough. Let\'s get to work."';
    assert.equal(speaker(body, 'rigorous review'), 'Claire Dubois');
    assert.equal(speaker(body, 'waited long enough'), 'Tom Halloran');
  });
  it('near miss: a name that opens a clause with its own verb before the colon ("Mayor Ana Ruiz, the premier and the chiefs signed the letter: “…”") is no list entry', () => {
    const body = 'Mayor Ana Ruiz met the premier.\n\nMayor Ana Ruiz, the premier and the chiefs of three nations signed the letter: "We ask for a review of the decision."';
    assert.notEqual(speaker(body, 'ask for a review'), 'Ana Ruiz');
  });
});
