import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { possessedHead } from '../../src/extractor/attribution/possessedHeads';
import { quotesOf } from './helpers';

/** The quote whose text matches `re`, with its speaker's name and kind and its mention. */
function quoteOf(text: string, re: RegExp): { who: string | null; kind: string | null; mention: string | null } {
  const a = analyze(text);
  const q = a.quotes.find((x) => re.test(x.text));
  assert.ok(q, `a quote matching ${re} is found`);
  return { who: q.speaker?.name ?? null, kind: q.speaker?.kind ?? null, mention: q.speakerMention ? text.slice(q.speakerMention.start, q.speakerMention.end) : null };
}

describe('junk speakers: a possessed thing speaks for no one but its author', () => {
  it('"his book says" is its author, never a "book of X" actor', () => {
    const text = 'Sen. Marcus Delaney renewed his feud with the governor on Tuesday.\n\nHis book says the governor "never once returned a phone call" during the standoff.';
    const q = quoteOf(text, /phone call/);
    assert.equal(q.who, 'Marcus Delaney');
  });

  it('a person\'s remarks, lawsuit or article speak as that person', () => {
    const text =
      'Gerald Omondi, a former aide to Rep. Howard Finch, filed a lawsuit on Monday.\n\nOmondi\'s lawsuit says Finch\'s office "ordered staff to focus on one candidate."\n\nColumnist Ian Tuttle wrote about the race. Tuttle\'s article argued that the governor had lost his nerve.';
    assert.equal(quoteOf(text, /ordered staff/).who, 'Gerald Omondi');
    assert.equal(quoteOf(text, /lost his nerve/).who, 'Ian Tuttle');
  });

  it('a thing that says nothing, or a phrase cut before its noun, is no speaker', () => {
    const text =
      'Donald Trump is 6\'3" tall and weighs 236 pounds, which classifies him as overweight according to his body mass index.\n\nThat was a significant expansion of Trump\'s by-now-familiar claims that Clinton is unqualified, aides said.';
    const bmi = quotesOf(text).find((x) => /overweight/.test(x.text));
    if (bmi) assert.ok(bmi.who === null || !/index/.test(bmi.who), `no "index" speaks: ${bmi.who}`);
    for (const a of analyze(text).actors) assert.ok(!/index|by-now-familiar/.test(a.name), `no junk actor: ${a.name}`);
  });

  it('people or a body of an owner stay an actor linked to it', () => {
    const text =
      'Republican candidate Jordan Whitfield spoke to supporters in Dayton on Friday.\n\nWhitfield\'s AIPAC speech last spring drew criticism, and his campaign said Friday that he "stands by every word."\n\nHis critics say the campaign has been chaotic.';
    const campaign = quoteOf(text, /stands by/);
    assert.equal(campaign.kind, 'organization');
    assert.match(campaign.who ?? '', /^campaign of Jordan Whitfield$/);
    const critics = quoteOf(text, /chaotic/);
    assert.equal(critics.kind, 'group');
    assert.match(critics.who ?? '', /^critics of Jordan Whitfield$/);
  });

  it('possessedHead tells people, what someone wrote and things apart', () => {
    assert.equal(possessedHead('aides', true), 'agent');
    assert.equal(possessedHead('campaign', true), 'agent');
    assert.equal(possessedHead('family', true), 'agent');
    assert.equal(possessedHead('book', true), 'author');
    assert.equal(possessedHead('remarks', true), 'author');
    assert.equal(possessedHead('filings', true), 'author');
    assert.equal(possessedHead('speeches', true), 'author');
    assert.equal(possessedHead('analysis', true), 'author');
    assert.equal(possessedHead('index', true), null);
    assert.equal(possessedHead('victories', true), null);
    assert.equal(possessedHead('numbers', true), null);
    assert.equal(possessedHead('figures', false), 'author');
    assert.equal(possessedHead('service', false), 'agent');
    assert.equal(possessedHead('false', true), null);
  });
});

