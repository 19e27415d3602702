import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { speakerOf } from './helpers';

/** The kind of the actor named `name` in `text` (undefined when none is). */
function kindOf(text: string, name: string): string | undefined {
  return analyze(text).actors.find((a) => a.name === name)?.kind;
}
/** The actor a mention with this exact text belongs to: its name and kind (undefined when no mention has it). */
function mentionOf(text: string, surface: string): { name: string; kind: string } | undefined {
  const r = analyze(text);
  const m = r.mentions.find((x) => x.text === surface);
  return m ? { name: m.actor.name, kind: m.actor.kind } : undefined;
}
/** The names of every actor of `text`, with their aliases. */
function allNames(text: string): string[] {
  return analyze(text).actors.flatMap((a) => [a.name, ...a.aliases]);
}

describe('quick37n: a state by its postal code, in context', () => {
  it('after a town and its comma: "Lynchburg, VA,", "Bend, OR,", "Newark, NJ, 07102"', () => {
    const text = 'Rally\n\nSpeaking at a college in Lynchburg, VA, on Monday, the governor promised new roads.\n\nThe mill in Bend, OR, closed in May. Letters went to 12 Main Street, Newark, NJ, 07102.';
    assert.deepEqual(mentionOf(text, 'VA'), { name: 'Virginia', kind: 'place' });
    assert.deepEqual(mentionOf(text, 'OR'), { name: 'Oregon', kind: 'place' });
    assert.deepEqual(mentionOf(text, 'NJ'), { name: 'New Jersey', kind: 'place' });
    assert.ok(!allNames(text).some((n) => n === 'VA' && kindOf(text, n) === 'organization'));
  });

  it('before a lower-case noun it modifies: "3 NH towns", "an FL congresswoman", "at Trump’s AZ rally"', () => {
    const text = 'Primary day\n\nThree NH towns voted at midnight. An FL congresswoman struggled to raise money.\n\nSupporters cheered at Trump’s AZ rally on Tuesday.';
    assert.deepEqual(mentionOf(text, 'NH'), { name: 'New Hampshire', kind: 'place' });
    assert.deepEqual(mentionOf(text, 'FL'), { name: 'Florida', kind: 'place' });
    assert.deepEqual(mentionOf(text, 'AZ'), { name: 'Arizona', kind: 'place' });
  });

  it('"DC" and "D.C." alone are the capital', () => {
    const text = 'Bathroom bill\n\nAfter four decades in DC, the senator had forgotten the states, she said. The complaint cites D.C. conduct standards.';
    assert.equal(mentionOf(text, 'DC')?.kind, 'place');
    assert.equal(mentionOf(text, 'D.C.')?.kind, 'place');
  });

  it('near misses: a code that is a common word or a body stays what it was ("the VA hotline", "OK", "MS patients", "DC fast chargers")', () => {
    const text = 'Veterans\n\nCalls to the VA hotline went to voicemail, and VA patients waited for weeks. MS patients need care too.\n\n"OK, we will try," she said. The county added six DC fast chargers.';
    assert.notEqual(mentionOf(text, 'VA')?.kind, 'place');
    assert.notEqual(mentionOf(text, 'MS')?.kind, 'place');
    assert.notEqual(mentionOf(text, 'DC')?.kind, 'place');
    assert.ok(!allNames(text).includes('Virginia'));
    assert.ok(!allNames(text).includes('Oklahoma'));
  });

  it('an ambiguous code before a noun is no state ("PA system", "CO levels")', () => {
    const text = 'Fire drill\n\nThe PA system failed during the drill, and CO levels in the basement rose.';
    assert.ok(!allNames(text).includes('Pennsylvania'));
    assert.ok(!allNames(text).includes('Colorado'));
  });
});

