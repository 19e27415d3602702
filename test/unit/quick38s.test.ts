import { strict as assert } from 'node:assert';
import { quotesOf } from './helpers';

/** The quote of `text` whose words match `re`, as [speaker, its words]; null when there is none. */
function quoteMatching(text: string, re: RegExp): [string | null, string] | null {
  const q = quotesOf(text).find((x) => re.test(x.text));
  return q ? [q.who, q.text] : null;
}

/** An article of a headline and the given paragraphs. */
function article(headline: string, ...paragraphs: string[]): string {
  return [headline, ...paragraphs].join('\n\n');
}

describe('quick38s: a cue\'s adjuncts holding a time phrase with its noun, before "that"', () => {
  it('"said in an interview after the meeting that …": the "that" after the time phrase is the cue\'s', () => {
    const text = article(
      'Winnipeg police board approves new patrol model',
      'The Winnipeg Police Board voted on Friday to move officers from cars to foot patrols downtown.',
      'Chief Superintendent Gail Moreau said in an interview after the meeting that the first beats would start in March.',
    );
    assert.deepEqual(quoteMatching(text, /first beats/), ['Gail Moreau', 'the first beats would start in March']);
  });

  it('"told reporters at a news conference after the vote that …", "wrote in a letter … before Tuesday\'s hearing that …"', () => {
    const text = article(
      'Lagos assembly passes transit levy',
      'Lawmakers in Lagos approved a levy on ride-hailing trips on Wednesday, after weeks of protests by drivers.',
      'Speaker Mudashiru Obasa told reporters at a news conference after the vote that the money would go to bus lanes.',
      'The drivers\' union chair, Kehinde Ayo, wrote in a letter to the governor before Tuesday\'s hearing that the levy would push fares up by a third.',
    );
    assert.deepEqual(quoteMatching(text, /bus lanes/), ['Mudashiru Obasa', 'the money would go to bus lanes']);
    assert.equal(quoteMatching(text, /fares up/)?.[0], 'Kehinde Ayo');
  });

  it('"said in a statement after the ruling that …": a cue\'s noun after its determiner is no verb of the time phrase', () => {
    const text = article(
      'Court strikes down Queensland curfew law',
      'The Supreme Court of Queensland struck down a youth curfew in Townsville on Thursday.',
      'Attorney-General Deb Frecklington said in a statement after the ruling that the government would appeal.',
    );
    assert.deepEqual(quoteMatching(text, /would appeal/), ['Deb Frecklington', 'the government would appeal']);
  });

  it('near misses: a verb after the time phrase makes it a clause whose "that" is its own; a relative "that" stays the noun\'s', () => {
    const text = article(
      'Halifax budget talks stall',
      'Mayor Andy Fillmore said in a statement after the union announced that the talks would resume.',
      'Councillor Sam Austin said the meeting that was planned for Monday was cancelled.',
    );
    // the union announced the talks would resume, not the mayor
    assert.notEqual(quoteMatching(text, /talks would resume/)?.[0], 'Andy Fillmore');
    assert.deepEqual(quoteMatching(text, /was cancelled/), ['Sam Austin', 'the meeting that was planned for Monday was cancelled']);
  });
});

describe('quick38s: a lower-case level of government before a title', () => {
  it('an appositive after a role noun: "The bill\'s sponsor, Republican state Sen. Ana Ruiz, said …"', () => {
    const text = article(
      'Kansas Senate backs property tax cap',
      'The Kansas Senate passed a cap on property tax increases on Tuesday, sending the bill to the House.',
      'The bill\'s sponsor, Republican state Sen. Ana Ruiz, said the cap would save homeowners about $300 a year.',
      'The measure\'s chief critic, Democratic state Rep. Marcus Bell, said it would starve rural schools.',
    );
    assert.deepEqual(quoteMatching(text, /save homeowners/), ['Ana Ruiz', 'the cap would save homeowners about $300 a year']);
    assert.equal(quoteMatching(text, /starve rural schools/)?.[0], 'Marcus Bell');
  });

  it('Canadian levels after a role noun: "provincial Health Minister", "city Councillor" with a party word', () => {
    const text = article(
      'Surrey clinic to open in spring',
      'A long-delayed urgent care clinic in Surrey will open in April, officials said on Monday.',
      'The province\'s top health official, provincial Health Minister Josie Osborne, said the clinic would take walk-in patients from the first day.',
      'The area\'s representative, Liberal city Councillor Pardeep Kooner, said the parking lot would be finished first.',
    );
    assert.equal(quoteMatching(text, /walk-in patients/)?.[0], 'Josie Osborne');
    assert.equal(quoteMatching(text, /parking lot/)?.[0], 'Pardeep Kooner');
  });

  it('a subject after its quotation: "“…,” Republican state Sen. Ana Ruiz said", "“…,” state Attorney General Tom Hale said"', () => {
    const text = article(
      'Missouri lawmakers clash over ballot measure',
      'The Missouri Senate debated a proposed constitutional amendment on voting for most of Wednesday.',
      '"This puts the question where it belongs, with the voters," Republican state Sen. Ana Ruiz said.',
      '"We will defend the law in every court," state Attorney General Tom Hale said.',
    );
    assert.equal(quoteMatching(text, /where it belongs/)?.[0], 'Ana Ruiz');
    assert.equal(quoteMatching(text, /every court/)?.[0], 'Tom Hale');
  });

  it('near misses: a level word before a body or a title without a name is no person\'s office', () => {
    const text = article(
      'Oregon audit faults prison health care',
      'An audit released on Thursday found that Oregon prisons left hundreds of sick inmates waiting months for care.',
      '"These delays are unacceptable," the state Attorney General\'s office said.',
      'The Oregon Department of Corrections said it had hired 40 nurses since the audit began.',
    );
    // the office speaks, not a person taken from its title
    const delays = quotesOf(text).find((q) => /unacceptable/.test(q.text));
    assert.ok(!delays || !delays.who || !/^[A-Z][a-z]+ [A-Z][a-z]+$/.test(delays.who));
    assert.equal(quoteMatching(text, /40 nurses/)?.[0], 'Oregon Department of Corrections');
  });
});
