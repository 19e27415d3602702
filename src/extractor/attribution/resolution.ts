/**
 * Stage 5 of attribution: a source phrase to an actor. A name in the phrase; a pronoun (a person
 * earlier in the sentence, else the most salient person or collective speaker); a relative
 * pronoun's antecedent; a known alias; a government noun to its country; a document to its
 * publisher; a named group; "a senior official" as an anonymous actor; a role phrase ("the NATO
 * chief") to the person whose roles and organisations fit.
 */
import { acronymOf, normaliseName, type LocalActor, type LocalMention } from '../actors';
import { DOCUMENT_NOUNS } from '../cues';
import { countryByDemonym, countryBySurface, GROUP_NOUNS, ROLE_NOUNS } from '../gazetteer';
import { isNameWord } from '../names';
import { baseLower, type Paragraph, type Sentence, type Token } from '../text';
import type { ArticleState, Np } from './state';
import { EVENT_NOUNS, GOVERNMENT_NOUNS, PERSON_PRONOUNS } from './words';

const PLURAL_PRONOUNS = new Set(['they']);
const NARRATOR_PRONOUNS = new Set(['i', 'we', 'you']);
const LEADER_WORDS = ['chief', 'head', 'boss', 'leader', 'chairman', 'chair', 'director', 'president', 'secretary-general', 'secretary general', 'premier', 'ceo', 'chief executive', 'commander'];
const ROLE_SYNONYMS: Record<string, string[]> = {
  chief: LEADER_WORDS,
  head: LEADER_WORDS,
  boss: LEADER_WORDS,
  leader: LEADER_WORDS,
  diplomat: ['secretary of state', 'foreign minister', 'foreign secretary', 'diplomat', 'ambassador', 'envoy'],
  official: ['official', 'spokes', 'adviser', 'advisor', 'secretary', 'minister', 'director'],
};

/**
 * The actor that source phrase `np` (tokens of sentence `s`, paragraph `pi`) names, or null.
 * May add a mention or an actor (a group, an anonymous source) to the state.
 */
export function resolveNp(st: ArticleState, pi: number, p: Paragraph, s: Sentence, np: Np): LocalActor | null {
  const t = p.tokens;
  const head = t[np.to - 1];
  const words = t.slice(np.from, np.to);
  // "she’s said": the pronoun without its auxiliary
  const lowerHead = baseLower(head);
  if (np.to - np.from === 1 && head.type === 'word') {
    if (PERSON_PRONOUNS.has(lowerHead)) return personBefore(st, pi, s, np.from) ?? salientPerson(st);
    if (PLURAL_PRONOUNS.has(lowerHead) || lowerHead === 'it') return st.lastCollectiveSpeaker;
    if (NARRATOR_PRONOUNS.has(lowerHead)) return null;
    if (lowerHead === 'who' || lowerHead === 'which' || lowerHead === 'that') return antecedent(st, pi, t, np.from, s.from);
  }
  // a person named in the phrase wins: "White House national security adviser Jake Sullivan"
  let person: LocalMention | null = null;
  let other: LocalMention | null = null;
  for (let i = np.from; i < np.to; i++) {
    const m = st.mentionAt[pi][i];
    if (!m) continue;
    if (m.actor.kind === 'person') person = m;
    else if (!other || m.to === np.to) other = m;
  }
  if (person) return person.actor;
  // a lone capitalised word never seen with a full name: a person known by one name
  if (np.to - np.from === 1 && isNameWord(head) && !other) {
    const actor = st.table.get('person', head.base);
    st.addMention(actor, pi, np.from, np.to, head.start, head.possessive ? head.end - 2 : head.end);
    return actor;
  }
  const phrase = st.text.slice(t[np.from].start, head.end);
  const bare = phrase.replace(/^(?:the|a|an|his|her|their|its|our)\s+/i, '');
  const known = st.table.aliasIndex.get(normaliseName(bare));
  if (known && !DOCUMENT_NOUNS.has(lowerHead)) {
    st.addMention(known, pi, np.from, np.to, t[np.from].start, head.end);
    return known;
  }
  if (other && other.to === np.to) return asAgent(st, other.actor);
  if (GOVERNMENT_NOUNS.has(lowerHead)) {
    const country = countryIn(words) ?? (other?.actor.kind === 'country' ? other.actor.name : null);
    if (country) {
      const actor = st.table.get('country', country);
      st.addMention(actor, pi, np.from, np.to, t[np.from].start, head.end);
      return actor;
    }
  }
  if (DOCUMENT_NOUNS.has(lowerHead)) {
    if (other) return other.actor;
    return st.lastPublisher;
  }
  if (EVENT_NOUNS.has(lowerHead) || words.some((w) => EVENT_NOUNS.has(w.lower))) {
    if (other) return asAgent(st, other.actor);
  }
  if (GROUP_NOUNS.has(lowerHead) && words.some((w) => isNameWord(w) || w.lower === 'administration')) {
    const actor = st.table.get('group', bare);
    actor.anonymous = true;
    st.addMention(actor, pi, np.from, np.to, t[np.from].start, head.end);
    return actor;
  }
  if (ROLE_NOUNS.has(lowerHead) || lowerHead === 'secretary-general') {
    const indefinite = /^(?:a|an)$/i.test(words[0].text);
    if (indefinite && /official|diplomat|source|officer|aide|spokes/.test(lowerHead)) {
      const actor = st.table.get('person', bare);
      actor.anonymous = true;
      actor.nameTokens = [];
      st.table.addAlias(actor, phrase);
      st.addMention(actor, pi, np.from, np.to, t[np.from].start, head.end);
      return actor;
    }
    if (!indefinite) return resolveRole(st, pi, np, t, bare, lowerHead, other);
  }
  if (other) return asAgent(st, other.actor);
  return null;
}

