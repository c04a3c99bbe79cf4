// Per-request DataLoaders for every reference resolver and nested list.
import { loaderFromMap } from '@unmn/shared/loaders';
import type { GcmStore } from './store.js';

export function createLoaders(store: GcmStore) {
  return {
    objective: loaderFromMap((numbers: readonly number[]) => store.findObjectivesByNumbers(numbers), () => null),
    principle: loaderFromMap((letters: readonly string[]) => store.findPrinciplesByLetters(letters), () => null),
    review: loaderFromMap((ids: readonly string[]) => store.findReviewsByIds(ids), () => null),
    sdgGoal: loaderFromMap((numbers: readonly number[]) => store.findSdgGoalsByNumbers(numbers), () => null),
    sdgTarget: loaderFromMap((codes: readonly string[]) => store.findSdgTargetsByCodes(codes), () => null),
    sdgTargetsByGoal: loaderFromMap((numbers: readonly number[]) => store.sdgTargetsByGoalNumbers(numbers), () => []),
    sdgLinksByObjective: loaderFromMap((numbers: readonly number[]) => store.sdgLinksByObjectiveNumbers(numbers), () => []),
    sdgLinksByTarget: loaderFromMap((codes: readonly string[]) => store.sdgLinksByTargetCodes(codes), () => []),
    organizerIds: loaderFromMap((ids: readonly string[]) => store.organizerIdsByReviewIds(ids), () => []),
  };
}
export type GcmLoaders = ReturnType<typeof createLoaders>;
