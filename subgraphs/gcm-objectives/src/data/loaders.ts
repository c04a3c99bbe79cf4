// Per-request DataLoaders for every reference resolver and nested list.
import { loaderFromMap } from '@unmn/shared/loaders';
import type { GcmStore } from './store.js';

export function createLoaders(store: GcmStore) {
  return {
    objective: loaderFromMap((numbers: readonly number[]) => store.findObjectivesByNumbers(numbers), () => null),
    principle: loaderFromMap((letters: readonly string[]) => store.findPrinciplesByLetters(letters), () => null),
    review: loaderFromMap((ids: readonly string[]) => store.findReviewsByIds(ids), () => null),
    organizerIds: loaderFromMap((ids: readonly string[]) => store.organizerIdsByReviewIds(ids), () => []),
  };
}
export type GcmLoaders = ReturnType<typeof createLoaders>;
