/** The theme icon of each kind of actor, the same in the Actors tree and in the quick picks. */
import type { ActorKind } from '../../extractor/types';

/** A kind of actor, or the people the articles do not name ("a senior official"), as the Actors tree groups them. */
export type ActorGroupKey = ActorKind | 'unnamed';

export const ACTOR_ICONS: Readonly<Record<ActorGroupKey, string>> = {
  person: 'person',
  organization: 'organization',
  country: 'globe',
  place: 'location',
  group: 'account',
  unnamed: 'eye-closed',
};
