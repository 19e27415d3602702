import { strict as assert } from 'node:assert';
import { AnalysingCorpus } from '../../src/corpus/analysingCorpus';
import { analyze } from '../../src/extractor/analyze';
import { quotesOf } from './helpers';

/** The speaker of the one quote whose text starts with `start`: its kind and name, or null. */
function speakerOf(text: string, start: string): { kind: string; name: string; mention: string | undefined } | null {
  const q = analyze(text, {}).quotes.find((x) => x.text.startsWith(start));
  assert.ok(q, `a quote opening "${start}"`);
  return q.speaker ? { kind: q.speaker.kind, name: q.speaker.name, mention: q.speakerMention?.text } : null;
}

describe('source kinds: a party’s members and where they sit', () => {
  it('"Republicans in the Senate said" is the group the whole phrase names, not the body inside it', () => {
    const text = 'LANSING, Mich., May 4, 2027 — Talks on the road bill stalled again.\n\nConservatives in the state Senate said the bill cost too much.\n\nLiberals on the transport committee argued that the roads could not wait.';
    assert.deepEqual(speakerOf(text, 'the bill cost'), { kind: 'group', name: 'Conservatives in the state Senate', mention: 'Conservatives in the state Senate' });
    assert.deepEqual(speakerOf(text, 'the roads could'), { kind: 'group', name: 'Liberals on the transport committee', mention: 'Liberals on the transport committee' });
  });

  it('a lone party label in the plural speaks as a group', () => {
    const text = 'The vote on the levy was put off to June.\n\nTories said the delay would cost the county dearly. Democrats argued the levy was unfair.';
    assert.deepEqual(speakerOf(text, 'the delay'), { kind: 'group', name: 'Tories', mention: 'Tories' });
    assert.equal(speakerOf(text, 'the levy was unfair')?.name, 'Democrats');
  });

  it('determiners, modifiers and a body’s name before the label: the group the phrase names', () => {
    const text = 'The tariff bill reached the floor on Monday.\n\nSeveral Assembly Conservatives said the bill would hurt farmers. Other Liberals on the panel said it would not.';
    assert.deepEqual(speakerOf(text, 'the bill would'), { kind: 'group', name: 'Assembly Conservatives', mention: 'Several Assembly Conservatives' });
    assert.equal(speakerOf(text, 'it would not')?.name, 'Liberals on the panel');
    // a people noun with the label in its post-modifier is no party group
    assert.equal(speakerOf('An aide to Senate Democrats said the bill was dead.', 'the bill')?.kind, 'person');
  });

  it('"state" before a body is a modifier, not the verb "to state"', () => {
    const [q] = quotesOf('Independents in the state assembly said the map was drawn unfairly.');
    assert.equal(q?.who, 'Independents in the state assembly');
  });
});

describe('resolution kinds: descriptions that name a body of their own', () => {
  it('a description whose modifiers the body named before does not carry is a body of its own', () => {
    const text = 'BEND, Ore., Aug. 2, 2027 — The Deschutes County Commission raised the fee for wells.\n\nThe commission said the money would fund meters.\n\nAccording to the state water board, the aquifer fell two feet this year.';
    assert.equal(speakerOf(text, 'the money')?.name, 'Deschutes County Commission');
    assert.deepEqual(speakerOf(text, 'the aquifer'), { kind: 'organization', name: 'state water board', mention: 'the state water board' });
  });

  it('a description with no body of its kind named before is the body its phrase names; "it" then refers to it', () => {
    const text = 'Night flights from the valley will end in March.\n\nThe regional council said noise complaints had doubled. It said the airport had ignored them.';
    assert.deepEqual(speakerOf(text, 'noise complaints'), { kind: 'organization', name: 'regional council', mention: 'The regional council' });
    assert.equal(speakerOf(text, 'the airport')?.name, 'regional council');
  });

  it('a plural possessive before the head: "the nurses\' union"', () => {
    const text = 'Ward closures were announced on Monday.\n\nThe nurses\' union said it would ballot members on a strike.';
    assert.deepEqual(speakerOf(text, 'it would ballot'), { kind: 'organization', name: "nurses' union", mention: "The nurses' union" });
  });
});

