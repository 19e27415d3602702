import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { TRIGGERS } from '../../src/extractor/eventTriggers';
import { extractEvents } from '../../src/extractor/events';

/** The first match of trigger `t` found as eventWords finds it when `starts` is given: tried only where `starts` matches. */
function throughStarts(t: (typeof TRIGGERS)[number], sentence: string): RegExpExecArray | null {
  const sticky = new RegExp(t.pattern.source, `${t.pattern.flags}y`);
  const starts = t.starts!;
  for (starts.lastIndex = 0; ; starts.lastIndex++) {
    const at = starts.exec(sentence);
    if (!at) return null;
    sticky.lastIndex = starts.lastIndex = at.index;
    const m = sticky.exec(sentence);
    if (m) return m;
  }
}

// sentences of every kind of the patterns given a `starts`: each alternative of each, and near misses
const SENTENCES = [
  'Tomas Riedl, 45, appeared at Leeds Crown Court on Monday charged with fraud.',
  'She appeared briefly before a magistrate in Nairobi and was remanded.',
  'The two men are due back in court on 14 March.',
  'He is expected in court later this month.',
  'Iswaran, 62, had pleaded guilty on 24 September.',
  'Berg is due to plead not guilty on Friday.',
  'MINNEAPOLIS (AP) — A former Minnesota state senator pleaded not guilty Tuesday.',
  'Okafor pled guilty last week to two counts.',
  'The officer stood trial in 2019 and was acquitted.',
  'She is expected to stand trial next year, prosecutors said.',
  'He was ruled unfit to stand trial.',
  'The driver will go on trial in May.',
  'Nandra faces trial on three charges; her co-accused is facing trial in June.',
  'He was jailed for seven years at Snaresbrook.',
  'The pair are due to be sentenced on Friday.',
  'The company was fined $560,000 in the Auckland District Court.',
  'The club was fined £20,000 by the league.',
  'He appeared by video link from prison.',
  'The band appeared at the festival, and the singer is due to release an album.',
  'The charity launched a new fundraising appeal for flood victims.',
  'The party will kick off its campaign in Durban on Friday.',
  'The ministry kicks off the vaccination drive this week.',
  'Duale, who launched a national enrolment drive in 2024, resigned.',
  'The city plans to launch an initiative to plant trees.',
  'The army launched a bombing campaign in the north.',
  'The inquiry delivers its final findings on Monday.',
  'The tribunal handed down its conclusions after a year.',
  'After the vote the commission published its findings.',
  'Investigators presented their interim conclusions to the minister.',
];

describe('speed39s: patterns tried only where their first words are', () => {
  it('every trigger with `starts` finds through it the same first match as its whole pattern', () => {
    let matched = 0;
    for (const t of TRIGGERS.filter((x) => x.starts)) {
      for (const s of SENTENCES) {
        const whole = t.pattern.exec(s);
        const through = throughStarts(t, s);
        assert.deepEqual(through && [through.index, ...through], whole && [whole.index, ...whole], `${t.words}: ${s}`);
        if (whole) matched++;
      }
    }
    // (the sentences are not all near misses)
    assert.ok(matched >= 20, `${matched} matches`);
  });

  it('a court appearance, a campaign launched and findings delivered are events; an appearance at a festival is none', () => {
    const kinds = (text: string): string[] => extractEvents(analyze(text), '2024-05-01').map((e) => e.kind);
    assert.deepEqual(kinds('LEEDS — Tomas Riedl, 45, appeared at Leeds Crown Court on Monday charged with fraud.'), ['hearing']);
    assert.deepEqual(kinds('The charity launched a new fundraising appeal on Monday.'), ['announcement']);
    assert.deepEqual(kinds('The inquiry delivers its final findings on Monday.'), ['publication']);
    assert.deepEqual(kinds('The band appeared at the festival on Saturday.'), []);
  });
});
