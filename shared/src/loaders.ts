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

/**
 * Loaders for a nested list under many parents (e.g. `transfers(first: 5)` under each programme of a page), one per
 * distinct arguments: parents asked with the same arguments share one batch, a field asked with other arguments in the
 * same query gets its own. `load` returns each parent's list; create the factory once per request, with the loaders.
 */
export function loaderPerArgs<A, K, V>(load: (args: A, keys: readonly K[]) => Promise<Map<K, V>>, missing: (key: K) => V) {
  const loaders = new Map<string, DataLoader<K, V>>();
  return (args: A): DataLoader<K, V> => {
    const key = JSON.stringify(args);
    let loader = loaders.get(key);
    if (!loader) loaders.set(key, (loader = loaderFromMap((keys: readonly K[]) => load(args, keys), missing)));
    return loader;
  };
}
