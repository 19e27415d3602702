import { strict as assert } from 'node:assert';
import { quotesOf } from './helpers';

const interview = [
  'Beekeeper Tomasz Wierzbicki has kept hives above the Vistula for forty years. We met him at his farm near Plock.',
  'Q: When did the colonies start to fail?',
  'Wierzbicki: In the dry summer of 2015. Half of my hives were empty by August. My neighbours lost more.',
  'Q: People say honey prices will never recover.',
  'Wierzbicki: I hear that at every market. But nobody asks what a field without bees costs.',
  'Q: Any advice for students who want to start their own hives?',
  'Wierzbicki: Start with two hives, not twenty.',
].join('\n\n');

describe('neg: interviews in question-and-answer layout', () => {
  it('an answer after the interviewee\'s surname and a colon is a direct quote by that person', () => {
    const answers = quotesOf(interview).filter((q) => q.cue?.text === ':');
    assert.deepEqual(answers.map((q) => q.who), ['Tomasz Wierzbicki', 'Tomasz Wierzbicki', 'Tomasz Wierzbicki']);
    assert.ok(answers.every((q) => q.kind === 'direct'));
    assert.equal(answers[0].text, 'In the dry summer of 2015. Half of my hives were empty by August. My neighbours lost more.');
    assert.equal(answers[2].text, 'Start with two hives, not twenty.');
  });

  it('cues inside an answer or a question report nothing of their own', () => {
    const qs = quotesOf(interview);
    assert.equal(qs.length, 3);
    assert.ok(!qs.some((q) => /^(?:what a field|to start their own)/.test(q.text)));
  });

  it('a full-name label and an interviewer named by the outlet', () => {
    const text = [
      'Ana Ruiz runs the only bakery in Valdeolmos. She spoke to the Herald on Monday.',
      'Herald: Why bake at night?',
      'Ana Ruiz: The ovens are cheaper after midnight.',
      'Herald: And the customers?',
      'Ana Ruiz: They come at six, as they always have.',
    ].join('\n\n');
    const qs = quotesOf(text);
    assert.deepEqual(qs.map((q) => [q.who, q.text]), [
      ['Ana Ruiz', 'The ovens are cheaper after midnight.'],
      ['Ana Ruiz', 'They come at six, as they always have.'],
    ]);
  });

  it('a name label used once, as a list heading, is no answer', () => {
    const text = [
      'Three candidates remain in the race for mayor: Petra Lindgren, Oskar Berg and Ingrid Holm.',
      'Lindgren: Hold the suburbs.',
      'Lindgren leads in every poll of the outer districts.',
      'Berg: Win the centre.',
    ].join('\n\n');
    assert.ok(!quotesOf(text).some((q) => q.cue?.text === ':'));
  });
});
