/** The theme icon of each kind of actor, the same in the Actors tree and in the quick picks. */
import type { ActorGroupKey } from '../../corpus/actorGroups';

export const ACTOR_ICONS: Readonly<Record<ActorGroupKey, string>> = {
  person: 'person',
  organization: 'organization',
  country: 'globe',
  place: 'location',
  group: 'account',
  unnamed: 'eye-closed',
};
