import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { keyByRules, keyFor } from '../../src/extractor/actors';
import { memoised } from '../../src/extractor/memo';
import type { ActorKind } from '../../src/extractor/types';
import { mayOpenTeamTest, MOVES } from '../../src/extractor/clubs';
import { tokenize } from '../../src/extractor/tokenizer';
import { analyze } from '../../src/extractor/analyze';

/** Names of every shape the keys treat apart: persons with initials and particles, bodies with legal forms, descriptions in lower case, accents. */
const NAMES = [
  'Donald J. Trump', 'Donald Trump', 'Kishida Fumio', 'Ines van Moro', 'Halverson Bank Corp', 'Apple Inc', 'chief medical officer',
  'chief financial officer', 'Zoë Moro', 'Zoe\u0301 Moro', 'Moro’s', 'U.N.', 'NATO', 'Georgia', 'Leicester City', 'José Ruiz Jr.', '',
];
const KINDS: ActorKind[] = ['person', 'organization', 'country', 'place', 'group'];

describe('name caches: the memoised keys and look-ups agree with their rules', () => {
  it('keyFor gives the key of its rules whatever order names and kinds are asked in', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...KINDS), fc.constantFrom(...NAMES), fc.boolean()), { minLength: 1, maxLength: 30 }), (asks) => {
        for (const [kind, name, copy] of asks) {
          // (a name cut from a longer text as the extractor's are, or a string of its own)
          const asked = copy ? `  ${name}  `.slice(2, 2 + name.length) : name;
          assert.equal(keyFor(kind, asked), keyByRules(kind, name), `${kind} ${name}`);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('one name asked for several kinds in a row has each kind its own key', () => {
    const person = keyFor('person', 'Harlow Freight');
    const body = keyFor('organization', 'Harlow Freight');
    assert.ok(person.startsWith('person:') && body === 'organization:harlow freight', `${person} ${body}`);
    assert.equal(keyFor('person', 'Harlow Freight'), person);
    assert.equal(keyFor('organization', 'Halverson Bank Corp'), 'organization:halverson bank');
    assert.equal(keyFor('place', 'Halverson Bank Corp'), 'place:halverson bank corp');
  });

  it('a memoised function answers as its computation, the same key asked twice in a row and after others', () => {
    let computed = 0;
    const lengthOf = memoised((key: string): number | null => {
      computed++;
      return key.length > 3 ? key.length : null;
    }, 4);
    const asks = ['Dale', 'Dale', 'Al', 'Al', 'Dale', 'Karen', 'Bo', 'Bo', 'Poirier', 'Al', 'Dale', 'Dale'];
    for (const key of asks) assert.equal(lengthOf(key), key.length > 3 ? key.length : null, key);
    // (a null answer is remembered as any other: asked again at once, not computed again)
    assert.ok(computed < asks.length);
  });

  it("retypeTeams' first test of a token answers as the set of moves and the score's shape", () => {
    const words = [...MOVES].flatMap((w) => [w, w.toUpperCase(), w[0].toUpperCase() + w.slice(1), w.slice(0, -1), `${w}s`, `un${w}`]);
    const text = `${words.join(' ')} 2-1 0–0 3-3, 100 1-10 A-1 d s ed axe Axed sack’s “fired” KKicked hired. signed`;
    for (const t of tokenize(text, 0, text.length)) {
      const slow = (/^\d/.test(t.text) && t.text.length === 3) || MOVES.has(t.lower);
      assert.equal(mayOpenTeamTest(t), slow, t.text);
    }
  });

  it('teams are read by their scores and moves up to the paragraph\'s last token', () => {
    const kinds = (text: string): string[] => analyze(text).actors.map((a) => `${a.name}:${a.kind}`);
    assert.ok(kinds('Orlando Pirates beat Kaizer Chiefs 2-1 on Saturday.').includes('Orlando Pirates:organization'));
    assert.ok(kinds('Kano Pillars have dismissed head coach Abdul Maikaba.').includes('Kano Pillars:organization'));
    // (a verb or a score last in its paragraph: nothing read past the end)
    for (const text of ['The Regina Pats signed', 'Kano Pillars sacked', 'Mamelodi Sundowns drew 1-1', 'Orlando Pirates beat Kaizer Chiefs 2-1']) assert.doesNotThrow(() => analyze(text), text);
  });

  it("a work's title is cut from the text only where one is named, and read again later", () => {
    const persons = (text: string): string[] => analyze(text).actors.filter((a) => a.kind === 'person').map((a) => a.name);
    const text = 'Peter Schweizer wrote the book Clinton Cash last year. Clinton Cash sold well, Schweizer said.';
    assert.deepEqual(persons(text), ['Peter Schweizer']);
    // (a run opening the paragraph, and one after "called" with no noun before it: nothing read before the first token)
    assert.ok(persons('Halden Morrow said the plan was ready.').includes('Halden Morrow'));
    assert.ok(persons('Called Halden Morrow by friends, he said little.').length <= 1);
    assert.deepEqual(persons('The app, called Figma Make, lets users draw, said Ana Ruiz.'), ['Ana Ruiz']);
  });
});
