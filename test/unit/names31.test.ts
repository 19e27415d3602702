import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { speakerOf } from './helpers';

/** The kind of the actor named `name` in `text` (undefined when none is). */
function kindOf(text: string, name: string): string | undefined {
  return analyze(text).actors.find((a) => a.name === name)?.kind;
}
/** The names of every actor of `text`, with their aliases. */
function allNames(text: string): string[] {
  return analyze(text).actors.flatMap((a) => [a.name, ...a.aliases]);
}

describe('names31: a second relative clause joined by "and" is part of the aside', () => {
  it('"A captain who …, and who …, said": the quote is found and the captain speaks', () => {
    const text = 'Fees\n\nA charter captain who has run trips on the lake for 20 years, and who depends on park permits, said the fee would "push small operators out of business."';
    assert.equal(speakerOf(text, /push small operators/), 'charter captain');
  });

  it('"Ellen Morrow, who chairs …, and who has lobbied …, said": the named person speaks', () => {
    const text = 'Farm bill\n\nA nurse who has worked at the clinic for a decade, and whose shifts were cut last month, said: "We cannot cover the ward."\n\nEllen Morrow, who chairs the county farm bureau, and who has lobbied for the bill since 2019, said the delay "hurts every grower in the valley."';
    assert.equal(speakerOf(text, /cover the ward/), 'nurse');
    assert.equal(speakerOf(text, /hurts every grower/), 'Ellen Morrow');
  });
});

describe('names31: a surname that is also a demonym', () => {
  it('"District Chief Brad French … French said": the lone word is the person the article named', () => {
    const text = 'Fire\n\nDistrict Chief Brad French said crews had contained a third of the fire.\n\n"We are not out of the woods," French said.\n\nThe port\'s operator, Dominic German, spoke later. German said the backlog would clear by March.';
    assert.equal(speakerOf(text, /out of the woods/), 'Brad French');
    assert.equal(speakerOf(text, /backlog would clear/), 'Dominic German');
  });

  it('"French officials said" and "the French said" stay no one\'s surname', () => {
    const text = 'Talks\n\nDistrict Chief Brad French said crews were ready.\n\nFrench officials said the border would stay open.';
    assert.notEqual(speakerOf(text, /border would stay open/), 'Brad French');
  });
});

describe('names31: chief officers by their letters are roles', () => {
  it('"said CFO Mike Leskinen", "COO Daniel Obi added": one person with the role, not a body apart from the surname', () => {
    const text = 'Forecast\n\n"We are seeing softness," said CFO Mike Leskinen on a call.\n\nLeskinen said the carrier would trim capacity.\n\nCOO Daniel Obi added that the company would open a plant.';
    assert.equal(speakerOf(text, /seeing softness/), 'Mike Leskinen');
    assert.equal(speakerOf(text, /trim capacity/), 'Mike Leskinen');
    assert.equal(speakerOf(text, /open a plant/), 'Daniel Obi');
    assert.ok(!allNames(text).some((n) => /^(CFO|COO)\b/.test(n)));
  });

  it('"CTO-designate Lena Fisk": an office about to be held is a title', () => {
    const text = 'Chief\n\n"We thank him for his service," said CTO-designate Lena Fisk.';
    assert.equal(speakerOf(text, /thank him/), 'Lena Fisk');
  });
});

describe('names31: bodies whose names open with a title word or end in "Lines"', () => {
  it('"The General Services Administration said … The GSA said": one body, the acronym its alias', () => {
    const text = 'Leases\n\nThe General Services Administration said on Friday it would end dozens of office leases.\n\nThe GSA said the move would save $200 million a year.';
    assert.equal(speakerOf(text, /end dozens/), 'General Services Administration');
    assert.equal(speakerOf(text, /save \$200 million/), 'General Services Administration');
  });

  it('"Delta Air Lines said" is a company', () => {
    const text = 'Storm\n\nDelta Air Lines said it had cancelled 900 flights.';
    assert.equal(kindOf(text, 'Delta Air Lines'), 'organization');
    assert.equal(speakerOf(text, /cancelled 900/), 'Delta Air Lines');
  });

  it('a title and a given name before a body\'s word stay a person ("Mayor Dean Hall")', () => {
    const text = 'Vote\n\nMayor Dean Hall said the vote was fair.';
    assert.equal(speakerOf(text, /vote was fair/), 'Dean Hall');
  });
});

describe('names31: places and units that read as persons', () => {
  it('"a Boca Raton lawyer": the words between "a" and a noun for one person are a place', () => {
    const text = 'Fraud\n\nA Boca Raton lawyer was charged on Thursday.\n\nAn Ocala contractor, Greg Ostrow, said he had warned regulators.';
    assert.equal(kindOf(text, 'Boca Raton'), 'place');
    assert.equal(speakerOf(text, /warned regulators/), 'Greg Ostrow');
  });

  it('"Former Navy SEAL Rob Keller": the unit\'s member by its letters is the role, the person speaks', () => {
    const text = 'Benghazi\n\nFormer Navy SEALS Tyrone Woods and Glen Doherty were killed.\n\nFormer Navy SEAL Rob Keller said the men "died doing their jobs."';
    assert.equal(kindOf(text, 'Tyrone Woods'), 'person');
    assert.equal(speakerOf(text, /died doing/), 'Rob Keller');
  });

  it('"Strangford Lough", "Loch Ness" are places', () => {
    const text = 'Ferries\n\nFerries returned to Strangford Lough on Monday. Loch Ness is quiet.\n\nCouncillor Ann Birch said the crossing "is a lifeline."';
    assert.equal(kindOf(text, 'Strangford Lough'), 'place');
    assert.equal(kindOf(text, 'Loch Ness'), 'place');
    assert.ok(!allNames(text).includes('Strangford'));
  });
});

describe('names31: kin named by a given name after a named person', () => {
  it('"Tolliver\'s wife, Carla," is Carla Tolliver, and so is a later "Carla"', () => {
    const text = 'Honour\n\nThe chamber honoured Dale Tolliver for 40 years of business.\n\nTolliver\'s wife, Carla, said the store "was his whole life." Carla said they would keep it open.';
    assert.equal(speakerOf(text, /whole life/), 'Carla Tolliver');
    assert.equal(speakerOf(text, /keep it open/), 'Carla Tolliver');
  });
});

describe('names31: a product called by a name is no one', () => {
  it('"The feature, called Figma Make," makes no person; Figma\'s own words are the company\'s', () => {
    const text = 'AI tools\n\nFigma unveiled new tools on Wednesday.\n\nThe feature, called Figma Make, lets users build an app. "We want anyone to be able to build," Figma said in a blog post.\n\nDylan Field, Figma\'s chief executive, said the tools would roll out in June.';
    assert.ok(!allNames(text).includes('Figma Make'));
    assert.equal(speakerOf(text, /anyone to be able/), 'Figma');
    assert.equal(kindOf(text, 'Figma'), 'organization');
  });
});

describe('names31: a line in capitals is no unit and member', () => {
  it('"BY ROSA KEEL" makes no person', () => {
    assert.deepEqual(allNames('FULL TRANSCRIPT.\n\nBY ROSA KEEL.\n\nThe mayor spoke on Monday.'), []);
  });
});
