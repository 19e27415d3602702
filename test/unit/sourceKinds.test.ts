import { strict as assert } from 'node:assert';
import { quotesOf } from './helpers';

describe('source kinds: particles, possessive roles', () => {
  it('a subject that opens with a lower-case surname particle keeps the whole surname', () => {
    const qs = quotesOf('Trade envoy Marta van der Linde visited the port. “The tariffs will hurt everyone,” van der Linde told the press.');
    const q = qs.find((x) => x.kind === 'direct');
    assert.ok(q, 'the direct quote is found');
    assert.equal(q.who, 'Marta van der Linde');
    assert.equal(q.speakerMention?.text, 'van der Linde');
    const [r] = quotesOf('Judge Paolo di Stefano opened the hearing. “Nobody is above the law,” di Stefano said.').filter((x) => x.kind === 'direct');
    assert.equal(r.who, 'Paolo di Stefano');
  });

  it('an inverted cue before a possessive, a people noun and a name in apposition: the name speaks', () => {
    const [a] = quotesOf('“The wages are too low,” added his colleague, Tomas Ribeiro.');
    assert.equal(a.who, 'Tomas Ribeiro');
    assert.equal(a.speakerMention?.text, 'Tomas Ribeiro');
    // "her" there is a possessive, not the pronoun
    const [b] = quotesOf('“She did nothing wrong,” said her lawyer, Ines Moreau.');
    assert.equal(b.who, 'Ines Moreau');
  });

  it('the same in dash dialogue', () => {
    const qs = quotesOf('The nurses gathered outside.\n— We cannot cover every shift, said Lena Okoro, who runs the ward.\n— Nobody listens to us, added her sister, Ada Okoro.');
    assert.deepEqual(qs.map((q) => q.who), ['Lena Okoro', 'Ada Okoro']);
  });
});

describe('cue kinds: subjects before a bare verb', () => {
  it('a noun in -ly is no adverb: "the family say"', () => {
    const [q] = quotesOf('The miner’s family say the company hid the report.');
    assert.equal(q?.speakerMention?.text, 'The miner’s family');
    const [r] = quotesOf('Her ally told the committee the audit was flawed.');
    assert.equal(r?.speakerMention?.text, 'Her ally');
  });

  it('a plural people noun with a participle and a place before a bare verb', () => {
    const [q] = quotesOf('Farmers working near the old mine say the wells are poisoned.');
    assert.equal(q?.speakerMention?.text, 'Farmers working near the old mine');
    assert.equal(q.text, 'the wells are poisoned');
    // a thing with a post-modifier is no subject for a bare verb
    assert.equal(quotesOf('The houses near the old mine say little about its past.').length, 0);
  });

  it('a party label between commas is stepped over to the name', () => {
    const [q] = quotesOf('Dana Whitfield, D-Ore., revealed that the vote would slip.');
    assert.equal(q.who, 'Dana Whitfield');
    assert.equal(q.speakerMention?.text, 'Dana Whitfield');
  });

  it('a participle followed by its agent ("highlighted by") is no cue', () => {
    const qs = quotesOf('The gap between towns in Wales highlighted by the survey alarmed planners.');
    assert.ok(!qs.some((q) => q.cue?.text === 'highlighted'));
    const [q] = quotesOf('Ruth Kemp told by phone that the bridge had closed.');
    assert.equal(q?.who, 'Ruth Kemp');
  });
});

describe('content kinds: an account of an attribution', () => {
  // (session 35: one quote, Y's; X only tells where Y's words were found, as a fresh user judged)
  it('"Y said …, according to X." gives Y its own words, and X no second quote', () => {
    const qs = quotesOf('Mayor Ilse Brandt said the budget was balanced, according to minutes of the meeting.');
    const outer = qs.find((q) => q.cue?.text === 'according to');
    const inner = qs.find((q) => q.cue?.text === 'said');
    assert.ok(!outer && inner);
    assert.equal(inner.text, 'the budget was balanced');
    assert.equal(inner.who, 'Ilse Brandt');
  });
});

