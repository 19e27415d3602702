/**
 * Session 36's fresh articles (who speaks): a body's office before the person named in apposition,
 * a body's name and where it is, and a spokesperson for a body named in apposition. Each kind in
 * sentences of its own from several countries, with a near miss that must not change.
 */
import { strict as assert } from 'node:assert';
import { quotesOf, actorNames } from './helpers';
import { analyze } from '../../src/extractor/analyze';

/** The speaker's name of the quote whose text holds `words`; fails when no quote holds them. */
const who = (text: string, words: string): string | null => {
  const q = quotesOf(text).find((x) => x.text.includes(words));
  assert.ok(q, `no quote holding "${words}" in: ${JSON.stringify(quotesOf(text).map((x) => x.text))}`);
  return q.who;
};

describe('quick36a: who speaks in fresh articles', () => {
  it('"the ORG office, NAME, verb … and urged": the person in apposition to the office speaks, not the body inside it', () => {
    const nigeria = 'Edo result\n\nIn Abuja, the APC national chairman, Abdullahi Ganduje, congratulated the winner and urged the opposition to accept defeat.';
    assert.equal(who(nigeria, 'accept defeat'), 'Abdullahi Ganduje');
    const bare = 'Edo result\n\nAPC national chairman Abdullahi Ganduje congratulated the winner and urged the opposition to accept defeat.';
    assert.equal(who(bare, 'accept defeat'), 'Abdullahi Ganduje');
    const kenya = 'Vote\n\nIn Nairobi, the ODM secretary general, Edwin Sifuna, thanked voters and said the party would appeal.';
    assert.equal(who(kenya, 'would appeal'), 'Edwin Sifuna');
    const southAfrica = 'Vote\n\nThe ANC provincial secretary, Mdumiseni Ntuli, visited the township on Friday, saying the party would recover.';
    assert.equal(who(southAfrica, 'would recover'), 'Mdumiseni Ntuli');
    const france = 'Transfer\n\nThe PSG sporting director, Luis Campos, met the player and said a deal was close.';
    assert.equal(who(france, 'deal was close'), 'Luis Campos');
    // near misses: the body is the subject, the office and its holder its verb's object
    const object = 'Vote\n\nThe CDU thanked its general secretary, Carsten Linnemann, and said the party would lead talks.';
    assert.equal(who(object, 'lead talks'), 'CDU');
    const praised = 'Deal\n\nThe union praised chief negotiator Thabo Mokoena and said the deal was fair.';
    assert.notEqual(who(praised, 'the deal was fair'), 'Thabo Mokoena');
    // a list's first item is no apposition: neither of two people speaks for both
    const list = 'Visit\n\nThe DA federal chairperson, Helen Zille, and the party leader, John Steenhuisen, toured the township and said the council had failed.';
    assert.notEqual(who(list, 'council had failed'), 'Helen Zille');
  });

  it('"The Royal College of Surgeons in Wales said": the body speaks, not the place, nor another body whose name ends in the place', () => {
    const wales = 'Waiting lists\n\nMore than 30,000 patients have waited over two years, according to figures published by NHS Wales. The Royal College of Surgeons in Wales said the figures were the worst in the country.';
    assert.equal(who(wales, 'the worst in the country'), 'Royal College of Surgeons');
    const scotland = 'Wards\n\nThe Royal College of Nursing in Scotland said wards were understaffed. Public Health Scotland said cases had risen.';
    assert.equal(who(scotland, 'wards were understaffed'), 'Royal College of Nursing');
    assert.equal(who(scotland, 'cases had risen'), 'Public Health Scotland');
    const kenya = 'Arrests\n\nAmnesty International in Kenya said the arrests were unlawful.';
    assert.equal(who(kenya, 'arrests were unlawful'), 'Amnesty International');
    const capital = 'Arrests\n\nThe Red Cross at Nairobi said the camps were full.';
    assert.equal(who(capital, 'camps were full'), 'Red Cross');
    // near miss: a body that does not open the phrase is no speaker
    const outside = 'Arrests\n\nProtesters outside Google in Dublin said the arrests were unlawful.';
    assert.notEqual(who(outside, 'arrests were unlawful'), 'Google');
    // a place shaped as a plural is no body's short name ("Wales" is not "NHS Wales")
    const place = 'Waiting lists\n\nNHS Wales published the figures on Monday. Officials across Wales said the figures were worse than feared.';
    assert.notEqual(who(place, 'worse than feared'), 'NHS Wales');
  });

  it('a headline\'s "…, says minister" is the body\'s one minister or government secretary; none when two, or the one is a shadow', () => {
    const wales = 'Hospital to stay in special measures, says minister\n\nThe hospital will stay in special measures for another year. Health Secretary Jeremy Miles told the Senedd that progress had been made.';
    assert.equal(who(wales, 'Hospital to stay'), 'Jeremy Miles');
    const nz = 'Schools to reopen, says minister\n\nSchools will reopen on Monday, Education Minister Hekia Parata said.';
    assert.equal(who(nz, 'Schools to reopen'), 'Hekia Parata');
    // near misses: two ministers, a union's general secretary, a shadow secretary
    const two = 'Rail fares to rise, says minister\n\nFares will rise by 4 per cent. Transport Minister Ana Costa said the increase was unavoidable. Finance Minister Rui Tavares said the budget was tight.';
    assert.equal(quotesOf(two).filter((q) => q.text.startsWith('Rail fares') && q.who).length, 0);
    const union = 'Strike will go ahead, says minister\n\nThe union general secretary, Dave Ward, said the strike would go ahead.';
    assert.equal(quotesOf(union).filter((q) => q.text.startsWith('Strike will go ahead') && q.who).length, 0);
    const shadow = 'Wards to close, says minister\n\nShadow health secretary Wes Streeting said wards would close.';
    assert.equal(quotesOf(shadow).filter((q) => q.text.startsWith('Wards to close') && q.who).length, 0);
  });

  it('"A spokesperson for the department, NAME, confirmed …": one actor, the person named in apposition; not an unnamed spokesperson beside them', () => {
    const sa = 'Water\n\nMinister of Water and Sanitation Senzo Mchunu is expected to visit Rooiwal on 22 March. A spokesperson for the department, Wisane Mavasa, confirmed the visit but declined to give details.';
    assert.ok(!actorNames(analyze(sa)).includes('spokesperson'));
    const portugal = 'Strike\n\nA spokeswoman for the ministry, Ana Lopes, visited the site and said repairs had begun.';
    assert.equal(who(portugal, 'repairs had begun'), 'Ana Lopes');
    const eskom = 'Power\n\nA spokesperson for Eskom, Daphne Mokwena, visited the plant and said repairs had begun.';
    assert.equal(who(eskom, 'repairs had begun'), 'Daphne Mokwena');
    // near miss: past a person's office, the name may be that person's (the chairman), not the spokeswoman's
    const chairman = 'Court\n\nA spokeswoman for the chairman, Ana Lopes, visited the site and said repairs had begun.';
    assert.notEqual(who(chairman, 'repairs had begun'), 'Ana Lopes');
    const list = 'Visit\n\nA spokesperson for the department, Wisane Mavasa, and two officials toured the plant and said repairs had begun.';
    assert.notEqual(who(list, 'repairs had begun'), 'Wisane Mavasa');
  });
});
