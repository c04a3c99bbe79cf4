// The supergraph the gateway serves comes from a file (SUPERGRAPH_FILE, or gateway/supergraph.graphql), never from
// subgraph code, so a team ships a subgraph and then a new supergraph without rebuilding the gateway. The file is
// watched and swapped in through @apollo/gateway's supported hook (`supergraphSdl` as a SupergraphManager): a new
// file is validated first, and one that does not parse or is not a valid supergraph is refused while the previous
// schema keeps serving, so a bad publish cannot take the graph down.
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { Supergraph, errorCauses } from '@apollo/federation-internals';
import type { SupergraphManager } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import type { Logger } from '@unmn/shared/logger';

/** How often the file is polled. Polling (fs.watchFile) sees editors' rename-on-save, which fs.watch can miss. */
export const WATCH_INTERVAL_MS = 500;

export interface SubgraphEntry {
  name: string;
  /** The URL written in the supergraph (join__graph); configuration may override it (<NAME>_URL). */
  url: string;
}

export interface LoadedSupergraph {
  file: string;
  sdl: string;
  /** sha256 of the SDL, to tell a real change from a touched file. */
  id: string;
  subgraphs: readonly SubgraphEntry[];
  loadedAt: Date;
}

/** Why a supergraph text cannot be served: each problem federation found, with its position in the file. */
function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // Federation aggregates problems into one error whose message repeats them with code frames; list them plainly.
  const causes = errorCauses(error) ?? [error];
  return causes
    .map((cause) => {
      const at = cause instanceof GraphQLError ? cause.locations?.[0] : undefined;
      return at ? `${cause.message} (line ${at.line}, column ${at.column})` : cause.message;
    })
    .join('; ');
}

/**
 * Parses and fully validates a supergraph text, as the gateway would before planning with it: the schema is valid,
 * the subgraphs it joins can be extracted from it, and its API schema can be derived. Throws with the reason.
 */
export function validateSupergraph(sdl: string): SubgraphEntry[] {
  if (!sdl.trim()) throw new Error('the file is empty');
  const supergraph = Supergraph.build(sdl, { validateSupergraph: true });
  supergraph.subgraphs();
  supergraph.apiSchema();
  return supergraph.subgraphsMetadata().map(({ name, url }) => ({ name, url }));
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Reads and validates the file; at start-up a failure here stops the gateway before it listens. */
export function loadSupergraphFile(file: string): LoadedSupergraph {
  let sdl: string;
  try {
    sdl = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : reasonOf(error);
    throw new Error(`Cannot read the supergraph file ${file}: ${why}. Set SUPERGRAPH_FILE to a composed supergraph (npm run compose writes gateway/supergraph.graphql).`);
  }
  let subgraphs: SubgraphEntry[];
  try {
    subgraphs = validateSupergraph(sdl);
  } catch (error) {
    throw new Error(`The supergraph file ${file} is not a valid supergraph: ${reasonOf(error)}`);
  }
  return { file, sdl, id: sha256(sdl), subgraphs, loadedAt: new Date() };
}

export interface SupergraphSource {
  /** Pass as ApolloGateway's `supergraphSdl`. */
  manager: SupergraphManager;
  /** The supergraph being served (the last one that validated and was swapped in). */
  current(): LoadedSupergraph;
}

/**
 * Serves `initial` (already loaded with loadSupergraphFile) and swaps in every later version of its file that
 * validates. Each refusal is one error line naming the file and the reason; each swap one info line.
 */
export function watchSupergraphFile(initial: LoadedSupergraph, logger: Logger, intervalMs = WATCH_INTERVAL_MS): SupergraphSource {
  const { file } = initial;
  let served = initial;
  let stopped = false;
  // Reloads run one after another, so a burst of saves is applied in order and never overlaps an update.
  let queue: Promise<void> = Promise.resolve();

  const refuse = (reason: string) =>
    logger.error({ supergraphFile: file, reason }, `Refused the supergraph file ${file}: ${reason}. Still serving the previous schema.`);

  /** The file's current text if it differs from what is served and validates; undefined otherwise (refusal logged). */
  const candidate = (sdl: string): LoadedSupergraph | undefined => {
    const id = sha256(sdl);
    if (id === served.id) return undefined;
    try {
      return { file, sdl, id, subgraphs: validateSupergraph(sdl), loadedAt: new Date() };
    } catch (error) {
      refuse(`not a valid supergraph: ${reasonOf(error)}`);
      return undefined;
    }
  };

  const apply = (next: LoadedSupergraph, update: (sdl: string) => void) => {
    try {
      update(next.sdl);
    } catch (error) {
      if (!stopped) refuse(`the gateway could not use it: ${reasonOf(error)}`);
      return;
    }
    served = next;
    logger.info(
      { supergraphFile: file, subgraphs: next.subgraphs.map((s) => s.name), id: next.id.slice(0, 12) },
      `Serving the new supergraph from ${file} (no restart needed)`,
    );
  };

  const manager: SupergraphManager = {
    async initialize({ update }) {
      const reload = async () => {
        if (stopped) return;
        let sdl: string;
        try {
          sdl = await fs.promises.readFile(file, 'utf8');
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          return refuse(code === 'ENOENT' ? 'the file is gone' : `it cannot be read: ${reasonOf(error)}`);
        }
        const next = candidate(sdl);
        if (next && !stopped) apply(next, update);
      };
      const onChange = (now: fs.Stats, before: fs.Stats) => {
        if (now.mtimeMs === before.mtimeMs && now.ino === before.ino && now.size === before.size) return;
        queue = queue.then(reload);
      };
      // persistent: false so the watcher alone never keeps a process (a test, a script) alive.
      fs.watchFile(file, { interval: intervalMs, persistent: false }, onChange);

      // The watcher's baseline is the file as it is now; a save between start-up and this point would go unnoticed,
      // so start from the latest valid text. Synchronous, so it is settled before the gateway applies the result.
      try {
        const latest = candidate(fs.readFileSync(file, 'utf8'));
        if (latest) served = latest;
      } catch {
        // Gone or unreadable right after start-up: keep what was read; the watcher reports the next change.
      }
      return {
        supergraphSdl: served.sdl,
        async cleanup() {
          stopped = true;
          fs.unwatchFile(file, onChange);
          await queue;
        },
      };
    },
  };
  return { manager, current: () => served };
}