describe('source kinds: a region after the town in an appositive', () => {
  it('the person speaks, never the region the gazetteer does not know', () => {
    const [a] = quotesOf('Ola Vik, 52, a baker from Stord, Vestland, said the ferry fares had doubled.');
    assert.equal(a.who, 'Ola Vik');
    const [b] = quotesOf('Marek Zielny, a miner in Bytom, Upper Silesia, said the pit would close.');
    assert.equal(b.who, 'Marek Zielny');
    // a name after a body is still the speaker: "the chair of Arbo, Ida Lund,"
    const [c] = quotesOf('The chair of Arbo Timber, Ida Lund, said the mill would reopen.');
    assert.equal(c.who, 'Ida Lund');
    // a person's "of" before the town
    const [f] = quotesOf('Odd Vinje, 34, of Haugesund, Rogaland, said the ferry was late.');
    assert.equal(f.who, 'Odd Vinje');
    const [g] = quotesOf('Eva Nyberg of Lulea, Norrbotten, said the mine was safe.');
    assert.equal(g.who, 'Eva Nyberg');
    // an opening adverbial of place or time is no town before a region
    const [d] = quotesOf('In Tarnow, Mr. Wilk, who runs a bakery, said bread prices would rise.');
    assert.equal(d.who, 'Wilk');
    const [e] = quotesOf('In March, Ms. Orla Grey, who chairs the trust, told donors that the fund was short.');
    assert.equal(e.who, 'Orla Grey');
  });
});

describe('resolution kinds: someone who speaks for a person', () => {
  it('"an aide to X" and "a spokeswoman for X" are people of their own, linked to X in their roles', () => {
    const a = analyze('Governor Nadia Ferrante vetoed the bill on Friday.\n\nA senior aide to Ferrante said the veto was final. A spokeswoman for Ferrante said the governor would not comment.', {});
    const [q, r] = a.quotes;
    assert.equal(q.speaker?.name, 'senior aide to Ferrante');
    assert.deepEqual(q.speaker?.roles, ['aide to Nadia Ferrante']);
    assert.equal(r.speaker?.name, 'spokeswoman for Ferrante');
    assert.deepEqual(r.speaker?.roles, ['spokeswoman for Nadia Ferrante']);
  });

  it('", whose lawyer said" gives the person no role "whose lawyer"', () => {
    const a = analyze('The complaint was filed by Tomas Brennan, whose lawyer said the records were forged.', {});
    assert.equal(a.quotes[0]?.speaker?.name, 'lawyer of Tomas Brennan');
    assert.deepEqual(a.actors.find((x) => x.name === 'Tomas Brennan')?.roles, []);
  });
});

describe('source kinds: the phrase after an inverted cue', () => {
  it('the name in apposition speaks after a possessive role, a share of a group or a post-modifier with a name of several words', () => {
    const whos = quotesOf(
      'Tarn Metals was fined on Monday.\n\n“We will pay,” said the firm’s spokeswoman, Ruth Ekland.\n\n“The river is dead,” said a ranger with the Office of Rivers, Joel Tamm.\n\nAnglers gathered at the bridge. “Nobody warned us,” said one of them, Ivo Sarr.',
    ).map((q) => q.who);
    assert.deepEqual(whos, ['Ruth Ekland', 'Joel Tamm', 'Ivo Sarr']);
  });

  it('a name with a lower-case particle after an inverted cue is the whole name', () => {
    const [q] = quotesOf('“The dikes will hold,” said water board chair Anneke van der Berg.');
    assert.equal(q.who, 'Anneke van der Berg');
    assert.equal(q.speakerMention?.text, 'water board chair Anneke van der Berg');
  });

  it('a body named by the first word of its name before a possessive owns the role', () => {
    const [q] = analyze('Tarn Metals was fined on Monday.\n\nTarn’s chief executive said the fine was unjust.', {}).quotes;
    assert.equal(q.speaker?.name, 'chief executive of Tarn Metals');
  });
});

describe('resolution kinds: bodies in the plural and more party labels', () => {
  it('"conservation groups", "two banks" are a group the phrase names, and "they" then refers to it', () => {
    const text = 'The Halden Water Agency approved the dam on Monday.\n\nEnvironmental groups condemned the vote. They said the salmon would not survive.';
    assert.deepEqual(speakerOf(text, 'the salmon'), { kind: 'group', name: 'Environmental groups', mention: 'They' });
    const [q] = quotesOf('Two banks said the new rules were unclear.');
    assert.equal(q.speaker?.kind, 'group');
    assert.equal(q.who, 'banks');
  });

  it('"The Greens said", "Nationalists said": party members in the plural', () => {
    const text = 'The budget passed by one vote.\n\nThe Greens said the carbon levy was too low. Nationalists argued that it was too high.';
    assert.equal(speakerOf(text, 'the carbon levy')?.name, 'Greens');
    assert.equal(speakerOf(text, 'it was too high')?.kind, 'group');
  });

  it('"said teachers\' union leader NAME": the person after the plural possessive speaks', () => {
    const [q] = quotesOf('“The exams are a mess,” said teachers’ union leader Odile Marchand.');
    assert.equal(q.who, 'Odile Marchand');
  });
});

