/**
 * The reported content, kind by kind: where a quote starts and ends, what is one quote, and which
 * cue words report nothing. Sentences of our own, not the handed cases'.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { quotesOf } from './helpers';

const INTRO = 'Intro line for the test article goes here today.\n';

/** Quotes of a text after an ordinary first line (so a short first line is not a headline). */
const quotes = (text: string, options = {}): ReturnType<typeof quotesOf> => quotesOf(INTRO + text, options);
/** The content of a quote: its pieces joined, else its text. */
const content = (q: { text: string; pieces?: Array<{ text: string }> }): string => (q.pieces ? q.pieces.map((p) => p.text).join(' | ') : q.text);

describe('content: quotations over several paragraphs', () => {
  it('each paragraph opens with a mark and only the last closes: all keep the speaker', () => {
    const qs = quotes(
      'The coach spoke after the match. “We lost our shape in the second half,” Ines Marlow said. “That cannot happen again.\n\n' +
        '“The players know what went wrong and they will put it right on Saturday.\n\n' +
        '“I trust every one of them.”\n\nThe club’s owner did not comment.',
    );
    for (const words of ['We lost our shape', 'That cannot happen again', 'The players know what went wrong', 'I trust every one of them']) {
      const q = qs.find((x) => content(x).includes(words));
      assert.ok(q, words);
      assert.equal(q.who, 'Ines Marlow', words);
      assert.equal(q.kind, 'direct');
    }
    assert.ok(!qs.some((q) => content(q).includes('did not comment')));
  });

  it('a quotation in the next paragraph without a carried mark is not swallowed', () => {
    const qs = quotes('“The vote is tomorrow,” Ruth Ames said.\n\nThe council met for three hours on Monday evening to discuss the plan.');
    assert.equal(qs.length, 1);
  });
});

describe('content: uncommon speech verbs', () => {
  it('verbs of manner beside a quotation, in either order', () => {
    const [a] = quotes('“The roof will not last another winter,” groaned Piet Vander, the caretaker.');
    assert.deepEqual([a.text, a.who, a.kind], ['The roof will not last another winter,', 'Piet Vander', 'direct']);
    const [b] = quotes('“Nobody told us about the closure,” Lena Hart fumed.');
    assert.deepEqual([b.text, b.who], ['Nobody told us about the closure,', 'Lena Hart']);
  });

  it('the same verbs report nothing away from a quotation', () => {
    assert.equal(quotes('The crowd laughed when the mascot slipped on the wet grass.').length, 0);
    assert.equal(quotes('Mira Stone sighed and closed the ledger for the night.').length, 0);
  });
});

describe('content: attribution without a verb', () => {
  it('a quotation signed with a dash and a name', () => {
    const [q] = quotes('The museum reopens on Friday.\n“Visitors will find the galleries transformed.” —Museum Director Aiko Sato');
    assert.equal(q.text, 'Visitors will find the galleries transformed.');
    assert.equal(q.who, 'Aiko Sato');
    assert.equal(q.kind, 'direct');
  });

  it('a "From NAME:" line hands the next quotation to that name', () => {
    const qs = quotes('The board approved the merger on Tuesday.\n\nAlso from Councillor Dev Patel:\n\n“This merger protects two hundred jobs in the valley.”');
    const q = qs.find((x) => x.text.includes('two hundred jobs'));
    assert.ok(q);
    assert.equal(q.who, 'Dev Patel');
  });

  it('"X said:" closing a paragraph hands the next quotation to X', () => {
    const qs = quotes('The minister answered questions for an hour. Oskar Lund said:\n\n“We will publish every contract by the end of the month.”');
    const q = qs.find((x) => x.text.includes('publish every contract'));
    assert.ok(q);
    assert.equal(q.who, 'Oskar Lund');
  });
});

describe('content: dialogue and other quotation marks', () => {
  it('a line opened by a dash is direct speech up to its cue', () => {
    const [q] = quotes('— The nets came up empty again, said Bruno Sales, who has fished here since 1990.');
    assert.deepEqual([q.text, q.kind, q.who], ['The nets came up empty again', 'direct', 'Bruno Sales']);
  });

  it('„German“ marks pair like English ones', () => {
    const [q] = quotes('„We will rebuild the bridge by spring“, said Hanna Vogt.');
    assert.deepEqual([q.text, q.kind, q.who], ['We will rebuild the bridge by spring', 'direct', 'Hanna Vogt']);
  });
});

