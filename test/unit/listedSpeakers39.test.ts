import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';

/**
 * Session 39: a list of names after a quotation ("“…,” France, Britain and Germany said") is the
 * whole source phrase: the quotation stays direct, the first name is no part of it, and the group
 * is named by every name of the list.
 */
const quotesOf = (body: string) => {
  const r = analyze(`Headline\n\n${body}`);
  return r.quotes.map((q) => `${q.kind} ${q.speaker?.name ?? '?'} (${q.speaker?.kind ?? '-'}) [${q.speakerMention?.text ?? ''}]: ${q.text}`);
};

describe('a list of speakers after a quotation', () => {
  it('countries listed after the closing mark are one group, the quotation direct', () => {
    assert.deepEqual(quotesOf('“We will keep the crossings open,” Norway, Sweden and Finland said in a joint statement.'), [
      'direct Norway, Sweden and Finland (group) [Norway, Sweden and Finland]: We will keep the crossings open,',
    ]);
    // (with the list's determiner)
    assert.deepEqual(quotesOf('"The talks were useful," the United States, Britain and France said on Wednesday.'), [
      'direct United States, United Kingdom and France (group) [the United States, Britain and France]: The talks were useful,',
    ]);
  });

  it('people listed after the closing mark are one group', () => {
    assert.deepEqual(quotesOf('“We are not there yet,” Marta Quinn, Idris Bello and Tomas Varga said after the vote.'), [
      'direct Marta Quinn, Idris Bello and Tomas Varga (group) [Marta Quinn, Idris Bello and Tomas Varga]: We are not there yet,',
    ]);
  });

  it('a list whose names the names layer did not all find is not taken whole', () => {
    const [q] = quotesOf('"Prices will rise," Walmart, Target and Costco said in filings.');
    assert.ok(!q.includes('[Walmart, Target and Costco]'), q);
  });

  it('a list after other words is read as before: a place opening the sentence is no member, a noun’s complement places its people', () => {
    assert.deepEqual(quotesOf('In Vienna, Britain and Germany said the talks would go on.'), ['indirect United Kingdom and Germany (group) [Britain and Germany]: the talks would go on']);
    // (people placed by the whole list speak as its group, as "Officials from France and Germany" do: session 47)
    assert.deepEqual(quotesOf('Officials from France, Britain and Germany said the deal was close.').map((q) => q.split(' [')[0]), ['indirect Officials from France, Britain and Germany (group)']);
  });
});

describe('a list of speakers after a quotation (session 39 breaker)', () => {
  it('"the" before any of its names, and "Belgium and the United States"', () => {
    assert.deepEqual(quotesOf('“We will meet again,” Belgium and the United States said.').map((q) => q.split(' [')[0]), ['direct Belgium and United States (group)']);
    assert.deepEqual(quotesOf('“We agree on this,” Britain, the United States and France said.').map((q) => q.split(': ')[0]), [
      'direct United Kingdom, United States and France (group) [Britain, the United States and France]',
    ]);
  });

  it('a list longer than a joint statement keeps its names out of the quotation and names no speaker', () => {
    assert.deepEqual(quotesOf('“We agree on this,” France, Britain, Germany, Italy, Spain, Poland and Japan said.'), [
      'direct ? (-) [France, Britain, Germany, Italy, Spain, Poland and Japan]: We agree on this,',
    ]);
  });
});
