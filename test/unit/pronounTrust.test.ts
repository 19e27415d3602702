import { strict as assert } from 'node:assert';
import { quotesOf } from './helpers';

/** The speaker's name of the quote whose text holds `words` (null when unresolved). */
const who = (text: string, words: string): string | null => {
  const q = quotesOf(text).find((x) => x.text.includes(words));
  assert.ok(q, `no quote holding "${words}" in: ${JSON.stringify(quotesOf(text).map((x) => x.text))}`);
  return q.who ?? null;
};

describe('pronoun trust: "he"/"she" resolved only where the text settles it', () => {
  it('a pronoun whose earlier sentences open on the same pronoun continues that chain, past a woman named inside them', () => {
    const text =
      'Marta Quill, who accused the councillor of threatening her in 2019, spoke on a local radio show.\n\n' +
      'She went public with the story in 2019. She has gone public again as Pruett campaigns for his wife, Dana Pruett, as she runs for mayor.\n\n' +
      'On Sunday, she said for the first time that the councillor had called her at home.';
    assert.equal(who(text, 'called her at home'), 'Marta Quill');
  });

  it('"“…,” he told NAME" is never NAME, though NAME asked the question just before', () => {
    const text =
      'Radio host Leo Brandt interviewed Mayor Carl Odum on Tuesday.\n\n' +
      '"We will finish the bridge," Odum said.\n\n' +
      'Brandt asked Odum how much the bridge would cost.\n\n' +
      '"About forty million, give or take," he told Brandt.';
    assert.equal(who(text, 'forty million'), 'Carl Odum');
  });

  it('"“…,” he said of NAME" is never NAME: the quote is about him', () => {
    const text =
      'In describing the developer Victor Hale, investor Simon Reeve said he saw someone with no patience.\n\n' +
      'Hale has built four towers downtown since 2015.\n\n' +
      '"You have to be able to wait," he said of Hale, "and he never could."';
    assert.equal(who(text, 'able to wait'), 'Simon Reeve');
  });

  it('a man whose gender the text tells goes before a surname of unknown gender named in passing in the same sentence', () => {
    const text =
      'Voters say the campaign has been slow to reach churches. Turnout has not been a priority for Lowell, which is something that worries Henry Osei, president of the county’s Black Caucus.\n\n' +
      '"Nobody from the campaign has called us," he said.';
    assert.equal(who(text, 'Nobody from the campaign'), 'Henry Osei');
  });

  it('"it" outside a quotation is not a body named inside it', () => {
    const text =
      'The review panel released a memo on Thursday.\n\n' +
      '"Most of the witnesses had never been interviewed by the Harbour Authority," it stated.';
    assert.notEqual(who(text, 'never been interviewed'), 'Harbour Authority');
  });

  it('one of a list of men is not whom "he" means when no one else agrees: unresolved', () => {
    const text =
      'Senator Ruth Gaines spoke in Hartford on Monday.\n\n' +
      'The fire killed three workers: foreman Tom Hale, welder Ray Dunn, and electrician Ben Ortiz.\n\n' +
      '"We owe their families answers," Gaines said. "Nobody should die at work."\n\n' +
      '"The company ignored every warning we gave them," he wrote.';
    assert.equal(who(text, 'ignored every warning'), null);
  });

  it('the object of a participle named since the last speaker is not whom "he said" means', () => {
    const text =
      'Senator Paul Brennan has made guns his life\'s work. "This is the issue that defines the party," he told me.\n\n' +
      'The push has produced one real victory so far, forcing Mayor Dan Kirby to drop his opposition to the registry.\n\n' +
      '"The campaign has moved him on guns," he said.';
    assert.equal(who(text, 'moved him on guns'), 'Paul Brennan');
  });

  it('a role phrase never resolves to a person its own quotation names', () => {
    const text =
      'Former President Tom Avery campaigned for his wife, Senate candidate Laura Avery, in Dayton on Monday. President Ed Wallace has endorsed her rival.\n\n' +
      '“Her opponent is running harder against President Wallace and me than against anybody,” the former president said.';
    assert.notEqual(who(text, 'running harder'), 'Ed Wallace');
  });

  it('"the group" is the body that spoke in the sentence before, though its name reads as a public body\'s', () => {
    const text = 'The governor signed the water bill on Tuesday.\n\nThe state Farm Bureau said it was weighing a legal challenge. "We will look at every option," the group said in a statement.';
    assert.equal(who(text, 'every option'), 'Farm Bureau');
  });
});
