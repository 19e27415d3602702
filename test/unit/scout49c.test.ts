import { strict as assert } from 'node:assert';
import { AnalysingCorpus } from '../../src/corpus/analysingCorpus';
import { personKey } from '../../src/extractor/nameForms';
import { inArticle, speakerInArticle as speaker } from './helpers';

/** Session 49's attribution faults on unseen Quebec and bilingual news, fact-checks, explainers and live updates (scout49c): each kind with a near miss. */
describe('scout49c: a compound given name ("Marie-Ève", "Jean-François") is one given name, not a given name and a middle name', () => {
  it('"Marie-Hélène Tremblay" and "Marie-Ève Tremblay" are two people, in one article and across articles', () => {
    assert.notEqual(personKey('Marie-Hélène Tremblay'), personKey('Marie-Ève Tremblay'));
    assert.notEqual(personKey('Jean-François Roberge'), personKey('Jean-Marc Roberge'));
    const c = new AnalysingCorpus();
    c.set('a.txt', '"We already lost one season," Mayor Marie-Ève Tremblay said.');
    c.set('b.txt', '"The situation is difficult," said Marie-Hélène Tremblay, a spokesperson for Santé Québec.');
    const { result } = c.build();
    const names = result.actors.filter((a) => a.name.endsWith('Tremblay')).map((a) => a.name);
    assert.equal(names.length, 2);
    assert.ok(names.includes('Marie-Ève Tremblay') && names.includes('Marie-Hélène Tremblay'));
  });
  it('near miss: one compound name written with or without accents is one key, and a middle name or a hyphened given name later in the name is still left out', () => {
    assert.equal(personKey('Marie-Ève Tremblay'), personKey('Marie-Eve Tremblay'));
    assert.equal(personKey('Hillary Rodham Clinton'), personKey('Hillary Clinton'));
    assert.equal(personKey('Kim Jong-un'), personKey('Kim Jong Un'));
  });
});

describe('scout49c: a reader\'s question signed by given name and place ("“…?” — Linda, Pointe-Claire") is that reader\'s, not the last speaker\'s', () => {
  const column = (signature: string): string => `We put readers' questions to the SAAQ.\n\nSpokesperson Gino Desrosiers said cancellations were rare.\n\n"If your appointment disappears, call us," Desrosiers said.\n\n"My mother is 83. How is she supposed to renew her licence?" ${signature}\n\nThe SAAQ says anyone can renew in person.`;
  it('"— Linda, Pointe-Claire" and "— Marc, Sherbrooke": the readers Linda and Marc', () => {
    assert.equal(speaker(column('— Linda, Pointe-Claire'), 'My mother is 83'), 'Linda');
    assert.equal(speaker(column('— Marc, Sherbrooke'), 'My mother is 83'), 'Marc');
    assert.equal(speaker(column('— Aline'), 'My mother is 83'), 'Aline');
  });
  it('near miss: a full name after the dash is that person as before, and a dash before a word that is no given name signs nothing', () => {
    assert.equal(speaker(column('— Daniel Roy, Verdun'), 'My mother is 83'), 'Daniel Roy');
    assert.notEqual(speaker(column('— Verdun'), 'My mother is 83'), 'Verdun');
    assert.equal(speaker('"It is over," she said — Linda, her sister, was not so sure.', 'It is over'), null);
  });
});

describe('scout49c: Quebec\'s courtesy titles before a name ("Me Annie-Claude Chassé", "Mme Julie Roy") are titles, not part of the speaker\'s name', () => {
  it('a lawyer\'s "Me" before a given name, and "Mme", are left out of the name, and the surname later finds the person', () => {
    const court = 'Crown prosecutor Me Annie-Claude Chassé told the judge the case was serious.\n\n"These clients trusted him," Chassé said.';
    assert.equal(speaker(court, 'trusted him'), 'Annie-Claude Chassé');
    assert.deepEqual(inArticle(court).actors.find((a) => a.name === 'Annie-Claude Chassé')?.roles, ['Crown prosecutor']);
    assert.equal(speaker('"It will work," said Mme Julie Roy, a resident.', 'will work'), 'Julie Roy');
  });
  it('near miss: the English pronoun "Me" at a sentence\'s start stays out of names ("Me and Paul went")', () => {
    const a = inArticle('"Me and Paul went early," Tom Reid said. The Me Too movement grew.');
    assert.equal(speaker('"Me and Paul went early," Tom Reid said.', 'Paul went'), 'Tom Reid');
    assert.ok(!a.actors.some((x) => x.name === 'Paul' || x.name === 'Too'));
  });
});

