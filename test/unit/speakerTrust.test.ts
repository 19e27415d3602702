import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { speakerOf } from './helpers';

/** Each quote of `text` as its speaker's name (null for none) and its text. */
function quotes(text: string): Array<{ who: string | null; text: string }> {
  return analyze(text).quotes.map((q) => ({ who: q.speaker?.name ?? null, text: q.text }));
}


describe('speaker trust: relatives who share a surname', () => {
  const SON =
    'Son says race will be rough\n\nAs Carl Brandt began attacking his rival, his son said the fight was only starting.\n\n' +
    'Eli Brandt, son of the Republican front-runner, spoke on Monday.\n\n“She has been running ads against us,” Eli Brandt said.\n\n' +
    'Eli Brandt’s comments came after his father posted a new nickname on Sunday.\n\n“I am the one she fears,” Brandt wrote.\n\n“It made no sense,” Eli Brandt said.';

  it('a relative named with "son of …" leaves the lone surname to the other, however often named in full, where the text has moved on from the relative', () => {
    assert.equal(speakerOf(SON, /the one she fears/), 'Carl Brandt');
    assert.equal(speakerOf(SON, /running ads/), 'Eli Brandt');
  });

  it('"his son said" is the son the article names, not a new "son of" actor', () => {
    assert.equal(speakerOf(SON, /only starting/), 'Eli Brandt');
  });

  it('a headline\'s "X\'s Son Says" is the son named in the body', () => {
    const text = 'Brandt’s Son Says The Fight Has Just Begun\n\nEli Brandt, son of the front-runner Carl Brandt, spoke on Monday.\n\nCarl Brandt attacked his rival again.\n\n“It made no sense,” Eli Brandt said.';
    assert.equal(speakerOf(text, /Fight Has Just Begun/), 'Eli Brandt');
  });

  it('a person met first as "his brother Ned" is the relative: "Mr. Hale" is the other one', () => {
    const text =
      'For Hale, a brother\'s lesson\n\nMr. Hale seldom speaks of his brother Ned.\n\nOne evening, Victor R. Hale met his older brother for dinner.\n\n' +
      'The story of Ned Hale, eight years older, is seldom told.\n\n“I learned from him,” Mr. Hale said.';
    assert.equal(speakerOf(text, /learned from him/), 'Victor R. Hale');
  });

  it('a relative named before the kinship, the subject named last, keeps the lone surname ("Liz Cheney, the daughter of Dick Cheney")', () => {
    const text =
      'Primary\n\nLiz Marsh, the daughter of former Vice President Dick Marsh, won the primary on Tuesday.\n\nDick Marsh held the seat for a decade.\n\n' +
      'Liz Marsh, 50, received 40 percent of the vote.\n\n“Now it is time to look forward,” Marsh said.';
    assert.equal(speakerOf(text, /look forward/), 'Liz Marsh');
    const victim = 'Benghazi\n\nThe attack killed Sean Hale and three others.\n\nHowever, Patricia Hale, mother of victim Sean Hale, rejected the claim.\n\n“She lied to me,” Hale said.';
    assert.equal(speakerOf(victim, /lied to me/), 'Patricia Hale');
  });

  it('the wife named only beside her husband\'s name keeps the lone surname', () => {
    const text = 'Council race\n\nRuth Okafor, wife of Mayor Daniel Okafor, said Wednesday she will run for council.\n\n“I have lived here for thirty years,” Okafor said.';
    assert.equal(speakerOf(text, /thirty years/), 'Ruth Okafor');
  });

  it('"the younger NAME" is the one the article calls someone\'s son', () => {
    const text =
      'Seat\n\nLuke Marsh, the eldest son of Sen. Walter Marsh, said Thursday he will not run.\n\nWalter Marsh announced his retirement last month.\n\n' +
      'The younger Marsh, a lawyer, said he would support the nominee.';
    assert.equal(speakerOf(text, /support the nominee/), 'Luke Marsh');
  });
});

describe('speaker trust: relative clauses and subjects', () => {
  it('"the girlfriend of Ned\'s best friend, who recalled": a possessor is not the antecedent of "who"', () => {
    const text = 'Dinner\n\nVictor Hale met his brother, Ned Hale, for dinner.\n\n“Victor put Ned down,” said Ana Ruiz, then the girlfriend of Ned\'s best friend, who was at the dinner and recalled Victor\'s tendency to storm out.';
    for (const q of quotes(text)) assert.notEqual(q.who, 'Ned Hale', JSON.stringify(q));
    assert.equal(speakerOf(text, /tendency to storm out/), 'Ana Ruiz');
  });

  it('"A guy just won the Republican nomination …, saying": the subject stops before the verb\'s object', () => {
    const text = 'Column\n\nA guy just won the Republican nomination by spending no money and just saying what he truly believed.\n\nHis critics denounced him.';
    const a = analyze(text);
    assert.ok(!a.actors.some((x) => /won/.test(x.name)), a.actors.map((x) => x.name).join(' | '));
  });
});

