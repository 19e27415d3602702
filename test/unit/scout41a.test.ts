import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';

/** Session 41's unseen attribution (scout41a): officers of Parliament, courts' reasons, hearings, headlines, columns; each kind with a near miss. */
const article = (body: string) => analyze(`Headline for the story\n\n${body}`);
const quoteOf = (text: string, quote: string) => analyze(text).quotes.find((x) => x.text.includes(quote));
const speakerOf = (body: string, quote: string): string | null | undefined => {
  const q = article(body).quotes.find((x) => x.text.includes(quote));
  return q === undefined ? undefined : q.speaker?.name ?? null;
};

describe('scout41a: an ombud or an investigator over a field is an office, not part of the name', () => {
  it('"Correctional Investigator NAME", "Taxpayers\' Ombud NAME", "Veterans Ombud NAME" speak by their names', () => {
    const body =
      'OTTAWA — Correctional Investigator Marcel Thibodeau said in his annual report that segregation had returned under another name.\n\n' +
      'Veterans Ombud Delia Fairweather said claims took twice as long as promised. Procurement Ombud Arvind Rao said the rules were unclear.';
    assert.equal(speakerOf(body, 'segregation had returned'), 'Marcel Thibodeau');
    assert.equal(speakerOf(body, 'twice as long'), 'Delia Fairweather');
    assert.equal(speakerOf(body, 'rules were unclear'), 'Arvind Rao');
  });
  it('an investigator named with a police rank keeps the rank out of the name too', () => {
    assert.equal(speakerOf('Lead Investigator Sandra Kowal said the fire was set deliberately.', 'set deliberately'), 'Sandra Kowal');
  });
});

describe('scout41a: "said A, and that states …" is one content', () => {
  it('a plural noun after "and that" opens a second content clause, no cue whose source is "that"', () => {
    const body = 'WASHINGTON (AP) — Writing for the majority, Justice Helena Marsh said the statute regulated conduct, not speech, and that states "may decide how their own agencies handle records."';
    const q = article(body).quotes.find((x) => x.text.includes('regulated conduct'));
    assert.ok(q && q.text.includes('own agencies'), 'the quotation belongs to the same content');
    assert.equal(q.speaker?.name, 'Helena Marsh');
    assert.equal(q.kind, 'mixed');
  });
  it('"but that claims of …" too; a report "that states" a finding still speaks', () => {
    assert.equal(speakerOf('Professor Dana Whitlock said the ruling was narrow, but that claims of a broad victory were overstated.', 'claims of a broad victory'), 'Dana Whitlock');
    const q = article('The board released a report that states the mill broke its permit 14 times.').quotes.find((x) => x.text.includes('broke its permit'));
    assert.ok(q, 'a relative "that states" is still a cue');
  });
});

describe('scout41a: a body that heard testimony reports no one\'s words', () => {
  it('"The jury heard eight days of testimony", "The inquest heard from three paramedics": no quote', () => {
    const a = article('ORANGEVILLE, Ont. — The jury heard eight days of testimony into the death of a support worker. The inquest heard from three paramedics on Tuesday.');
    assert.equal(a.quotes.length, 0);
  });
  it('"The inquest heard that …" and "the court has heard the driver was …" still report testimony', () => {
    const a = article('The inquest heard that the ambulance arrived 41 minutes after the first call. The court has heard the driver was not licensed.');
    assert.ok(a.quotes.some((q) => q.text.includes('41 minutes')));
    assert.ok(a.quotes.some((q) => q.text.includes('not licensed')));
  });
});

describe('scout41a: "BODY CEO" in a headline or without "the" is the office\'s holder', () => {
  const body = 'VANCOUVER — TransLink CEO Kevin Quinn told the board on Thursday that fares must rise by five per cent next year.\n\n"We have no other choice," Quinn said.';
  it('"Fare increase needed, TransLink CEO says" is Kevin Quinn\'s, not TransLink\'s', () => {
    assert.equal(quoteOf(`Fare increase needed to keep buses running, TransLink CEO says\n\n${body}`, 'Fare increase')?.speaker?.name, 'Kevin Quinn');
    assert.equal(quoteOf(`TransLink CEO says fares must rise to keep buses running\n\n${body}`, 'keep buses running')?.speaker?.name, 'Kevin Quinn');
  });
  it('a title-case headline whose subject is a person before "BODY CEO" does not give the quotation to the CEO', () => {
    const text = 'Katie Porter Grills Boeing CEO: \'You Should Be Ashamed\'\n\nRep. Katie Porter questioned Boeing CEO Dennis Muilenburg on Tuesday about the crashes.\n\n"You should resign," Porter said.';
    assert.equal(quoteOf(text, 'Should Be Ashamed')?.speaker?.name, 'Katie Porter');
  });
  it('with no one named as holding the office, the office is still no body and no other person', () => {
    const q = quoteOf('Tesla CEO says robotaxis coming next year\n\nAUSTIN, Texas (AP) — Tesla will launch robotaxis in three more cities next year, the company said Tuesday.', 'robotaxis coming');
    assert.notEqual(q?.speaker?.name, 'Tesla');
    const named = quoteOf('Harbour Air CEO says floatplanes will go electric\n\nVANCOUVER — The airline said Tuesday its fleet would be electric by 2030. Pilot Dana Wu said she was excited.', 'floatplanes');
    assert.notEqual(named?.speaker?.name, 'Dana Wu');
  });
});

