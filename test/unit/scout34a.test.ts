/**
 * What session 34's scout found on unseen news in styles earlier sets lacked (Australian, New
 * Zealand, Indian, South African, Irish, UK local, Canadian wire, US local): kinds of wrong or
 * spurious attribution, each as a whole kind.
 */
import { strict as assert } from 'node:assert';
import { quotesOf } from './helpers';

/** The speaker's name of the quote whose text holds `words` (null when none); fails when no quote holds them. */
const who = (text: string, words: string): string | null => {
  const q = quotesOf(text).find((x) => x.text.includes(words));
  assert.ok(q, `no quote holding "${words}" in: ${JSON.stringify(quotesOf(text).map((x) => x.text))}`);
  return q.who;
};
/** Whether some quote of `text` holds `words`. */
const quoted = (text: string, words: string): boolean => quotesOf(text).some((x) => x.text.includes(words));

describe('scout34a: attribution on unseen news', () => {
  it('a sentence-case headline\'s verb of judgement or act judges a thing, no words reported', () => {
    const body = '\n\nBrendan Rodgers hailed his side after the win.\n\n"The kids were brilliant today," Rodgers said.';
    assert.ok(!quoted('Celtic boss praises youngsters after cup win' + body, 'youngsters'));
    assert.ok(!quoted('Supreme Court orders demolition of Noida towers' + body, 'demolition'));
    assert.ok(!quoted('Health department confirms mpox cases in KwaZulu-Natal' + body, 'mpox cases'));
    // a headline's clause after its speech verb is still speech
    assert.equal(who('Eskom says load shedding could return this winter\n\nEskom warned on Monday.\n\n"We are not out of the woods," Eskom said.', 'load shedding could return'), 'Eskom');
  });
});

describe('scout34a: a body named before speaks through its plain description', () => {
  it('bare "police" is the one force the article named; with none or two it stays a group', () => {
    const one = (force: string) =>
      `Man hurt in attack\n\n${force} are appealing for witnesses after a man was hurt.\n\nThe man was found on the street and taken to hospital, police said.`;
    assert.equal(who(one('West Yorkshire Police'), 'The man was found'), 'West Yorkshire Police');
    assert.equal(who(one('Police Scotland'), 'The man was found'), 'Police Scotland');
    assert.equal(who(one('Toronto Police Service'), 'The man was found'), 'Toronto Police Service');
    // a police union is no force
    assert.equal(who(one('The Police Federation'), 'The man was found'), 'police');
    const two = 'Crash kills two\n\nOntario Provincial Police and Toronto Police Service attended the crash.\n\nTwo men died in the crash, police said.';
    assert.equal(who(two, 'Two men died'), 'police');
  });

  it('"the union" is a profession\'s association named before', () => {
    const a =
      'Doctors accept pay offer\n\nJunior doctors have voted to accept a pay offer, the British Medical Association has announced.\n\n' +
      'Two-thirds of members who voted backed the deal, the union said.';
    assert.equal(who(a, 'Two-thirds of members'), 'British Medical Association');
  });
});

describe('scout34a: a trade\'s description and "it" after the words keep to the body the passage is about', () => {
  it('"The mining giant said" after a sentence that opens with a body of unknown trade is that body', () => {
    const a = 'Rio Tinto profit slides\n\nRio Tinto reported a fall in profit on Wednesday.\n\nThe mining giant said it would cut costs. The miner said iron ore demand was weak.';
    assert.equal(who(a, 'it would cut costs'), 'Rio Tinto');
    assert.equal(who(a, 'iron ore demand'), 'Rio Tinto');
  });

  it('", it said" closing words whose sentence opens with a body is that body, not the last body that spoke', () => {
    const a = 'Carmakers cut jobs\n\nThe union criticised the carmakers on Monday.\n\nGeneral Motors, meanwhile, will keep its plants open, it said.';
    assert.equal(who(a, 'will keep its plants open'), 'General Motors');
  });
});

describe('scout34a: a lede\'s unnamed person named in the next paragraph', () => {
  it('"A nurse told an inquiry …" then "Maria Lopes testified …" is one person; an office\'s holder is named with its title', () => {
    const a =
      'Nurse tells inquiry of chaos on ward\n\nA nurse told a public inquiry on Monday that patients were left on trolleys for hours.\n\n' +
      'Maria Lopes testified that the ward had only two staff on the night.';
    assert.equal(who(a, 'patients were left'), 'Maria Lopes');
    const b =
      "Law blocked\n\nA federal judge on Tuesday ruled that the state's new voting law was unconstitutional.\n\n" +
      'Jane Ortiz said the ruling was a victory for voters.';
    assert.notEqual(who(b, 'voting law was unconstitutional'), 'Jane Ortiz');
  });
});

describe('scout34a: sources a quotation\'s cue missed', () => {
  it('a body\'s name before a role\'s modifiers and a name ("Parks Canada incident commander Landon Shepherd told …")', () => {
    const a = 'Fire nears town\n\n"The fire is moving fast," Parks Canada incident commander Landon Shepherd told a news conference.';
    assert.equal(who(a, 'The fire is moving fast'), 'Landon Shepherd');
  });

  it('"the bench said" is the court named before', () => {
    const a = 'Court orders demolition\n\nNEW DELHI: The Supreme Court on Tuesday ordered the demolition of two towers.\n\n"Illegal construction has to be dealt with strictly," the bench said.';
    assert.equal(who(a, 'Illegal construction'), 'Supreme Court');
  });
});

