import { strict as assert } from 'node:assert';
import * as chrono from 'chrono-node';
import fc from 'fast-check';
import { countedPhrase, countFromEarlier } from '../../src/extractor/countedDates';
import { datePhrase, mayNameDateWords, namesDate, resolveDate, withoutDateWordNames } from '../../src/extractor/dates';
import { PARSER_NEEDS } from '../../src/extractor/chronoDates';
import { twoByte } from '../../src/extractor/datePatterns';
import { latestStatedDate, readPublished, wireDateline } from '../../src/extractor/publishedDate';
import { analyze } from '../../src/extractor/analyze';

describe('dates', () => {
  it('reads the article date from a date line or a dateline', () => {
    assert.equal(readPublished('date 2023-07-10 Text'), '2023-07-10');
    assert.equal(readPublished('Published March 3, 2022\nThe council met.'), '2022-03-03');
    assert.equal(readPublished('The council met on Monday.'), null);
  });

  it('a bare weekday lies behind a past verb and ahead of a future one', () => {
    assert.equal(resolveDate('The ministers met on Monday.', '2024-07-10', 'past')?.date, '2024-07-08');
    assert.equal(resolveDate('The ministers will meet on Monday.', '2024-07-10', 'future')?.date, '2024-07-15');
  });

  it('months and relative phrases keep only the precision the text gives', () => {
    assert.equal(resolveDate('Prices rose last month.', '2024-07-10', 'past')?.date, '2024-06');
    assert.equal(resolveDate('The treaty was signed in June 2022.', null, 'past')?.date, '2022-06');
    assert.equal(resolveDate('It happened in 2019.', null, 'past')?.date, '2019');
  });

  it('a past verb puts a later weekday or month of the reference year behind, not ahead', () => {
    // 2016-03-02 is a Wednesday
    assert.equal(resolveDate('The envoys met on Thursday.', '2016-03-02', 'past')?.date, '2016-02-25');
    assert.equal(resolveDate('The envoys met on Tuesday.', '2016-03-02', 'past')?.date, '2016-03-01');
    assert.equal(resolveDate('The congress was held in May.', '2016-03-02', 'past')?.date, '2015-05');
    assert.equal(resolveDate('The congress will be held in May.', '2016-03-02', 'future')?.date, '2016-05');
    assert.equal(resolveDate('The forum opens Thursday.', '2016-03-02', 'unknown')?.date, '2016-03-03');
  });

  it('reads the tense from the sentence: a future word anywhere, a past verb near the date', () => {
    assert.equal(resolveDate('The envoys met on Thursday.', '2016-03-02')?.date, '2016-02-25');
    assert.equal(resolveDate('The envoys, who arrived late, will meet on Thursday.', '2016-03-02')?.date, '2016-03-03');
    // "narrowed" is a clause away from "Thursday": no tense for the date, so chrono's nearest Thursday
    assert.equal(resolveDate('Heading into Thursday’s vote in the northern provinces, the governor’s lead in the polls narrowed.', '2016-03-02')?.date, '2016-03-03');
  });

  it('the verb nearest the date decides; an auxiliary before a future word is no past', () => {
    assert.equal(resolveDate('The talks were wrapped up on Sunday, and the ministers will sign the deal soon.', '2016-03-02')?.date, '2016-02-28');
    assert.equal(resolveDate('The premier’s Dec. 28 visit to the capital was scheduled weeks ago.', '2016-12-10')?.date, '2016-12-28');
  });

  it('a past day a few days after the reference is a dateline, not last year', () => {
    assert.equal(resolveDate('OSLO, March 4 — The council voted to close the mine.', '2016-03-02')?.date, '2016-03-04');
    assert.equal(resolveDate('The council voted on May 4 to close the mine.', '2016-03-02')?.date, '2015-05-04');
  });

  it('abbreviated months count; lower-case "may" and "march" are no months', () => {
    assert.equal(resolveDate('The ministers met on Dec. 3 in Oslo.', '2016-03-02', 'past')?.date, '2015-12-03');
    assert.equal(resolveDate('He said he may march on the capital.', '2016-03-02', 'past'), null);
  });

  it('a two-digit number after a month is an age, not a year', () => {
    assert.equal(resolveDate('Rosa May, 60, a nurse, said on Monday she was glad.', '2016-03-02', 'past')?.date, '2016-02-29');
  });

  it('a relative date without a reference stays unknown', () => {
    assert.equal(resolveDate('They met on Monday.', null, 'past'), null);
  });

  it('finds the latest full date in a text', () => {
    assert.equal(latestStatedDate('On July 8, 2024 crowds gathered; by 2024-07-09 they left. In 2023 it was quiet.'), '2024-07-09');
  });
});

