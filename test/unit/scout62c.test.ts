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

describe('scout62c: "the Big Sur Chamber of Commerce", "the Old Town Business Association": an opener adjective after "the" before a body\'s head', () => {
  it('opens the body\'s name', () => {
    const chamber = 'The closure could cost members $2 million a month, the Big Pine Chamber of Commerce said.';
    assert.equal(speakerOf(chamber, 'cost members'), 'Big Pine Chamber of Commerce');
    const association = 'The Old Mill Business Association said three shops had flooded.';
    assert.equal(speakerOf(association, 'three shops had flooded'), 'Old Mill Business Association');
  });
  it('near miss: with no body\'s head among its capitalised words after it, the adjective stays out', () => {
    const three = 'The Big Three automakers said plants would close for the storm.';
    assert.ok(!namesIn(three).some((n) => n.startsWith('Big')));
  });
});

describe('scout62c: "said in general terms that …": a manner adjunct whose plural noun is a cue\'s form', () => {
  it('is passed over to the clause after "that"', () => {
    const broad = 'Harbour Mutual Insurance covers most homes on the street.\n\nThe company said in broad terms that repeated claims could raise premiums.';
    assert.equal(speakerOf(broad, 'repeated claims could raise'), 'Harbour Mutual Insurance');
  });
  it('near miss: a determiner before the noun keeps the old reading ("in a statement")', () => {
    const statement = 'Harbour Mutual Insurance covers most homes on the street.\n\nThe company said in a statement that premiums would rise.';
    assert.equal(speakerOf(statement, 'premiums would rise'), 'Harbour Mutual Insurance');
  });
});

describe('scout62c: "said Lac du Bonnet Fire Chief NAME": a name\'s lower-case particles inside the phrase after the cue', () => {
  it('carry the phrase on to the office holder', () => {
    const chief = '“We are down to eight members,” said Lac du Bonnet Fire Chief Oksana Hrynchuk.';
    assert.equal(speakerOf(chief, 'down to eight members'), 'Oksana Hrynchuk');
    const given = '“The barn is gone,” said Marta de la Cruz, a rancher.';
    assert.equal(speakerOf(given, 'barn is gone'), 'Marta de la Cruz');
  });
  it('near miss: "of" between capitalised words is no particle and still ends the name ("said Mayor NAME of the town")', () => {
    const of = '“We are ready,” said Mayor Ines Varga of the town.';
    assert.equal(speakerOf(of, 'We are ready'), 'Ines Varga');
  });
});

describe('scout62c: "The B.C. government said" after a body the province runs ("the BC Wildfire Service")', () => {
  it('is the province\'s government, not the service', () => {
    const service = 'Crews from the BC Wildfire Service fought the Kettle Creek fire overnight.\n\nThe B.C. government said it was sending more crews from Alberta.';
    assert.notEqual(speakerOf(service, 'sending more crews'), 'BC Wildfire Service');
    const other = 'Crews from the BC Wildfire Service fought the fire overnight.\n\nThe Ontario government said it would send water bombers.';
    assert.notEqual(speakerOf(other, 'send water bombers'), 'BC Wildfire Service');
  });
  it('near miss: another description of a province\'s body still finds it ("The B.C. regulator")', () => {
    const regulator = 'The B.C. Utilities Commission held hearings on Monday.\n\nThe B.C. regulator said rates would rise in April.';
    assert.equal(speakerOf(regulator, 'rates would rise'), 'B.C. Utilities Commission');
  });
});
