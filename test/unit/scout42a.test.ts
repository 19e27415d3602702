import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { inArticle as article, speakerInArticle as speakerOf } from './helpers';

/** Session 42's unseen attribution (scout42a): entertainment, sports, school boards, reaction roundups, disasters; each kind with a near miss. */

describe('scout42a: "actor" tells no gender', () => {
  it('"Actor Anne-Marie Duff … She said" is the actor, not the woman who spoke before', () => {
    const body =
      'LONDON — The film\'s producer, Helen Carver, said the shoot had run over by a month.\n\n' +
      '"We lost three weeks to the rain," she said.\n\n' +
      'Actor Anne-Marie Duff arrived with her husband, writer Tom Hale. She said the premiere felt "like coming home."';
    assert.equal(speakerOf(body, 'the premiere felt'), 'Anne-Marie Duff');
  });
  it('near miss: "actress" still tells, and a man named "Actor" stays a man', () => {
    const body =
      'Director Paul Reyes said the cast had rehearsed for weeks.\n\n' +
      'Actor Daniel Okafor walked the carpet alone. He said the role had changed him.';
    assert.equal(speakerOf(body, 'the role had changed him'), 'Daniel Okafor');
  });
});

describe('scout42a: an office with its field after "of", then the holder\'s name', () => {
  it('"…," director of education NAME said: the quotation is found and the person speaks', () => {
    const body =
      'The Halton board said the breach reached back to 1990.\n\n' +
      '"We owe our families answers," director of education Priya Ghosh said in a letter to parents.';
    assert.equal(speakerOf(body, 'We owe our families answers'), 'Priya Ghosh');
  });
  it('"chief of police NAME said": the person is named without the office', () => {
    const body = 'Later, chief of police Marcus Dunn said the road would stay closed overnight.';
    assert.equal(speakerOf(body, 'stay closed overnight'), 'Marcus Dunn');
    assert.ok(!article(body).actors.some((a) => a.name.startsWith('chief')), 'no actor named by the office');
  });
  it('"…," head of transport NAME told reporters: a field word that is also a verb', () => {
    const body = 'The city closed the bridge on Monday.\n\n"It will be weeks, not days," head of transport Lena Ortiz told reporters.';
    assert.equal(speakerOf(body, 'It will be weeks'), 'Lena Ortiz');
  });
  it('near miss: "the mother of victim NAME" speaks for herself, not as the victim', () => {
    const body = '"She loved that school," the mother of victim Ella Grant said.';
    assert.notEqual(speakerOf(body, 'She loved that school'), 'Ella Grant');
  });
});

describe('scout42a: a pronoun right after a speaker whose given name only guessed the other gender', () => {
  it('"NAME said … . He said …": not a man of an earlier paragraph whom this one never names', () => {
    const body =
      'Flames coach Ryan Huska said the team had no update on the goaltender.\n\n' +
      '"We\'ll know more on Friday," Huska said.\n\n' +
      'TSN insider Marian Lemieux said on the broadcast that the injury was minor. He said the team was being cautious.';
    assert.equal(speakerOf(body, 'being cautious'), null);
  });
  it('near miss: a pronoun two sentences past a speaker named with "Ms." does not go to her', () => {
    const body =
      'Coach Ryan Huska said the team was healthy.\n\n' +
      'Ms. Lemieux said on the broadcast that the injury was minor. The team flew home on Monday. He said the team was being cautious.';
    assert.notEqual(speakerOf(body, 'being cautious'), 'Lemieux');
  });
});

describe('scout42a: a player by place on the depth chart', () => {
  it('"Backup NAME will start" names the player without "Backup"', () => {
    const body = 'Backup Jarrett Stidham will start Sunday against Denver. Stidham said he was ready.';
    assert.equal(speakerOf(body, 'he was ready'), 'Jarrett Stidham');
  });
});