describe('dates: the article’s own date', () => {
  it('reads day-first date lines and wire datelines', () => {
    assert.equal(readPublished('OSLO, 14 February 2023 (NTB) - The council met.'), '2023-02-14');
    assert.equal(readPublished('Harbour plan approved\n3rd March 2022\nThe council met.'), '2022-03-03');
    assert.equal(readPublished('Posted on Friday, 9 June 2023 | By Ana Ruiz\nText.'), '2023-06-09');
  });

  it('a date inside the headline is news, not the article’s date', () => {
    assert.equal(readPublished('Council sets April 2, 2023 vote on harbour\nPublished March 3, 2023\nText.'), '2023-03-03');
    assert.equal(readPublished('Council sets April 2, 2023 vote on harbour\nThe council met.'), null);
    assert.equal(readPublished('Headline\n\nIn a memo dated Feb. 12, 2012 the envoy warned of risks.'), null);
  });

  it('a wire dateline has a length and a date only when it gives the year', () => {
    assert.deepEqual(wireDateline('PARIS, 2 May 2022 (AFP) - Text'), { length: 26, date: '2022-05-02', monthDay: null });
    assert.deepEqual(wireDateline('NEW YORK -- Text'), { length: 12, date: null, monthDay: null });
    assert.equal(wireDateline('Paris is lovely - Text'), null);
  });

  it('the dateline is no part of the first sentence', () => {
    const a = analyze('ROME, 12 May 2022 (Reuters) - The mayor said the bridge would close, officials said.');
    assert.equal(a.published, '2022-05-12');
    for (const q of a.quotes) assert.ok(q.start >= 'ROME, 12 May 2022 (Reuters) - '.length);
  });

  it('day-first dates in a sentence and the latest stated date', () => {
    assert.equal(resolveDate('They held talks on 21st October in Lagos.', '2024-10-30', 'past')?.date, '2024-10-21');
    assert.equal(latestStatedDate('It opened on 3 June 2021 and closed on 9 June 2021.'), '2021-06-09');
    // (dates more than a week apart tell no day the article runs by: session 38)
    assert.equal(latestStatedDate('It opened on 3 May 2021 and closed on 9 June 2021.'), null);
  });

  it('against a date the text only mentions, a weekday is the nearest one', () => {
    // 2023-01-31 is a Tuesday: the article runs within days of it, either side
    assert.equal(resolveDate('The envoy spoke Wednesday.', '2023-01-31', 'past', true)?.date, '2023-02-01');
    assert.equal(resolveDate('The envoy spoke Sunday.', '2023-01-31', 'past', true)?.date, '2023-01-29');
    assert.equal(resolveDate('The envoy spoke Wednesday.', '2023-01-31', 'past')?.date, '2023-01-25');
  });
});