describe('content: where it ends', () => {
  it('a parenthetical cue and a cue in a relative clause end with their clause', () => {
    const qs = quotes('Surveyor Nils Aho checked the tower. Two decades ago, he said, the foundations were poured too thin. The tower, which he said was finished in 1974, leans by four degrees.');
    assert.ok(qs.some((q) => q.text.includes('the foundations were poured too thin')));
    const rel = qs.find((q) => q.text.includes('was finished in 1974'));
    assert.ok(rel);
    assert.ok(!rel.text.includes('leans by four degrees'), rel.text);
  });

  it('an outer reporting clause at the end wins over a cue inside its content', () => {
    const qs = quotes('The school has asked the county for two more buses, Principal Joy Adeyemi said.');
    assert.equal(qs.length, 1);
    assert.equal(qs[0].text, 'The school has asked the county for two more buses');
    assert.equal(qs[0].who, 'Joy Adeyemi');
  });

  it('a second reporting clause is a quote of its own', () => {
    const qs = quotes('Foreman Ada Quist said the crane would be moved on Monday, and she said the road would reopen by noon.');
    assert.deepEqual(
      qs.map((q) => [q.text, q.speakerMention?.text]),
      [
        ['the crane would be moved on Monday', 'Foreman Ada Quist'],
        ['the road would reopen by noon', 'she'],
      ],
    );
    const [a, b] = quotes('Although some riders say the new timetable is confusing, Manager Tim Okoro says it saves ten minutes a trip.');
    assert.equal(a.text, 'the new timetable is confusing');
    assert.equal(b.text, 'it saves ten minutes a trip');
  });

  it('after .” a new sentence is narration, and a later quotation keeps the speaker', () => {
    const qs = quotes('Clara Voss urged drivers “to slow down near the school.” She added that fines would double in May.');
    assert.ok(qs.some((q) => q.text.includes('to slow down near the school') && q.who === 'Clara Voss'));
    const added = qs.find((q) => q.text.includes('fines would double'));
    assert.ok(added);
    assert.equal(added.kind, 'indirect');
    assert.equal(added.speakerMention?.text, 'She');
    assert.ok(!qs.some((q) => q.text.includes('She added')));

    const qs2 = quotes('“The queue is shorter every week,” manager Rafael Ortega says. “We want it gone by summer.” The office now opens at eight.');
    assert.ok(qs2.some((q) => content(q).includes('We want it gone by summer') && q.who === 'Rafael Ortega'));
    assert.ok(!qs2.some((q) => content(q).includes('The office now opens')));
  });

  it('“A,” she said, “b …” is one quote of two pieces, as after a full stop', () => {
    const [mid] = quotes('“The water rose at night,” Marta Quinn said, “and nobody warned us.”');
    const [stop] = quotes('“The water rose at night,” Marta Quinn said. “Nobody warned us.”');
    for (const q of [mid, stop]) {
      assert.equal(q.pieces?.length, 2);
      assert.equal(q.who, 'Marta Quinn');
      assert.ok(!content(q).includes('said'));
    }
    assert.equal(mid.pieces?.[1].text, 'and nobody warned us.');
  });
});

describe('content: after the cue', () => {
  it('a clause that opens with a quantity', () => {
    const [a] = quotes('Director Omar Haddad says about 300 families use the food bank.');
    assert.equal(a.text, 'about 300 families use the food bank');
    const [b] = quotes('Nurse Kay Lind said more than a third of the ward was closed.');
    assert.equal(b.text, 'more than a third of the ward was closed');
  });

  it('an adjunct between the cue and its content, even one holding a cue word', () => {
    const [a] = quotes('Chef Luca Romano quipped in his reply to a diner, “The soup is meant to be cold.”');
    assert.equal(a.text, 'The soup is meant to be cold.');
    const [b] = quotes('Ivo Petrov said in an interview the harbour would close for a week.');
    assert.equal(b.text, 'the harbour would close for a week');
  });

  it('a document’s participle after a light verb reports for the subject', () => {
    const [q] = quotes('Governor Ruth Mbeki issued a statement saying the roads would be salted overnight.');
    assert.deepEqual([q.text, q.who], ['the roads would be salted overnight', 'Ruth Mbeki']);
  });
});

describe('content: cue words without a speech sense', () => {
  const none = [
    'The Rovers added a second try early in the half.',
    'Democratic state senator Lia Moreno visited the school on Monday.',
    'Harbor Foods reported a net loss of $3 million for the year.',
    'Editor’s note: An earlier version gave the wrong date for the fair.',
    'Elm County confirmed the move to a four-day week.',
    'Reached by phone, Tod Baker declined to comment.',
    'Jon Reyes pleaded guilty to two counts of fraud in March.',
  ];
  for (const sentence of none) {
    it(sentence, () => {
      assert.deepEqual(
        quotes(sentence).map((q) => q.text),
        [],
      );
    });
  }

  it('the same verbs with a clause still report speech', () => {
    assert.equal(quotes('Coach Mia Hale added that the team would train on Sunday.')[0]?.text, 'the team would train on Sunday');
    assert.equal(quotes('Elm County confirmed that the office would close on Fridays.')[0]?.text, 'the office would close on Fridays');
    assert.equal(quotes('Tod Baker promised to explain whether the mill would be sold.')[0]?.text, 'to explain whether the mill would be sold');
  });
});

describe('content: the analysis stays whole', () => {
  it('every quote’s text is its slice of the article', () => {
    const text = INTRO + '“A,” Ann Lee said, “b c d.” —Board Chair Bo Park\n— Yes, said Ann Lee.';
    for (const q of analyze(text).quotes) assert.equal(q.text, text.slice(q.start, q.end));
  });
});

describe('content: the headline', () => {
  it('a title-case speech verb in the first line reports what follows', () => {
    const qs = quotesOf('Governor Says Ferry Fares Will Fall in May.\nThe governor spoke in the port town on Tuesday evening.');
    assert.equal(qs[0]?.text, 'Ferry Fares Will Fall in May');
    assert.equal(qs[0]?.speakerMention?.text, 'Governor');
  });

  it('"Name: …" in the first line gives the rest to the name', () => {
    const qs = quotesOf('Lund: ‘We Will Not Sell the Harbour.’\nMayor Eva Lund spoke to reporters on Monday about the harbour.');
    assert.equal(qs[0]?.text, 'We Will Not Sell the Harbour.');
    assert.equal(qs[0]?.who, 'Eva Lund');
  });

  it('title-case words in the body are names, not cues', () => {
    const qs = quotesOf('Intro line for the test article goes here today.\nShe read The Daily Reports Review and went home.');
    assert.equal(qs.length, 0);
  });
});
