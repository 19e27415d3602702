import { strict as assert } from 'node:assert';
import { AnalysingCorpus } from '../../src/corpus/analysingCorpus';
import { analyzeToRecord } from '../../src/corpus/analyzeRecord';
import type { ArticleRecord } from '../../src/corpus/record';
import type { CorpusResult } from '../../src/extractor/types';

/**
 * A refresh's tail is started in the host's turns (Registry.startTail): a bulk of merges leaves
 * thousands of dirty groups and the list of every group, walked in steps, rule 3 in a step of its
 * own. These check that a refresh cut into the smallest steps, and one cut short by a change while
 * its tail starts, end as a refresh in one piece, and as a build from scratch.
 */

const FIRST = ['Halvard', 'Odile', 'Wilma', 'Tomas', 'Mira', 'Anke', 'Jun', 'Pell', 'Ines', 'Corin'];
const LAST = ['Quist', 'Tarrant', 'Reyl', 'Deloche', 'Sorel', 'Okafor', 'Brandt', 'Vasko', 'Lund', 'Marr', 'Ostrow', 'Kade'];
const BODIES = [
  ['Northern Grid Authority', 'NGA'],
  ['Lakeside Water Board', 'LWB'],
  ['Bureau of Tidal Studies', 'BTS'],
  ['National Grain Association', 'NGA'],
];

/** Article `i`: three people of their own (full names), an organisation with or without its acronym, a lone surname. */
function text(i: number): string {
  const name = (k: number): string => `${FIRST[(i + k) % FIRST.length]} ${LAST[(i * 3 + k) % LAST.length]}${i}`;
  const [body, acronym] = BODIES[i % BODIES.length];
  return [
    `${name(0)} said the ${body}${i % 2 ? ` (${acronym})` : ''} would meet on Friday.`,
    `${name(1)}, a council member, said the plan was sound.`,
    `"We are ready," said ${name(2)}.`,
    `${acronym} officials said ${LAST[(i * 3) % LAST.length]}${i} had asked for the report.`,
  ].join(' ');
}

/** Ids replaced by the actor's place in the sorted list (two corpora may number them apart). */
function canonical(r: CorpusResult): unknown {
  const pos = new Map(r.actors.map((a, i) => [a.id, `#${i}`]));
  const id = (x: string | null): string | null => (x === null ? null : (pos.get(x) ?? `missing:${x}`));
  return { actors: r.actors.map((a) => ({ ...a, id: id(a.id) })), mentions: r.documents.map((d) => d.mentions.map((m) => ({ ...m, actor: id(m.actor) }))) };
}

/** The registry's tail being started, if any (private state, read to steer the test). */
const starting = (c: AnalysingCorpus): unknown => (c as unknown as { registry: { starting: unknown } }).registry.starting;

describe('warm34: a refresh tail started in steps', function () {
  this.timeout(60000);
  const records: ArticleRecord[] = Array.from({ length: 140 }, (_, i) => analyzeToRecord(text(i), {}, `a/${i}.txt`));

  const filed = (n = records.length): AnalysingCorpus => {
    const c = new AnalysingCorpus();
    for (const r of records.slice(0, n)) c.upsert(r.path, r);
    return c;
  };

  it('a bulk of merges leaves more dirty groups than one step of the tail walks', () => {
    const c = filed();
    let steps = 0;
    let sawStarting = false;
    while (!c.actorsStep(-Infinity)) {
      steps++;
      sawStarting ||= starting(c) !== null;
    }
    assert.ok(sawStarting, 'the tail was started over several steps');
    assert.ok(steps > 10);
  });

  it('settled in the smallest steps, the actors and mentions are those of a refresh in one piece', () => {
    const stepped = filed();
    while (!stepped.actorsStep(-Infinity));
    const whole = filed();
    assert.deepEqual(canonical(stepped.build().result), canonical(whole.build().result));
  });

  it('a change while the tail starts (at each phase) ends as a build from scratch', () => {
    for (let cut = 0; cut < 40; cut += 3) {
      const c = filed(120);
      // into the tail's start, then `cut` steps more, then more articles and one changed
      while (starting(c) === null) if (c.actorsStep(-Infinity)) break;
      for (let i = 0; i < cut && starting(c) !== null; i++) c.actorsStep(-Infinity);
      for (const r of records.slice(120)) c.upsert(r.path, r);
      c.upsert(records[5].path, records[7]);
      c.remove(records[9].path);
      while (!c.actorsStep(-Infinity));
      const scratch = new AnalysingCorpus();
      for (const p of c.paths()) scratch.upsert(p, c.record(p)!);
      assert.deepEqual(canonical(c.build().result), canonical(scratch.build().result), `cut after ${cut} steps`);
    }
  });
});
