import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { speakerOf } from './helpers';

/** Each quote of `text` as its speaker's name (null for none) and its first words. */
function quotes(text: string): Array<{ who: string | null; text: string }> {
  return analyze(text).quotes.map((q) => ({ who: q.speaker?.name ?? null, text: q.text }));
}


const OFFICER = 'Staff Sgt. Marta Quill said crews were called to the building at 2 a.m.\n\n';

describe('anonymous sources: the terms they set are no speech, and the source is theirs', () => {
  it('a reason inside the source\'s aside ("because she feared reprisals") neither speaks nor hides the main verb', () => {
    for (const aside of ['who asked not to be named because she feared reprisals', 'because she feared reprisals', 'who spoke on condition of anonymity because she was not allowed to talk']) {
      const text = `${OFFICER}A tenant, ${aside}, said she smelled smoke for an hour.\n\n“Nobody came,” she said.`;
      const all = quotes(text);
      assert.ok(!all.some((q) => /reprisals|allowed/.test(q.text)), `no quote of the aside: ${JSON.stringify(all)}`);
      assert.equal(speakerOf(text, /smelled smoke/), 'tenant', aside);
      assert.equal(speakerOf(text, /Nobody came/), 'tenant', `"she" is the tenant, not the officer (${aside})`);
    }
  });

  it('"declined to give her name", "asked that his name not be used" are terms, not quotes', () => {
    const text = `${OFFICER}The tenant, who declined to give her name, said the alarm never rang.\n\nA second tenant, who asked that his name not be used, said the stairwell was dark.`;
    const all = quotes(text);
    assert.ok(!all.some((q) => /her name|his name/.test(q.text)), JSON.stringify(all));
    assert.equal(speakerOf(text, /alarm never rang/), 'tenant');
    assert.notEqual(speakerOf(text, /stairwell/), 'Marta Quill');
  });

  it('a clause about a name that is what was said stays a quote', () => {
    const text = 'Two voters, Ana Reyes and Tom Bell, had challenged the filing, contending that his name should not appear on the ballot.';
    assert.ok(quotes(text).some((q) => /should not appear/.test(q.text)), JSON.stringify(quotes(text)));
  });

  it('a source whose aside is a coordinated verb ("and asked not to be named") still speaks', () => {
    const text = `${OFFICER}A woman who lives nearby, and asked not to be named, said she heard shouting.`;
    assert.notEqual(speakerOf(text, /heard shouting/), 'Marta Quill');
    assert.notEqual(speakerOf(text, /heard shouting/), null);
  });

  it('"the neighbour, who …," brought in by its clause is someone of their own, as "a neighbour" is', () => {
    const text = `${OFFICER}The neighbour, who declined to give his name, said he heard glass break.`;
    assert.equal(speakerOf(text, /glass break/), 'neighbour');
  });

  it('a stance told of the speaker after their words ("who criticized the budget") does not take the next quotation', () => {
    const text = '“This was a fair deal,” said Coun. Mirela Dosti, who criticized the budget last year. “It will hold.”\n\n“We won,” said Ivo Brandt, director of the Tenants Union, which opposed the measure. “People chose safer streets.”';
    for (const [re, who] of [[/It will hold/, 'Mirela Dosti'], [/safer streets/, 'Ivo Brandt']] as const) {
      const q = analyze(text).quotes.find((x) => re.test(x.text));
      assert.ok(q, `a quote holds ${re}`);
      assert.equal(q.speaker?.name, who);
      assert.equal(q.cue?.text, 'said', 'the quotation goes on with the words, not with the stance');
    }
  });

  it('"One of the plaintiffs, retired teacher X of Town, said": the person named in apposition speaks', () => {
    for (const subject of ['One of the plaintiffs, retired schoolteacher Edda Morrow,', 'One of her neighbours, nurse Edda Morrow of Halden,']) {
      const text = `The lawsuit was filed on Monday.\n\n${subject} said someone opened two credit cards in her name.`;
      assert.equal(speakerOf(text, /credit cards/), 'Edda Morrow', subject);
    }
  });

  it('people in the plural opening the sentence ("Police did not identify the man but said …") speak as a group', () => {
    const text = 'A man was found dead on Tuesday.\n\nPolice did not identify the man but said he was known to them.\n\nWinnipeg firefighters reached the house and said the fire had spread.';
    assert.equal(speakerOf(text, /known to them/), 'Police');
    assert.equal(speakerOf(text, /had spread/), 'Winnipeg firefighters');
  });
});

describe('a lone word where a place stands', () => {
  it('"in Hamilton" beside a person whose given name is Hamilton is the place, a surname still the person', () => {
    const a = analyze('Voters in Hamilton were angry on Monday.\n\nHamilton Marsh, who runs the food bank, said demand had doubled. Few had confidence in Marsh.');
    const hamilton = a.mentions.find((m) => m.text === 'Hamilton');
    assert.notEqual(hamilton?.actor.name, 'Hamilton Marsh');
    const marsh = a.mentions.find((m) => m.text === 'Marsh');
    assert.equal(marsh?.actor.name, 'Hamilton Marsh');
  });
});

describe('a person in a phrase opening the sentence', () => {
  it('"Preceded at the lectern by X, …, Y launched into …" then "he said": Y, the main clause\'s person', () => {
    const text = 'Rally\n\nPreceded at the lectern by Tom Brandt, the county sheriff, Governor Paul Okafor launched into a long speech.\n\n“We will finish the bridge!” he said.';
    assert.equal(speakerOf(text, /finish the bridge/), 'Paul Okafor');
  });

  it('"With X, there is …" then "he said": X, since the main clause names no one', () => {
    const text = 'Rally\n\nMark Ellison spoke first. With Governor Paul Okafor, there is not much chance of change.\n\n“You think I am going to change?” he said.';
    assert.equal(speakerOf(text, /going to change/), 'Paul Okafor');
  });
});

