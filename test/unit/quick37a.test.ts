/**
 * Session 37's wrong speakers and junk quotes: an office of a country is its holder, not the
 * country; charges and accusations are no speech and no names; a name in apposition after a
 * role or a body's description speaks; the one asked after a quotation is no question. Each kind
 * in sentences of its own from several countries and beats, with a near miss that must not change.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { actorNames, quotesOf } from './helpers';

/** The speaker's name of the quote whose text holds `words`; fails when no quote holds them. */
const who = (text: string, words: string): string | null => {
  const q = quotesOf(text).find((x) => x.text.includes(words));
  assert.ok(q, `no quote holding "${words}" in: ${JSON.stringify(quotesOf(text).map((x) => x.text))}`);
  return q.who;
};

/** The texts of the article's quotes. */
const texts = (text: string): string[] => quotesOf(text).map((q) => q.text);

describe('quick37a: wrong speakers and junk quotes', () => {
  it('"The Minister of Health in Ghana said": the office\'s holder speaks, never the country nor a body cut from the office', () => {
    const ghana = 'Hospital budget\n\nACCRA, March 3 (Wire) - The Minister of Health in Ghana said costs rose sharply last year because of new equipment.';
    assert.equal(who(ghana, 'costs rose'), 'Minister of Health in Ghana');
    const of = 'Hospital budget\n\nACCRA, March 3 (Wire) - The Minister of Health of Ghana said the hospitals would get more nurses by June.';
    assert.equal(who(of, 'more nurses'), 'Minister of Health of Ghana');
    assert.ok(!actorNames(analyze(of, {})).includes('Health of Ghana'), 'no body "Health of Ghana"');
    assert.ok(actorNames(analyze(of, {}), 'country').includes('Ghana'), 'the country is still mentioned');
    const kenya = 'Shilling\n\nNAIROBI - The Minister of Finance of Kenya told reporters that the shilling was stable.';
    assert.equal(who(kenya, 'shilling was stable'), 'Minister of Finance of Kenya');
    const portfolioFirst = 'Schools\n\nThe Education Minister of Malaysia said exams would go ahead in March.';
    assert.equal(who(portfolioFirst, 'exams would go ahead'), 'Education Minister of Malaysia');
    // the one person of the article holding that office, not another minister or a deputy
    const named = 'Clinic\n\nACCRA - Health Minister Kwaku Agyeman-Manu opened a clinic in Kumasi on Friday. Deputy Health Minister Mahama Asei Seini and Finance Minister Ken Ofori-Atta were also there.\n\nThe Minister of Health in Ghana said costs rose sharply last year.';
    assert.equal(who(named, 'costs rose'), 'Kwaku Agyeman-Manu');
    const deputyOnly = 'Clinic\n\nACCRA - Deputy Health Minister Mahama Asei Seini opened a clinic in Kumasi on Friday.\n\nThe Minister of Health of Ghana said costs rose sharply last year.';
    assert.notEqual(who(deputyOnly, 'costs rose'), 'Mahama Asei Seini');
    // near miss: a country's own government still speaks as the country
    const government = 'Talks\n\nThe government of Ghana said the talks would resume.';
    assert.equal(who(government, 'talks would resume'), 'Ghana');
  });

  it('"acquitted a former deputy minister of four corruption charges involving …": no quote and no person made of the charges', () => {
    const malaysia = 'Court\n\nKUALA LUMPUR, May 2 (Wire) - A Malaysian court on Tuesday acquitted a former deputy minister of four corruption charges involving 2.8 million ringgit.';
    assert.deepEqual(texts(malaysia), []);
    assert.ok(!actorNames(analyze(malaysia, {})).some((n) => /corruption/.test(n)), 'no actor named by the charges');
    const kenya = 'Court\n\nNAIROBI - A court on Monday acquitted a former deputy governor of three fraud charges relating to a 40 million shilling land deal.';
    assert.deepEqual(texts(kenya), []);
    const politics = 'Campaign\n\nHe charged into the fray against an opponent he deemed unfit.';
    assert.deepEqual(texts(politics), []);
    // "accused of", "charged with" after a person's noun modify it: the noun is still the subject
    const accused = 'Court\n\nThe court sat for an hour.\n\nThe businessman, accused of bribing county officials, said he had always been innocent.';
    assert.deepEqual(texts(accused), ['he had always been innocent']);
    const charged = 'Court\n\nThe court sat for an hour.\n\nThe trader, charged with bribing customs officers, said he had always been innocent.';
    assert.deepEqual(texts(charged), ['he had always been innocent']);
    // near misses: a charge made in words and a charge with its quotation still report speech
    const claim = 'Vote\n\nThe opposition leader charges that the count was rigged.';
    assert.deepEqual(texts(claim), ['the count was rigged']);
    const quoted = 'Debate\n\n“You have called women fat pigs,” Kelly charged in her opening question.';
    assert.equal(who(quoted, 'fat pigs'), 'Kelly');
  });

  it('"the union\'s general secretary, Godfred Abulbire, said" and "The union representing transit workers, ATU Local 508, said": the name in apposition speaks', () => {
    const ghana = 'Strike\n\nTAMALE, Ghana, June 4 - The union\'s general secretary, Godfred Abulbire, said members would stay home from Monday.';
    assert.equal(who(ghana, 'stay home'), 'Godfred Abulbire');
    const alone = 'Strike\n\nThe court sat.\n\nGodfred Abulbire said members would stay home from Monday.';
    assert.equal(who(alone, 'stay home'), 'Godfred Abulbire');
    const winifred = 'Nurses\n\nThe court sat.\n\nWinifred Okonkwo said nurses would stay home from Monday.';
    assert.equal(who(winifred, 'stay home'), 'Winifred Okonkwo');
    const transit = 'Transit strike\n\nThe union representing transit workers, ATU Local 508, said drivers were exhausted after months of overtime.';
    assert.equal(who(transit, 'drivers were exhausted'), 'ATU Local 508');
    // near miss: an epithet in -ed still opens no name
    const epithet = 'Mayor\n\nEmbattled Lorimer said the council would meet.';
    assert.ok(!actorNames(analyze(epithet, {})).includes('Embattled Lorimer'));
  });

  it('"“Where is the money coming from?” he asked staff": the quotation is what was asked, the one asked no quote', () => {
    const budget = 'Budget\n\nMayor Daniel Okafor looked at the spending plan for a long time on Monday.\n\n“Where is the money coming from?” he asked staff at the meeting.\n\n“Who signed this?” he asked reporters.\n\n“Why now?” Okafor asked the council.';
    assert.deepEqual(texts(budget), ['Where is the money coming from?', 'Who signed this?', 'Why now?']);
    assert.equal(who(budget, 'Who signed this?'), 'Daniel Okafor');
    // near misses: a question or a request after the one asked is still what was asked
    const request = 'Budget\n\n“We have a problem,” Mayor Daniel Okafor said, and asked staff to cut spending by a tenth.';
    assert.ok(texts(request).some((x) => x.includes('to cut spending')), JSON.stringify(texts(request)));
    const question = 'Budget\n\nMayor Daniel Okafor asked staff whether the money was there.';
    assert.deepEqual(texts(question), ['whether the money was there']);
  });
});
