/**
 * Session 66's fresh user: "Ctrl+K Alt+Q and type `sorensen`: 'No speaker matches'". Names are
 * matched through one fold (src/corpus/nameFold.ts), which spells the Latin letters Unicode gives no
 * decomposition ("ø", "ł", "æ", "œ", "ß", "đ", "ð", "þ", "ı") with their base letters, as it drops
 * accents.
 */
import { strict as assert } from 'node:assert';
import { foldName, plainName } from '../../src/corpus/nameFold';

describe('foldName: the fold of names and of what is typed to find them', () => {
  it('folds the letters Unicode does not decompose, in both cases', () => {
    assert.equal(foldName('Mette Sørensen'), 'mette sorensen');
    assert.equal(foldName('SØRENSEN'), 'sorensen');
    assert.equal(foldName('Łukasz Wałęsa'), 'lukasz walesa');
    assert.equal(foldName('Æsa Jónsdóttir'), 'aesa jonsdottir');
    assert.equal(foldName('Jonas Straße'), 'jonas strasse');
    assert.equal(foldName('STRAẞE'), 'strasse');
    assert.equal(foldName('Œuvre Cœur'), 'oeuvre coeur');
    assert.equal(foldName('Đorđe Đoković'), 'dorde dokovic');
    assert.equal(foldName('Guðrún Þórsdóttir'), 'gudrun thorsdottir');
    assert.equal(foldName('Ilıcalı'), 'ilicali');
    assert.equal(foldName('İmamoğlu'), 'imamoglu');
  });

  it('folds accents and case as before, and leaves ASCII as lower case', () => {
    assert.equal(foldName('Jean-François Côté'), 'jean-francois cote');
    assert.equal(foldName('Nguyễn'), 'nguyen');
    assert.equal(foldName('Donald Trump'), 'donald trump');
    assert.equal(foldName(''), '');
  });

  it('a typed query and the name it means fold alike', () => {
    for (const [typed, name] of [
      ['sorensen', 'Sørensen'],
      ['lukasz', 'Łukasz'],
      ['aesa', 'Æsa'],
      ['strasse', 'Straße'],
      ['Sørensen', 'SØRENSEN'],
    ]) {
      assert.equal(foldName(typed), foldName(name), typed);
    }
  });
});

describe('plainName: a name in plain Latin letters, capitals kept (Ctrl+T shows it beside the name)', () => {
  it('spells the letters out', () => {
    assert.equal(plainName('Mette Sørensen'), 'Mette Sorensen');
    assert.equal(plainName('Łukasz Nowak'), 'Lukasz Nowak');
    assert.equal(plainName('Æsa Jónsdóttir'), 'Aesa Jonsdottir');
    assert.equal(plainName('Jonas Straße'), 'Jonas Strasse');
    assert.equal(plainName('ØRSTED'), 'ORSTED');
    assert.equal(plainName('Ann Lee'), 'Ann Lee');
  });
});
