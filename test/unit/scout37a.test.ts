/**
 * What session 37's scout (attribution) found on unseen news (Pakistani, Nigerian, Kenyan, Ghanaian,
 * Scottish, Welsh, Caribbean, Singaporean, Malaysian, Philippine and Canadian stories: courts,
 * councils, sport, results, health, strikes, weather, transport): kinds of wrong, missed or
 * spurious attribution, each as a whole kind, in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { quotesOf } from './helpers';

/** The speaker's name of the quote whose text holds `words` (null when none); fails when no quote holds them. */
const who = (text: string, words: string): string | null => {
  const q = quotesOf(text).find((x) => x.text.includes(words));
  assert.ok(q, `no quote holding "${words}" in: ${JSON.stringify(quotesOf(text).map((x) => x.text))}`);
  return q.who;
};
/** The quotes of `text` whose text holds `words`. */
const holding = (text: string, words: string) => quotesOf(text).filter((x) => x.text.includes(words));

describe('scout37a: attribution on unseen news', () => {
  it('a description naming a field or its members resolves only to a body that bears them ("the weather bureau", "the traders\' association")', () => {
    const storm = 'Floods in Leyte\n\nTACLOBAN — The Office of Civil Defense said 12,000 families had left their homes.\n\nThe weather bureau said the depression would weaken by Sunday.';
    assert.notEqual(who(storm, 'depression would weaken'), 'Office of Civil Defense');
    // a weather service named so, or by its science, is what "the weather bureau" means
    const named = 'Rain alert\n\nKISUMU — The Kenya Meteorological Department warned of floods on Monday. The weather bureau said the rain would ease by Thursday.';
    assert.equal(who(named, 'rain would ease'), 'Kenya Meteorological Department');
    const market = 'Import rules eased\n\nKANO — The World Bank said on Monday that tariffs on flour should fall. The government said it would cut them in March.\n\nThe millers\' association said bread prices would drop.';
    assert.notEqual(who(market, 'bread prices would drop'), 'World Bank');
    const members = 'Rents\n\nKANO — The Kano Millers Association said on Monday that wheat was scarce. The millers\' association said rents were too high.';
    assert.equal(who(members, 'rents were too high'), 'Kano Millers Association');
  });

  it('"“…,” the operator said" after a quotation that opens its sentence is the body the sentence before opened with', () => {
    const text = 'Ferry delays\n\nBayline Ferries said the fault was found at 5am. "Our crews worked through the night," the operator said.';
    assert.equal(who(text, 'worked through the night'), 'Bayline Ferries');
    // a quotation with words of its own before the description leaves the rule's reach
    const after = 'Ferry delays\n\nBayline Ferries said the fault was found at 5am. The city council said buses were free. "Our crews worked hard," the operator said.';
    assert.notEqual(who(after, 'worked hard'), 'city council');
  });

  it('a trade\'s noun in the plural in the name ("Whyte Distillers Ltd … the distiller said"), and two trades joined before one noun ("The ride-hailing and delivery company")', () => {
    const plural = 'Jobs cut\n\nDunmore Distillers Ltd said on Monday it would cut 80 jobs. "These are hard choices," the distiller said.';
    assert.equal(who(plural, 'hard choices'), 'Dunmore Distillers Ltd');
    const joined = 'Results\n\nKUALA LUMPUR — Zipmart Holdings reported record revenue on Tuesday.\n\nThe e-commerce and payments company said it expected growth of 20 per cent next year.';
    assert.equal(who(joined, 'expected growth'), 'Zipmart Holdings');
    // two bodies joined stay two, neither of them the speaker alone
    const two = 'Talks\n\nThe union and management said talks would resume on Friday.';
    assert.notEqual(who(two, 'talks would resume'), 'union');
  });

  it('an announced price and a Title Case headline\'s results are no words', () => {
    const text = 'Harbour Bank Plc Reports N410 Billion Profit for Half Year\n\nACCRA — The Cotton Board on Tuesday announced the new price of 9,000 cedis per bale. The board announced that the price would be reviewed in June.';
    assert.equal(holding(text, '9,000 cedis').length, 0);
    assert.equal(holding(text, 'Billion Profit').length, 0);
    assert.equal(who(text, 'price would be reviewed'), 'Cotton Board');
  });

  it('results with a circumstance after a comma ("…, as more users ordered food") are no words', () => {
    const text = 'Results\n\nMANILA — Pasabuy Holdings reported record revenue of 9 billion pesos, as more users ordered groceries. Analyst Rina Cruz reported that sales rose, as more users ordered groceries.';
    assert.equal(holding(text, 'record revenue').length, 0);
    // a clause reported keeps its circumstance
    assert.equal(holding(text, 'sales rose, as more users').length, 1);
  });

  it('"…, according to her lawyers" after a person named in the clause: her lawyers speak', () => {
    const text = 'Suit dropped\n\nDale Hurst sued Rena Cole in 2019. That case was dropped, but it put Cole "through the wringer," according to her lawyers in a court filing.';
    assert.equal(who(text, 'through the wringer'), 'lawyers of Rena Cole');
  });

  it('"SUBJECT, according to his spokesperson, has asked …": the clause around the aside is the content', () => {
    const text = 'Ban review\n\nQUETTA — Advocate Imran Baloch told reporters the ban was unlawful.\n\nThe provincial mines minister, according to his spokesperson, has asked the cabinet to lift the ban.';
    const q = holding(text, 'according to his spokesperson');
    assert.equal(q.length, 1);
    assert.ok(q[0].text.startsWith('The provincial mines minister'), q[0].text);
    assert.ok(q[0].text.includes('lift the ban'));
    // "his" is the minister's, not the advocate's named before
    assert.equal(q[0].who, null);
    // a named subject owns the pronoun
    const named = 'Verdict\n\nSalim Qureshi, according to his lawyer, will appeal the verdict.';
    assert.equal(holding(named, 'will appeal the verdict')[0]?.who, 'lawyer of Salim Qureshi');
  });

  it('"he" after a speaker whose given name guessed the other gender goes to no unknown person of an earlier paragraph', () => {
    const text = 'Murder trial\n\nDURBAN — A witness told the court the car had been parked outside.\n\nNdlovu\'s advocate, Dali Zungu, told reporters outside court that the evidence was thin. "We will be vindicated," he said.';
    // (a Dali may be a man: the witness of the paragraph before is no surer than the advocate, so neither)
    assert.equal(who(text, 'We will be vindicated'), null);
  });

  it('"according to people familiar with the matter, …" is a quote of those people', () => {
    const text = 'Pay offer\n\nABUJA — According to people familiar with the talks, the government has offered 80,000 naira. The bank will cut 200 jobs, according to a person close to the board.';
    assert.ok(who(text, 'offered 80,000 naira') !== undefined);
    assert.equal(holding(text, 'offered 80,000 naira').length, 1);
    assert.equal(holding(text, 'cut 200 jobs').length, 1);
  });

  it('a player by position ("the striker", "the left-hander", "the Hibernian striker") is the player just named', () => {
    const text = 'Cup tie\n\nMartin Boyle scored twice on Saturday. "It was a special day," the striker said.';
    assert.equal(who(text, 'special day'), 'Martin Boyle');
    const cricket = 'Test match\n\nDimuth Karunaratne said his side had batted poorly. "We gave our wickets away," the left-hander said.';
    assert.equal(who(cricket, 'wickets away'), 'Dimuth Karunaratne');
  });

  it('"referring to X by its local name" reports no words; a nickname quoted does', () => {
    const text = 'Storm\n\nFishermen compared the waves with Typhoon Yolanda, referring to Haiyan by its local name.';
    assert.equal(holding(text, 'by its local name').length, 0);
  });
});
