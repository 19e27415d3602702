/**
 * What session 39's scout (attribution) found on unseen Canadian and US news (national politics,
 * business wire, courts and inquiries, science, explainers, transcripts, features): kinds of wrong
 * or missed attribution, each as a whole kind, in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { quotesOf, speakerHolding } from './helpers';

/** The speaker's name of the quote whose text holds `words` (null when none); fails when no quote holds them. */
const who = speakerHolding;
/** Whether any quote's text holds `words`. */
const quoted = (text: string, words: string): boolean => quotesOf(text).some((x) => x.text.includes(words));

describe('scout39a: attribution on unseen news', () => {
  it('hearsay about a name ("X, said to be a friend of Y\'s, was …") is no quote of X, and an aside of the one who speaks', () => {
    const donor = 'Arena deal\n\nKELOWNA, B.C. — The arena lease went in 2021 to a firm whose owner, Grant Fiddler, said to be a close friend of the mayor, was a major donor to her campaign.';
    assert.equal(quoted(donor, 'arena lease'), false);
    const worth = 'Race heats up\n\nBOISE, Idaho — Rancher Colt Ambrose, who is reported to have spent $4 million of his own money, is leading in the polls.';
    assert.equal(quoted(worth, '$4 million'), false);
    // the speaker after such an aside still speaks
    const aside = 'Bribery case\n\nTRENTON, N.J. — Assemblywoman Lena Ortiz, alleged to have taken cash from a developer, said she would not resign.';
    assert.equal(who(aside, 'would not resign'), 'Lena Ortiz');
    // near miss: "said to reporters" tells whom the words were said to
    const told = 'Bribery case\n\nTRENTON, N.J. — Assemblywoman Lena Ortiz said to reporters that she would not resign.';
    assert.equal(who(told, 'would not resign'), 'Lena Ortiz');
  });

  it('"CONTENT, the agency said" is the body that opens the sentence when nothing tells its trade, not a body "agency"', () => {
    const transit = 'Fare system delayed\n\nTORONTO — Metrolinx has postponed its new tap-to-pay system until the fall, the agency said Tuesday.';
    assert.equal(who(transit, 'tap-to-pay'), 'Metrolinx');
    const gas = 'Outages\n\nSARNIA, Ont. — Enbridge has restored gas service to 4,000 homes, the utility said Sunday. The utility said the rest would be back by Tuesday.';
    assert.equal(who(gas, '4,000 homes'), 'Enbridge');
    assert.equal(who(gas, 'back by Tuesday'), 'Enbridge');
    // near miss: a body of that trade named before is the one meant
    const named = 'Recall\n\nWASHINGTON — The National Highway Traffic Safety Administration opened a probe in May. Toyota will recall 40,000 pickups, the agency said.';
    assert.equal(who(named, '40,000 pickups'), 'National Highway Traffic Safety Administration');
  });

  it('a body\'s name runs over "Gas and Electric", "Research and Manufacturers of America", "Association of Chiefs of Police"', () => {
    const utility = 'Rates\n\nSAN DIEGO — Coastal Gas and Electric, whose lines sparked two fires, said in a statement that rates would rise.';
    assert.equal(who(utility, 'rates would rise'), 'Coastal Gas and Electric');
    const trade = 'Drug prices\n\nWASHINGTON — The Generic Medicines and Manufacturers of America said it would sue over the rule.';
    assert.equal(who(trade, 'sue over the rule'), 'Generic Medicines and Manufacturers of America');
    const chiefs = 'Warrants\n\nOTTAWA — The Ontario Association of Chiefs of Police said it would study the ruling.';
    assert.equal(who(chiefs, 'study the ruling'), 'Ontario Association of Chiefs of Police');
    // near miss: a person, then "and", then a body, are two speakers
    const two = 'Warrants\n\nOTTAWA — Chief Dana Reyes and the Police Association of Ontario said they would study the ruling.';
    assert.notEqual(who(two, 'study the ruling'), 'Dana Reyes and the Police Association of Ontario');
  });

  it('a document\'s noun before a finite verb is no cue ("U.S. jobs report shows …" is no quote of the United States)', () => {
    const headline = 'Canadian housing report shows sales fell in May\n\nOTTAWA — Home sales fell 4 per cent in May, the Canadian Real Estate Association said Monday.';
    const q = quotesOf(headline).find((x) => x.text.includes('sales fell in May'));
    assert.ok(!q || q.who === null, `headline quote given to ${q?.who}`);
    const body = 'Wages\n\nWASHINGTON — A U.S. payrolls report showed Friday that wage growth slowed in November.';
    const w = quotesOf(body).find((x) => x.text.includes('wage growth slowed'));
    assert.ok(!w || w.who !== 'United States', 'the report is no quote of the United States');
    // near miss: people who report still speak
    const people = 'Smoke\n\nKAMLOOPS, B.C. — Residents report that smoke has drifted into the valley.';
    assert.ok(quoted(people, 'smoke has drifted'));
  });

  it('a transcript\'s answer goes on over its unlabelled paragraphs up to the next label; "REPORTER:" asks', () => {
    const transcript = [
      'Transcript: Premier on the ferry contract',
      'The following are excerpts from Premier Dana Whitlock\'s news conference in Victoria on Tuesday.',
      'PREMIER DANA WHITLOCK: Thank you all for coming. Today we are signing the contract for four new ferries.',
      'These vessels will be built in Canada, and the first will sail in 2029.',
      'REPORTER: What will the contract cost taxpayers?',
      'WHITLOCK: About $1.4 billion over six years, and we think that is a fair price.',
      'REPORTER: Will fares go up?',
      'WHITLOCK: Not because of this contract.',
      'Opposition critic Gord Lamont said later that the premier had not released the full contract.',
    ].join('\n\n');
    assert.equal(who(transcript, 'first will sail in 2029'), 'Dana Whitlock');
    assert.equal(quoted(transcript, 'What will the contract cost'), false);
    // near miss: the narration after the last label is the article's own
    assert.equal(who(transcript, 'had not released the full contract'), 'Gord Lamont');
  });

  it('a verb of speech\'s infinitive may open a quoted fragment (vowed to "fight …"), unless a reporting clause follows it', () => {
    const vow = 'Nomination\n\nREGINA — Nomination candidate Ana Beaulieu vowed to "fight for every farm in this riding" if elected.';
    assert.equal(who(vow, 'fight for every farm'), 'Ana Beaulieu');
    // near miss: words closed by ", the Leader-Post reported" are the paper's report
    const reported = 'Nomination\n\nREGINA — Ana Beaulieu met farmers and pledged to "fight for every farm in this riding," the Leader-Post reported.';
    assert.equal(who(reported, 'fight for every farm'), 'Leader-Post');
    // near miss: an attitude's infinitive inside someone else's words is no quote of its own
    const inner = 'Nomination\n\nREGINA — Ana Beaulieu told supporters that her rival, Tom Greer, wants to "sell off the grain terminal."';
    assert.equal(who(inner, 'sell off the grain terminal'), 'Ana Beaulieu');
  });

  it('"CONTENT, a judge has ruled, ordering …" is the court\'s, over a cue inside the content', () => {
    const ruling = 'Libel ruling\n\nHALIFAX — A former hospital board chair defamed a nurse when he told a reporter she had forged records, a Nova Scotia judge has ruled, ordering him to pay $90,000.';
    assert.equal(who(ruling, 'defamed a nurse'), 'Nova Scotia judge');
    assert.equal(quoted(ruling, 'ordering him to pay'), false);
    const perfect = 'Park sale\n\nGUELPH, Ont. — The city broke its own bylaw when it sold the riverside park, a judge has ruled.';
    assert.ok(quoted(perfect, 'sold the riverside park'));
    // near miss: a ruling that goes on with a clause of its own is not a closing cue
    const goesOn = 'Park sale\n\nGUELPH, Ont. — The city sold the riverside park, and a judge has ruled the sale can stand.';
    assert.equal(quoted(goesOn, 'The city sold the riverside park'), false);
  });

  it('a headline\'s label of the story\'s form ("Transcript:", "Explainer:") is no source', () => {
    const label = 'Transcript: Agriculture minister on the carbon levy change\n\nOTTAWA — Farmers will pay less for grain drying under the change.';
    assert.equal(quoted(label, 'on the carbon levy change'), false);
    // near miss: a document's label keeps the headline's quote ("Poll: …")
    const poll = 'Poll: Voters back the ferry deal\n\nVICTORIA — Most voters support the deal.';
    assert.ok(quoted(poll, 'Voters back the ferry deal'));
  });

  it('a subject that denies itself the view ("Not all economists agree that …") reports none', () => {
    const text = 'Rate cut\n\nTORONTO — The central bank cut its rate on Wednesday. Not all economists agree that the cut was needed. Not everyone thinks the housing market will recover.';
    assert.equal(quoted(text, 'the cut was needed'), false);
    assert.equal(quoted(text, 'housing market will recover'), false);
    // near miss: "Not surprisingly," opens no such subject
    const adverb = 'Rate cut\n\nTORONTO — Not surprisingly, the bank\'s governor, Marc Tellier, said the cut was needed.';
    assert.equal(who(adverb, 'the cut was needed'), 'Marc Tellier');
  });
});