/** The person a "he" or "she" most likely means: the newer of the last speaker and the last person in subject position. */
function salientPerson(st: ArticleState): LocalActor | null {
  const speaker = st.lastPersonSpeaker;
  const subject = st.lastPersonMentioned;
  if (!speaker || !subject) return speaker?.actor ?? subject?.actor ?? null;
  return subject.sentence > speaker.sentence ? subject.actor : speaker.actor;
}

/** "Stoltenberg arrived …, where he called for …": a person earlier in the same sentence. */
function personBefore(st: ArticleState, pi: number, s: Sentence, before: number): LocalActor | null {
  for (let i = before - 1; i >= s.from; i--) {
    const m = st.mentionAt[pi][i];
    if (m && m.actor.kind === 'person' && !m.actor.anonymous) return m.actor;
  }
  return null;
}

/** "…, who said": the actor mentioned just before the relative pronoun. */
function antecedent(st: ArticleState, pi: number, t: Token[], who: number, from: number): LocalActor | null {
  let k = who - 1;
  if (t[k]?.text === ',') k--;
  for (let j = k; j >= from && j > k - 4; j--) {
    const m = st.mentionAt[pi][j];
    if (m) return asAgent(st, m.actor);
  }
  return null;
}

/** The country a word names or whose demonym it is: "Chinese" -> China. */
function countryIn(words: Token[]): string | null {
  for (const w of words) {
    const c = countryByDemonym.get(w.lower) ?? countryBySurface.get(w.base.toLowerCase());
    if (c) return c.name;
  }
  return null;
}

/** "the NATO chief", "America’s top diplomat", "the official": the person whose roles fit. */
function resolveRole(st: ArticleState, pi: number, np: Np, t: Token[], bare: string, roleNoun: string, org: LocalMention | null): LocalActor | null {
  const orgKeys = new Set<string>();
  if (org) {
    orgKeys.add(normaliseName(org.actor.name));
    for (const a of org.actor.aliases) orgKeys.add(normaliseName(a));
    const acr = acronymOf(org.actor.name);
    if (acr) orgKeys.add(acr);
  }
  const country = countryIn(t.slice(np.from, np.to));
  const synonyms = ROLE_SYNONYMS[roleNoun] ?? [roleNoun];
  const fits = (a: LocalActor): boolean => {
    if (a.kind !== 'person') return false;
    const roles = a.roles.map((r) => r.toLowerCase());
    const roleOk = roles.some((r) => synonyms.some((syn) => r.includes(syn))) || (a.anonymous && synonyms.some((syn) => a.name.toLowerCase().includes(syn)));
    if (!roleOk) return false;
    // "the Commission chief" fits a role at the "EU Commission"
    const orgFits = (k: string): boolean => a.orgHints.some((h) => h === k || h.endsWith(` ${k}`) || k.endsWith(` ${h}`));
    if (orgKeys.size && ![...orgKeys].some(orgFits)) return false;
    if (country && a.orgHints.length && !roles.some((r) => r.includes(country.toLowerCase()) || r.includes('u.s.') || r.includes('state'))) return country === 'United States' ? roles.some((r) => /secretary of state|u\.s\.|american/.test(r)) : false;
    return true;
  };
  // most recently mentioned first
  const seen = new Set<LocalActor>();
  for (let i = st.mentions.length - 1; i >= 0; i--) {
    const a = st.mentions[i].actor;
    if (seen.has(a)) continue;
    seen.add(a);
    if (fits(a)) {
      st.addMention(a, pi, np.from, np.to, t[np.from].start, t[np.to - 1].end);
      return a;
    }
  }
  for (const a of st.table.actors) if (!seen.has(a) && fits(a)) return a;
  if (org && LEADER_WORDS.includes(roleNoun)) {
    const actor = st.table.get('person', bare);
    actor.nameTokens = [];
    actor.pendingRole = { org: normaliseName(org.actor.name), role: 'leader' };
    st.addMention(actor, pi, np.from, np.to, t[np.from].start, t[np.to - 1].end);
    return actor;
  }
  return null;
}

/** A capital city that speaks is its government. */
export function asAgent(st: ArticleState, actor: LocalActor): LocalActor {
  if (actor.capitalOf) {
    const country = st.table.get('country', actor.capitalOf);
    st.table.addAlias(country, actor.name);
    return country;
  }
  return actor;
}

