import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { quotesOf } from './helpers';

/** The person actors of `text`: name and roles. */
const people = (text: string) => analyze(text).actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.roles.join('; ')]);

describe('ranks, councillors, student years and -ian occupations are roles, never names', () => {
  it('an abbreviated rank keeps its full stop and is the role of the name after it', () => {
    const q = quotesOf('The bridge stayed shut overnight, according to Cpl. Marisol Tendai of the county police.\n\nDet. Hugo Brannigan said two men were held.');
    assert.deepEqual(q.map((x) => x.who), ['Marisol Tendai', 'Hugo Brannigan']);
    assert.deepEqual(people('Insp. Ruth Okonjo said the road was clear. Cmdr. Ilan Voss said the ship had docked.'), [['Ruth Okonjo', 'Insp.'], ['Ilan Voss', 'Cmdr.']]);
  });

  it('"Cr" (an Australian councillor) before a full name and before a surname is one person', () => {
    const q = quotesOf('Cr Helena Marchbank said the rezoning would pass. "Townhouses belong near the station," Cr Marchbank said.');
    assert.deepEqual(q.map((x) => x.who), ['Helena Marchbank', 'Helena Marchbank']);
    assert.deepEqual(people('Cr Helena Marchbank said the rezoning would pass.'), [['Helena Marchbank', 'Cr']]);
  });

  it('a student year is a role before a given name, and the pronoun after it finds her', () => {
    const q = quotesOf('Sophomore Lucia Ferreira, 15, said the buses came late. "We miss first period," she told the trustees.');
    assert.deepEqual(q.map((x) => x.who), ['Lucia Ferreira', 'Lucia Ferreira']);
    assert.deepEqual(people('Junior Amara Okafor said the vote was unfair.'), [['Amara Okafor', 'Junior']]);
  });

  it('"Junior" before a word that is no given name stays part of the name', () => {
    assert.deepEqual(people('Junior Bridgewater said the team would travel on Friday.').map(([n]) => n), ['Junior Bridgewater']);
  });

  it('an occupation ending in -ian is a role; a demonym is neither role nor name', () => {
    assert.deepEqual(people('Technician Omar Castellanos said the pump had failed.'), [['Omar Castellanos', 'Technician']]);
    assert.deepEqual(people('Archivist Nell Sorensen said the letters were found in 1988.'), [['Nell Sorensen', 'Archivist']]);
    assert.deepEqual(people('Kenyan Wanjiru Mbeki said the race was fair.').map(([n]) => n), ['Wanjiru Mbeki']);
  });
});
