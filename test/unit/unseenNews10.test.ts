import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { actorNames, quotesOf } from './helpers';

/**
 * Names on an eighth set of unseen news (South African, New Zealand, Irish and Pacific news, a
 * rail operator, a football club, a newspaper's short name), each fault as its kind, in other
 * words, names and countries than the articles that showed it.
 */
const article = (body: string) => analyze(`Headline\n\n${body}`);
const kindOf = (body: string, name: string): string[] => article(body).actors.filter((a) => a.name === name).map((a) => a.kind);

describe('unseen news 10: codes and clock zones are no actors', () => {
  for (const [sentence, code] of [
    ['Repairs to the bridge will cost K450 million, the ministry said.', 'K450'],
    ['A lorry overturned on the M6 near Carlisle, police said.', 'M6'],
    ['Roadworks on the A1 will last a month, the council said.', 'A1'],
    ['The vote closes at 6pm PT, the party said.', 'PT'],
    ['Polls open at 7 a.m. (CT), officials said.', 'CT'],
    ['The launch is set for 14:00 UTC, the agency said.', 'UTC'],
    ['Trading resumed at 9:30 a.m. EDT on Monday, the exchange said.', 'EDT'],
  ] as const) {
    it(`${code} names no one: ${sentence}`, () => {
      const names = actorNames(article(sentence));
      assert.ok(!names.includes(code), names.join(', '));
    });
  }

  it('a road code does not join the word before it into a body ("Traffic on the M6")', () => {
    const names = actorNames(article('Traffic on the M6 was stopped for an hour, police said.'));
    assert.ok(!names.some((n) => /M6/.test(n)), names.join(', '));
  });

  it('a code the words around it make a body stays one ("the analytics outfit Q9", "Q9 said", "Q9, which", "Q9 president")', () => {
    assert.deepEqual(kindOf('The campaign hired the analytics outfit Q9 for the race.', 'Q9'), ['organization']);
    assert.deepEqual(kindOf('Q9 said its model was ready.', 'Q9'), ['organization']);
    assert.deepEqual(kindOf('The deal went to Q9, which built the voter file.', 'Q9'), ['organization']);
    assert.deepEqual(kindOf('“We sold them the file,” said Q9 president Ann Hale.', 'Q9'), ['organization']);
  });

  it('letters of a zone elsewhere than after a clock are left to the other rules ("the NT government")', () => {
    assert.ok(actorNames(article('The NT government said the road would reopen.')).includes('NT'));
  });

  it('the speaker of a sentence with a code in it is still found', () => {
    assert.deepEqual(quotesOf('Headline\n\nThe N7 will close at 10pm ET, Sipho Dlamini said.').map((q) => q.who), ['Sipho Dlamini']);
  });
});
