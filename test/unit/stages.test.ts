/** Each attribution stage on its own, over the shared per-article state. */
import { strict as assert } from 'node:assert';
import { ArticleState } from '../../src/extractor/attribution/state';
import { collectNames } from '../../src/extractor/attribution/mentions';
import { resolveSingles } from '../../src/extractor/attribution/loneNames';
import { findCues } from '../../src/extractor/attribution/cueDetection';
import { findContent } from '../../src/extractor/attribution/content';
import { findSource } from '../../src/extractor/attribution/source';
import { npBackward } from '../../src/extractor/attribution/sourceBefore';
import { resolveNp } from '../../src/extractor/attribution/resolution';

/** The state after the names stage, for a text of one body paragraph (or more). */
function named(text: string): ArticleState {
  const st = new ArticleState(text, {});
  st.paragraphs.forEach((p, pi) => {
    if (p.kind === 'body') for (const s of p.sentences) collectNames(st, pi, p, s);
  });
  resolveSingles(st);
  return st;
}

/** The body paragraph's index in the state (a short text can be read as a heading otherwise). */
const bodyIndex = (st: ArticleState): number => st.paragraphs.findIndex((p) => p.kind === 'body');

const words = (st: ArticleState, pi: number, from: number, to: number): string =>
  st.paragraphs[pi].tokens
    .slice(from, to)
    .map((t) => t.text)
    .join(' ');

describe('attribution stage: state', () => {
  it('records mentions per token, a person winning the token', () => {
    const st = new ArticleState('Intro line here about nothing much at all today.\nThe mayor spoke at length about the harbour plans.', {});
    const pi = 1;
    const org = st.table.get('organization', 'Harbour Board');
    const person = st.table.get('person', 'Nia Park');
    st.addMention(org, pi, 0, 2, st.paragraphs[pi].tokens[0].start, st.paragraphs[pi].tokens[1].end);
    st.addMention(person, pi, 1, 2, st.paragraphs[pi].tokens[1].start, st.paragraphs[pi].tokens[1].end);
    assert.equal(st.mentionAt[pi][0]?.actor, org);
    assert.equal(st.mentionAt[pi][1]?.actor, person);
    assert.equal(st.mentions.length, 2);
  });

  it('remembers the latest person and collective speakers apart', () => {
    const st = new ArticleState('A line.', {});
    const person = st.table.get('person', 'Ida Holm');
    const org = st.table.get('organization', 'Rail Union');
    st.noteSpeaker({ speaker: person, mention: null, cue: null, para: 0, sentence: 1 });
    st.noteSpeaker({ speaker: org, mention: null, cue: null, para: 0, sentence: 2 });
    assert.equal(st.lastPersonSpeaker?.actor, person);
    assert.equal(st.lastCollectiveSpeaker, org);
    assert.equal(st.lastPublisher, org);
  });
});

describe('attribution stage: mentions', () => {
  it('a full name becomes a person with the role written before it', () => {
    const st = named('The plan was approved on Monday by the council after a long debate.\nCounty engineer Ravi Mehta inspected the bridge on Tuesday morning.');
    const ravi = st.table.actors.find((a) => a.name === 'Ravi Mehta');
    assert.ok(ravi, 'Ravi Mehta is an actor');
    assert.equal(ravi.kind, 'person');
    assert.ok(st.mentions.some((m) => m.actor === ravi && m.text === 'Ravi Mehta'));
  });

  it('a lone surname later joins the full name', () => {
    const st = named('Olga Brandt opened the new library in the town centre on Friday.\nBrandt thanked the volunteers who built the shelves.');
    const olga = st.table.actors.find((a) => a.name === 'Olga Brandt');
    assert.ok(olga);
    assert.equal(st.mentions.filter((m) => m.actor === olga).length, 2);
  });
});

describe('attribution stage: source', () => {
  it('the subject phrase before the cue', () => {
    const st = named('Lorem ipsum dolor sit amet, the opening line goes on and on.\nThe harbour master Tove Lind said the pier would reopen.');
    const pi = 1;
    const p = st.paragraphs[pi];
    const s = p.sentences[0];
    const [cue] = findCues(p.tokens, s, p.inQuote, {});
    const src = findSource(st, pi, p, s, cue, null);
    assert.ok(src?.subject);
    assert.equal(words(st, pi, src.subject.from, src.subject.to), 'The harbour master Tove Lind');
    assert.equal(src.inverted, false);
  });

  it('an inverted cue takes the phrase after it', () => {
    const st = named('Lorem ipsum dolor sit amet, the opening line goes on and on.\n“We are ready,” said the spokeswoman for the Rovers.');
    const pi = 1;
    const p = st.paragraphs[pi];
    const s = p.sentences[0];
    const [cue] = findCues(p.tokens, s, p.inQuote, {});
    const src = findSource(st, pi, p, s, cue, null);
    assert.ok(src?.subject);
    assert.equal(src.inverted, true);
    assert.equal(words(st, pi, src.subject.from, src.subject.to), 'the spokeswoman for the Rovers');
  });

  it('a lower-case word alone names no one', () => {
    const st = named('Intro line for the test article goes here today.\nIn the end, the war said nothing.');
    const p = st.paragraphs[1];
    const said = p.tokens.findIndex((t) => t.lower === 'said');
    assert.equal(npBackward(p.tokens, said - 1, 0), null);
  });
});

describe('attribution stage: resolution', () => {
  it('a pronoun resolves to the person earlier in its sentence', () => {
    const st = named('Intro line for the test article goes here today.\nMarta Ruiz arrived in the city, where she said the talks would resume.');
    const pi = 1;
    const p = st.paragraphs[pi];
    const she = p.tokens.findIndex((t) => t.lower === 'she');
    assert.equal(resolveNp(st, pi, p, p.sentences[0], { from: she, to: she + 1 })?.name, 'Marta Ruiz');
  });

  it('an indefinite official becomes an anonymous actor of its own', () => {
    const st = named('Intro line for the test article goes here today.\nA senior defence official said the drill was routine.');
    const pi = 1;
    const p = st.paragraphs[pi];
    const actor = resolveNp(st, pi, p, p.sentences[0], { from: 0, to: 4 });
    assert.ok(actor?.anonymous);
    assert.equal(actor.kind, 'person');
  });
});

describe('attribution stage: content (span only)', () => {
  it('"said that …" takes the clause after "that"', () => {
    const st = named('Intro line for the test article goes here today.\nPiet Smit said on Monday that the ferry would run all winter.');
    const pi = bodyIndex(st) === 0 ? 1 : bodyIndex(st);
    const p = st.paragraphs[pi];
    const s = p.sentences[0];
    const [cue] = findCues(p.tokens, s, p.inQuote, {});
    const src = findSource(st, pi, p, s, cue, null)!;
    const c = findContent(p, s, cue, cue.info!, src, s.from, s.to);
    assert.ok(c);
    assert.equal(words(st, pi, c[0], c[1]), 'the ferry would run all winter .');
  });
});
