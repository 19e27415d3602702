/**
 * Kinds of wrong attribution the lead fixed in session 60, each written in sentences of its own,
 * with a near miss each.
 */
import { strict as assert } from 'node:assert';
import type { CorpusView } from '../../src/corpus/corpus';
import { AnalysingCorpus } from '../../src/corpus/analysingCorpus';
import { inArticle } from './helpers';

/** A corpus of the given articles (path -> text). */
function corpusOf(articles: Record<string, string>): AnalysingCorpus {
  const c = new AnalysingCorpus();
  for (const [path, text] of Object.entries(articles)) c.set(path, text);
  return c;
}

/** The name of the speaker of the quote holding `words` in the article at `path`. */
function speakerIn(result: CorpusView['result'], path: string, words: string): string | undefined {
  const q = result.documents.find((d) => d.path === path)?.quotes.find((x) => x.text.includes(words));
  return result.actors.find((x) => x.id === q?.speaker)?.name;
}

const COUNCIL = 'Council votes on budget\nMarch 3, 2025\n\nCouncillor Nadia Okafor said the budget was balanced.\n\n“We did the work,” Okafor said.\n';

describe('lead60: a lone surname the article introduces ("said Okafor, a 68-year-old retired teacher") is someone of its own', () => {
  it('is not joined to a namesake named in full in another article, and keeps its appositive as a role', () => {
    for (const intro of ['said Okafor, a 68-year-old retired teacher.', 'said Okafor, 71.', 'said Okafor, a retired bus driver.']) {
      const rally = `Seniors rally for transit\nMarch 4, 2025\n\nDozens of seniors gathered at city hall.\n\n“The buses never come,” ${intro}\n`;
      const { result } = corpusOf({ 'a.txt': COUNCIL, 'b.txt': rally }).build();
      assert.equal(speakerIn(result, 'b.txt', 'buses never come'), 'Okafor', intro);
      assert.equal(speakerIn(result, 'a.txt', 'did the work'), 'Nadia Okafor');
    }
    const roles = inArticle('Dozens gathered.\n\n“The buses never come,” said Okafor, a 68-year-old retired teacher.').actors.find((a) => a.name === 'Okafor')?.roles;
    assert.deepEqual(roles, ['68-year-old retired teacher']);
  });
  it('near miss: a lone surname with no introduction, or one whose appositive names the namesake\'s office, joins them', () => {
    for (const said of ['said Okafor.', 'said Okafor, a city councillor.']) {
      const vote = `Transit vote delayed\nMarch 4, 2025\n\nThe vote was put off.\n\n“We need another week,” ${said}\n`;
      const { result } = corpusOf({ 'a.txt': COUNCIL, 'b.txt': vote }).build();
      assert.equal(speakerIn(result, 'b.txt', 'another week'), 'Nadia Okafor', said);
    }
  });
});
