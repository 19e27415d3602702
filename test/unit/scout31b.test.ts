import { strict as assert } from 'node:assert';
import { quotesOf } from './helpers';

/** The speaker's name of the quote whose text holds `words` (null when none); fails when no quote does. */
const who = (text: string, words: string): string | null => {
  const q = quotesOf(text).find((x) => x.text.includes(words));
  assert.ok(q, `no quote holding "${words}" in: ${JSON.stringify(quotesOf(text).map((x) => x.text))}`);
  return q.who;
};
/** Whether some quote's text holds `words`. */
const quoted = (text: string, words: string): boolean => quotesOf(text).some((x) => x.text.includes(words));

describe('scout31b: an age before a noun the lists do not know is the person of that age', () => {
  it('"the 27-year-old right-hander said" quotes the pitcher named before', () => {
    const a =
      'Jays even series\n\nRafael Alvarez struck out 11 over seven innings on Tuesday.\n\n' +
      '"He was nasty," manager Tom Hale said.\n\n' +
      'Alvarez was more modest. "I just tried to throw strikes. The defence did the rest," the 27-year-old right-hander said through an interpreter.';
    assert.equal(who(a, 'I just tried to throw strikes'), 'Rafael Alvarez');
  });

  it('near miss: "the 52-year-old law says" is no person', () => {
    const a = 'Old law\n\nMayor Rita Olsen wants change.\n\nThe 52-year-old law says that ferries must stop at every island, and Olsen wants it gone.';
    for (const q of quotesOf(a)) assert.notEqual(q.who, 'Rita Olsen', `"${q.text}" is no words of Olsen's`);
  });
});

describe('scout31b: a sentence opening on "The NN-year-old" mentions the person of that age', () => {
  const text =
    'Eight years for crash\n\nJordan Pelletier, 34, pleaded guilty to impaired driving causing the death of Anil Rao.\n\n' +
    'Defence lawyer Michael Brandt said his client has been sober since. "He knows he destroyed a family," Brandt said.\n\n' +
    'The 34-year-old apologized to the Rao family in court last month. "I am sorry. There is nothing I can say," he said.';

  it('"he" after it is the one of that age, not the family named after the verb nor the last speaker', () => {
    assert.equal(who(text, 'I am sorry'), 'Jordan Pelletier');
  });

  it('near miss: an age the article gave someone unnamed ("a 34-year-old man") names no one here', () => {
    const b = text.replace('Jordan Pelletier, 34, pleaded', 'A 34-year-old man pleaded').replace('his client', 'the man');
    assert.notEqual(who(b, 'I am sorry'), 'Jordan Pelletier');
  });
});

describe('scout31b: "the former nurse" may be an office holder named just before', () => {
  it('a past occupation describes the newly elected MLA', () => {
    const a =
      'Liberals hold riding\n\nThe Liberals held the riding in Monday\'s byelection.\n\n' +
      'Newly elected MLA Yvonne Goguen thanked volunteers at a pub late Monday. "We knocked on every door," the former nurse told the crowd.';
    assert.equal(who(a, 'We knocked on every door'), 'Yvonne Goguen');
  });

  it('near miss: "the nurse" (a present occupation) is still no one who holds an office', () => {
    const a =
      'Liberals hold riding\n\nThe Liberals held the riding in Monday\'s byelection.\n\n' +
      'Newly elected MLA Yvonne Goguen thanked volunteers at a pub late Monday. "We knocked on every door," the nurse told the crowd.';
    assert.notEqual(who(a, 'We knocked on every door'), 'Yvonne Goguen');
  });
});

describe('scout31b: "p.m." ends a sentence before "In" or "Asked"', () => {
  it('"conceded shortly after 10 p.m. In an interview, Ashworth said …" gives Ashworth his own words', () => {
    const a =
      'Byelection\n\nCandidate Brent Ashworth conceded shortly after 10 p.m. In an interview with CBC News, Ashworth said voters had sent the government a warning.';
    const q = quotesOf(a).find((x) => x.text.includes('voters had sent'));
    assert.ok(q);
    assert.equal(q.who, 'Brent Ashworth');
    assert.ok(!q.text.includes('Ashworth said'), q.text);
  });

  it('near miss: "the U.S. in" inside a sentence stays one sentence', () => {
    const a = 'Trade\n\nMinister Ana Ruiz said exports to the U.S. in October rose by a fifth.';
    assert.ok(quoted(a, 'exports to the U.S. in October rose'));
  });
});