describe('dates: which date is the event’s', () => {
  /** The date resolveDate gives sentence `s` for the event word `w` (its first occurrence), against `ref`. */
  const at = (s: string, w: string, ref = '2016-03-02'): string | undefined => resolveDate(s, ref, undefined, false, s.indexOf(w))?.date;

  it('a date in the event word’s own phrase wins over the sentence’s first date', () => {
    const s = 'The envoys agreed on Monday to hold a forum in Quito in 2027.';
    assert.equal(at(s, 'forum'), '2027');
    // without the event's place in the sentence, the first date is the sentence's
    assert.equal(resolveDate(s, '2016-03-02')?.date, '2016-02-29');
    const m = 'Last week the minister recalled talks in Hanoi in March 2012 that failed.';
    assert.equal(at(m, 'talks'), '2012-03');
  });

  it('date words that modify the event word are its date: "Thursday’s summit", "a March 2019 meeting", "the 2008 election"', () => {
    assert.equal(at('On Monday the party recalled last week’s Ohio primary.', 'primary', '2016-05-25'), '2016-05');
    assert.equal(at('In a March 2014 meeting with editors, the senator spoke on Friday.', 'meeting'), '2014-03');
    assert.equal(at('Rivas, who skipped Thursday’s summit, led the September rally in Quito.', 'summit'), '2016-02-25');
    assert.equal(at('Records from the 2008 presidential election show gifts made on Monday.', '2008'), '2008');
    assert.equal(at('Her answer in a November 2007 primary debate hurt her.', '2007'), '2007-11');
    // a day of that very year refines it
    assert.equal(at('Voters on Monday cast the first votes of the 2016 presidential race.', '2016'), '2016-02-29');
  });

  it('an irregular past verb puts a weekday behind ("won", "flew")', () => {
    // 2016-04-29 is a Friday
    assert.equal(resolveDate('Sunday, a challenger won the most votes.', '2016-04-29')?.date, '2016-04-24');
    assert.equal(resolveDate('On Sunday she flew to Quito.', '2016-04-29')?.date, '2016-04-24');
  });

  it('a verb of its own ends the event’s phrase; a participle after "will be" is no past', () => {
    const s = 'On Monday the envoys said the Dec. 8 forum with donors was planned two weeks ago.';
    assert.equal(at(s, 'forum', '2016-12-02'), '2016-12-08');
    assert.equal(resolveDate('The findings will be released in a report in August.', '2016-05-12')?.date, '2016-08');
  });

  it('a date past a clause break belongs to another clause', () => {
    const s = 'The forum in Quito drew crowds, and the envoys left in 2019.';
    assert.equal(at(s, 'forum'), '2019');
    const t = 'On Monday the envoys said a forum, which failed in 2012, would return.';
    assert.equal(at(t, 'forum'), '2016-02-29');
  });

  it('a month before a surname is a first name; after a word that introduces a date it stays a month', () => {
    assert.equal(withoutDateWordNames('June Okafor met the board.'), '     Okafor met the board.');
    assert.equal(withoutDateWordNames('Rivas and April Castellanos met.'), 'Rivas and       Castellanos met.');
    for (const s of ['In May Congress voted.', 'By mid-June Rivas had left.', 'A September Gallup poll showed it.', 'They met on May 3.', 'Since March Rivas has led.', 'On May Day crowds marched.'])
      assert.equal(withoutDateWordNames(s), s);
  });

  it('a time counted from the event told before, at the precision both allow', () => {
    assert.equal(countFromEarlier('Three years later, the bank raised rates.', '2015')?.date, '2018');
    assert.equal(countFromEarlier('A year earlier the bank had cut them.', '2015-06-02')?.date, '2014');
    assert.equal(countFromEarlier('Two months later the port reopened.', '2015-11')?.date, '2016-01');
    assert.equal(countFromEarlier('Ten days later the port reopened.', '2015-12-28')?.date, '2016-01-07');
    assert.equal(countFromEarlier('A week later the port reopened.', '2015-12-28')?.date, '2016-01-04');
    // months from a year alone, or no count at all: unknown
    assert.equal(countFromEarlier('Six months later the port reopened.', '2015'), null);
    assert.equal(countFromEarlier('Later the port reopened.', '2015-12-28'), null);
  });

  it('a weekday placed near a mentioned date says so, with its tense', () => {
    assert.equal(resolveDate('The envoy spoke Wednesday.', '2023-01-31', 'past', true)?.nearest, 'past');
    assert.equal(resolveDate('The envoy spoke Wednesday.', '2023-01-31', 'past')?.nearest, undefined);
  });

  it('every kind of date word passes the cheap test a sentence meets before its dates are read', () => {
    const ref = '2021-09-15';
    assert.equal(resolveDate('The regulator ruled Sept. 7 on the appeal.', ref, 'past')?.date, '2021-09-07');
    assert.equal(resolveDate('The mill closed two weeks ago.', ref, 'past')?.date, '2021-09-01');
    assert.equal(resolveDate('The mill closed 12 days ago.', ref, 'past')?.date, '2021-09-03');
    assert.equal(resolveDate('The board votes tomorrow on the merger.', ref, 'future')?.date, '2021-09-16');
    assert.equal(resolveDate('The board votes tonight on the merger.', ref, 'future')?.date, '2021-09-15');
    assert.equal(resolveDate('Yesterday the board voted on the merger.', ref, 'past')?.date, '2021-09-14');
    assert.equal(resolveDate('The mill reopens next month.', ref, 'future')?.date, '2021-10');
    assert.equal(resolveDate('The mill closed last year.', ref, 'past')?.date, '2020');
    assert.equal(resolveDate('The mill has been shut since 1998.', ref, 'past')?.date, '1998');
    // no digit and no date word: nothing to read, whatever the tense
    assert.equal(resolveDate('The regulator ruled on the appeal in Chicago.', ref, 'past'), null);
    assert.equal(resolveDate('The regulator ruled on the appeal in Chicago.', ref, 'past', false, 'The regulator ruled on the '.length), null);
  });
});