describe('scout49c: a live update\'s or dateline\'s dash opens a clause, so a capitalised role right after it is whole ("10:12 a.m. — General manager Kent Hughes")', () => {
  const roles = (body: string, name: string): string[] | undefined => inArticle(body).actors.find((a) => a.name === name)?.roles;
  it('"— General manager Kent Hughes" holds the role "General manager", as at a sentence\'s start, and "the GM" finds him', () => {
    assert.deepEqual(roles('10:12 a.m. — General manager Kent Hughes has been on the phone all morning.', 'Kent Hughes'), ['General manager']);
    assert.deepEqual(roles('MONTREAL — Chief executive Jane Roe said the plan would work.', 'Jane Roe'), ['Chief executive']);
    assert.equal(speaker('10:12 a.m. — General manager Kent Hughes was busy.\n\n1:15 p.m. — Flames GM Craig Conroy said the deal was done.\n\n3:40 p.m. — Hughes met the media.\n\n"We are happy," the GM said.', 'We are happy'), 'Kent Hughes');
  });
  it('near miss: a place named after the dash stays out of the role, and a body before a role with no dash keeps its place in it', () => {
    assert.deepEqual(roles('Trade talks stalled — Calgary general manager Craig Conroy said so.', 'Craig Conroy'), ['general manager']);
    assert.deepEqual(roles('The deal was done, said Dow Chemical manager Jane Roe.', 'Jane Roe'), ['Dow Chemical manager']);
  });
});

describe('scout49c: "Asked about X, the GM was …. “…,” he said": the pronoun continues the described subject, never the one asked about', () => {
  const story = (opening: string): string => `General manager Kent Hughes met the media.\n\n"We want to make the playoffs," Hughes said.\n\nThe Canadiens acquired defenceman Rasmus Andersson on Monday.\n\n${opening} the GM was more enthusiastic. "He is a right shot," he said.`;
  it('"Asked about Andersson, the GM …" and "Pressed on the trade, the GM …": the general manager', () => {
    assert.equal(speaker(story('Asked about Andersson,'), 'right shot'), 'Kent Hughes');
    assert.equal(speaker(story('Pressed on the Andersson trade,'), 'right shot'), 'Kent Hughes');
  });
  it('near miss: a clause of time may name the subject itself ("When the moderator said Trump had not answered, the candidate said …")', () => {
    const text = 'Ben Carson spoke first.\n\nWhen the moderator pointed out that Donald Trump had not answered, the candidate said families sue.\n\n"They sue," he said.';
    assert.notEqual(speaker(text, 'They sue'), 'Ben Carson');
  });
});

describe('scout49c: a Quebec body\'s French name keeps its lower-case words ("Fédération des comités de parents du Québec"), not "du Québec" alone', () => {
  const bodies = (body: string): string[] => inArticle(body).actors.filter((a) => a.kind === 'organization').map((a) => a.name);
  it('the whole French name is one organisation, and it speaks', () => {
    const text = 'The Fédération des comités de parents du Québec issued a statement. "Parents have been asking for this," the statement said.';
    assert.deepEqual(bodies(text), ['Fédération des comités de parents du Québec']);
    assert.equal(speaker(text, 'Parents have been asking'), 'Fédération des comités de parents du Québec');
    assert.ok(bodies('Mélanie Hubert, president of the Fédération autonome de l\'enseignement, said the math did not add up.').includes('Fédération autonome de l\'enseignement'));
    assert.ok(bodies('The Office québécois de la langue française said it prefers to help.').includes('Office québécois de la langue française'));
    assert.ok(bodies('Geneviève Bélisle of the Association québécoise des centres de la petite enfance spoke.').includes('Association québécoise des centres de la petite enfance'));
  });
  it('near miss: an English body\'s name and a French name\'s following English verb stay as they were', () => {
    assert.deepEqual(bodies('The Union of Students said it was "shocked."'), ['Union of Students']);
    assert.deepEqual(bodies('The Union des consommateurs said tenants would be hit.'), ['Union des consommateurs']);
    assert.ok(bodies('He spent years monitoring Western Union traffic (every telegram) for the agency.').includes('Western Union'));
  });
});

describe('scout49c: a document placed on a platform ("A post circulating on Facebook and TikTok claims …") is the subject; the platform says nothing', () => {
  it('"A post circulating widely on Facebook and TikTok claims" and "A viral post on Facebook claims": no platform speaks', () => {
    assert.equal(speaker('A post circulating widely on Facebook and TikTok claims that students now pay "$40,000 a year" to attend McGill.', '$40,000'), null);
    assert.equal(speaker('A viral post on Facebook claims that students now pay "$40,000 a year."', '$40,000'), null);
  });
  it('near miss: a post\'s author named by "by" still speaks, and people placed somewhere are still who speak', () => {
    assert.equal(speaker('A post by Premier Doug Ford on Facebook claims that students now pay "$40,000 a year."', '$40,000'), 'Doug Ford');
    assert.notEqual(speaker('Officials on Parliament Hill said prices were "high."', 'high'), null);
  });
});
