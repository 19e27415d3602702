/**
 * "The group behind the blockade, which calls itself the Gordon Valley Defenders, posted video …
 * ¶ “…,” the group wrote": a description that opens a recent sentence with the same noun and words
 * that tell which one it is (a preposition, a relative clause, a name in apposition) brings in a
 * new body; the bare description after it means that body, not one of that kind named further back
 * ("the RCMP's Community-Industry Response Group").
 */
import type { LocalActor } from '../actors';
import type { Sentence, Token } from '../text';
import type { ArticleState } from './state';
import { sentenceIndex } from './antecedents';
import { isPluralApostrophe } from './words';

/** Words after the noun that tell which body it is: "The group behind …", "The company that …". */
const IDENTIFYING = new Set(['behind', 'of', 'at', 'from', 'in', 'that', 'which', 'representing', 'leading', 'organizing', 'organising', 'running', 'opposing', 'fighting']);
/** Words before a name a body gives itself: "which calls itself X", "known as X", "called X". */
const NAMING = new Set(['itself', 'themselves', 'as', 'called', 'named', 'dubbed']);
/** How many sentences back the opening description is looked for. */
const REACH = 2;
/** How far into its sentence the body's own name is looked for. */
const NAME_SCAN = 14;

/**
 * The body a bare description (`the NOUN` in sentence `s` of paragraph `pi`) means when
 * one of the `REACH` sentences before opens with "The NOUN" (or "A", up to three lower-case
 * modifiers and the noun) and identifying words: the actor of
 * the name it gives itself there ("which calls itself X", ", X,"), typed a body; null when it
 * gives none (a body no name of the article is); undefined when no such sentence is in reach.
 */
export function introducedBody(st: ArticleState, pi: number, s: Sentence, noun: string): LocalActor | null | undefined {
  let para = pi;
  let si = sentenceIndex(st.paragraphs[pi].sentences, s.from);
  // whether a sentence between opens on a body's name, its subject
  let bodyBetween = false;
  for (let depth = 1; depth <= REACH; depth++) {
    si--;
    while (si < 0) {
      if (--para < 0 || pi - para > 1) return undefined;
      const p = st.paragraphs[para];
      si = p.kind === 'body' ? p.sentences.length - 1 : -1;
    }
    const sentence = st.paragraphs[para].sentences[si];
    const t = st.paragraphs[para].tokens;
    const k = sentence.from;
    // ("A regional telephone company that serves the area had opposed the grant. The company said":
    // "a" and up to three lower-case modifiers before the noun bring in a new body too)
    const indefinite = t[k]?.lower === 'a' || t[k]?.lower === 'an';
    // ("The bus operators' association has asked …": after "the", an owner's possessive among the
    // modifiers tells which body it is, whatever follows the noun)
    const owned = !indefinite && t[k]?.lower === 'the' ? ownedNounAt(t, k + 1, noun) : -1;
    const at = indefinite ? nounAfterModifiers(t, k + 1, noun) : owned > 0 ? owned : k + 1;
    const next = t[at + 1];
    if (st.paragraphs[para].inQuote[k] || (t[k]?.lower !== 'the' && !indefinite) || at < 0 || t[at]?.lower !== noun || t[at].cap || !next || (owned < 0 && next.text !== ',' && !IDENTIFYING.has(next.lower))) {
      const opening = st.mentionAt[para][t[k]?.lower === 'the' ? k + 1 : k];
      bodyBetween ||= opening?.actor.kind === 'organization';
      continue;
    }
    // ("The town of Cobourg will lose …": the body's own name after "of", which the description finds as it would)
    if (next.lower === 'of' && st.mentionAt[para][at + 2]) return undefined;
    // ("The province's health ministry said … the ministry said", "The teachers' union has asked the
    // province …": an owned description the article already made a body of, from its article or
    // over its noun, is that body)
    if (owned > 0) {
      const after = st.mentionAt[para][k + 1];
      const described = st.mentionAt[para][k] ?? (after?.to === at + 1 ? after : undefined);
      if (described && (described.actor.kind === 'organization' || described.actor.kind === 'group')) return described.actor;
    }
    const own = selfNamed(st, para, t, at + 1, Math.min(sentence.to, at + 1 + NAME_SCAN));
    // ("The company that runs the resort is raising prices … ¶ Peakline Resorts said … the company
    // said": a body that names none of its own, then one named as a sentence's subject, is that
    // body named, which the description then finds as it would)
    return own === null && bodyBetween ? undefined : own;
  }
  return undefined;
}

/** Where `noun` stands after up to three lower-case modifiers from token `from` ("regional telephone | company"); -1 when it does not. */
function nounAfterModifiers(t: Token[], from: number, noun: string): number {
  for (let i = from; i < from + 4 && i < t.length; i++) {
    if (t[i].type !== 'word' || t[i].cap) return -1;
    if (t[i].lower === noun) return i;
  }
  return -1;
}

/** Where `noun` stands after lower-case modifiers from token `from` that hold an owner's possessive ("bus operators' | association", "the city's | agency"); -1 when it does not. */
function ownedNounAt(t: Token[], from: number, noun: string): number {
  let possessed = false;
  for (let i = from; i < from + 5 && i < t.length; i++) {
    if (isPluralApostrophe(t, i)) {
      possessed = true;
      continue;
    }
    if (t[i].type !== 'word' || t[i].cap) return -1;
    if (t[i].lower === noun) return possessed && i > from ? i : -1;
    possessed ||= t[i].possessive;
  }
  return -1;
}

/** The body named by a mention right after a comma or a naming word between `from` and `to`; null when none. */
function selfNamed(st: ArticleState, para: number, t: Token[], from: number, to: number): LocalActor | null {
  for (let i = from; i < to; i++) {
    if (t[i].text !== ',' && !NAMING.has(t[i].lower)) continue;
    const j = t[i + 1]?.lower === 'the' ? i + 2 : i + 1;
    const m = st.mentionAt[para][j];
    if (!m || m.from !== j || (m.actor.kind !== 'organization' && m.actor.kind !== 'group' && m.actor.kind !== 'person')) continue;
    // (a plural name the names layer took for a person: "the Gordon Valley Defenders")
    return m.actor.kind === 'person' ? (/s$/.test(m.actor.name) ? st.table.asOrganisation(m.actor) : null) : m.actor;
  }
  return null;
}
