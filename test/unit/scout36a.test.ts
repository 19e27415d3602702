/**
 * What session 36's scout found on unseen news (South African, Nigerian, Ghanaian, Singaporean,
 * Philippine, Scottish, Welsh and Jamaican stories: courts, sport, results, disasters, health):
 * kinds of missed, wrong or spurious attribution, each as a whole kind, in sentences of its own.
 */
import { strict as assert } from 'node:assert';
import { quotesOf, actorNames } from './helpers';
import { analyze } from '../../src/extractor/analyze';

/** The speaker's name of the quote whose text holds `words` (null when none); fails when no quote holds them. */
const who = (text: string, words: string): string | null => {
  const q = quotesOf(text).find((x) => x.text.includes(words));
  assert.ok(q, `no quote holding "${words}" in: ${JSON.stringify(quotesOf(text).map((x) => x.text))}`);
  return q.who;
};
/** The quotes of `text` whose text holds `words`. */
const holding = (text: string, words: string) => quotesOf(text).filter((x) => x.text.includes(words));

describe('scout36a: attribution on unseen news', () => {
  it('"Under cross-examination by attorney NAME, the witness admitted …": the comma closes an opening phrase, so the witness is no role of NAME', () => {
    const text = 'Fraud trial\n\nThe witness, a former clerk, said the ledgers had been altered.\n\nUnder questioning by defence counsel Marisa Okonjo, the witness admitted she had signed the forms herself.';
    assert.notEqual(who(text, 'ledgers had been altered'), 'Marisa Okonjo');
    assert.notEqual(who(text, 'signed the forms herself'), 'Marisa Okonjo');
    // a closed appositive still gives the role: "NAME, the club's captain, said"
    const closed = 'Cup final\n\nDerek Amoah, the club\'s captain, said the team was ready. Later the captain said the pitch was heavy.';
    assert.equal(who(closed, 'the pitch was heavy'), 'Derek Amoah');
  });

  it('a trade a description gave a body of unknown trade is remembered ("The airline said …" then "The carrier said …")', () => {
    const text = 'Skyvale profit falls\n\nSkyvale said on Tuesday it would cut 300 jobs.\n\nThe airline said fuel costs had risen by a fifth.\n\n"We have had a difficult six months," chief executive Rosa Lindqvist said. "But bookings are strong."\n\nThe carrier said it would add routes to Bali in March.';
    assert.equal(who(text, 'fuel costs had risen'), 'Skyvale');
    assert.equal(who(text, 'add routes to Bali'), 'Skyvale');
    assert.ok(!actorNames(analyze(text)).includes('carrier'));
  });

  it('"X said it could not … ¶ The power utility said": a one-word body the names layer took for a person is what its trade\'s description in the next paragraph means', () => {
    const text = 'Grid warning\n\nZesco said on Monday it could not promise supply through the dry season.\n\nThe power utility said reservoir levels at Kariba had fallen to 12 per cent.';
    assert.equal(who(text, 'reservoir levels'), 'Zesco');
    // in the same paragraph another trade's description is another body (the body it follows spoke of flights)
    const other = 'Strike\n\nSkyhop said it would cancel 40 flights. The oil giant said fuel deliveries were unaffected.';
    assert.notEqual(who(other, 'fuel deliveries'), 'Skyhop');
  });

  it('results, guests and declarations are no words: "reported a net loss …, as …", "welcomed 2.1 million visitors", "declared a state of calamity"', () => {
    const results = 'Loss\n\nPacific Rim Air reported a first-half net loss of 3.4 billion pesos on Friday, as the grounding of its jets forced it to lease aircraft.';
    assert.deepEqual(quotesOf(results).map((q) => q.text), []);
    const guests = 'Tourism\n\nBarbados welcomed a record 2.1 million visitors last year, the tourism authority said.';
    assert.equal(holding(guests, 'visitors').filter((q) => q.text.startsWith('a record')).length, 0);
    const calamity = 'Floods\n\nLeyte Governor Carlos Jericho Petilla declared a state of calamity across the province on Sunday.';
    assert.deepEqual(quotesOf(calamity).map((q) => q.text), []);
  });

  it('a plea to an offence named by its gerund is no words ("admitted causing death by dangerous driving")', () => {
    const text = 'Crash\n\nKieran Boyle, 29, from Dundee, admitted causing death by dangerous driving at the High Court in Glasgow. He also admitted careless driving on a separate occasion.';
    assert.deepEqual(quotesOf(text).map((q) => q.text), []);
    assert.equal(who('Crash\n\nKieran Boyle admitted he had been looking at his phone.', 'looking at his phone'), 'Kieran Boyle');
  });

  it('a count\'s noun after its multiplier is no verb ("of 1.2 billion rand", "2 million tonnes")', () => {
    const text = 'Safaricom results\n\nKenya Power reported a loss of 4.5 billion shillings on Monday.';
    assert.deepEqual(quotesOf(text).map((q) => q.text), []);
  });

  it('"The Royal College of Surgeons of Edinburgh said": a body named with a head, "of", and "of PLACE" is one body, no place', () => {
    const text = 'Waits\n\nThe Royal College of Surgeons of England said the figures were alarming. The Faculty of Advocates of Scotland said the bill was flawed.';
    assert.equal(who(text, 'figures were alarming'), 'Royal College of Surgeons of England');
    assert.equal(who(text, 'bill was flawed'), 'Faculty of Advocates of Scotland');
  });

  it('"the skipper" is the captain, "the forward" the striker', () => {
    const text = 'Test\n\nZimbabwe captain Craig Ervine said the pitch had turned early. "We never recovered from the first session," the skipper said.';
    assert.equal(who(text, 'never recovered'), 'Craig Ervine');
    const forward = 'Derby\n\nForward Kelechi Obi scored twice. "The crowd carried us," the striker said.';
    assert.equal(who(forward, 'crowd carried us'), 'Kelechi Obi');
  });

  it('"told an analysts\' briefing that …": a plural\'s possessive mark inside the person told', () => {
    const text = 'Results\n\nFinance director Amaka Eze told an investors\' call that margins would recover by June.';
    assert.equal(who(text, 'margins would recover'), 'Amaka Eze');
  });

  it('"said in a statement that unplanned outages had …": a form in -ed before a plural and an auxiliary opens the clause, no relative clause', () => {
    const text = 'Water\n\nRand Water said in a statement that unscheduled repairs had delayed supply to three reservoirs.';
    assert.equal(who(text, 'unscheduled repairs had delayed'), 'Rand Water');
  });

  it('"The club said" after "Hearts boss NAME … Hearts said" is the club, and makes no actor "club"', () => {
    const text = 'Hearts fined\n\nHearts boss Neil Critchley said the players had let themselves down.\n\nHearts said in a statement that it accepted the fine.\n\nThe club said it would identify the supporters involved.';
    assert.equal(who(text, 'identify the supporters'), 'Hearts');
    assert.ok(!actorNames(analyze(text)).includes('club'));
  });

  it('"A source close to the talks between the union and the ministry said": the source speaks, not the pair\'s last member', () => {
    const text = 'Strike talks\n\nA source close to the talks between the union and the Ministry of Health said a deal could come on Friday.';
    const speaker = who(text, 'a deal could come');
    assert.notEqual(speaker, 'Ministry of Health');
    assert.ok(speaker && /source/.test(speaker), String(speaker));
  });

  it('"CONTENT, a group of senior nurses has said": a collective of people after its content speaks', () => {
    const text = 'Ward closures\n\nThree wards in Swansea will close over the winter, a group of senior nurses has said.';
    const speaker = who(text, 'Three wards in Swansea');
    assert.ok(speaker && /nurses/.test(speaker), String(speaker));
    // a body's own noun stays a body ("The hospital group said")
    assert.equal(who('Wards\n\nThe hospital group said three wards would close.', 'three wards'), 'hospital group');
  });

  it('a lede\'s body description is the body the next paragraph opens with and speaks ("the country\'s power utility has warned … ¶ Kenya Power said")', () => {
    const text = 'Blackouts loom\n\nNAIROBI — The country\'s power utility has warned that rationing may begin before Christmas.\n\nKenya Power said two generators at Olkaria were down for repairs.';
    assert.equal(who(text, 'rationing may begin'), 'Kenya Power');
    assert.ok(!actorNames(analyze(text)).some((n) => /utility/.test(n)));
    // a body named first in the lede is no delayed identification: the description keeps to it
    const named = 'Blackouts\n\nKPLC said on Monday that demand had peaked. The utility has warned that rationing may begin.\n\nKenya Power said two generators were down.';
    assert.notEqual(who(named, 'rationing may begin'), 'Kenya Power');
  });

  it('a headline\'s "…, study finds" / "…, nurses warn" with no source the body names is no quote; "…, mayor says" keeps the mayor', () => {
    const study = 'Coffee linked to longer life, Welsh study finds\n\nPeople who drink two cups of coffee a day live longer, according to researchers at Cardiff University.';
    assert.equal(quotesOf(study).filter((q) => q.text.startsWith('Coffee linked')).length, 0);
    const nurses = 'Wards at breaking point, nurses warn\n\nThe Royal College of Nursing said wards in Cardiff were understaffed.';
    assert.equal(quotesOf(nurses).filter((q) => q.text.startsWith('Wards at breaking point')).length, 0);
    const mayor = 'Ferry will resume in June, mayor says\n\nMayor Gwen Pryce said the ferry would resume in June.';
    assert.equal(who(mayor, 'Ferry will resume'), 'Gwen Pryce');
  });
});
