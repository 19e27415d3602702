/**
 * Kinds of wrong attribution scout61b fixed in session 61 (Indigenous affairs in Canada and the
 * US), each written in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { speakerInArticle as speakerOf } from './helpers';

describe('scout61b: a document cue whose subject has a relative clause in commas ("ITK, which represents Inuit across Canada, released a report saying")', () => {
  it('is the head before the clause, not the clause\'s last name', () => {
    const itk = 'ITK, which represents about 70,000 Inuit across Canada, released a report estimating that Nunavut needs 3,500 new units.';
    assert.equal(speakerOf(itk, 'needs 3,500 new units'), 'ITK');
    const who = 'The Wabaseemoong council, who speak for three villages in Ontario, issued a statement saying the road must close.';
    assert.notEqual(speakerOf(who, 'road must close'), 'Ontario');
  });
  it('near miss: a document with a clause of its own in commas is no relative clause on the subject', () => {
    const aside = 'The tribe, in a rare move for Montana, released a letter saying the clinic would close.';
    assert.notEqual(speakerOf(aside, 'clinic would close'), 'Montana');
  });
});

describe('scout61b: a lede\'s "the ROLE of BODY" whose holder the next paragraph names by title ("The national chief of the Assembly of First Nations said")', () => {
  it('is the holder named next with that title', () => {
    const afn = 'The national chief of the Assembly of First Nations said Thursday that the deal must change.\n\n"We have been here before," National Chief Doreen Ahenakew told reporters.';
    assert.equal(speakerOf(afn, 'deal must change'), 'Doreen Ahenakew');
    const nan = 'The grand chief of Nishnawbe Aski Nation said Tuesday that no road would be built without consent.\n\n"Not one kilometre," Grand Chief Elias Fiddler-Kanate said at Queen\'s Park.';
    assert.equal(speakerOf(nan, 'no road would be built'), 'Elias Fiddler-Kanate');
  });
  it('near miss: a holder of another rank, or a person named before the lede\'s role, is not the one', () => {
    const deputy = 'The grand chief of Nishnawbe Aski Nation said Tuesday that no road would be built.\n\n"Not one kilometre," Deputy Grand Chief Solomon Rae said.';
    assert.notEqual(speakerOf(deputy, 'no road would be built'), 'Solomon Rae');
    const before = 'Mary Okimaw, a trapper, and the grand chief of Nishnawbe Aski Nation said Tuesday that no road would be built.\n\n"Not one kilometre," Grand Chief Elias Fiddler-Kanate said.';
    assert.notEqual(speakerOf(before, 'no road would be built'), 'Elias Fiddler-Kanate');
  });
});

describe('scout61b: a group whose two modifiers are joined by "and" after the content ("…, tribal and federal officials said")', () => {
  it('is one group that speaks, named by the whole phrase', () => {
    const body = 'The hospital in Browning will stop taking ambulances, tribal and federal officials said Monday.';
    assert.equal(speakerOf(body, 'stop taking ambulances'), 'tribal and federal officials');
    const state = 'The highway near the reserve will close for a month, federal and state officials said.';
    assert.equal(speakerOf(state, 'highway near the reserve'), 'federal and state officials');
  });
  it('near miss: a people noun before "and" is a group of its own, not a modifier', () => {
    const two = 'The clinic will stay open, residents and local officials said.';
    assert.notEqual(speakerOf(two, 'clinic will stay open'), 'residents and local officials');
    const one = 'The road will close, state officials said.';
    assert.equal(speakerOf(one, 'road will close'), 'state officials');
  });
});
