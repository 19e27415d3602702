/**
 * Session 43's speed helper: role phrases in an article of thousands of bodies ("Qab’s chief
 * executive said it was fine." in every paragraph, issue 8) cost the same per paragraph however many
 * came before, and a role phrase still finds its holder where an ordinary article names it.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { assertLinear, speakerHolding } from './helpers';

/** `i` in lower-case letters, from "bba" on: a name word for every number, with no figure in it. */
const letters = (i: number): string => [...(i + 700).toString(26)].map((c) => String.fromCharCode(97 + parseInt(c, 26))).join('');
/** `n` paragraphs, each a new company's chief executive speaking. */
const bodies = (n: number): string => Array.from({ length: n }, (_, i) => `Q${letters(i)}’s chief executive said it was fine.`).join('\n\n');

describe('speed43: role phrases among thousands of bodies', () => {
  it('each "X’s chief executive said" paragraph costs the same at 2,500 paragraphs as at 5,000 (its holder is sought among a bounded number of mentions)', () => {
    assertLinear((n) => 'Firms\n\n' + bodies(n), 2500);
  });

  it('a role phrase finds the holder an ordinary article named many mentions before; after thousands of role phrases each company’s chief executive is still its own', () => {
    // 60 people between the holder and the phrase: more mentions than a phrase looks over once an article has spent its steps
    const crowd = Array.from({ length: 60 }, (_, i) => `Ann Q${letters(i)} Lee attended.`).join(' ');
    assert.equal(speakerHolding(`Council\n\nMayor Bill Ruiz opened the council meeting in Dunmore on Tuesday.\n\n${crowd}\n\nThe mayor said the budget would pass.`, 'budget would pass'), 'Bill Ruiz');
    const long = analyze(`Firms\n\n${bodies(3000)}`);
    const last = long.quotes.find((x) => x.start > long.text.indexOf(`Q${letters(2999)}’s`));
    assert.equal(last?.speaker?.name, `chief executive of Q${letters(2999)}`);
    assert.equal(long.quotes.length, 3000);
  });
});
