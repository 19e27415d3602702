/**
 * Kinds of wrong speaker scout54b found in obituaries, profiles and people features, each written
 * in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';

/** The speaker's name of the first quote of `text` holding `words`: null for none, undefined when no quote holds it. */
function speaker(text: string, words: string): string | null | undefined {
  const q = analyze(text).quotes.find((x) => x.text.includes(words));
  return q === undefined ? undefined : q.speaker?.name ?? null;
}

describe('scout54b: a lone surname the headline\'s person shares with relatives who have a trade, or with kin named once in a clause', () => {
  it('is the headline\'s person where the relatives have a trade beside the kin noun', () => {
    const body = 'Rev. Ada Penner, prison chaplain, dies at 88\n\nThe Rev. Ada Penner, who served as chaplain at Stony Mountain for 30 years, died Friday.\n\n'
      + 'Her son, Dr. Colin Penner, an oncologist in Brandon, said she died at home. “She never judged anyone,” he said.\n\n'
      + 'In a 2004 interview, Penner said the work had changed her. “I learned more from the inmates than they did from me,” she said.';
    assert.equal(speaker(body, 'work had changed her'), 'Ada Penner');
    assert.equal(speaker(body, 'learned more from the inmates'), 'Ada Penner');
    assert.equal(speaker(body, 'never judged anyone'), 'Colin Penner');
    const wife = 'Dr. Tomas Reyes, rural doctor, dies\n\nDr. Tomas Reyes, who ran the clinic in Moosomin for 40 years, died Tuesday.\n\n'
      + 'Reyes\'s wife, Dr. Lena Reyes, a retired dentist, said he worked until 80.\n\n“Patients came first, always,” Reyes said in a 2015 interview.';
    assert.equal(speaker(wife, 'Patients came first'), 'Tomas Reyes');
  });
  it('is the headline\'s person where a spouse is named in full once, as a clause\'s object', () => {
    const body = 'Irma Falk, Yorkton choir director, dies at 90\n\nIrma Falk, who led the Yorkton Community Choir for 35 years, died Sunday.\n\n'
      + 'She moved to the city after marrying Otto Falk, a grain buyer, in 1957.\n\n'
      + 'Falk said in a 2010 interview that singing kept her young. “Every Tuesday night was church for me,” Falk said.';
    assert.equal(speaker(body, 'singing kept her young'), 'Irma Falk');
    assert.equal(speaker(body, 'Every Tuesday night'), 'Irma Falk');
  });
  it('near miss: a namesake named once as a clause\'s subject, or twice, is no one to pass over', () => {
    const subject = 'Irma Falk, Yorkton choir director, dies at 90\n\nIrma Falk, who led the Yorkton Community Choir for 35 years, died Sunday.\n\n'
      + 'Last spring, Otto Falk stated that the choir would fold without her.\n\n“We will keep singing,” Falk said.';
    assert.notEqual(speaker(subject, 'keep singing'), 'Irma Falk');
    const twice = 'Irma Falk, Yorkton choir director, dies at 90\n\nIrma Falk, who led the Yorkton Community Choir for 35 years, died Sunday.\n\n'
      + 'She moved to the city after marrying Otto Falk in 1957. Otto Falk ran the grain elevator until 1990 and coached hockey.\n\n“We will keep singing,” Falk said.';
    assert.notEqual(speaker(twice, 'keep singing'), 'Irma Falk');
  });
});

describe('scout54b: a letter someone reads out that another wrote ("X read aloud a letter her grandmother wrote … “…,” the letter said")', () => {
  it('is not the reader\'s', () => {
    const body = 'Headline for the story\n\nHis daughter, Nora Quill, read aloud a letter her father wrote to her in 1988.\n\n“Be brave and be kind,” the letter said.';
    assert.notEqual(speaker(body, 'Be brave'), 'Nora Quill');
    const that = 'Headline for the story\n\nDaniel Ruiz read a letter that his grandmother had written during the war.\n\n“We are hungry but we are alive,” the letter said.';
    assert.notEqual(speaker(that, 'hungry but'), 'Daniel Ruiz');
  });
  it('near miss: a letter the subject wrote or read with no other writer stays the subject\'s', () => {
    assert.equal(speaker('Headline for the story\n\nDaniel Ruiz wrote a letter to the council last week.\n\n“Fix the road,” the letter said.', 'Fix the road'), 'Daniel Ruiz');
    assert.equal(speaker('Headline for the story\n\nThe Harbour Authority released a letter to residents on Monday.\n\n“The pier will close,” the letter said.', 'pier will close'), 'Harbour Authority');
  });
});
