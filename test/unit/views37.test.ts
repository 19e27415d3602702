import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { AnalysingCorpus } from '../../src/corpus/analysingCorpus';
import { buildNetwork } from '../../src/corpus/network';
import { ACTOR_GROUPS } from '../../src/corpus/actorGroups';
import { actorDescription } from '../../src/vscode/text';

/** The seeds as the extension holds them. */
function seeds(): AnalysingCorpus {
  const c = new AnalysingCorpus();
  for (const f of readdirSync('seeds')) c.set(f, readFileSync(`seeds/${f}`, 'utf8'));
  return c;
}

describe('the actor network as it opens (session 37): people and organisations, what was left out said', () => {
  const c = seeds();
  const none = (): undefined => undefined;

  it('draws only the kinds asked for, and counts the rest by group', () => {
    const all = buildNetwork(c, none, { top: 1000, minor: true });
    const g = buildNetwork(c, none, { top: 1000, kinds: ['person', 'organization'], minor: true });
    // a kind ticked gets in by its mentions, though places are rarely quoted
    assert.ok(buildNetwork(c, none, { top: 20, kinds: ['person', 'place'] }).nodes.some((n) => n.kind === 'place'));
    assert.ok(g.nodes.length > 10);
    assert.deepEqual([...new Set(g.nodes.map((n) => n.kind))].sort(), ['organization', 'person']);
    // every group counted, whichever are drawn; what the kinds left out is the other groups' count
    assert.deepEqual(g.counts, all.counts);
    assert.equal(all.nodes.length, ACTOR_GROUPS.reduce((n, k) => n + all.counts[k], 0));
    assert.equal(g.left.kinds, all.counts.country + all.counts.place + all.counts.group + all.counts.unnamed);
    assert.ok(all.counts.place + all.counts.country > 5, 'the seeds name places and countries');
    assert.deepEqual(buildNetwork(c, none, { kinds: [] }).nodes, [], 'no kind ticked, no node');
  });

  it('a source the articles do not name is an "unnamed" node, not a person', () => {
    const all = buildNetwork(c, none, { top: 1000, minor: true });
    assert.equal(all.nodes.find((n) => n.name === 'senior US official')?.kind, 'unnamed');
    assert.equal(all.nodes.find((n) => n.name === 'Jens Stoltenberg')?.kind, 'person');
  });

  it('leaves out actors mentioned once and never quoted unless asked, and says how many', () => {
    const kinds = ['person', 'organization'] as const;
    const withMinor = buildNetwork(c, none, { top: 1000, kinds, minor: true });
    const g = buildNetwork(c, none, { top: 1000, kinds });
    const minor = withMinor.nodes.filter((n) => n.quoteCount === 0 && n.mentionCount <= 1);
    assert.ok(minor.length > 0, 'the seeds mention some once in passing');
    assert.equal(g.left.minor, minor.length);
    assert.equal(g.nodes.length, withMinor.nodes.length - minor.length);
    assert.ok(g.nodes.every((n) => n.quoteCount > 0 || n.mentionCount > 1));
  });

  it('caps the graph at the top N, the most mentioned (the Actors tree\'s order), and says how many were beyond', () => {
    const kinds = ['person', 'organization'] as const;
    const whole = buildNetwork(c, none, { top: 1000, kinds });
    const top = buildNetwork(c, none, { top: 5, kinds });
    assert.equal(top.nodes.length, 5);
    assert.equal(top.left.beyondTop, whole.nodes.length - 5);
    for (let i = 1; i < whole.nodes.length; i++) assert.ok(whole.nodes[i - 1].mentionCount >= whole.nodes[i].mentionCount);
    assert.deepEqual(top.nodes.map((n) => n.id), whole.nodes.slice(0, 5).map((n) => n.id));
  });
});

describe('the actor network draws the strongest links of each type when capped (session 37)', () => {
  it('keeps the heaviest links of each type and says how many it left out', () => {
    const c = seeds();
    const all = buildNetwork(c, () => undefined, { top: 1000, minor: true });
    const capped = buildNetwork(c, () => undefined, { top: 1000, minor: true, links: 5 });
    const quoteLinks = all.edges.filter((e) => e.type === 'quotedAbout').sort((x, y) => y.weight - x.weight);
    assert.ok(quoteLinks.length > 5);
    assert.equal(capped.edges.length, 5);
    assert.equal(capped.left.links, all.edges.length - 5);
    assert.equal(all.left.links, 0);
    assert.ok(capped.edges.every((e) => e.weight >= quoteLinks[4].weight));
    assert.equal(capped.edges[0].id, quoteLinks[0].id);
  });
});

describe('an Actors tree row says what tells the actor apart first (session 37)', () => {
  it('no "0 quotes": an actor never quoted opens with its role', () => {
    assert.equal(actorDescription(0, 2, undefined, 'Russian President'), 'Russian President · 2 mentions');
    assert.equal(actorDescription(37, 32, undefined, 'NATO Secretary-General'), '37 quotes · NATO Secretary-General · 32 mentions');
    assert.equal(actorDescription(1, 1), '1 quote · 1 mention');
  });

  it("a group's article before its role, the mentions last", () => {
    assert.equal(actorDescription(0, 3, '2024-07-nato.txt', 'allies'), '2024-07-nato.txt · allies · 3 mentions');
    assert.equal(actorDescription(0, 1, undefined, 'x'.repeat(60)), `${'x'.repeat(39)}… · 1 mention`);
  });
});
