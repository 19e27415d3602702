import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { AnalysingCorpus } from '../../src/corpus/analysingCorpus';
import { analyzeToRecord } from '../../src/corpus/analyzeRecord';
import type { CorpusResult } from '../../src/extractor/types';

/**
 * Organisations under acronyms and expansions (rule 3): bodies that share initials, an acronym
 * named alone, an expansion named with its acronym in brackets, and articles that name none.
 */
const TEXTS = [
  'The Northern Grid Authority (NGA) said the cables were safe. NGA engineers said repairs would take a week.',
  'The NGA said the outage was over. NGA spokesman Tomas Reyl said crews were on site.',
  'The Northern Grid Authority said prices would rise in June.',
  'The National Grain Association said the harvest was poor. Its head, Mira Deloche, said farmers were worried.',
  'The National Grain Association (NGA) warned of shortages.',
  'Officials of the Lakeside Water Board said the reservoir was full. The LWB said rationing would end.',
  'LWB director Anke Sorel said the pipes were old.',
  'The Lakeside Water Board said the NGA had cut power to its pumps.',
  'Tomas Reyl said the weather was mild and the roads were open.',
  // an acronym that is not the initials: the expansion answers to it only where an article pairs them
  'The Bureau of Tidal Studies (TIDES) said the sea wall would hold.',
  'The Bureau of Tidal Studies said the spring tides were high. TIDES said the data were new.',
  'TIDES analyst Jun Okafor said the Bureau of Tidal Studies had warned the council.',
];
const PATHS = ['a.txt', 'b.txt', 'c.txt', 'd/e.txt', 'd/f.txt', 'g.txt'];

/** Ids replaced by the actor's place in the sorted list: incremental and scratch ids may differ. */
function canonical(r: CorpusResult): unknown {
  const pos = new Map(r.actors.map((a, i) => [a.id, `#${i}`]));
  const id = (x: string | null): string | null => (x === null ? null : (pos.get(x) ?? `missing:${x}`));
  return {
    actors: r.actors.map((a) => ({ ...a, id: id(a.id) })),
    mentions: r.documents.map((d) => d.mentions.map((m) => ({ ...m, actor: id(m.actor) }))),
  };
}

describe('corpus: acronym merges kept by the changes\' share equal a build from scratch', () => {
  const records = TEXTS.map((t) => analyzeToRecord(t, {}, 'pool.txt'));

  it('merges the expansion into its acronym, as a build from scratch does', () => {
    const c = new AnalysingCorpus();
    c.upsert('a.txt', records[1]);
    c.upsert('b.txt', records[2]);
    const orgs = c.build().result.actors.filter((a) => a.kind === 'organization');
    assert.deepEqual(orgs.map((a) => [a.name, ...a.aliases].sort()), [['NGA', 'Northern Grid Authority']]);
  });

  it('after any sequence of upserts and removes, each settled in part or in full', () => {
    const op = fc.record({ path: fc.constantFrom(...PATHS), text: fc.integer({ min: -1, max: TEXTS.length - 1 }), steps: fc.nat(4), query: fc.boolean() });
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 30 }), (ops) => {
        const live = new AnalysingCorpus();
        for (const o of ops) {
          if (o.text < 0) live.remove(o.path);
          else live.upsert(o.path, records[o.text]);
          for (let i = 0; i < o.steps; i++) if (live.actorsStep(-Infinity)) live.eventsStep(-Infinity);
          if (o.query) live.build();
        }
        const scratch = new AnalysingCorpus();
        for (const p of live.paths()) scratch.upsert(p, live.record(p)!);
        assert.deepEqual(canonical(live.build().result), canonical(scratch.build().result));
      }),
      { numRuns: 300 },
    );
  });
});