describe('speaker trust: names and titles', () => {
  it('"Jan" before a surname is a given name, not a month', () => {
    const text = 'Border bill\n\nJan Kowalczyk, the mayor of Yuma, said Monday that the bill does little for cities.\n\n“We asked for help in January,” Kowalczyk said.';
    assert.equal(speakerOf(text, /does little/), 'Jan Kowalczyk');
    assert.equal(speakerOf(text, /asked for help/), 'Jan Kowalczyk');
  });

  it('"Jan 15" and "Jan. 15" stay dates', () => {
    const a = analyze('Vote\n\nThe council voted on Jan 15 and again on Jan. 20, Mayor Ann Cole said.');
    assert.ok(!a.actors.some((x) => /^Jan\b/.test(x.name)), a.actors.map((x) => x.name).join(' | '));
  });

  it('"State Sen. X" is who "the senator" means later; "State Rep. Y" is "the representative"', () => {
    const text =
      'Budget\n\nState Sen. Rosa Ibanez and state Rep. Colin Ward had negotiated for weeks.\n\n“We were close,” Ward said.\n\n' +
      'The senator said the governor had moved the goalposts.\n\nState Rep. Ward was not available. The representative said talks would resume.';
    assert.equal(speakerOf(text, /moved the goalposts/), 'Rosa Ibanez');
    assert.equal(speakerOf(text, /talks would resume/), 'Colin Ward');
  });

  it('"State Sen. X, D-Las Cruces, said": a party label of a place in two words is an aside', () => {
    const text = 'Plan\n\nState Sen. Teresa Ochoa, D-Las Cruces, said Tuesday that the formula would shortchange rural districts.';
    assert.equal(speakerOf(text, /shortchange rural/), 'Teresa Ochoa');
  });
});

describe('speaker trust: a quote about "him" is not his', () => {
  it('"Ned was dead. “He would have been a peacemaker,” he said": the quote that opens on "he" is the last speaker\'s', () => {
    const text =
      'Brothers\n\n“I learned from him,” Victor Hale said.\n\nIn 1977, Victor asked Ned Hale to be the best man at his wedding. But the drinking went on, and four years later, Ned Hale was dead.\n\n' +
      '“He would have been an amazing peacemaker, because everybody loved him,” he said.';
    assert.equal(speakerOf(text, /amazing peacemaker/), 'Victor Hale');
  });

  it('a quote that opens on another word keeps the nearest person', () => {
    const text = 'Race\n\n“We will win,” Victor Hale said.\n\nOn Tuesday, Tom Reed toured the plant.\n\n“It was a good day,” he said.';
    assert.equal(speakerOf(text, /good day/), 'Tom Reed');
  });
});

describe('speaker trust: roles read before a name', () => {
  it('"to battle the presumptive Republican nominee, Carl Brandt," gives the role from the determiner on, no verb', () => {
    const a = analyze('Race\n\nShe is preparing to battle the presumptive Republican nominee, Carl Brandt, in the fall. Brandt said he was ready.');
    const brandt = a.actors.find((x) => x.name === 'Carl Brandt');
    assert.ok(brandt, a.actors.map((x) => x.name).join(' | '));
    assert.ok(!brandt.roles.some((r) => /battle/.test(r)), brandt.roles.join(' | '));
    assert.ok(brandt.roles.includes('presumptive Republican nominee'), brandt.roles.join(' | '));
  });

  it('an office\'s name and a possessive\'s role are read whole ("The Minister for Housing, Ciara Doyle,")', () => {
    const a = analyze('Plan\n\nThe Minister for Housing, Ciara Doyle, said the plan was ready. Her principal deputy national security adviser, Kim Tae-hyo, agreed.');
    assert.deepEqual(a.actors.find((x) => x.name === 'Ciara Doyle')?.roles, ['Minister for Housing']);
    assert.deepEqual(a.actors.find((x) => x.name === 'Kim Tae-hyo')?.roles, ['principal deputy national security adviser']);
  });
});

