// DataLoader construction shared by every subgraph's per-request loaders.
import DataLoader from 'dataloader';

/**
 * A DataLoader over a batch lookup that returns a Map; keys the lookup does not find get `missing(key)` (null for
 * entities, [] for lists). One batch is one SQL statement.
 */
export const loaderFromMap = <K, V>(load: (keys: readonly K[]) => Promise<Map<K, V>>, missing: (key: K) => V) =>
  new DataLoader<K, V>(async (keys) => {
    const found = await load(keys);
    return keys.map((k) => (found.has(k) ? found.get(k)! : missing(k)));
  });