describe('scout41a: an unnamed person nearer than anyone named takes "she" from the one named further back', () => {
  it('a column: "a Grade 5 student named Kyla … ¶ “I\'d be sad,” she said" is not the councillor quoted two paragraphs up', () => {
    const body =
      'CARBERRY, Man. — Councillor Dana Lutz told me the tax base is shrinking.\n\n' +
      '"I love that library as much as anyone," Lutz said. "But love doesn\'t pay the hydro bill."\n\n' +
      'Here is what I think: small towns lose things one at a time.\n\n' +
      'When I left, a Grade 5 student named Kyla was at the counter, checking out three books about horses. I asked her what she would do if the library closed.\n\n' +
      '"I\'d be sad," she said. "And bored."';
    assert.equal(speakerOf(body, "I'd be sad"), null);
  });
  it('with no unnamed person between, "she" is still the councillor', () => {
    const body =
      'CARBERRY, Man. — Councillor Dana Lutz told me the tax base is shrinking.\n\n' +
      'Here is what I think: small towns lose things one at a time.\n\n' +
      '"I love that library as much as anyone," she said.';
    assert.equal(speakerOf(body, 'love that library'), 'Dana Lutz');
  });
  it('an unnamed person described in apposition to the pronoun ("A former nurse, she …") is the same person', () => {
    const body = 'HALIFAX — Janet Hazelton testified on Monday.\n\nA former nurse, she worked at the hospital for 20 years.\n\n"It was never this bad," she said.';
    assert.equal(speakerOf(body, 'never this bad'), 'Janet Hazelton');
  });
});

describe('scout41a: a base form right after a preposition is a noun, no cue', () => {
  it('"Speaking to reporters after question period, she called …": she speaks, not the participle', () => {
    const body = 'QUEBEC CITY — Liberal MNA Marwah Haddad asked the minister why nothing had been done.\n\nHaddad was not satisfied. Speaking to reporters after question period, she called the answers "a wall of talking points."';
    assert.equal(speakerOf(body, 'wall of talking points'), 'Marwah Haddad');
  });
  it('"the secretary of state, is now …": "state" after "of" is no cue', () => {
    const a = article('Dana Roe, then deputy chief of staff to the secretary of state, is now senior adviser to the front-runner.');
    assert.equal(a.quotes.length, 0);
  });
  it('a verb after its subject still is one ("Critics question whether …"), and "said after question time that …" keeps its clause', () => {
    assert.equal(speakerOf('Critics question whether the plan will work.', 'plan will work'), 'Critics');
    assert.equal(speakerOf('Mayor Ann Lee said after question time that the plan would work.', 'plan would work'), 'Ann Lee');
  });
});

describe('scout41a: a place\'s possessive role in the lede is the holder named in the next paragraph', () => {
  const text =
    'Saskatoon police chief says he will not resign over jail death\n\n' +
    "SASKATOON — Saskatoon's police chief said Thursday he will not step down after a report found officers failed to check on a man in a holding cell.\n\n" +
    '"I\'m not going anywhere," Chief Cameron Baptiste said at a news conference.\n\n' +
    'Deputy Chief Randy Huisman said new cameras would be installed by spring.';
  it('"Saskatoon\'s police chief said" is Chief Cameron Baptiste', () => {
    assert.equal(quoteOf(text, 'will not step down')?.speaker?.name, 'Cameron Baptiste');
  });
  it('the headline\'s "Saskatoon police chief" is the chief, not passed over for the deputy chief', () => {
    assert.equal(quoteOf(text, 'will not resign')?.speaker?.name, 'Cameron Baptiste');
  });
  it('a place\'s role whose holder the next paragraph does not name by it stays no one\'s', () => {
    const other = "SASKATOON — Saskatoon's police chief said Thursday he will not step down.\n\nCity councillor Ann Iwasiuk said the board would meet Friday.";
    assert.notEqual(quoteOf(`Police chief stays\n\n${other}`, 'will not step down')?.speaker?.name, 'Ann Iwasiuk');
  });
});