describe('scout31b: "wrote the bill", "writes a newsletter" author a work and report no words', () => {
  it('a work as the object of "write" is no quote', () => {
    const a =
      'Tolls\n\nAssemblywoman Maritza Colón, a Bronx Democrat who wrote the bill, said the toll had become a tax on workers.\n\n' +
      'Energy analyst Brad Kessler, who writes a newsletter on the Texas grid, said the biggest risk is frozen equipment.';
    assert.ok(!quoted(a, 'the bill'), JSON.stringify(quotesOf(a).map((x) => x.text)));
    assert.ok(!quoted(a, 'a newsletter on the Texas grid'));
    assert.equal(who(a, 'the toll had become'), 'Maritza Colón');
    assert.equal(who(a, 'the biggest risk'), 'Brad Kessler');
  });

  it('near miss: "wrote that …" and "wrote in a note" still report words', () => {
    const a = 'Judge rules\n\nJudge Sarah Whitcomb wrote that the law sweeps far too broadly.\n\nAnalyst Samira Haddad wrote in a note to clients that the move was expected.';
    assert.equal(who(a, 'the law sweeps far too broadly'), 'Sarah Whitcomb');
    assert.equal(who(a, 'the move was expected'), 'Samira Haddad');
  });
});

describe('scout31b: a document someone received speaks for itself, not for its recipient', () => {
  it('"she received a letter telling her …" is not her words', () => {
    const a = 'Renters\n\nJoan Whitaker has lived on Arbutus Street since 1987. This fall she received a letter telling her the building will be torn down.';
    assert.notEqual(who(a, 'the building will be torn down'), 'Joan Whitaker');
  });

  it('near miss: "she sent a letter saying …" is hers', () => {
    const a = 'Renters\n\nJoan Whitaker has lived on Arbutus Street since 1987. This fall she sent a letter saying the building must not be torn down.';
    assert.equal(who(a, 'the building must not be torn down'), 'Joan Whitaker');
  });
});

describe('scout31b: "She raised two sons …" tells the gender of the person it continues', () => {
  const text =
    'Renters\n\nJoan Whitaker has lived on Arbutus Street since 1987. She raised two sons there.\n\n' +
    '"Where am I supposed to go?" Whitaker said.\n\n' +
    'Whitaker\'s son, Daniel Whitaker, has offered her a room in his house. She has not decided.\n\n' +
    '"Mom\'s independent," he said.';

  it('"he" is then the son, not the mother whose given name tells no gender', () => {
    assert.equal(who(text, "Mom's independent"), 'Daniel Whitaker');
  });

  it('near miss: without a pronoun about her, nothing is learned and the sentence keeps its reading', () => {
    const b = text.replace(' She raised two sons there.', '').replace(' She has not decided.', '');
    assert.ok(quoted(b, "Mom's independent"));
  });
});

describe('scout31b: "A federal judge …" opening a lede is the judge the next paragraph names', () => {
  it('the indefinite role is the holder named after a place\'s title words', () => {
    const a =
      'Judge blocks law\n\nA federal judge on Tuesday blocked an Ohio law on age checks, saying it likely violates the First Amendment.\n\n' +
      'U.S. District Judge Sarah Whitcomb wrote that the law "sweeps far too broadly."';
    assert.equal(who(a, 'it likely violates'), 'Sarah Whitcomb');
  });

  it('near miss: a person of another office in the next paragraph is not the one the lede describes', () => {
    const a =
      'Judge blocks law\n\nA federal judge on Tuesday blocked an Ohio law on age checks, saying it likely violates the First Amendment.\n\n' +
      'Ohio Attorney General Michael Dorsey said he would appeal.';
    assert.notEqual(who(a, 'it likely violates'), 'Michael Dorsey');
  });
});

describe('scout31b: "NAME, X\'s NOUN, said": a relation to someone named by a possessive is the name\'s role', () => {
  it('the name before the appositive speaks, whatever noun the relation has', () => {
    const a =
      'Leafs lose Carver\n\nOwen Carver was hurt on Tuesday.\n\n' +
      "Winger Mitch Ferris, Carver's linemate for three seasons, said the dressing room was stunned.\n\n" +
      "Ana Ruiz, Carver's agent, said the knee was not broken.";
    assert.equal(who(a, 'the dressing room was stunned'), 'Mitch Ferris');
    assert.equal(who(a, 'the knee was not broken'), 'Ana Ruiz');
  });

  it('near miss: a clause between the commas ("Carver\'s knee, which he hurt, said") is no role', () => {
    const a = "Leafs lose Carver\n\nOwen Carver was hurt on Tuesday.\n\nMitch Ferris, Carver's friend who was hurt too, said the room was quiet.";
    assert.ok(!quotesOf(a).some((q) => q.who === 'Owen Carver'));
  });
});

describe('scout31b: "the team" is the city\'s team the article named', () => {
  it('"the team announced" after "The Toronto Maple Leafs"', () => {
    const a = 'Leafs lose Carver\n\nThe Toronto Maple Leafs will be without centre Owen Carver for six weeks, the team announced Wednesday.';
    assert.equal(who(a, 'will be without centre Owen Carver'), 'Toronto Maple Leafs');
  });

  it('near miss: a body named by a city and a plural that is no city ("Harbour Holdings") is no team', () => {
    const a = 'Deal\n\nHarbour Holdings bought the arena on Monday. The team said the sale would not affect its schedule.';
    assert.notEqual(who(a, 'the sale would not affect'), 'Harbour Holdings');
  });
});
