import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';

/** Session 42's unseen attribution (scout42a): entertainment, sports, school boards, reaction roundups, disasters; each kind with a near miss. */
const article = (body: string) => analyze(`Headline for the story\n\n${body}`);
const speakerOf = (body: string, quote: string): string | null | undefined => {
  const q = article(body).quotes.find((x) => x.text.includes(quote));
  return q === undefined ? undefined : q.speaker?.name ?? null;
};

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
  it('"NAME said … . He said …": the writer\'s pronoun goes on with that speaker', () => {
    const body =
      'Flames coach Ryan Huska said the team had no update on the goaltender.\n\n' +
      '"We\'ll know more on Friday," Huska said.\n\n' +
      'TSN insider Marian Lemieux said on the broadcast that the injury was minor. He said the team was being cautious.';
    assert.equal(speakerOf(body, 'being cautious'), 'Marian Lemieux');
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
