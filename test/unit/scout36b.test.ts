/**
 * What session 36's names scout found on unseen news (Vietnamese, Irish, Filipino, Turkish, UK
 * retail, Scottish and trade-union articles): names cut, split or given the wrong kind, each as a
 * whole kind, with a near miss where one could go wrong.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { quotesOf } from './helpers';

/** The actor of kind `kind` named `name` in `text`'s analysis (fails when none is). */
const actor = (text: string, name: string) => {
  const a = analyze(text);
  const found = a.actors.find((x) => x.name === name);
  assert.ok(found, `no actor "${name}" in ${JSON.stringify(a.actors.map((x) => [x.name, x.kind]))}`);
  return { found, mentions: a.mentions.filter((m) => m.actor === found).map((m) => m.text), all: a.actors };
};
const names = (text: string): string[] => analyze(text).actors.map((x) => x.name);

describe('scout36b: names and actors on unseen news', () => {
  it('a Vietnamese name is family, middle and given name, whose given or family name may be an English word ("Nguyen Van An", "Do Thi Hoa")', () => {
    const text = 'Rice exports climb\n\nHANOI - Trade Minister Nguyen Van An said on Friday that rice exports had risen 12 per cent. Mr An added that prices in the Mekong Delta were stable.\n\nDo Thi Hoa, who runs a co-operative in Can Tho, said farmers were planting a third crop. Le Quang Huy, an exporter, said buyers in Manila wanted more.';
    const an = actor(text, 'Nguyen Van An');
    assert.equal(an.found.kind, 'person');
    assert.deepEqual(an.mentions, ['Nguyen Van An', 'An']);
    assert.equal(actor(text, 'Do Thi Hoa').found.kind, 'person');
    assert.equal(actor(text, 'Le Quang Huy').found.kind, 'person');
    assert.ok(!names(text).includes('Nguyen Van'));
    assert.equal(quotesOf(text).find((q) => q.text.includes('third crop'))?.who, 'Do Thi Hoa');
    // "An", the given name, is no article before the cue
    assert.equal(quotesOf(text).find((q) => q.text.includes('Mekong Delta'))?.who, 'Nguyen Van An');
    // a French article's "Le" is no family name without a Vietnamese middle name after it
    assert.ok(!names('Press review\n\nLe Monde said the minister had resigned.').some((n) => n.startsWith('Le ') && n.split(' ').length === 3));
  });

  it('a name after a courtesy title is a name even when it is an English word ("Ms Do", "Mr An")', () => {
    const text = 'Factory fire\n\nFactory owner Vo Thi Do said the fire started in a storeroom. Ms Do said no workers were hurt.';
    const owner = actor(text, 'Vo Thi Do');
    assert.deepEqual(owner.mentions, ['Vo Thi Do', 'Do']);
  });

  it('a federation\'s head names a body, and "General" before a body\'s head is no rank ("British Retail Consortium", "Italian General Confederation of Labour")', () => {
    const text = 'Shop prices\n\nThe British Retail Consortium (BRC) said shop price inflation had eased in May. The Italian General Confederation of Labour said wages had not kept up.';
    assert.equal(actor(text, 'British Retail Consortium').found.kind, 'organization');
    assert.equal(actor(text, 'Italian General Confederation of Labour').found.kind, 'organization');
    assert.ok(!names(text).includes('Retail Consortium'));
    // a general is still a rank before a person
    const gen = 'Army\n\nGeneral Rania Haddad said the troops would stay.';
    assert.equal(actor(gen, 'Rania Haddad').found.roles.join(), 'General');
  });

  it('"The Scottish Conservatives said … they" is the party the names layer found, not a group of its own', () => {
    const text = 'Holyrood budget\n\nThe Welsh Conservatives said on Tuesday they would vote against the budget. Plaid Cymru said it would abstain.';
    const tories = analyze(text).actors.filter((x) => x.name === 'Welsh Conservatives');
    assert.equal(tories.length, 1);
    assert.equal(tories[0].kind, 'organization');
    assert.equal(quotesOf(text).find((q) => q.text.includes('vote against'))?.who, 'Welsh Conservatives');
    // a plural that names no body the article found stays a group
    const group = 'Budget\n\nLocal shopkeepers said on Tuesday they would close for a day.';
    assert.ok(analyze(group).actors.some((x) => x.kind === 'group'));
  });

  it('a people\'s possessive inside a body\'s name keeps the name whole ("Republican People\'s Party", "National People\'s Congress")', () => {
    const text = 'Ankara vote\n\nThe Republican People\'s Party (CHP) said on Monday it would challenge the result. The National People\'s Congress said the law would pass.';
    const chp = actor(text, "Republican People's Party");
    assert.equal(chp.found.kind, 'organization');
    assert.ok(chp.mentions.includes('CHP'));
    assert.ok(!names(text).includes('Republican People'));
    // a person's possessive before "Party" names no party
    assert.ok(!names('Party\n\nSmith\'s Party Hire said it was fully booked.').includes("Smith's Party"));
  });

  it('an Irish patronym (Nic, Mhic, Mac) is part of the surname: "Ms Nic Giolla Phádraig" is "Niamh Nic Giolla Phádraig"', () => {
    const text = 'Housing row\n\nSocial Democrats TD Niamh Nic Giolla Phádraig accused the minister of "dithering". Ms Nic Giolla Phádraig said rents had doubled in a decade.';
    const a = analyze(text);
    const people = a.actors.filter((x) => x.kind === 'person');
    assert.deepEqual(people.map((x) => x.name), ['Niamh Nic Giolla Phádraig']);
    assert.equal(quotesOf(text).find((q) => q.text.includes('rents had doubled'))?.who, 'Niamh Nic Giolla Phádraig');
    // "Nic" as a given name opening a two-word name is no particle
    assert.ok(names('Film\n\nActor Nic Cage said he liked the script.').includes('Nic Cage'));
  });

  it('a shop named in the possessive speaks ("Sainsbury\'s said it would …"), and "X said its …" shows a bare name to be a body', () => {
    const text = 'Price war\n\nSainsbury\'s said it would cut the price of 500 products. Lidl said its prices were already the lowest in Britain.';
    const qs = quotesOf(text);
    // (the shop by its own name, "'s" and all: scout37b)
    assert.equal(qs.find((q) => q.text.includes('500 products'))?.who, 'Sainsbury\'s');
    assert.equal(actor(text, 'Lidl').found.kind, 'organization');
    // a noun after a possessive is still no cue ("Ortiz's claims"), and a person's possessive no speaker
    assert.ok(!quotesOf('Row\n\nOrtiz\'s claims were rejected by the court on Monday.').some((q) => q.who === 'Ortiz'));
  });

  it('"Turkey" is the country (the data set names it Türkiye), and a speaker named by an alias is one mention', () => {
    const text = 'Rates\n\nTurkey\'s central bank held its main rate on Thursday. Britain said it would watch the lira.';
    const tr = actor(text, 'Türkiye');
    assert.equal(tr.found.kind, 'country');
    assert.deepEqual(tr.mentions, ['Turkey']);
    assert.deepEqual(actor(text, 'United Kingdom').mentions, ['Britain']);
  });

  it('"Ma." (Filipino María) after a title keeps its full stop, before a quoted nickname too', () => {
    const text = 'Floods\n\nPolice Colonel Ma. Cristina "Tina" Bautista said rescuers had reached the village. Bautista said 40 families were safe.';
    const a = analyze(text);
    assert.ok(!a.actors.some((x) => x.name === 'Ma'));
    assert.equal(quotesOf(text).find((q) => q.text.includes('rescuers'))?.who, 'Ma. Cristina Bautista');
    // "Jack Ma." at a sentence's end before another name still ends the sentence
    assert.ok(names('Tech\n\nAlibaba founder Jack Ma. Joe Tsai said the firm would grow.').includes('Joe Tsai'));
  });

  it('a name after "nearby" or "neighbouring" is a place, and "residents of nearby X" speak, not X', () => {
    const text = 'Flood walls\n\nFlood walls for Ballycastle and nearby Armoy were approved on Thursday. Residents of neighbouring Cushendall said they had waited ten years for theirs.';
    assert.equal(actor(text, 'Armoy').found.kind, 'place');
    assert.equal(actor(text, 'Cushendall').found.kind, 'place');
    assert.equal(quotesOf(text).find((q) => q.text.includes('waited ten years'))?.who, 'Residents of neighbouring Cushendall');
  });

  it('clubs ending in Juniors, Rangers, Harriers or Thistle are clubs, not people', () => {
    const text = 'Coach named\n\nArgentinos Juniors appointed Diego Placente as coach on Wednesday. Kidderminster Harriers said the fee was fair.';
    assert.equal(actor(text, 'Argentinos Juniors').found.kind, 'organization');
    assert.equal(actor(text, 'Kidderminster Harriers').found.kind, 'organization');
    assert.equal(actor(text, 'Diego Placente').found.kind, 'person');
  });
});
