import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';

/** Session 35's unseen names (scout35c): a one-word name in apposition to a body's name or description. */
const article = (body: string) => analyze(`Headline\n\n${body}`);
const actorsOf = (body: string): string[] => article(body).actors.map((a) => `${a.name}:${a.kind}${a.aliases.length ? ` [${a.aliases.join('|')}]` : ''}`);

describe('scout35c: "X, the Y Alliance, said": a one-word name in apposition to a body', () => {
  it('a body\'s name in apposition: one organisation under both names', () => {
    assert.deepEqual(actorsOf('Kelvara, the Clean Water Alliance, called for a ceasefire.'), ['Kelvara:organization [Clean Water Alliance]']);
    assert.deepEqual(actorsOf('Tarnow, the Northern Transport Union, said drivers would strike.'), ['Tarnow:organization [Northern Transport Union]']);
    const a = article('Kelvara, the Clean Water Alliance, said on Monday that pumps had arrived.');
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name), ['Kelvara']);
  });

  it('a body\'s description with its clause: "the union representing …", "the group that …"', () => {
    assert.deepEqual(actorsOf('Velmora, the union representing the drivers, called for talks.'), ['Velmora:organization']);
    assert.deepEqual(actorsOf('Velmora, the union that represents the nurses, said talks had failed.'), ['Velmora:organization']);
  });

  it('a person stays one: an office of a body, a possessive, a list of bodies', () => {
    assert.deepEqual(actorsOf('Brandt, the Nordic Workers Alliance leader, said he would stand.'), ['Nordic Workers Alliance:organization', 'Brandt:person']);
    assert.deepEqual(actorsOf('Okafor, the council member who chairs the panel, said she would vote no.'), ['Okafor:person']);
    assert.ok(!actorsOf('Kelvara, the Clean Water Alliance, and Oxfam said aid had arrived.').some((x) => x.includes('[')));
  });
});

describe('scout35c: "the Super Rugby Pacific final": a contest\'s name before its final', () => {
  it('names no actor, cut or whole', () => {
    assert.deepEqual(actorsOf('The Storm edged the Broncos to reach the Super Rugby Pacific final.'), []);
    assert.deepEqual(actorsOf('Crowds filled the ground for the National Rugby League grand final on Sunday.'), []);
    assert.deepEqual(actorsOf('Tickets sold out for the Premier League semi-final against Leeds.'), ['Leeds:place']);
  });

  it('a body before a noun "final" modifies, or acting, stays one', () => {
    assert.deepEqual(actorsOf('The Senate final vote was delayed.'), ['Senate:organization']);
    assert.deepEqual(actorsOf('Rugby Pacific said the final would be in Hamilton.'), ['Rugby Pacific:organization', 'Hamilton:place']);
  });
});
