import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { tokenize } from '../../src/extractor/tokenizer';

/** Session 37: a pronoun with its contracted auxiliary ("They’ve", "I’d") is a subject, never part of a name; a dismissed person is no dismissed claim; linked sources stay short; a block tag inside a sentence breaks nothing. */
const actorNames = (body: string) => analyze(`Headline\n\n${body}`).actors.map((a) => a.name);
const quotesOf = (body: string) =>
  analyze(`Headline\n\n${body}`).quotes.map((q) => `${q.speaker?.name ?? q.speakerMention?.text ?? '?'}: ${q.text}`);

describe('pronoun contractions', () => {
  it('the tokenizer splits a pronoun from its contracted auxiliary, and nothing else', () => {
    const words = (s: string) => tokenize(s, 0, s.length).map((t) => t.text);
    assert.deepEqual(words('They’ve said'), ['They', '’ve', 'said']);
    assert.deepEqual(words("I'd add, we'll see"), ['I', "'d", 'add', ',', 'we', "'ll", 'see']);
    assert.deepEqual(words('O’Neill’s team didn’t say; she’s left'), ['O’Neill’s', 'team', 'didn’t', 'say', ';', 'she’s', 'left']);
  });

  it('"I’ve" after a name is not glued to it', () => {
    const names = actorNames('Judge Mara Quist spoke to the panel. Look, other than Tom Ellery I’ve chaired more inquiries than anyone.');
    assert.ok(names.includes('Mara Quist'), names.join(' | '));
    assert.ok(!names.some((n) => /I’ve|Ellery I\b/.test(n)), names.join(' | '));
  });

  it('"I’m", "We’re", "You’re", straight or curly, open no name', () => {
    for (const body of [
      'She told them: “I’m Edith now, not Mrs Harlow.”',
      "“We're Leeds people,” said Councillor Dev Anand.",
      'A poster read: You’re Voting for Change.',
    ]) {
      const names = actorNames(body);
      assert.ok(!names.some((n) => /\b(?:I|We|You)['’](?:m|re)\b/.test(n)), `${body} → ${names.join(' | ')}`);
    }
  });

  it('"They’ve said", "he’d said", "I’ve argued": the pronoun is the source, as with the full auxiliary', () => {
    assert.deepEqual(quotesOf('Union leaders met on Monday. They’ve said the strike will go ahead.'), ['Union leaders: the strike will go ahead']);
    assert.deepEqual(quotesOf('Councillor Ria Bose spoke last. She’d said the budget was unfair.'), ['Ria Bose: the budget was unfair']);
    assert.deepEqual(quotesOf("I've long argued that the levy is unfair."), ['I: the levy is unfair']);
    // a clause after the cue keeps its own contracted subject
    assert.deepEqual(quotesOf('Harbour master Jon Pike told reporters he’ll close the port at noon.'), ['Jon Pike: he’ll close the port at noon']);
  });

  it('"I’m old enough to remember X declaring …": X speaks, as after "I am"', () => {
    const got = quotesOf('I’m old enough to remember Premier Dale Kerr going on radio in 1988, declaring a “war on waste” against red tape, and telling voters that “we need to cut the forms in half.”');
    assert.deepEqual(got, ['Dale Kerr: we need to cut the forms in half.']);
  });
});

describe('"dismissed" a person is a firing', () => {
  it('"dismissed head coach X", "its chief executive", "two nurses": no words; a dismissed claim still is', () => {
    assert.deepEqual(quotesOf('Flamengo dismissed head coach Tite on Monday after a run of defeats.'), []);
    assert.deepEqual(quotesOf('Santos dismissed head coach Ruiz on Monday, a day after a 3-0 defeat left the club ninth.'), []);
    assert.deepEqual(quotesOf('The airline dismissed its chief executive on Friday.'), []);
    assert.deepEqual(quotesOf('The hospital dismissed two nurses after the inquiry.'), []);
    assert.deepEqual(quotesOf('The minister dismissed the claims as nonsense.'), ['minister: the claims as nonsense']);
    assert.deepEqual(quotesOf("The mayor dismissed the councillor's figures."), ["mayor: the councillor's figures"]);
  });
});

describe('linked sources stay short (breaker37)', () => {
  it('"…, according to his spokesperson, …" run on 400 times makes no chain of spokespersons', () => {
    const body = `${Array(400).fill('Mr Holt, according to his spokesperson, has asked for a recount').join(', and ')}.`;
    const names = actorNames(body);
    assert.ok(names.every((n) => n.length < 80), names.find((n) => n.length >= 80)?.slice(0, 120));
    assert.ok(names.length < 10, `${names.length} actors`);
  });

  it('"Holt\'s spokesperson said … His spokesperson added": one spokesperson', () => {
    const got = quotesOf("Mayor Dan Holt's spokesperson said the count was fair. His spokesperson added that a recount would cost too much.");
    assert.deepEqual(got, ['spokesperson of Dan Holt: the count was fair', 'spokesperson of Dan Holt: a recount would cost too much']);
  });
});

describe('a block tag inside a sentence (breaker37)', () => {
  it('"… in 2024. Then <img src=x> happened": the names before the tag are kept', () => {
    for (const tag of ['<img src=x>', '<br/>', '<div>', '<foo>']) {
      const names = actorNames(`Stoltenberg met Polish President Andrzej Duda in Warsaw on 5 March 2024. Then ${tag} happened.`);
      assert.ok(names.includes('Andrzej Duda'), `${tag}: ${names.join(' | ')}`);
    }
  });

  it('a block tag between sentences or lines still breaks the line', () => {
    const analysis = analyze('Summit\n\nDuda met Stoltenberg in Warsaw.<br/>Then the talks ended.\n\n<p>Duda said the talks went well.</p>');
    assert.ok(analysis.actors.some((a) => a.name === 'Duda' || a.name.endsWith('Duda')));
    assert.deepEqual(analysis.quotes.map((q) => q.text), ['the talks went well']);
  });
});
