import { strict as assert } from 'node:assert';
import { AnalysingCorpus } from '../../src/corpus/analysingCorpus';
import { analyze } from '../../src/extractor/analyze';

const tag = (i: number): string => [...(i + 700).toString(26)].map((c) => String.fromCharCode(97 + parseInt(c, 26))).join('');
const cap = (s: string): string => s[0].toUpperCase() + s.slice(1);

/** Lone surnames and roles when a text names many people alike (loneNames.ts MAX_NAMESAKES, nameRoles.ts MAX_ROLES). */
describe('namesakes and roles past what an article holds', () => {
  it('a lone surname that two people share goes to the one named more, as before the cap', () => {
    const a = analyze('Vote\n\nAnna Lee spoke first. Anna Lee spoke again. Anna Lee left. Tom Lee agreed.\n\n"We won," Lee said.');
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name), ['Anna Lee']);
  });

  it('a lone surname that 40 people share names none of them, and each lone use is not weighed against all of them', () => {
    let text = 'Reunion\n\n';
    for (let i = 0; i < 40; i++) text += `${cap(tag(i))} Lee arrived. `;
    text += '\n\n"We are all here," Lee said.';
    const a = analyze(text);
    assert.equal(a.quotes.length, 1);
    assert.equal(a.quotes[0].speaker?.name, 'Lee');
    // thousands of namesakes and lone uses stay linear (quadratic before: 256 KB took 23.6 s)
    let long = 'Reunion\n\n';
    for (let i = 0; i < 4000; i++) long += `${cap(tag(i))} Lee said it. Lee agreed. `;
    assert.ok(analyze(long).actors.filter((x) => x.kind === 'person').length >= 3900);
  });

  it('a person keeps at most 24 roles, the first given', () => {
    let text = 'Profile\n\n';
    for (let i = 0; i < 30; i++) text += `Senator Bob Lee, the ${tag(i)} committee chair, said it. `;
    const lee = analyze(text).actors.find((x) => x.name === 'Bob Lee');
    assert.ok(lee, 'Bob Lee');
    assert.equal(lee.roles.length, 24, lee.roles.join(' | '));
    assert.ok(lee.roles.includes('Senator'), lee.roles.join(' | '));
  });
});

describe('corpus: thousands of fathers and sons in one article', () => {
  it('each "X Lee Jr." beside its "X Lee Sr." stays a person of its own, and filing the article is not quadratic in its persons', () => {
    let text = 'Reunion\n\n';
    for (let i = 0; i < 1500; i++) text += `Qa${tag(i)} Lee Jr. and Qa${tag(i)} Lee Sr. arrived. `;
    const c = new AnalysingCorpus();
    c.set('a.txt', text);
    const names = new Set(c.build().result.actors.filter((x) => x.kind === 'person').map((x) => x.name));
    assert.ok(names.has('Qabay Lee Jr.') && names.has('Qabay Lee Sr.'), [...names].slice(0, 6).join(', '));
    assert.ok(names.size >= 2900, `${names.size} persons`);
  });
});
