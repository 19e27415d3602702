/**
 * Kinds of wrong or missing speaker the lead fixed in session 53, each written in sentences of
 * its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { inArticle, quotePairsInArticle as quotes, speakerInArticle as speakerOf } from './helpers';

describe('lead53: two reports joined in one sentence ("X said, “A,” and Y said, “B.”")', () => {
  it('the second quotation is its own reporter\'s, however that reporter is named', () => {
    const pairs = quotes('Nadia Ferro said, “The shelter is full,” and her brother, Luca Ferro, said, “We sleep in the car.”');
    assert.deepEqual(pairs, [['The shelter is full,', 'Nadia Ferro'], ['We sleep in the car.', 'Luca Ferro']]);
    assert.deepEqual(quotes('Omar Diallo said, “The bus never came,” and then Grace Obi said, “It came late.”'), [['The bus never came,', 'Omar Diallo'], ['It came late.', 'Grace Obi']]);
    assert.deepEqual(quotes('Omar Diallo said, “The bus never came,” and Grace Obi told reporters, “It came late.”'), [['The bus never came,', 'Omar Diallo'], ['It came late.', 'Grace Obi']]);
  });
  it('a second reporter\'s clause with a quotation inside is that reporter\'s too', () => {
    assert.equal(speakerOf('Omar Diallo said, “The bus never came,” and Grace Obi said the service was “a joke” all winter.', 'a joke'), 'Grace Obi');
    assert.equal(speakerOf('Omar Diallo said, “The bus never came,” and then he said, “We walked.”', 'We walked'), 'Omar Diallo');
  });
  it('near miss: a second complement, or a thing described by a participle, stays with the first reporter', () => {
    assert.equal(speakerOf('Omar Diallo said the route was “a mess” and the schedule called for changes.', 'a mess'), 'Omar Diallo');
    assert.deepEqual(quotes('Omar Diallo said the route was “a mess” and that riders deserved better.').map(([, who]) => who), ['Omar Diallo']);
  });
});

describe('lead53: narration joined to a quotation set off by its cue ("said, “A,” and the council agreed")', () => {
  it('the clause after the quotation is the reporter\'s, not the speaker\'s', () => {
    assert.deepEqual(quotes('Mayor Tessa Rowe said, “We vote on Thursday,” and the council agreed.'), [['We vote on Thursday,', 'Tessa Rowe']]);
    assert.deepEqual(quotes('Tessa Rowe wrote: “Enough is enough,” but she deleted the post an hour later.'), [['Enough is enough,', 'Tessa Rowe']]);
  });
  it('near miss: an ellipsis, a second complement, or a quotation the clause opens on stays whole', () => {
    assert.match(quotes('But, Rowe said, “there was never a plan to close it” and no order to do so.')[0][0], /no order to do so/);
    assert.match(quotes('Tessa Rowe said “budget cuts” and the loss of staff would close the branch.')[0][0], /close the branch/);
  });
});

describe('lead53: a description that names a state or province ("The B.C. regulator said")', () => {
  it('a body named for another state or province is not whom it means', () => {
    const body = 'The Ontario Securities Commission said it had opened a review. “We are looking at every trade,” the commission said.\n\nThe B.C. regulator said it was not involved.';
    assert.notEqual(speakerOf(body, 'not involved'), 'Ontario Securities Commission');
    assert.notEqual(speakerOf(body, 'not involved'), undefined);
    const ohio = 'The Michigan Department of Transportation closed the bridge on Monday.\n\nThe Ohio agency said the detour would last a week.';
    assert.equal(speakerOf(ohio, 'detour would last'), 'Ohio agency');
  });
  it('near miss: a body named for that province, or by its abbreviation, still is', () => {
    const body = 'The British Columbia Securities Commission said it had opened a review.\n\nThe B.C. regulator said more charges were likely.';
    assert.equal(speakerOf(body, 'more charges'), 'British Columbia Securities Commission');
    const ontario = 'The Ontario Securities Commission said it had opened a review.\n\nThe regulator said more charges were likely.';
    assert.equal(speakerOf(ontario, 'more charges'), 'Ontario Securities Commission');
  });
});

describe('lead53: a participle after an adverbial clause whose subject is a person, the main clause having no one who speaks ("A … meeting erupted when Coun. Ann Lee stood up, saying …")', () => {
  it('the participle is the person\'s, not a place the main clause names', () => {
    assert.equal(speakerOf('A Regina city council meeting erupted when Coun. Lena Okafor stood up, saying the plan was “a betrayal.”', 'a betrayal'), 'Lena Okafor');
    assert.equal(speakerOf('The Saskatoon budget hearing turned tense as Lena Okafor took the microphone, calling the cuts “cruel.”', 'cruel'), 'Lena Okafor');
  });
  it('near miss: a main clause\'s subject who can speak keeps the participle (the breaker\'s)', () => {
    assert.equal(speakerOf('Police arrived as Dale Moreau fled, saying they had a warrant.', 'had a warrant'), 'Police');
    assert.equal(speakerOf('The board voted 5-2 as Lena Okafor walked out, calling the decision “shameful.”', 'shameful'), 'board');
  });
  it('near miss: a preposition\'s object, a pronoun, or a clause after "after" leaves the main clause\'s subject speaking', () => {
    assert.equal(speakerOf('Lena Okafor was sworn in as Dale Moreau’s successor on Wednesday, calling the job “an honour.”', 'an honour'), 'Lena Okafor');
    assert.equal(speakerOf('Lena Okafor left the meeting as she was booed, saying the vote was “rigged.”', 'rigged'), 'Lena Okafor');
    // (a clause of time after the main one, not at once with it: either's participle, the main clause's kept)
    assert.equal(speakerOf('The Alder Party caucus met Friday after Dale Moreau resigned, saying the party had broken no rules.', 'broken no rules'), 'Alder Party');
  });
});

describe('lead53: a named owner\'s claim taken up as a verb\'s object ("Auditors rejected Rita Moss\'s claim that … “…”")', () => {
  it('the clause after "that", holding words quoted, is the owner\'s words, not the subject\'s', () => {
    assert.equal(speakerOf('Auditors rejected Nadia Ferro’s claim that the deficit was “under control.”', 'under control'), 'Nadia Ferro');
    assert.equal(speakerOf('The editorial noted Mayor Luca Ferro’s promise that no branch would “ever close.”', 'ever close'), 'Luca Ferro');
  });
  it('near miss: a claim inside what a verb of saying reports is the sayer\'s', () => {
    assert.equal(speakerOf('Omar Diallo said Nadia Ferro’s claim that the deficit was under control is “simply not true.”', 'simply not true'), 'Omar Diallo');
    assert.equal(speakerOf('Auditors rejected the claim that the deficit was “under control.”', 'under control'), 'Auditors');
    // (with no words quoted, what was rejected is reported whole as the rejecter's view)
    assert.equal(speakerOf('Auditors rejected Nadia Ferro’s claim that the deficit was under control.', 'deficit was under control'), 'Auditors');
  });
});

describe('lead53: a pronoun reporting a clause never means one that clause brings in ("… is a Honda CR-V …, he said")', () => {
  it('the person named before the clause speaks, not a name first met inside it', () => {
    const body = '“We need the public’s help,” said Cpl. Dan Rivers.\n\nInvestigators believe the vehicle is a newer-model Honda CR-V with a damaged bumper, he said.';
    assert.equal(speakerOf(body, 'newer-model Honda'), 'Dan Rivers');
    const vote = 'Councillor Nadia Ferro spoke after the vote.\n\nThe motion was drafted by Omar Diallo and passed without debate, she said.';
    assert.equal(speakerOf(vote, 'drafted by Omar Diallo'), 'Nadia Ferro');
  });
  it('near miss: the clause\'s own subject, or one named earlier, may be who reports it', () => {
    assert.equal(speakerOf('Former councillor Omar Diallo was a supporter of the plan from the start, he said Wednesday.', 'supporter of the plan'), 'Omar Diallo');
    assert.equal(speakerOf('Nadia Ferro spoke first.\n\nA Ferro government, she vowed, would cut transit fares.', 'cut transit fares'), 'Nadia Ferro');
  });
});

describe('lead53: people described by a five-letter participle ("Astronomers using the James Webb Space Telescope say")', () => {
  it('the people speak, not the thing their participle names', () => {
    assert.equal(speakerOf('Astronomers using the James Webb Space Telescope say they have found water vapour.', 'water vapour'), 'Astronomers');
    assert.equal(speakerOf('Lawyers doing the work for Omar Diallo said the fees were fair.', 'fees were fair'), 'Lawyers');
  });
  it('near miss: a named person with the participle in an aside still speaks', () => {
    assert.equal(speakerOf('Sen. Omar Diallo, using a rarely invoked rule, said the vote would wait.', 'vote would wait'), 'Omar Diallo');
  });
});

describe('lead53: an owner of a claim whom the names stage made no actor ("rejected Biden’s claim that …")', () => {
  it('the claim has no speaker rather than an actor named with the possessive', () => {
    const a = inArticle('Tom Hale rejected Biden’s claim that the deficit was “under control.”');
    assert.equal(a.quotes.find((q) => q.text.includes('under control'))?.speaker ?? null, null);
    assert.ok(!a.actors.some((x) => /[’']s$/.test(x.name)), a.actors.map((x) => x.name).join('; '));
  });
});