describe('scout42a: a reaction roundup\'s tag line describes its speaker in lower case', () => {
  const body =
    'REGINA — Saskatchewan tabled its budget on Wednesday. Here is some of the reaction:\n\n' +
    '"This is a budget for people who already own a home."\n' +
    '— Nadia Brandt, president of the Saskatchewan Federation of Labour\n\n' +
    '"Farmers will notice the fuel rebate, and they will thank the province for it."\n' +
    '— Curtis Olafson, grain farmer, Rosetown\n\n' +
    '"The deficit is smaller than we feared."\n' +
    '— Economist Gwen Tarrant';
  it('"— NAME, president of the …" and "— NAME, grain farmer, PLACE" sign the quotation above', () => {
    assert.equal(speakerOf(body, 'already own a home'), 'Nadia Brandt');
    assert.equal(speakerOf(body, 'fuel rebate'), 'Curtis Olafson');
    assert.equal(speakerOf(body, 'smaller than we feared'), 'Gwen Tarrant');
  });
  it('near miss: a dash line that goes on as a sentence signs nothing', () => {
    const text = 'Headline for the story\n\n"We will rebuild."\n— Nadia Brandt, who was there, said the crowd cheered.';
    assert.notEqual(analyze(text).quotes.find((x) => x.text.includes('We will rebuild'))?.speaker?.name, 'Nadia Brandt');
  });
});

describe('scout42a: a notice, a bulletin or an advisory says things', () => {
  it('"CONTENT, the notice said" is a quote', () => {
    const body = 'Transport Canada issued a recall on Friday.\n\nOwners should stop driving the scooters and return them to the store, the notice said.';
    assert.notEqual(speakerOf(body, 'stop driving the scooters'), undefined);
  });
});

describe('scout42a: a refusal to discuss, name or address something reports nothing', () => {
  it('"refused to discuss reports of …", "declined to name the buyer": no quote', () => {
    assert.equal(speakerOf('Manager Ron Tate refused to discuss reports of a rift in the clubhouse.', 'reports of a rift'), undefined);
    assert.equal(speakerOf('Finance Minister Ada Lusk declined to name the buyer of the Crown land.', 'the buyer'), undefined);
  });
  it('near miss: a refusal followed by a quotation still reports it', () => {
    assert.equal(speakerOf('Ron Tate refused to discuss it: "What is said in the clubhouse stays there."', 'stays there'), 'Ron Tate');
  });
  it('"A spokesperson for BODY declined to … but said …": the spokesperson for that body speaks', () => {
    const body = 'A spokesperson for Enbridge declined to say when the leak began but said in a statement that crews had contained it.';
    const q = article(body).quotes.find((x) => x.text.includes('crews had contained it'));
    assert.equal(q?.speakerMention?.text, 'A spokesperson for Enbridge');
  });
});

describe('scout42a: a count told roughly is an object, not what was said', () => {
  it('"recalled about 120,000 strollers on Monday" is no quote', () => {
    assert.equal(speakerOf('Health Canada recalled about 120,000 strollers on Monday.', 'strollers'), undefined);
  });
  it('near miss: "confirmed about 40 people had died" is a clause', () => {
    assert.equal(speakerOf('The coroner confirmed about 40 people had died in the fire.', 'had died'), null);
  });
});

describe('scout42a: "the TOWN native", "the TOWN, PROVINCE, native" is a person, never the town', () => {
  const body = (tag: string): string => `Golfer Maddie Szeryk said she would skip the event.\n\n"I need rest," ${tag}`;
  it('after the cue and before it, with or without the province', () => {
    for (const tag of ['said the London, Ont., native.', 'the London, Ont., native said.', 'said the Kelowna native.', 'the Kelowna native said.']) {
      const name = speakerOf(body(tag), 'I need rest');
      assert.notEqual(name, undefined, tag);
      assert.ok(name !== 'London' && name !== 'Kelowna' && name !== 'Ontario', `${tag} → ${name}`);
    }
  });
  it('near miss: a body named after its town still speaks ("said the City of Kelowna")', () => {
    assert.equal(speakerOf('"The road is closed," said the City of Kelowna.', 'The road is closed'), 'City of Kelowna');
  });
});

describe('scout42a: "said COUNTRY\'s FIELD minister, NAME" is the minister named', () => {
  it('not the country whose possessive opens the phrase', () => {
    assert.equal(speakerOf('Delegates walked out. "We will not be ignored," said Tuvalu\'s climate minister, Maina Talia.', 'not be ignored'), 'Maina Talia');
    assert.equal(speakerOf('"Canada is here in good faith," said Canada\'s environment minister, Julie Dabrusin.', 'good faith'), 'Julie Dabrusin');
  });
  it('near miss: "said Tuvalu\'s minister, NAME" already was the minister', () => {
    assert.equal(speakerOf('"We will not be moved," said Tuvalu\'s minister, Maina Talia.', 'not be moved'), 'Maina Talia');
  });
  it('"Astronaut NAME said": the occupation is no part of the name', () => {
    assert.equal(speakerOf('Astronaut Jenni Gibbons said she was thrilled for her colleague.', 'thrilled'), 'Jenni Gibbons');
  });
});
