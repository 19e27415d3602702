import { strict as assert } from 'node:assert';
import { quotesOf } from './helpers';

describe('neg: cue words in no speech sense', () => {
  it('"raising the prospect/possibility of" reports nothing; "raising the question of" still does', () => {
    const none = [
      'Dock workers in Gdansk voted to strike on Friday, raising the prospect of the first stoppage in a decade.',
      'The rains kept falling through the night, raising the possibility that the bridge would close.',
      'The bill would cut fuel duty while raising the minimum wage for farm labourers.',
    ];
    for (const text of none) assert.ok(!quotesOf(text).some((q) => q.cue?.text === 'raising'), text);
    const [q] = quotesOf('Senator Ilse Brandt spoke for an hour, raising the question of who approved the tender for the ferries.').filter((x) => x.cue?.text === 'raising');
    assert.ok(q, 'raising the question is a cue');
  });

  it('"recalled" someone or something from a place or body is no memory', () => {
    const none = [
      'The Falcons also recalled winger Jonas Ekdahl from their farm club in Malmo.',
      'Oslo recalled its ambassador from Caracas on Monday.',
      'The brewer is recalling two batches from the shops after a bottling fault.',
    ];
    for (const text of none) assert.ok(!quotesOf(text).some((q) => /^recall/.test(q.cue?.text ?? '')), text);
    const [q] = quotesOf('Coach Marta Silva recalled how the team trained on a frozen pitch from dawn.').filter((x) => x.cue?.text === 'recalled');
    assert.equal(q?.who, 'Marta Silva');
  });
});