describe('dates: cheap tests before the costly patterns', () => {
  // words and marks that the gated chrono parsers read, and some that look like them
  const WORDS = [
    '1999', '2016', '300', '3', '24', '24th', '1st', 'third', 'twenty-first', 'thirtieth', 'Nineteenth', 'twelfth', 'last', 'end', 'of', 'on', 'to',
    'until', 'March', 'Jan.', 'sept', 'june', 'DEC', 'May', 'BC', 'BCE', 'ad', 'the', 'a', 'an', 'few', 'half', 'several', 'couple', 'two', 'Eleven',
    '12', 'about', 'around', 'last', 'past', 'next', 'this', 'after', '+', '-', 'and', 'weeks', 'Days', 'hr', 'mos', 'quarter', 'd', 'm', 'y', 'w',
    'successful', 'dues', 'meeting', 'yearly', 'said',
  ];
  const SEPARATORS = [' ', '  ', '', '-', '/', ', ', '. '];
  const piece = fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)).map(([w, s]) => w + s);
  // "after two weeks", "past a couple of days", "the 3rd of June", "300 BC March", each with near misses
  const phrase = fc
    .tuple(
      fc.constantFrom('last ', 'thirtieth ', '2016 ', 'past ', 'Nineteenth of ', '300 BC ', 'after ', 'twenty first ', 'this ', 'second-', '-', 'the ', 'on ', '24th of ', '3-'),
      fc.constantFrom('', 'about ', 'two ', 'a ', 'a few ', 'half an ', 'couple of ', '12'),
      fc.constantFrom('weeks', 'd', 'sec', 'mos', 'March', 'june', 'yearly', 'su'),
      fc.constantFrom('', ' ', 'and two days', 'x', 's', ',', 'three hrs'),
    )
    .map((parts) => parts.join(''));
  const windowText = fc.array(fc.oneof(piece, phrase), { maxLength: 8 }).map((parts) => parts.join(''));

  it('a parser whose cheap test fails finds nothing in the text', () => {
    const reference = { instant: new Date('2016-07-01T12:00:00Z'), timezone: 0 };
    const found = new Map<string, number>();
    for (const [name, needs] of PARSER_NEEDS) {
      const parser = chrono.en.casual.parsers.find((p) => p.constructor.name === name);
      assert.ok(parser, name);
      const alone = new chrono.Chrono({ parsers: [parser], refiners: [] });
      fc.assert(
        fc.property(windowText, (text) => {
          const results = alone.parse(text, reference);
          if (results.length) found.set(name, (found.get(name) ?? 0) + 1);
          return results.length === 0 || needs.test(text);
        }),
        { numRuns: 5000, seed: 7 },
      );
    }
    // the texts do hold what each parser reads, so the property is tested, not met by emptiness
    for (const name of PARSER_NEEDS.keys()) assert.ok((found.get(name) ?? 0) >= 10, `${name} found ${found.get(name) ?? 0}`);
  });

  it('a date resolves the same whichever reference was used before (the last reference is kept)', () => {
    const cases: Array<[string, string, 'past' | 'future' | 'unknown']> = [
      ['The council met on Tuesday, officials said.', '2016-07-01', 'past'],
      ['The council will meet this week.', '2019-12-30', 'future'],
      ['The plant closed last month.', '2021-03-31', 'past'],
      ['The vote was held in May.', '2016-04-10', 'past'],
    ];
    const alone = cases.map(([s, ref, tense]) => JSON.stringify(resolveDate(s, ref, tense)));
    // each again after every other reference, and with no reference in between
    for (let round = 0; round < 2; round++) {
      cases.forEach(([s, ref, tense], i) => {
        assert.equal(JSON.stringify(resolveDate(s, ref, tense)), alone[i], s);
        resolveDate(s, null, tense);
      });
    }
    assert.equal(resolveDate('The council met on Tuesday, officials said.', '2016-07-01', 'past')?.date, '2016-06-28');
  });

  it('windows that need a gated parser still get it', () => {
    const ref = '2016-07-01';
    assert.equal(resolveDate('The archive dates from 1999 March, officials said.', ref, 'past')?.date, '1999-03');
    assert.equal(resolveDate('The pact was signed on the 24th of May, officials said.', ref, 'past')?.date, '2016-05-24');
    assert.equal(resolveDate('The pact was signed on 3 June, officials said.', ref, 'past')?.text, 'on 3 June');
  });

  it('the two-byte form of a text has the same characters', () => {
    for (const text of ['', 'a', 'Published 4 March 2021', 'Stoltenberg’s visit — in Tromsø', '\u0100x', 'x\u0100']) assert.equal(twoByte(text), text);
    assert.equal(readPublished('Published March 3, 2022\nThe council met.'), '2022-03-03');
    assert.deepEqual(wireDateline('OSLO, March 4, 2024 (AP) -- The council met.'), { length: 28, date: '2024-03-04', monthDay: null });
  });

  it('a text failing the cheap date-word test has no date words or counted time, even with parts blanked out', () => {
    // date words, counted times and their near misses, glued or spaced, in any case
    const WORDS = [
      'Monday', 'Sunday', 'today', 'Today', 'TODAY', 'yesterday', 'tonight', 'Tomorrow', 'last week', 'Next month', 'this year', 'coming weekend',
      'ago', 'Ago', 'March', 'march', 'Sept.', 'Dec.', 'MAY', 'two years later', 'A MONTH EARLIER', '3 days Later', 'late', 'earl', 'mon', 'Mon',
      'weak', 'yea', 'a', 'go', 'x', '“', '”', ',', '-', '7',
    ];
    const SEPARATORS = [' ', '', '  ', '\n', '-', '.'];
    const text = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)).map(([w, s]) => w + s), { maxLength: 10 }).map((parts) => parts.join(''));
    const blanks = fc.array(fc.tuple(fc.nat(60), fc.nat(12)), { maxLength: 3 });
    let found = 0;
    fc.assert(
      fc.property(text, blanks, (t, spans) => {
        // blanked as quotations and month-named people are: characters to spaces, offsets kept
        let blanked = t;
        for (const [at, length] of spans) {
          const a = Math.min(at, blanked.length);
          const b = Math.min(a + length, blanked.length);
          blanked = blanked.slice(0, a) + ' '.repeat(b - a) + blanked.slice(b);
        }
        const names = datePhrase(blanked) !== null || countedPhrase(blanked) !== null;
        if (names) found++;
        return !names || mayNameDateWords(t);
      }),
      { numRuns: 5000, seed: 11 },
    );
    assert.ok(found >= 500, `found ${found}`);
    assert.equal(mayNameDateWords('The minister spoke to reporters at the port.'), false);
  });

  it('the one-pattern date-word test agrees with its two patterns, in every case and with look-alike letters', () => {
    // the two tests it stands for: the stems of the date words in their case, then "later"/"earlier" in any case
    const slow = (t: string): boolean => /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|day|omorrow|onight|week|month|year|ago/.test(t) || /later|earlier/i.test(t);
    // pieces of both, their case changed letter by letter, and letters whose case pairs leave ASCII (ſ, K, ı, İ)
    const PIECES = ['later', 'earlier', 'Lat', 'ER', 'ear', 'lier', 'ſ', '\u212a', 'ı', 'İ', 'ago', 'Ago', 'day', 'DAY', 'Jan', 'jan', 'week', 'x', ' '];
    const cased = fc.tuple(fc.constantFrom(...PIECES), fc.array(fc.boolean(), { minLength: 7, maxLength: 7 })).map(([w, up]) => [...w].map((c, i) => (up[i] ? c.toUpperCase() : c)).join(''));
    const text = fc.array(cased, { maxLength: 6 }).map((parts) => parts.join(''));
    let named = 0;
    fc.assert(
      fc.property(text, (t) => {
        if (slow(t)) named++;
        return mayNameDateWords(t) === slow(t) && mayNameDateWords(twoByte(t)) === slow(t);
      }),
      { numRuns: 5000, seed: 13 },
    );
    assert.ok(named >= 1000 && named <= 4000, `named ${named}`);
  });

  it('the first date words of a text are the same whichever texts were asked about before (the last answer is kept)', () => {
    const texts = ['The council met on Tuesday.', 'No date here.', 'Last week, and in March, the plant closed.', '', 'met on Tuesday'];
    const alone = texts.map((t) => JSON.stringify(datePhrase(t)));
    const rounds = fc.array(fc.nat(texts.length - 1), { maxLength: 12 });
    fc.assert(
      fc.property(rounds, (order) =>
        // the same text again, an equal text made anew, and the other tests that read the same answer
        order.every(
          (i) =>
            JSON.stringify(datePhrase(texts[i])) === alone[i] &&
            JSON.stringify(datePhrase(twoByte(texts[i] + ' ').slice(0, -1))) === alone[i] &&
            namesDate(texts[i]) === (alone[i] !== 'null'),
        ),
      ),
      { numRuns: 300, seed: 17 },
    );
    assert.deepEqual(datePhrase('The council met on Tuesday.'), { index: 19, text: 'Tuesday' });
  });

  it('a time counted from an earlier event is found in any case, and only with "later" or "earlier"', () => {
    assert.deepEqual(countedPhrase('TWO YEARS LATER, the plant closed.'), { index: 0, text: 'TWO YEARS LATER' });
    assert.deepEqual(countedPhrase('The plant closed a month Earlier.'), { index: 17, text: 'a month Earlier' });
    assert.equal(countedPhrase('The plant closed two years after the strike.'), null);
  });
});
