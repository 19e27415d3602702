/**
 * “A,” X told RECIPIENT. “B.”: the person told ends the sentence and is never content; the two
 * quotations are one attribution of two pieces, as after “A,” X said. “B.”. Our own sentences.
 */
import { strict as assert } from 'node:assert';
import { quotesOf } from './helpers';

const INTRO = 'Intro line for the test article goes here today.\n';
const quotes = (text: string): ReturnType<typeof quotesOf> => quotesOf(INTRO + text);

describe('content: the person told before a second quotation', () => {
  const recipients = [
    'told state broadcaster NRK',
    'told the state assembly',
    'told state television',
    'told reporters',
    'told Fisheries Minister Odd Rune Helle',
    'warned reporters',
    'informed the harbour board',
    'wrote to the state harbour board',
  ];
  for (const r of recipients) {
    it(`"…," X ${r}. "…": one direct quote of two pieces`, () => {
      const qs = quotes(`“The river is rising fast,” harbour master Ilse Brandvold ${r}. “We have closed the quay for the night.”`);
      assert.equal(qs.length, 1, JSON.stringify(qs.map((q) => q.text)));
      const [q] = qs;
      assert.equal(q.kind, 'direct');
      assert.equal(q.who, 'Ilse Brandvold');
      assert.deepEqual(
        q.pieces?.map((p) => p.text),
        ['The river is rising fast,', 'We have closed the quay for the night.'],
      );
    });
  }

  it('with straight marks too', () => {
    const qs = quotes('"The river is rising fast," harbour master Ilse Brandvold told state radio. "We have closed the quay."');
    assert.equal(qs.length, 1);
    assert.equal(qs[0].kind, 'direct');
    assert.equal(qs[0].pieces?.length, 2);
  });

  it('a clause after the person told is still content', () => {
    const [q] = quotes('Harbour master Ilse Brandvold told reporters the quay would stay shut. “Nobody sails tonight.”');
    assert.equal(q.pieces?.[0].text ?? q.text, 'the quay would stay shut');
  });
});

describe('cues: "state" as a modifier after a name', () => {
  it('"the Latvian state news agency", "Danish state radio" are the person told or the source, not a cue', () => {
    const told = quotes('“The ice is too thin for the ferries,” port captain Janis Ozols told the Latvian state news agency. “We wait for the thaw.”');
    assert.equal(told.length, 1, JSON.stringify(told.map((q) => q.text)));
    assert.equal(told[0].pieces?.length, 2);
    const [q] = quotes('Danish state radio reported that the bridge to Funen had been closed for the night.');
    assert.ok(!q || q.cue?.text !== 'state', JSON.stringify(q));
  });

  it('the verb still reports: "The Greens state that …"', () => {
    const [q] = quotes('The Greens state that the bridge tolls should be scrapped by next spring.');
    assert.equal(q?.cue?.text, 'state');
    assert.equal(q?.text, 'the bridge tolls should be scrapped by next spring');
  });
});

describe('cues: "remind" reports speech', () => {
  it('"reminded X that …" and "“…,” X reminded the council. “…”"', () => {
    const [a] = quotes('Councillor Maren Dahl reminded residents that the ferry timetable changes next week.');
    assert.equal(a?.who, 'Maren Dahl');
    assert.equal(a?.text, 'the ferry timetable changes next week');
    const qs = quotes('“The quay stays shut,” harbour master Ilse Brandvold reminded the port council. “Nobody sails tonight.”');
    assert.equal(qs.length, 1);
    assert.equal(qs[0].pieces?.length, 2);
  });
});