describe('resolution kinds: "the county"', () => {
  it('refers to the county named before, not to a body of its own', () => {
    const text = 'Officials in Ravalli County said the bridge would reopen in May. The county said repairs had cost $2 million.';
    assert.equal(speakerOf(text, 'repairs')?.name, 'Ravalli County');
  });
});

describe('registry: a body named by a source phrase is one of its article only', () => {
  it('answers to no acronym: "the regional panel" is not the RP of another article', () => {
    const c = new AnalysingCorpus();
    c.set('a.txt', 'The RP said the vote was close. The RP also said turnout had fallen.');
    c.set('b.txt', 'Fares will rise in June.\n\nThe regional panel said the increase was needed.');
    const { result } = c.build();
    const rp = result.actors.find((a) => a.name === 'RP');
    assert.ok(rp, 'the acronym is an actor');
    assert.ok(!rp.aliases.some((x) => /regional panel/i.test(x)), 'no alias from the other article');
    assert.ok(result.actors.some((a) => a.name === 'regional panel'));
  });
});

describe('source kinds: more roles before a name after an inverted cue', () => {
  it('"said state Rep. NAME", "said professor emerita NAME": the person speaks', () => {
    const whos = quotesOf('“We want the data,” said state Rep. Lina Ferraz.\n\n“It is a sad day,” said professor emerita Ruth Okafor.').map((q) => q.who);
    assert.deepEqual(whos, ['Lina Ferraz', 'Ruth Okafor']);
  });

  it('a body named by the first word of its name speaks as that body, not as a person known by one name', () => {
    const text = 'A fire broke out at a plant of Corvane Chemicals on Sunday.\n\nCorvane said no workers were hurt.';
    assert.deepEqual(speakerOf(text, 'no workers'), { kind: 'organization', name: 'Corvane Chemicals', mention: 'Corvane' });
    // a run typed as an organisation whose words tell no kind of body is no long form of a name
    const other = 'Ravena Took On Critics in a speech.\n\nRavena said she was nervous.';
    assert.equal(speakerOf(other, 'she was nervous')?.name, 'Ravena');
  });
});

describe('resolution kinds: links to the one spoken for', () => {
  it('"lawyers for Ms. X" is a group of its own linked to X; "the governor’s office" is the office of the governor named by "Gov."', () => {
    const a = analyze('Gov. Tomas Reale vetoed the levy. The governor’s office said the levy was unlawful.\n\nMayor Ines Duval sued. Lawyers for Ms. Duval said the veto was void.', {});
    const [q, r] = a.quotes;
    assert.equal(q.speaker?.name, 'office of Tomas Reale');
    assert.equal(r.speaker?.kind, 'group');
    assert.deepEqual(r.speaker?.roles, ['lawyers for Ines Duval']);
  });
});

describe('resolution: "another" anonymous source is someone else', () => {
  it('"a source said … Another source said" gives two anonymous people, not one', () => {
    const text =
      'The ferry talks stalled on Monday, a source said. Another source said the harbour chief, Ola Dahl, would resign. ' +
      'A senior official said the vote was delayed. Another official said it would be held in May.';
    assert.notDeepEqual(speakerOf(text, 'The ferry talks'), speakerOf(text, 'the harbour chief'));
    assert.notDeepEqual(speakerOf(text, 'the vote was'), speakerOf(text, 'it would be held'));
    assert.equal(speakerOf(text, 'it would be held')?.name, 'Another official');
  });

  it('a street or quay named after "residents of" is a place, not a person', () => {
    const a = analyze('Residents of Alder Terrace said the flooding was the worst in years. Traders on Mill Quay said the same.', {});
    assert.deepEqual(a.actors.filter((x) => x.kind === 'person').map((x) => x.name), []);
  });
});

describe('source: a body a possessive name owns, subject of a coordinated cue', () => {
  it('"Norway\'s central bank held … and warned that …" is the bank, not Norway', () => {
    const text = "Rates held\n\nNorway's central bank held its main rate on Thursday and warned that fuel prices could rise again.";
    assert.deepEqual(speakerOf(text, 'fuel prices'), { kind: 'organization', name: 'central bank of Norway', mention: "Norway's central bank" });
  });
});

describe('source: the object of a restrictive relative clause before the cue', () => {
  it('"Residents who packed the public gallery said" is the residents, not the gallery', () => {
    const text = 'Wall vote\n\nResidents who packed the public gallery said the flood wall was too low.\n\nParents who attended the meeting said the school should stay open.';
    assert.equal(speakerOf(text, 'the flood wall')?.name, 'Residents');
    assert.equal(speakerOf(text, 'the school')?.name, 'Parents');
  });
});
