import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { actorNames, speakerOf } from './helpers';

/** Session 36's names from a fresh user's articles (quick36n): hyphenated offices, fields with "and", patronyms, weekday given names, bodies with their acronyms, junk. */
const article = (body: string) => analyze(`Headline\n\n${body}`);
const kindOf = (body: string, name: string): string | undefined => article(body).actors.find((a) => a.name === name)?.kind;
const aliasesOf = (body: string, name: string): string[] => article(body).actors.find((a) => a.name === name)?.aliases ?? [];

describe('quick36n: a hyphenated office is a title, never part of a name', () => {
  it('"Deputy Solicitor-General", "Governor-General", "Minister-President", "Inspector-General" are roles', () => {
    assert.deepEqual(actorNames(article('Deputy Solicitor-General Hri Kumar Nair told the court the appeal should fail.'), 'person'), ['Hri Kumar Nair']);
    assert.deepEqual(actorNames(article('Governor-General Cindy Kiro said she was honoured by the invitation.'), 'person'), ['Cindy Kiro']);
    assert.deepEqual(actorNames(article('Minister-President Hendrik Wüst said the coalition would hold.'), 'person'), ['Hendrik Wüst']);
    assert.deepEqual(actorNames(article('Inspector-General Kayode Egbetokun said 300 officers had been deployed.'), 'person'), ['Kayode Egbetokun']);
    assert.deepEqual(actorNames(article('Auditor-General Tsakani Maluleke said the accounts were late.'), 'person'), ['Tsakani Maluleke']);
    assert.equal(speakerOf('Headline\n\nLieutenant-Governor Salma Lakhani said the session would open on Tuesday.', /session would open/), 'Salma Lakhani');
  });

  it('the place before a state\'s office is the state: "Bavaria Minister-President Markus Söder"', () => {
    const a = article('Bavaria Minister-President Markus Söder said the state would sue.');
    assert.deepEqual(actorNames(a, 'person'), ['Markus Söder']);
  });

  it('near miss: a hyphenated surname stays a name ("Ama Attorney-Smith" is no office)', () => {
    assert.deepEqual(actorNames(article('Ama Attorney-Smith said the shop would close.'), 'person'), ['Ama Attorney-Smith']);
  });
});

describe('quick36n: an office whose field pairs two words with "and"', () => {
  it('"Minister of Water and Irrigation Ruth Wanjiku", "Minister of Health and Wellness Chisomo Banda": the holder after the pair', () => {
    assert.deepEqual(actorNames(article('Minister of Water and Sanitation Senzo Mchunu said the plan was ready.'), 'person'), ['Senzo Mchunu']);
    assert.deepEqual(actorNames(article('Minister of Water and Irrigation Ruth Wanjiku said the dams were full.'), 'person'), ['Ruth Wanjiku']);
    // (a given name no list knows after a field word no list knows: the last two words are the holder's)
    assert.deepEqual(actorNames(article('Minister of Water and Irrigation Senzo Mchunu said the dams were full.'), 'person'), ['Senzo Mchunu']);
    assert.deepEqual(actorNames(article('Minister of Health and Wellness Chisomo Banda said the clinics would open.'), 'person'), ['Chisomo Banda']);
  });

  it('near miss: a body\'s name with "and" stays a body ("Department of Water and Sanitation said")', () => {
    const body = 'The Department of Water and Sanitation said the dam was full.';
    assert.equal(kindOf(body, 'Department of Water and Sanitation'), 'organization');
    assert.deepEqual(actorNames(article(body), 'person'), []);
  });
});

describe('quick36n: patronym particles inside a name', () => {
  it('Welsh "ap", "ab", "ferch", Arabic "bint", "ibn", Malay "binti" join the name', () => {
    assert.equal(speakerOf("Headline\n\nPlaid Cymru's Mabon ap Gwynfor said the board had failed.", /board had failed/), 'Mabon ap Gwynfor');
    assert.deepEqual(actorNames(article('Senedd member Rhys ab Owen said the vote was close.'), 'person'), ['Rhys ab Owen']);
    assert.deepEqual(actorNames(article('Historian Nest ferch Rhys said the castle was older.'), 'person'), ['Nest ferch Rhys']);
    assert.deepEqual(actorNames(article('Sheikha Fatima bint Mubarak said the fund would grow.'), 'person').length, 1);
    assert.ok(actorNames(article('Sheikha Fatima bint Mubarak said the fund would grow.'), 'person')[0].endsWith('Fatima bint Mubarak'));
    assert.deepEqual(actorNames(article('Ahmed ibn Saud said the talks were late.'), 'person'), ['Ahmed ibn Saud']);
  });

  it('the surname with its particle alone later is the same person ("Mr ap Gwynfor")', () => {
    const text = 'Headline\n\nMabon ap Gwynfor said the board had failed.\n\nLater Mr ap Gwynfor said the minister should resign.';
    assert.equal(speakerOf(text, /should resign/), 'Mabon ap Gwynfor');
    assert.deepEqual(actorNames(analyze(text), 'person'), ['Mabon ap Gwynfor']);
  });
});