describe('scout34a: a cue verb\'s object that is a thing done or counted, no words', () => {
  it('results with a figure or an "of" before them, a participle and its agent after ("reported a 14 per cent fall in annual profit, hit by …")', () => {
    const a =
      'Miners\n\nBHP reported a 14 per cent fall in annual profit on Tuesday, hit by weaker iron ore prices.\n\n' +
      'Tata Motors on Friday reported a doubling of its quarterly net profit, driven by record sales at its British unit.\n\n' +
      'The company reported that its net profit rose to 7,025 crore rupees.';
    assert.ok(!quoted(a, 'annual profit') && !quoted(a, 'hit by'));
    assert.ok(!quoted(a, 'doubling') && !quoted(a, 'driven by'));
    assert.equal(who(a, 'its net profit rose'), 'Tata Motors');
  });

  it('"added more subscribers than analysts had expected" and "declared a code brown as …" report no words', () => {
    const a =
      'Results\n\nXero reported a rise in revenue and added more subscribers than analysts had expected.\n\n' +
      'Several hospitals have declared a code brown as a surge in influenza cases stretches emergency departments.\n\n' +
      'The minister said more homes had been built than expected. He said more people than ever were using buses.';
    assert.ok(!quoted(a, 'more subscribers') && !quoted(a, 'code brown'));
    assert.ok(quoted(a, 'more homes had been built') && quoted(a, 'more people than ever'));
  });
});

describe('scout34a: a poll named with its maker after "by"', () => {
  it('"…, the poll by Gallup found" is the finding\'s source, not a stance of the share it reports', () => {
    const a = 'Poll\n\nSixty per cent of Americans supported the workers, the poll by Gallup found, while 14 per cent backed the companies.';
    assert.equal(who(a, 'Sixty per cent of Americans'), 'Gallup');
    assert.ok(!quotesOf(a).some((q) => q.text.startsWith('the workers')));
  });
});

describe('scout34a: offices of other parliaments as descriptions', () => {
  it('"the Taoiseach", "the Tánaiste" and a seat before a member\'s title ("the Dublin Bay South TD", "the Toronto MPP")', () => {
    const a =
      'Housing plan\n\nThe Taoiseach, Simon Harris, said the plan was working.\n\n"We are building more homes," the Taoiseach told the Dáil.\n\n' +
      'Fianna Fáil TD Jim O\'Callaghan said the target was too low. "It\'s not enough," the Dublin Bay South TD said.\n\n' +
      'Tánaiste Micheál Martin said the Government would not change course. The Tánaiste added that talks would go on.';
    assert.equal(who(a, 'We are building'), 'Simon Harris');
    assert.equal(who(a, "It's not enough"), "Jim O'Callaghan");
    assert.equal(who(a, 'talks would go on'), 'Micheál Martin');
    const b = 'Transit\n\nLiberal MPP Ann Hoskins said the plan was working.\n\n"It\'s not enough," the Toronto MPP said.';
    assert.equal(who(b, "It's not enough"), 'Ann Hoskins');
  });
});

describe('scout34a: an amount after its currency\'s letters', () => {
  it('"R1.2 billion", "Sh1.5 billion" end no sentence at the decimal point', () => {
    const a = 'Deal\n\nSpokesperson James Wellsted said the deal cost R1.2 billion. Analyst Ann Moyo said it was Sh1.5 billion cheaper than feared.';
    assert.ok(quoted(a, 'the deal cost R1.2 billion'));
    assert.ok(quoted(a, 'it was Sh1.5 billion cheaper'));
  });
});

describe('scout34a: Commonwealth forms of names and bodies', () => {
  it('"The co-operative said" after "Dairy giant Fonterra"; "Advocate" is counsel\'s title, no part of the name', () => {
    const a =
      'Fonterra result\n\nDairy giant Fonterra lifted its forecast on Thursday.\n\n' +
      '"We are seeing a steady return of buyers," chief executive Miles Hurrell said. The co-operative said it would update the market in May.';
    assert.equal(who(a, 'update the market'), 'Fonterra');
    const b = 'Court\n\nPRETORIA - Advocate Thabo Mokoena, for the accused, said his client would appeal.';
    assert.equal(who(b, 'his client would appeal'), 'Thabo Mokoena');
  });
});

describe('scout34a: two kinds left from session 33', () => {
  it('"The King\'s Fund, a health think tank, said": a capitalised possessive before a capitalised head is a body\'s name', () => {
    const a = "Waits\n\nWaiting lists fell in October.\n\nBut The King's Fund, a health think tank, said the improvement was modest.";
    assert.equal(who(a, 'the improvement was modest'), "King's Fund");
  });

  it('"The mining giant said" after "BHP Group reported …": the topic body, though the trade\'s modifier is no word of its name', () => {
    const a = 'BHP\n\nMELBOURNE (Reuters) - BHP Group reported a fall in annual underlying profit on Tuesday.\n\nThe mining giant said it would pay a final dividend of 74 US cents a share.';
    assert.equal(who(a, 'final dividend'), 'BHP Group');
  });
});