describe('quick37n: a word that names no one after a title or a party word', () => {
  it('"As Secretary I championed …": no person "I"', () => {
    const text = 'Pivot\n\n“As Secretary I championed the pivot to Asia,” Hillary Clinton wrote in her memoir.';
    assert.ok(!allNames(text).includes('I'));
    assert.equal(speakerOf(text, /championed the pivot/), 'Hillary Clinton');
  });

  it('"Consumer Advocate TV", "Listen, Liberal Or, Whatever Happened …": no person "TV", no person "Or"', () => {
    const text = 'Shows and books\n\nThe rancher wears a suit in videos he calls "Consumer Advocate TV," selling water filters.\n\nThomas Frank\'s new book Listen, Liberal Or, Whatever Happened to the Party of the People? sold well.';
    const names = allNames(text);
    assert.ok(!names.includes('TV'));
    assert.ok(!names.includes('Or'));
    assert.ok(names.includes('Thomas Frank'));
  });

  it('"VP" is an office, no body: "Hillary’s Likely VP Pick", "his potential VP then said"', () => {
    const text = 'Kaine Is Hillary’s Likely VP Pick\n\nThe senator was vetted for weeks. Trump’s potential VP then said he backed Paul Ryan.';
    const names = allNames(text);
    assert.ok(!names.includes('VP'));
    assert.ok(!names.some((n) => /VP Pick/.test(n)));
    assert.notEqual(speakerOf(text, /backed Paul Ryan/), 'VP');
  });

  it('near miss: a name after "VP" and a regnal number after a name stay ("VP Mike Pence", "King Charles I")', () => {
    const text = 'Tour\n\nVP Mike Pence said the tour would go on. A portrait of King Charles I hangs in the hall.';
    assert.equal(speakerOf(text, /tour would go on/), 'Mike Pence');
    assert.equal(kindOf(text, 'Mike Pence'), 'person');
  });
});

describe('quick37n: a title word before a generational suffix is a surname', () => {
  it('"a Martin Luther King Jr. celebration": one person, no person "Jr."', () => {
    const text = 'Memphis\n\nShe spoke at a Martin Luther King Jr. celebration in Columbia.\n\nMartin Luther King Jr. said in 1963 that he had a dream.';
    const names = allNames(text);
    assert.ok(!names.includes('Jr.'));
    assert.equal(speakerOf(text, /had a dream/), 'Martin Luther King Jr.');
  });

  it('near miss: the office before the name stays a role ("Pastor Ruth King Sr." is Ruth King Sr.)', () => {
    const text = 'Church\n\nPastor Ruth King Sr. said the hall would reopen in May.';
    assert.equal(speakerOf(text, /hall would reopen/), 'Ruth King Sr.');
    assert.ok(analyze(text).actors.find((a) => a.name === 'Ruth King Sr.')?.roles.includes('Pastor'));
  });
});

describe('quick37n: a body and the other names the text states for it', () => {
  it('"the Islamic State group, also known as ISIS or ISIL,": one body', () => {
    const text = 'ISIS claims attack on checkpoint\n\nThe Islamic State group, also known as ISIS or ISIL, said it carried out the attack. ISIS fighters have held the town since May.';
    const r = analyze(text);
    const bodies = r.actors.filter((a) => a.kind === 'organization');
    assert.equal(bodies.length, 1);
    assert.equal(bodies[0].name, 'Islamic State');
    assert.ok(bodies[0].aliases.includes('ISIS') && bodies[0].aliases.includes('ISIL'));
  });

  it('"the Environmental Protection Agency, or EPA,": one body; "Hamas, or ISIS," offers a choice, no alias', () => {
    const one = 'Rules\n\nThe Environmental Protection Agency, or EPA, proposed the rule. EPA officials said it would cut emissions.';
    const agency = analyze(one).actors.find((a) => a.name === 'Environmental Protection Agency');
    assert.ok(agency?.aliases.includes('EPA'));
    const two = 'Attack\n\nWhether Hamas, or ISIS, ordered the attack is unclear, the analyst said.';
    assert.ok(!analyze(two).actors.find((a) => a.name === 'Hamas')?.aliases.includes('ISIS'));
  });

  it('near miss: "ISIS" and "Islamic State" with nothing saying they are one stay two', () => {
    const text = 'Militants retreat\n\nThe Islamic State has lost ground in the north. ISIS commanders fled, officials said.';
    assert.equal(analyze(text).actors.filter((a) => a.kind === 'organization').length, 2);
  });
});

describe('quick37n: the labels of an interview transcript are no actors', () => {
  it('"Q: How many …?" / "A: …" with no interviewee named: no person "Q"', () => {
    const text = 'Q&A\n\nQ: How many jobs will be lost at the plant, and what did the union say?\nA: About 300. The union said it would fight the closure.\nQ: Will there be a strike?\nA: Union leader Dana Moore said a vote would be held next week.';
    const names = allNames(text);
    assert.ok(!names.includes('Q'));
    assert.ok(!names.includes('A'));
    assert.equal(speakerOf(text, /vote would be held/), 'Dana Moore');
  });

  it('"Question: …" / "Answer: …" under a one-word heading: no person "Question"', () => {
    const text = 'Transcript\n\nQuestion: How many jobs will be lost at the plant?\nAnswer: About 300, and more next year.\nQuestion: Will there be a strike?\nAnswer: Not yet.';
    const names = allNames(text);
    assert.ok(!names.includes('Question'));
    assert.ok(!names.includes('Answer'));
  });
});