describe('junk speakers: the source phrase ends where it should', () => {
  it('"his aides haven\'t said": the negated auxiliary is no part of the aides', () => {
    const text =
      'Trump questions the fairness of the debate.\n\nClinton and Trump will debate the third and final debate Oct. 19 in Las Vegas. The Republican nominee and his aides haven\'t said much about how he is preparing for the debate, beyond studying the issues.';
    const q = quoteOf(text, /preparing|studying/);
    assert.equal(q.mention, 'his aides');
    assert.equal(q.who, 'aides of Trump');
  });

  it('"Some of the women said" is the group "women", not "of the women"', () => {
    const text = 'The skaters met in Brooklyn on Sunday.\n\nSome of the women said they had spoken out at City Council hearings.';
    const q = quoteOf(text, /City Council/);
    assert.equal(q.who, 'women');
    assert.equal(q.kind, 'group');
  });

  it('"remember that social scientists say": the conjunction names no one', () => {
    const text =
      'Trump is just the way he is.\n\nAnyone expecting Trump to suddenly pivot to a more traditional presidential demeanor should remember that social scientists say personality is relatively consistent and stable after the age of 30.';
    const q = quoteOf(text, /personality/);
    assert.equal(q.who, 'social scientists');
  });

  it('"Organizers of the push to boycott X\'s speech said": the organisers, not the speech or its speaker', () => {
    const text = 'Rabbis plan to skip the event.\n\nOrganizers of the push to boycott Trump\'s AIPAC speech said they are worried that Trump could gain legitimacy through the event.';
    const q = quoteOf(text, /legitimacy/);
    assert.equal(q.kind, 'group');
    assert.match(q.who ?? '', /^Organizers of the push/);
  });
});

describe('junk speakers: capitalised words that name no one', () => {
  it('a clickbait headline\'s exclamation before its colon is no speaker', () => {
    const text = 'Wow: Al Sharpton Just Said Something Unexpected About Donald Trump\n\nAl Sharpton spoke on his radio show on Monday.';
    // the exclamation's quote is dropped (a headline is a quote only with a source); the headline's own cue and source stand
    const q = quoteOf(text, /Something Unexpected/);
    assert.equal(q.who, 'Al Sharpton');
    assert.equal(q.mention, 'Al Sharpton');
    assert.ok(!analyze(text).quotes.some((x) => x.text.startsWith('Al Sharpton Just')));
  });

  it('a headline\'s name before its colon still speaks', () => {
    const text = 'Ortiz: We Will Appeal the Ruling\n\nMayor Ana Ortiz said on Monday that the city would appeal.';
    assert.equal(quoteOf(text, /Appeal the Ruling/).who, 'Ana Ortiz');
  });

  it('a word capitalised only as its sentence opens, before a plural verb or a noun\'s verb, is no person', () => {
    const text =
      'The tax is also a key source of revenue.\n\nProjections suggest it would generate $91 billion over the next decade.\n\nInitial estimates put the total number of emails at about 55,000 pages, officials said.';
    for (const a of analyze(text).actors) assert.ok(!/^(?:Projections|Initial)$/.test(a.name), `no actor "${a.name}"`);
    const q = quotesOf(text).find((x) => /91 billion/.test(x.text));
    if (q) assert.equal(q.who, null);
  });

  it('a one-word name that opens its sentence still speaks', () => {
    const text = 'The campaign picked a new manager on Friday.\n\nMcLenney said Clinton does not show concern for black voters.';
    assert.equal(quoteOf(text, /black voters/).who, 'McLenney');
  });
});

describe('junk speakers: a plural noun after a preposition is no cue', () => {
  it('"in hopes that" and "each states voting" report nothing, so make no speaker of the words before', () => {
    const text =
      'Rubio has run a careful campaign.\n\nHe has carefully avoided alienating supporters of Carson and Donald Trump in hopes that if the two newcomers flame out, he will be the natural recipient of their votes.';
    for (const a of analyze(text).actors) assert.ok(!/ in$/.test(a.name), `no actor ending in "in": ${a.name}`);
    assert.ok(!quotesOf(text).some((q) => /flame out/.test(q.text) && q.who !== null && / in$/.test(q.who)), 'no quote of "supporters … in"');
  });

  it('"Democrats say" after a preposition-free subject still reports', () => {
    const text = 'The vote is close.\n\nDemocrats in the Senate say the bill will pass next week.';
    assert.ok(quotesOf(text).some((q) => /bill will pass/.test(q.text)), 'the quote is found');
  });
});
