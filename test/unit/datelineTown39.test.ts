import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';

/**
 * Session 39: a bare "the city" or "the town" with no place or body named before it is the
 * dateline's town (wire copy names its town once, in the dateline), not a body called "city".
 */
const speakers = (text: string) => analyze(text).quotes.map((q) => `${q.speaker?.name ?? '?'} (${q.speaker?.kind ?? '-'}): ${q.text}`);

describe('the dateline’s town as "the city"', () => {
  it('"the city said" after a dateline is that town, whose only mention was the dateline', () => {
    assert.deepEqual(speakers('Transit strike ends\n\nSASKATOON — Bus drivers ended their strike on Sunday.\n\nService will resume on all routes Monday, the city said.\n'), [
      'Saskatoon (place): Service will resume on all routes Monday',
    ]);
    assert.deepEqual(speakers('Water main breaks\n\nPEORIA, Ill. (AP) — A water main broke downtown on Friday.\n\nThe city said repairs would take two days.\n'), [
      'Peoria (place): repairs would take two days',
    ]);
  });

  it('a town named in the body comes first; a big city is no one’s "the town"; no dateline, no guess', () => {
    assert.deepEqual(speakers('Plant closing\n\nTORONTO — The town of Cobourg will lose its largest employer.\n\nThe plant will close in March, the town said.\n'), [
      'Cobourg (place): The plant will close in March',
    ]);
    const [town] = speakers('Plant closing\n\nTORONTO — Its largest employer is leaving.\n\nThe plant will close in March, the town said.\n');
    assert.ok(!town.startsWith('Toronto'), town);
    const [none] = speakers('Transit strike ends\n\nBus drivers ended their strike on Sunday.\n\nService will resume on Monday, the city said.\n');
    assert.ok(!none.startsWith('Saskatoon') && !none.includes('(place)'), none);
  });
});

describe('a day opening the dateline line (session 39 breaker)', () => {
  it('"TUESDAY — …" is no town, and "the city said" is not given to it', () => {
    const r = analyze('Transit delays\n\nTUESDAY — Buses ran late across the region.\n\n“We are sorry for the delays,” the city said.\n');
    assert.ok(!r.actors.some((a) => a.name === 'Tuesday'), r.actors.map((a) => a.name).join(', '));
  });
});
