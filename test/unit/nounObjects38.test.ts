import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';

/** Session 38: a speech verb whose object is a noun phrase ("mentioned the deficit", "noted the drop in crime", "cited a report") reports no words; the same verbs with a clause still do. */
const quotesOf = (body: string, headline = 'Headline') =>
  analyze(`${headline}\n\n${body}`).quotes.map((q) => `${q.speaker?.name ?? q.speakerMention?.text ?? '?'}: ${q.text}`);

describe('cue verbs with a noun-phrase object', () => {
  it('"mentioned", "noted" and "cited" with a noun phrase give no quote', () => {
    for (const body of [
      'Premier Danielle Smith did not mention the pipeline in her speech.',
      'Premier Danielle Smith mentioned the deficit twice on Tuesday.',
      'Mayor Jyoti Gondek noted the drop in crime at the meeting.',
      'Mayor Jyoti Gondek cited a report by the city auditor.',
      'Councillor Evan Woolley cites higher costs.',
    ]) assert.deepEqual(quotesOf(body), [], body);
  });

  it('"adds" with a bare noun phrase, in a headline or the body, is no speech', () => {
    assert.deepEqual(quotesOf('Health Minister Sylvia Jones adds new testing sites as cases climb.'), []);
    assert.deepEqual(quotesOf('The ministry opened the clinics on Monday.', 'Ontario adds new clinics'), []);
  });

  it('the same verbs with a clause, or said in their own words, still report speech', () => {
    assert.deepEqual(quotesOf('Mayor Jyoti Gondek noted that police had hired 40 officers.'), ['Jyoti Gondek: police had hired 40 officers']);
    assert.deepEqual(quotesOf('Premier Danielle Smith mentioned the province would borrow more.'), ['Danielle Smith: the province would borrow more']);
    assert.deepEqual(quotesOf('Health Minister Sylvia Jones adds the sites will open next week.'), ['Sylvia Jones: the sites will open next week']);
    assert.deepEqual(quotesOf('Auditor Jane Roe noted on Tuesday, the overspending began in 2021.'), ['Jane Roe: the overspending began in 2021']);
  });

  it('the words after the object’s comma are no content either', () => {
    // (an appositive of the object, read before as the words after "wrote in an analysis,")
    assert.deepEqual(quotesOf('The watchdog group noted testimony by Gregory Hale, the former deputy chief of mission in Tripoli.'), []);
    assert.deepEqual(quotesOf('Mayor Olivia Chow cited a report by Jane Roe, the city’s auditor general.'), []);
  });
});
