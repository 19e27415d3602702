import { strict as assert } from 'node:assert';
import { summary } from '../../src/cli/extract';
import type { CorpusResult } from '../../src/extractor/types';

/** `corpus-nav extract`'s readable summary prints article text: one terminal line per row, nothing that drives the terminal. */
function result(quote: string, path = '/news/a.txt'): CorpusResult {
  return {
    tool: { name: 'corpus-navigator', version: 'test' },
    documents: [{ path, title: 'T', published: null, quotes: [{ start: 0, end: quote.length, text: quote, kind: 'direct', speaker: 'a', speakerMention: null, cue: null }], mentions: [] }],
    actors: [{ id: 'a', name: 'Jane Roberts', kind: 'person', aliases: [], roles: [], mentionCount: 1, quoteCount: 1 }],
    events: [{ id: 'e', label: 'harbour\nvote', kind: 'vote', date: null, dateText: null, place: null, participants: [], sources: [] }],
  };
}

describe('the readable summary of extract', () => {
  it('a hard-wrapped quote is one line', () => {
    const rows = summary(result('We will not lift special\nmeasures until the board\r\nhas a plan')).split('\n');
    const row = rows.find((l) => l.includes('Jane Roberts') && l.includes('direct'))!;
    assert.match(row, /“We will not lift special measures until the board has a plan”/);
    assert.ok(rows.some((l) => /undated\s+harbour vote/.test(l)));
  });

  it('escape sequences and directional controls in an article or its file name are left out', () => {
    const out = summary(result('It is \u001b[2J\u001b]0;pwned\u0007done \u202Enow\u202C', '/news/\u001b[31mred.txt'));
    assert.ok(!/[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u202A-\u202E]/.test(out.replace(/\n/g, '')), JSON.stringify(out));
    assert.match(out, /It is \[2J\]0;pwneddone now/);
  });
});
