/**
 * Kinds of wrong or lost attribution the lead fixed in session 64, each written in sentences of
 * its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { inArticle, speakerInArticle } from './helpers';
import { analyze } from '../../src/extractor/analyze';

describe('lead64: "the congressman" and "the lawmaker" are a legislator the article titled ("Rep.", "Sen.")', () => {
  it('gives the phrase to the member of Congress or the legislator named before', () => {
    const house = 'Rep. Dana Whitfield toured a grain elevator in Salina on Friday.\n\nThe congressman said the trade deal would help growers.';
    assert.equal(speakerInArticle(house, 'help growers'), 'Dana Whitfield');
    const her = 'Rep. Alma Reyes met nurses in El Paso.\n\nThe congresswoman said the clinic needed more staff.';
    assert.equal(speakerInArticle(her, 'needed more staff'), 'Alma Reyes');
    const senate = 'Sen. Tom Brandt spoke at a town hall in Ames.\n\nThe lawmaker said the tariffs were hurting farmers.';
    assert.equal(speakerInArticle(senate, 'hurting farmers'), 'Tom Brandt');
  });
  it('near miss: a sales or union representative holds no seat in Congress', () => {
    const rep = 'Sales representative Gail Morton showed the tractors at the fair.\n\nThe congressman said the fair drew record crowds.';
    assert.notEqual(speakerInArticle(rep, 'record crowds'), 'Gail Morton');
    const union = 'Union representative Pat Kowal met the workers on Monday.\n\nThe lawmaker said the plant should stay open.';
    assert.notEqual(speakerInArticle(union, 'should stay open'), 'Pat Kowal');
  });
});

describe('lead64: an office\'s fields joined by "and" before its title do not hide the names joined after ("Health and Wellness Minister A and Finance Minister B")', () => {
  it('gives the words to both ministers', () => {
    const article = 'Health and Wellness Minister Ruth Aucoin and Finance Minister Ian Cormier said the budget would grow.';
    assert.equal(speakerInArticle(article, 'budget would grow'), 'Ruth Aucoin and Ian Cormier');
  });
  it('near miss: one minister over a two-field portfolio speaks alone', () => {
    const article = 'Health and Wellness Minister Ruth Aucoin said the budget would grow.';
    assert.equal(speakerInArticle(article, 'budget would grow'), 'Ruth Aucoin');
  });
});

describe('lead64: a given name that is a country\'s, before a middle given name ("Chad Norman Smith"), or a common word after a middle name ("Kevin Norman Day"), is a person', () => {
  it('reads the three words as one person', () => {
    assert.equal(speakerInArticle('Tahltan president Chad Norman Pike said the mine had not consulted the nation.', 'had not consulted'), 'Chad Norman Pike');
    assert.equal(speakerInArticle('Kevin Norman Day said the snow was deep.', 'snow was deep'), 'Kevin Norman Day');
  });
  it('near miss: a holiday named after someone stays a day, and a country before a title stays the country', () => {
    assert.notEqual(speakerInArticle('The mayor said Louis Riel Day would be a paid holiday.\n\nLouis Riel Day organizers said the parade would go ahead.', 'parade would go ahead'), 'Louis Riel Day');
    assert.notEqual(speakerInArticle('Chad President Idriss Mahat said the border would reopen.', 'border would reopen'), 'Chad President Idriss Mahat');
  });
});

describe('lead64: a Plains nation\'s surname opening with a number ("Cheryl Two Bulls") is one name', () => {
  it('keeps the given name, and the surname alone after it is the same person', () => {
    const article = 'Cheryl Two Bulls said the community had waited long enough.\n\n“It is time,” Two Bulls said.';
    assert.equal(speakerInArticle(article, 'waited long enough'), 'Cheryl Two Bulls');
    assert.equal(speakerInArticle(article, 'It is time'), 'Cheryl Two Bulls');
  });
  it('near miss: a number before a plural noun after a title\'s word is no surname ("Season Two Episodes")', () => {
    assert.notEqual(speakerInArticle('Producer Lena Ward said Season Two Episodes would air in May.', 'would air in May'), 'Season Two Episodes');
  });
});

describe('lead64: a level of government before a body\'s name says whose it is, not what it is ("the state Department of Health")', () => {
  it('gives "the department" to the department named so', () => {
    const article = 'The state Department of Health issued a warning on Monday. The department said the water was unsafe.';
    assert.equal(speakerInArticle(article, 'water was unsafe'), 'Department of Health');
  });
  it('near miss: a trade noun before a name still tells its trade ("the utility Lumenco")', () => {
    const article = 'The utility Lumenco cut power to 4,000 homes. The utility said crews were on site.';
    assert.equal(speakerInArticle(article, 'crews were on site'), 'Lumenco');
  });
});

describe('lead64: a body named for its topic after "on" has its head before it ("Area Agency on Aging")', () => {
  it('gives "the agency" to the agency', () => {
    const article = 'The Area Agency on Aging runs the meal program. The agency said demand had grown.';
    assert.equal(speakerInArticle(article, 'demand had grown'), 'Area Agency on Aging');
  });
  it('near miss: a town named with "on" is no agency ("Stratford-on-Avon")', () => {
    const article = 'Stratford-on-Avon opened a new library. The agency said the loans would rise.';
    assert.notEqual(speakerInArticle(article, 'loans would rise'), 'Stratford-on-Avon');
  });
});

describe('lead64: a service body of two places keeps both, known or not ("Food Bank of Waterloo and Wellington")', () => {
  it('reads the whole name, not the capital of another country', () => {
    assert.equal(speakerInArticle('The Food Bank of Waterloo and Wellington said demand had doubled.', 'demand had doubled'), 'Food Bank of Waterloo and Wellington');
    assert.equal(speakerInArticle('The Children\'s Aid Society of Waterloo and Ottawa said demand rose.', 'demand rose'), 'Children\'s Aid Society of Waterloo and Ottawa');
  });
  it('near miss: a given name after "and" is a person joined to the body', () => {
    assert.notEqual(speakerInArticle('The Food Bank of Waterloo and Julie Tran said demand had doubled.', 'demand had doubled'), 'Food Bank of Waterloo and Julie Tran');
  });
});

describe('lead64: a French bank, cooperative or public health office keeps its lower-case words ("Banque de développement du Canada")', () => {
  it('reads the whole French name as the body', () => {
    assert.equal(speakerInArticle('Kevin Roy of the Banque de développement du Canada said loans were up.\n\nThe Banque de développement du Canada said rates would hold.', 'rates would hold'), 'Banque de développement du Canada');
    assert.equal(speakerInArticle('The Direction de la santé publique de Montréal said cases fell.', 'cases fell'), 'Direction de la santé publique de Montréal');
  });
  it('near miss: an English body ending in the same word is read as before ("Better Business Bureau")', () => {
    assert.equal(speakerInArticle('The Better Business Bureau said complaints rose.', 'complaints rose'), 'Better Business Bureau');
  });
});

describe('lead64: "the campaign" is a candidate\'s campaign, never the last body seen publishing', () => {
  it('gives no speaker rather than the commission that published a finding before', () => {
    const article = 'The Commission on Presidential Debates says on its website that the audio failed.\n\nThe ad attacks Ann Lee on trade.\n\nThe campaign says the ad will air nationally.';
    assert.notEqual(speakerInArticle(article, 'will air nationally'), 'Commission on Presidential Debates');
  });
  it('near miss: a candidate\'s campaign that spoke before is the one "the campaign" means', () => {
    const article = 'The campaign of Ann Lee said on Monday it had raised $2 million.\n\nThe campaign said the ad would air statewide.';
    assert.equal(speakerInArticle(article, 'air statewide'), 'campaign of Ann Lee');
  });
});

describe('lead64: an office before the comma with its post-modifier ("A city councillor for the district, NAME,") is the person\'s role', () => {
  it('gives "the councillor" to the person so described', () => {
    const article = 'A city councillor for the district, Julie Bergeron, said the clinic had been offered a tax break. "We tried," the councillor said.';
    assert.equal(speakerInArticle(article, 'We tried'), 'Julie Bergeron');
  });
  it('near miss: after "the", the appositive names the post-modifier\'s object ("The mayor of the capital, Santa Cruz,"), and a person noun that says no occupation gives no office', () => {
    const capital = 'The mayor of the province capital, Santa Cruz de la Sierra, said the floods had receded. "We are safe," the mayor said.';
    assert.notEqual(speakerInArticle(capital, 'We are safe'), 'Santa Cruz de la Sierra');
    const article = 'A man from the district, Tom Reilly, said the road had flooded. "It was deep," the councillor said.';
    assert.notEqual(speakerInArticle(article, 'It was deep'), 'Tom Reilly');
  });
});

describe('lead64: a union named by its trades and members before a lower-case "union" is one body ("the United Food and Commercial Workers union")', () => {
  it('reads the whole list as the union\'s name', () => {
    assert.equal(speakerInArticle('The United Food and Commercial Workers union said the vote mattered.', 'vote mattered'), 'United Food and Commercial Workers');
    const listed = 'The workers joined the Bakery, Confectionery, Tobacco Workers and Grain Millers union.\n\nThe union said dues would be low.';
    assert.equal(speakerInArticle(listed, 'dues would be low'), 'Bakery, Confectionery, Tobacco Workers and Grain Millers');
  });
  it('near miss: workers opening a sentence after it are a group, not the union', () => {
    const article = 'The staff joined the Bakery, Confectionery, Tobacco Workers and Grain Millers union.\n\nWorkers said the vote mattered beyond the bakery.';
    assert.equal(speakerInArticle(article, 'mattered beyond'), 'Workers');
  });
});

describe('lead64: a document whose owner the phrase describes is not the last publisher\'s ("According to the engineering firm\'s report")', () => {
  it('gives no speaker rather than the body that spoke before', () => {
    const article = 'The Moose Jaw Minor Hockey Association said it would repay part of the travel costs.\n\nAccording to the engineering firm\'s report, the corrosion was caused by condensation.';
    assert.notEqual(speakerInArticle(article, 'caused by condensation'), 'Moose Jaw Minor Hockey Association');
  });
  it('near miss: a report with no owner after a body released one is that body\'s', () => {
    const article = 'The Moose Jaw Minor Hockey Association released a report on Monday.\n\nThe report said the corrosion was caused by condensation.';
    assert.equal(speakerInArticle(article, 'caused by condensation'), 'Moose Jaw Minor Hockey Association');
  });
});

describe('lead64: names of gardens and of bodies named for their members are no people ("Spring Garden", "president of United Academics")', () => {
  it('types a garden as a place and a members\' body after its office as an organisation', () => {
    const garden = analyze('"Every shop on Spring Garden is watching," said one baker.');
    assert.equal(garden.actors.find((a) => a.name === 'Spring Garden')?.kind, 'place');
    const union = analyze('"Classes grow," said Élise Girard, president of United Academics.');
    assert.equal(union.actors.find((a) => a.name === 'United Academics')?.kind, 'organization');
  });
  it('near miss: a person after an office\'s "of" stays a person ("chair of Ann Lee\'s campaign" is hers)', () => {
    const doc = analyze('"We will win," said Tom Wu, chair of Ann Lee\'s campaign.');
    assert.equal(doc.actors.find((a) => a.name === 'Ann Lee')?.kind, 'person');
  });
});

describe('lead64: insurers in the plural are a group, and a name ending in "First" is a cause\'s body ("Nurture First")', () => {
  it('reads "Insurers" as a group and "Nurture First" whole as an organisation', () => {
    const insurers = analyze('Insurers said premiums would rise.');
    assert.equal(insurers.actors.find((a) => a.name === 'Insurers')?.kind, 'group');
    assert.equal(speakerInArticle('Nurture First said the daycare would open in May.', 'open in May'), 'Nurture First');
    assert.equal(analyze('Nurture First said the daycare would open in May.').actors.find((a) => a.name === 'Nurture First')?.kind, 'organization');
  });
  it('near miss: "first" in lower case after a name, or a monarch\'s ordinal, is no body\'s name', () => {
    assert.equal(speakerInArticle('Ann Lee said she would come first.', 'would come first'), 'Ann Lee');
    assert.ok(!analyze('Queen Elizabeth the First ruled England.').actors.some((a) => a.kind === 'organization'));
  });
});

describe('lead64: a role noun before "for the" and a body\'s name across the comma is the person\'s role ("A spokesperson for the Ministry of Health, NAME,")', () => {
  it('gives "the spokesperson" to her', () => {
    const article = 'A spokesperson for the Ministry of Health, Hannah Gagné, said the clinic would stay open. "We are hiring," the spokesperson said.';
    assert.equal(speakerInArticle(article, 'We are hiring'), 'Hannah Gagné');
  });
  it('near miss: a verb before "for the" opens no role ("Lawyers working for the Ministry of Health, NAME," is no spokesperson)', () => {
    const article = 'Tom Reilly, who works for the Ministry of Health, Hannah Gagné, said the clinic would stay open. "We are hiring," the spokesperson said.';
    assert.notEqual(speakerInArticle(article, 'We are hiring'), 'Hannah Gagné');
  });
});

describe('lead64: a body the lede describes with "a" and quotes unnamed, then names as "the HEAD, Name,", is that body', () => {
  it('gives the lede\'s words to the body named after', () => {
    const article = 'A consumer advocacy group said the recall came too late.\n\nThe group, Consumers First Alliance, said it had warned regulators in May.';
    assert.equal(speakerInArticle(article, 'recall came too late'), 'Consumers First Alliance');
  });
  it('near miss: another body quoted between leaves the description unnamed, and another noun names another body', () => {
    const between = 'A consumer advocacy group said the recall came too late.\n\nHealth Canada said it acted quickly.\n\nThe group, Consumers First Alliance, said it had warned regulators.';
    assert.notEqual(speakerInArticle(between, 'recall came too late'), 'Consumers First Alliance');
    const other = 'A consumer advocacy group said the recall came too late.\n\nThe company, Northwind Foods, said it had warned regulators.';
    assert.notEqual(speakerInArticle(other, 'recall came too late'), 'Northwind Foods');
  });
});

describe('lead64: "the federal government" is the government of the dateline\'s federation, not the body named last', () => {
  it('gives it to Canada under an Ottawa dateline and to the United States under a Washington one', () => {
    const ottawa = 'Sanctions widen\nOTTAWA — Global Affairs Canada announced new sanctions on Monday. The U.S. State Department welcomed the move.\n\nThe federal government said the sanctions would take effect Friday.';
    assert.equal(speakerInArticle(ottawa, 'take effect Friday'), 'Canada');
    const washington = 'Sanctions widen\nWASHINGTON — The State Department announced new sanctions. Canada welcomed the move.\n\nThe federal government said the sanctions would take effect Friday.';
    assert.equal(speakerInArticle(washington, 'take effect Friday'), 'United States');
  });
  it('near miss: under the dateline of a country no federation, the phrase is not that country', () => {
    const london = 'Sanctions widen\nLONDON — The Foreign Office announced new sanctions on Monday.\n\nThe federal government said the sanctions would take effect Friday.';
    assert.notEqual(speakerInArticle(london, 'take effect Friday'), 'United Kingdom');
  });
});

describe('lead64: a second speaker\'s "and NAME said" after the clause the first reported is a quote of its own ("Ann Lee said X and Tom Hale said Y")', () => {
  it('splits the two reports, each with its speaker', () => {
    const article = 'Ann Lee said the mill is vital to the town and Tom Hale said it threatens salmon.';
    assert.equal(speakerInArticle(article, 'vital to the town'), 'Ann Lee');
    assert.equal(speakerInArticle(article, 'threatens salmon'), 'Tom Hale');
    assert.ok(!inArticle(article).quotes.some((q) => q.text.includes('vital') && q.text.includes('salmon')));
    const groups = 'Residents say the road is unsafe and officials say it will be fixed.';
    assert.equal(speakerInArticle(groups, 'will be fixed'), 'officials');
  });
  it('near miss: no clause before the "and", a second "that" clause, a modal\'s verb or a noun go on with the first report', () => {
    assert.ok(inArticle('He said the mayor and the council said yes.').quotes.some((q) => q.text.includes('the mayor and the council said yes')));
    assert.ok(inArticle('Ann Lee said the plan was late and that the mayor said nothing.').quotes.some((q) => q.text.includes('late and that the mayor')));
    assert.ok(inArticle('The report said the talks were hard, adding that allies and partners may pledge more aid.').quotes.some((q) => q.text.includes('partners may pledge')));
    assert.ok(inArticle('Lazar said he guessed their passwords or the answers to their questions.').quotes.some((q) => q.text.includes('or the answers')));
  });
});

describe('lead64: "recalled it" or "recalled them" alone is a maker\'s recall, no words remembered', () => {
  it('gives no quote for ", which recalled it on Nov. 9"', () => {
    assert.ok(!inArticle('The pills were made by Penn Valley Pharma, which recalled it on Nov. 9.').quotes.some((q) => q.text.includes('Nov. 9')));
  });
  it('near miss: "recalled that …" and "recalled it as …" in a sentence with a quotation stay speech', () => {
    assert.equal(speakerInArticle('Ann Lee recalled that the pills were bitter.', 'pills were bitter'), 'Ann Lee');
  });
});

describe('lead64: a subject with an age after "now" ("One former youth in care, now 19, said") or a body\'s relative clause on an auxiliary ("A nonprofit that has fed …") keeps its quote', () => {
  it('finds the quote and its speaker', () => {
    assert.equal(speakerInArticle('One former youth in care, now 19, said the system had failed her.', 'system had failed her'), 'One former youth in care');
    assert.equal(speakerInArticle('Dorothy Winters, now 81, said the house was cold.', 'house was cold'), 'Dorothy Winters');
    assert.ok(inArticle('A nonprofit that has fed seniors for 30 years says it will close.').quotes.some((q) => q.text === 'it will close'));
  });
  it('near miss: "now" before no age, and "that is why" after a body, stay as they were', () => {
    assert.ok(!inArticle('The union, now larger, said it would strike.').quotes.some((q) => /larger/.test(q.text)));
    assert.ok(!inArticle('The company said that is why it would sell.').quotes.some((q) => q.text.startsWith('is why')));
  });
});

describe('lead64: a body that calls itself a name between commas ("The protest group, calling itself NAME, said") is that body', () => {
  it('gives the words and "the group" after them to the body so named', () => {
    const article = 'RCMP officers arrested two people at the camp.\n\nThe protest group, calling itself Water Keepers of the Bulkley, said more people would arrive. "Bring warm clothes," the group wrote.';
    assert.equal(speakerInArticle(article, 'more people would arrive'), 'Water Keepers of the Bulkley');
    assert.equal(speakerInArticle(article, 'Bring warm clothes'), 'Water Keepers of the Bulkley');
  });
  it('near miss: a participle that names no body ("The group, calling for calm, said") leaves the group as it was', () => {
    const article = 'The Bulkley Valley Tenants Association met on Monday.\n\nThe group, calling for calm, said more people would arrive.';
    assert.equal(speakerInArticle(article, 'more people would arrive'), 'Bulkley Valley Tenants Association');
  });
});

describe('lead64: a body a sentence brings in with "a" and identifying words ("A regional telephone company that serves the area …") is the one "the company" then means', () => {
  it('gives the words to no named body further back', () => {
    const article = 'The Kickapoo Valley Broadband Cooperative raised $4.1 million from members.\n\nA regional telephone company that serves the area had opposed the grant. The company said in a filing that the plan overlapped its network.';
    assert.notEqual(speakerInArticle(article, 'plan overlapped'), 'Kickapoo Valley Broadband Cooperative');
  });
  it('near miss: "a company spokesman" is a person, and the company named before still speaks', () => {
    const article = 'Northwind Telecom cut service to 4,000 homes.\n\nA company spokesman declined to comment. The company said crews were on site.';
    assert.equal(speakerInArticle(article, 'crews were on site'), 'Northwind Telecom');
  });
});

describe('lead64: a farm by its name is a body, and a mountain named "Mont …" a place (fresh64b: both were people)', () => {
  it('types "Lamoille Meadows Farm" an organisation "the farm" finds, and "Mont Gagné" a place', () => {
    assert.equal(speakerInArticle('Lamoille Meadows Farm was fined $12,000. The farm said it would appeal.', 'would appeal'), 'Lamoille Meadows Farm');
    assert.equal(analyze('The owners of Mont Gagné said the ski hill would open.').actors.find((a) => a.name === 'Mont Gagné')?.kind, 'place');
  });
  it('near miss: a given name before "Montgomery" or a farm worker\'s name stay people', () => {
    assert.equal(speakerInArticle('Montgomery Lee said the hill would open.', 'hill would open'), 'Montgomery Lee');
    assert.equal(speakerInArticle('Farm worker Ana Ruiz said the barn was cold.', 'barn was cold'), 'Ana Ruiz');
  });
});

describe('lead64: a participle joined by "and" to a passive ("was arrested and charged") is no cue', () => {
  it('keeps the police\'s words whole and gives the Crown its own', () => {
    const article = 'Police said the man was arrested and charged and the Crown said he would appear Monday.';
    assert.equal(speakerInArticle(article, 'arrested and charged'), 'Police');
    assert.equal(speakerInArticle(article, 'would appear Monday'), 'Crown');
    assert.ok(!inArticle('She was fined and ordered to pay $500.').quotes.length);
  });
  it('near miss: an active promise after a passive ("was elected and promised that …") stays speech', () => {
    assert.ok(inArticle('Ann Lee was elected and promised that taxes would fall.').quotes.some((q) => q.text === 'taxes would fall'));
  });
});

describe('lead64: a body\'s name that lists its trades with commas, before a relative clause ("The Fish, Food and Allied Workers union, which …, said")', () => {
  it('keeps the quote, with the union as its speaker', () => {
    const article = 'The Fish, Food and Allied Workers union, which represents 400 plant workers, said it would demand severance.';
    assert.equal(speakerInArticle(article, 'demand severance'), 'Fish, Food and Allied Workers');
  });
  it('near miss: names listed with commas that no members\' word ends are separate ("Ann Lee, Tom Hale and Bo Lind, who …, said")', () => {
    const article = 'Ann Lee, Tom Hale and Bo Lind, who live on the street, said the road was unsafe.';
    assert.notEqual(speakerInArticle(article, 'road was unsafe'), 'Ann Lee, Tom Hale and Bo Lind');
  });
});
