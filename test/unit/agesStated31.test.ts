import { strict as assert } from 'node:assert';
import { speakerOf } from './helpers';

describe('ages stated at a later mention decide "the NN-year-old"', () => {
  const text =
    'Blue Jays ace shines\n\nTORONTO — Kevin Gausman struck out 11 batters as the Blue Jays beat the Yankees 4-1 on Wednesday.\n\n' +
    'Gausman, 34, and catcher Alejandro Kirk, 27, worked quickly. "He was locating everything," the 27-year-old said.\n\n' +
    'Yankees manager Aaron Boone said his hitters never adjusted. The 34-year-old right-hander said he felt strong.';

  it('"the 27-year-old" is the one the article says is 27, not the salient person aged 34', () => {
    assert.equal(speakerOf(text, /He was locating everything/), 'Alejandro Kirk');
  });

  it('"The 34-year-old right-hander" is the one aged 34 at a later mention, not the person named last', () => {
    assert.equal(speakerOf(text, /he felt strong/), 'Kevin Gausman');
  });

  it('near miss: with no age stated anywhere, "the 27-year-old" is still the person just named', () => {
    const a = 'Kirk delivers\n\nAlejandro Kirk drove in three runs on Friday. "I saw it well," the 27-year-old said.';
    assert.equal(speakerOf(a, /I saw it well/), 'Alejandro Kirk');
  });
});

describe('"the NN-year-old" before a position that is another word too', () => {
  for (const position of ['centre', 'forward', 'guard']) {
    it(`"the 27-year-old ${position} said" quotes the player of that age`, () => {
      const text = `Game\n\nEDMONTON — Connor McDavid, 27, scored twice on Saturday.\n\n"We played the right way," the 27-year-old ${position} said.`;
      assert.equal(speakerOf(text, /We played the right way/), 'Connor McDavid');
    });
  }

  it('near miss: "the 40-year-old community centre said" is not the mayor named before', () => {
    const text = 'Hall closes\n\nMayor Rita Olsen spoke on Monday.\n\n"We cannot keep the doors open," the 40-year-old community centre said in a statement.';
    assert.notEqual(speakerOf(text, /keep the doors open/), 'Rita Olsen');
  });
});