describe('quick36n: a weekday that is a given name', () => {
  it('"declared Monday Okpebholo of the …", "Sunday Dare said", "Senator Friday Okoro" are people', () => {
    assert.ok(actorNames(article('The commission on Sunday declared Monday Okpebholo of the All Progressives Congress the winner.'), 'person').includes('Monday Okpebholo'));
    assert.equal(speakerOf('Headline\n\nSunday Dare said the ministry would pay the arrears.', /arrears/), 'Sunday Dare');
    assert.equal(speakerOf('Headline\n\nSenator Friday Okoro said the bill would pass.', /bill would pass/), 'Friday Okoro');
  });

  it('near misses: "on Monday Okpebholo said", "ruled Monday Smith must pay", "The Sunday Times said" keep the day a date', () => {
    assert.deepEqual(actorNames(article('On Monday Okpebholo said he would unite the state.'), 'person').filter((n) => n.startsWith('Monday')), []);
    // (the day stays the date, and the surname alone is the full name's the article gave)
    assert.equal(speakerOf('Headline\n\nGovernor Monday Okpebholo thanked voters.\n\nOn Monday Okpebholo said he would unite the state.', /unite the state/), 'Monday Okpebholo');
    assert.deepEqual(actorNames(article('The court ruled Monday Mensah must pay the fine.'), 'person').filter((n) => n.startsWith('Monday')), []);
    assert.deepEqual(actorNames(article('The Sunday Times said it had seen the papers.'), 'person'), []);
  });
});

describe('quick36n: a name with its acronym in brackets is one body', () => {
  it('"All Progressives Congress (APC)": the opener "All" is the name\'s, the acronym its alias', () => {
    const body = 'The All Progressives Congress (APC) said it would appeal.';
    assert.equal(kindOf(body, 'All Progressives Congress'), 'organization');
    assert.deepEqual(aliasesOf(body, 'All Progressives Congress'), ['APC']);
    assert.equal(speakerOf(`Headline\n\n${body}`, /appeal/), 'All Progressives Congress');
  });

  it('a name cut by a comma: "Philippine Atmospheric, Geophysical and Astronomical Services Administration (PAGASA)"', () => {
    const body = 'The Philippine Atmospheric, Geophysical and Astronomical Services Administration (PAGASA) said the storm would weaken.';
    assert.deepEqual(actorNames(article(body), 'organization'), ['Philippine Atmospheric, Geophysical and Astronomical Services Administration']);
  });

  it('a name translated from its acronym\'s language: "Alternative for Germany (AfD)"', () => {
    assert.equal(kindOf('The far-right Alternative for Germany (AfD) won the vote.', 'Alternative for Germany'), 'organization');
  });

  it('near misses: a country keeps its kind, a person\'s initials make no body, "(AP)" is still a credit', () => {
    assert.equal(kindOf('The United Arab Emirates (UAE) said it would talk.', 'United Arab Emirates'), 'country');
    assert.equal(kindOf('The National Health Insurance Act (NHIA) was signed in May.', 'National Health Insurance Act'), undefined);
    assert.equal(kindOf('Ferdinand Romualdez Marcos (FRM) said yes.', 'Ferdinand Romualdez Marcos'), 'person');
    assert.deepEqual(actorNames(article('Protesters marched in Lagos (AP Photo/Sunday Alamba) on Friday.'), 'person'), []);
  });
});

describe('quick36n: junk names', () => {
  it('"Two-time Olympic", "Three-time World" name no one; the champion after them does', () => {
    const a = article('Two-time Olympic double sprint champion Elaine Thompson-Herah will miss the trials. Three-time World champion Faith Kipyegon said she was ready.');
    assert.deepEqual(actorNames(a, 'person').sort(), ['Elaine Thompson-Herah', 'Faith Kipyegon']);
  });

  it('"GP services", "the IPO", "VAT" are common nouns\' letters, no bodies; "the NHS" stays one', () => {
    assert.deepEqual(actorNames(article('The board runs hospitals and GP services across north Wales. Patients said GP practices were full.'), 'organization'), []);
    assert.ok(actorNames(article('The NHS said waiting lists had grown.'), 'organization').includes('NHS'));
  });

  it('a company named in full, then by its first word before "also announced that it would …", is that company', () => {
    const text = 'Headline\n\nShares in Corvid Cloud fell 9 per cent after the results.\n\nCorvid also announced that it would buy back $1 billion of its shares.';
    assert.equal(speakerOf(text, /buy back/), 'Corvid Cloud');
    assert.deepEqual(actorNames(analyze(text), 'person'), []);
    // near miss: a personal pronoun keeps a person
    const person = 'Headline\n\nShares in Corvid Cloud fell.\n\nTarrant also said that he would retire in May.';
    assert.equal(speakerOf(person, /retire/), 'Tarrant');
  });

  it('a province named as a region\'s half is a place: "Camarines Sur", "Agusan del Norte"', () => {
    assert.equal(kindOf('Camarines Sur was the worst hit, with entire villages under water.', 'Camarines Sur'), 'place');
    assert.equal(kindOf('Flooding also hit Agusan del Norte overnight.', 'Agusan del Norte'), 'place');
    assert.deepEqual(actorNames(article('Camarines Sur Governor Luigi Villafuerte said the province had run out of food.'), 'person'), ['Luigi Villafuerte']);
  });
});
