/**
 * Bodies a bare phrase means by what the article said before it: a candidate's campaign that spoke
 * ("The campaign said"), a group in the plural named in full ("the fishermen" after "Bristol Bay
 * sockeye fishermen"), the government of the dateline's federation ("the federal government").
 */
import type { LocalActor, LocalMention } from '../actors';
import type { Token } from '../text';
import { articleCountry } from './descriptions';
import type { ArticleState, Np } from './state';

/** Mentions looked back over (a text of thousands of mentions stays linear). */
const MENTION_REACH = 200;

/** How many paragraphs back a candidate's possessive campaign ("Donald Trump's campaign is …") is what "the campaign" means. */
const CAMPAIGN_PARAGRAPHS = 1;

/** Countries whose central government news calls "the federal government". */
const FEDERATIONS = new Set(['Canada', 'United States', 'Australia', 'Germany', 'India', 'Brazil', 'Mexico', 'Nigeria', 'Switzerland', 'Austria', 'Malaysia', 'Argentina', 'Russia', 'Ethiopia', 'Pakistan', 'Belgium', 'Somalia', 'Iraq', 'Nepal']);

/** The country of the article's dateline when it is a federation ("OTTAWA —": Canada), else null. */
export function datelineFederation(st: ArticleState): string | null {
  const country = articleCountry(st);
  return country && FEDERATIONS.has(country) ? country : null;
}

/**
 * Among the latest MENTION_REACH mentions before `np` (tokens `t` of paragraph `pi`), the nearest
 * whose answer `fit` gives is not undefined: that answer, with `np` added as the actor's mention when
 * it is one; null when none answers.
 */
function lastMentionWhere(st: ArticleState, pi: number, np: Np, t: Token[], fit: (m: LocalMention) => LocalActor | null | undefined): LocalActor | null {
  // (in the text's order, nearest first: the names stage's mentions come before attribution's in the list)
  const before = st.mentions.slice(Math.max(0, st.mentions.length - MENTION_REACH)).filter((m) => m.para < pi || (m.para === pi && m.from < np.from));
  before.sort((a, b) => b.para - a.para || b.from - a.from);
  for (const m of before) {
    const found = fit(m);
    if (found === undefined) continue;
    if (found) st.addMention(found, pi, np.from, np.to, t[np.from].start, t[np.to - 1].end);
    return found;
  }
  return null;
}

/**
 * The person's campaign ("campaign of Donald Trump") mentioned last before `np`, or named by the
 * person's possessive before "campaign" ("Donald Trump's campaign is defending the ad"), given
 * `np` as its mention; null when none is.
 */
export function lastPersonsCampaign(st: ArticleState, pi: number, np: Np, t: Token[]): LocalActor | null {
  return lastMentionWhere(st, pi, np, t, (m) => {
    if (m.actor.kind === 'organization' && m.actor.name.startsWith('campaign of ')) return m.actor;
    const tokens = st.paragraphs[m.para].tokens;
    // (near: a campaign named in passing far back is not what a later "the campaign" picks up)
    return m.actor.kind === 'person' && pi - m.para <= CAMPAIGN_PARAGRAPHS && tokens[m.to - 1].possessive && tokens[m.to]?.lower === 'campaign' ? st.table.get('organization', `campaign of ${m.actor.name}`) : undefined;
  });
}

/** The group of people in the plural `head` (its name's last word) mentioned last before `np`, given `np` as its mention; null when none is. */
export function groupEndingIn(st: ArticleState, pi: number, np: Np, t: Token[], head: string): LocalActor | null {
  return lastMentionWhere(st, pi, np, t, (m) => {
    if (m.actor.kind !== 'group' || m.actor.joint) return undefined;
    const name = m.actor.name.toLowerCase();
    // (other people of that noun named since, "Residents of Dartmouth", "residents": theirs, or no one's sure)
    if (name === head || name.startsWith(`${head} `)) return null;
    return name.endsWith(` ${head}`) ? m.actor : undefined;
  });
}
