/**
 * Kinds of wrong or lost attribution scout62c fixed in session 62 (disasters and emergencies),
 * each written in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { inArticle, speakerInArticle as speakerOf } from './helpers';

/** The names of the actors of article `body`. */
const namesIn = (body: string): string[] => inArticle(body).actors.map((a) => a.name);

describe('scout62c: "Maître" written out before a lawyer\'s name', () => {
  it('is a courtesy title, not part of the name', () => {
    const lawyer = '“The province was warned,” said Maître Hélène Gagnon-Dubé, who represents the evacuees.';
    assert.equal(speakerOf(lawyer, 'was warned'), 'Hélène Gagnon-Dubé');
    assert.ok(!namesIn(lawyer).some((n) => n.startsWith('Maître')));
  });
  it('near miss: before a word that is no given name it stays in the name', () => {
    const fable = '“Nothing changes,” said Maître Corbeau, the pen name of a local columnist.';
    assert.equal(speakerOf(fable, 'Nothing changes'), 'Maître Corbeau');
  });
});

describe('scout62c: "said Ward 5 Coun. NAME", "according to District 3 Supervisor NAME"', () => {
  it('is the office holder, not the numbered seat', () => {
    const ward = 'Bylaws on roofing will change next year, according to Ward 7 Coun. Mina Patel-Ross, who is sponsoring the motion.';
    assert.equal(speakerOf(ward, 'roofing will change'), 'Mina Patel-Ross');
    const district = 'The bridge will stay closed until May, said District 2 Supervisor Rafael Ocampo.';
    assert.equal(speakerOf(district, 'bridge will stay closed'), 'Rafael Ocampo');
    assert.ok(!namesIn(district).includes('District'));
  });
  it('near miss: a numbered seat with no office after it is not read past', () => {
    const officials = 'The culvert failed overnight, according to District 2 officials.';
    assert.notEqual(speakerOf(officials, 'culvert failed'), 'officials');
  });
});

describe('scout62c: "said van der Berg", "said de la Rosa": a surname opened by lower-case particles after the cue', () => {
  it('is the person named so before, and the quote is kept', () => {
    const farmer = 'Dairy farmer Marten van der Berg moved his herd to high ground on Friday.\n\n“The water came up in an hour,” said van der Berg, who has farmed there since 1990.';
    assert.equal(speakerOf(farmer, 'came up in an hour'), 'Marten van der Berg');
    const mayor = 'Mayor Luisa de la Rosa opened two shelters.\n\n“Stay off the roads,” said de la Rosa.';
    assert.equal(speakerOf(mayor, 'Stay off the roads'), 'Luisa de la Rosa');
  });
  it('near miss: particles before a lower-case word are no name ("said de facto leader NAME")', () => {
    const facto = '“We will rebuild,” said de facto leader Ana Soto.';
    assert.equal(speakerOf(facto, 'We will rebuild'), 'Ana Soto');
  });
});
