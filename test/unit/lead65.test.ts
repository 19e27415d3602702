/**
 * Kinds of wrong or lost attribution the lead fixed in session 65, each written in sentences of
 * its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { inArticle, speakerInArticle } from './helpers';

describe('lead65: an agent\'s noun the lists lack, after "a" or "one", is a person who speaks ("said one freight forwarder")', () => {
  it('keeps the quotation and names the phrase, after or before the cue', () => {
    assert.equal(speakerInArticle('"We cannot clear the backlog," said one freight forwarder.', 'clear the backlog'), 'one freight forwarder');
    assert.equal(speakerInArticle('"The invoices pile up," said a bookkeeper, who asked not to be named.', 'invoices pile up'), 'bookkeeper');
    assert.equal(speakerInArticle('"The cranes sit idle," one customs forwarder said.', 'cranes sit idle'), 'one customs forwarder');
    assert.equal(speakerInArticle('A grain wholesaler said the prices had doubled.', 'prices had doubled'), 'grain wholesaler');
  });
  it('near miss: a time or amount shaped as an agent\'s noun is no speaker ("said a further 200")', () => {
    const quotes = inArticle('Port officials said a further 300 containers were waiting.').quotes;
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].speaker?.name, 'Port officials');
    assert.ok(quotes[0].text.startsWith('a further 300'));
  });
});

describe('lead65: a thing placed near a town, opening the clause, speaks; the town does not ("A family-owned ski hill near Collingwood says")', () => {
  it('leaves the place out of the speaker', () => {
    for (const [article, words] of [
      ['A family-owned ski hill near Collingwood says it will close after this winter.', 'close after this winter'],
      ['A golf course outside Barrie said it had flooded twice.', 'flooded twice'],
      ['A small ski resort north of Sudbury says it lost money.', 'lost money'],
    ]) {
      const q = inArticle(article).quotes.find((x) => x.text.includes(words));
      assert.ok(q, article);
      assert.ok(!['Collingwood', 'Barrie', 'Sudbury'].includes(q.speaker?.name ?? ''), `${article} → ${q.speaker?.name}`);
      assert.ok(q.speakerMention?.text.startsWith('A '), q.speakerMention?.text);
    }
  });
  it('near miss: an office of the place names its holder, and the place itself may speak', () => {
    assert.equal(speakerInArticle('The mayor of Barrie, Ann Kolt, said the hill would reopen.', 'would reopen'), 'Ann Kolt');
    assert.equal(speakerInArticle('Barrie says it will plow the hill first.', 'plow the hill'), 'Barrie');
  });
  it('near miss: a clause with a verb is no thing\'s phrase ("The party offered aid to Republicans who say")', () => {
    assert.equal(speakerInArticle('The party offered fresh ammunition to Republicans who say the law is a money pit.', 'money pit'), 'Republicans');
  });
});

describe('lead65: guests are people ("Guests at the Hôtel de Glace said" is no hotel speaking)', () => {
  it('gives the words to the guests', () => {
    assert.equal(speakerInArticle('Guests at the Hôtel de Glace said the rooms were colder than expected.', 'colder than expected'), 'Guests at the Hôtel de Glace');
    assert.equal(speakerInArticle('"The bed was made of ice," said one guest.', 'made of ice'), 'one guest');
  });
  it('near miss: the hotel itself still speaks', () => {
    assert.equal(speakerInArticle('The Hôtel de Glace said the season would open in January.', 'open in January'), 'Hôtel de Glace');
  });
});

describe('lead65: an opening "according to" source keeps its relative clause ("According to an official who spoke on background, …")', () => {
  it('keeps the content after the clause\'s comma', () => {
    const q = inArticle('According to a ministry official who spoke on background, the plan will cost $40 million.').quotes;
    assert.equal(q.length, 1);
    assert.equal(q[0].speaker?.name, 'ministry official');
    assert.ok(q[0].text.startsWith('the plan will cost'));
    assert.equal(speakerInArticle('According to officials who briefed reporters on Monday, the road will reopen in May.', 'road will reopen'), 'officials');
  });
  it('near miss: a relative clause with no comma after it is no source\'s aside', () => {
    const q = inArticle('According to the official who resigned the plan was sound.').quotes;
    assert.ok(q.every((x) => !x.text.includes('resigned')));
  });
});