describe('source and content kinds: clauses around the cue', () => {
  it('a role with a relative clause between the name and the cue is still an appositive', () => {
    const [q] = quotesOf('Mara Olsen, 61, a retired nurse who now is a volunteer at the shelter, said Peter Lund should resign.');
    assert.equal(q.who, 'Mara Olsen');
    assert.equal(q.text, 'Peter Lund should resign');
  });

  it('a name after the cue followed by a modal is the content’s subject, not an inverted source', () => {
    const [q] = quotesOf('At the rally, the organiser said Peter Lund would speak next.');
    assert.equal(q.text, 'Peter Lund would speak next');
    assert.notEqual(q.who, 'Peter Lund');
  });

  it('a cue in an opening subordinate clause ("After …,", "Even as …,") reports only up to its comma', () => {
    const qs = quotesOf('After the mayor accused him of lying, Omar Quist warned, “This will end in court,” Quist told the radio station.');
    const accused = qs.find((q) => q.cue?.text === 'accused');
    assert.ok(!accused || !accused.text.includes('court'));
    assert.ok(qs.some((q) => q.who === 'Omar Quist' && q.text.includes('This will end in court')));
    const [e] = quotesOf('Even as she claimed the vote was fair, Lina Berg refused to publish the count.');
    assert.equal(e.text, 'the vote was fair');
  });
});

describe('source kinds: appositives between name and cue', () => {
  it('an age and a place ("NAME, 22, of Dayton, Ohio, said"): the name, not "of Dayton"', () => {
    const [q] = quotesOf('Ida Rusk, 34, of Tulsa, Oklahoma, said the storm missed the town.');
    assert.equal(q.who, 'Ida Rusk');
    assert.equal(q.speakerMention?.text, 'Ida Rusk');
  });

  it('a relative clause holding a name between commas is all aside', () => {
    const [q] = quotesOf('Mr. Orme, whose newest firm, Quillbank, sells loans online, said the rules were too strict.');
    assert.equal(q.who, 'Orme');
    assert.equal(q.text, 'the rules were too strict');
    const [r] = quotesOf('Lin Sato, a spokesman for the firm, which makes chips, said the plant would stay open.');
    assert.equal(r.who, 'Lin Sato');
  });
});

describe('source kinds: the subject a participle shares', () => {
  it('skips a name in an opening adverbial clause for the main clause’s subject', () => {
    const qs = quotesOf('Nadia Volkov spoke first. Since Volkov’s speech in March, he has moved to the left, criticizing the new pipeline.');
    const q = qs.find((x) => x.cue?.text === 'criticizing');
    assert.ok(q);
    assert.equal(q.speakerMention?.text, 'he');
  });
});

describe('cue kinds: a study framing its respondents’ answers', () => {
  it('"In a survey …, 61 percent of nurses said …" gives the survey the finding and the share its answer', () => {
    const qs = quotesOf('In a union survey released Monday, 61 percent of nurses said they planned to quit within a year.');
    const outer = qs.find((q) => q.cue?.text === 'In');
    const inner = qs.find((q) => q.cue?.text === 'said');
    assert.ok(outer && inner);
    assert.match(outer.speakerMention?.text ?? '', /survey/);
    assert.equal(inner.text, 'they planned to quit within a year');
    // a statement is no study: its subject's cue alone reports
    assert.ok(!quotesOf('In a statement, the senator said the bill was dead.').some((q) => q.cue?.text === 'In'));
  });
});

describe('source kinds: names that are function words', () => {
  it('an inverted source whose first name is a modal or preposition ("said Will Dane, a professor …")', () => {
    const [q] = quotesOf('“The model is expensive,” said Will Dane, a professor of economics at Lakeside University.');
    assert.equal(q?.speakerMention?.text, 'Will Dane');
    const [r] = quotesOf('“We are not done,” said Hope Ortiz.');
    assert.equal(r?.who, 'Hope Ortiz');
    // a day after the cue is still no name
    const [d] = quotesOf('Ana Reyes said Monday the vote would go ahead.');
    assert.equal(d?.who, 'Ana Reyes');
  });
});
