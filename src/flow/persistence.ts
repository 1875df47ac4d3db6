import type { Answers, Flow } from './schema.ts';

/** Bumped only if the shape of what we store changes; flow edits are covered by `flowVersion`. */
const FORMAT = 1;

type Saved = { format: typeof FORMAT; flowId: string; flowVersion: number; answers: Answers };

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const isAnswer = (value: unknown) => typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'));

/** Checked by hand rather than with zod, to keep the schema library out of the phone's download. */
function isSaved(value: unknown): value is Saved {
  return (
    isRecord(value) &&
    value.format === FORMAT &&
    typeof value.flowId === 'string' &&
    typeof value.flowVersion === 'number' &&
    isRecord(value.answers) &&
    Object.values(value.answers).every(isAnswer)
  );
}

export type Notice = 'corrupt' | 'updated';
export type Loaded = { answers: Answers; notice?: Notice };

/**
 * Reads saved answers. Unreadable data is discarded with a notice; answers saved under an
 * older flow version are handed back with a notice, and replay keeps only those that still fit.
 */
export function loadAnswers(storage: Storage, flow: Flow): Loaded {
  const key = storageKey(flow);
  const raw = storage.getItem(key);
  if (raw === null) return { answers: {} };
  let saved: unknown;
  try {
    saved = JSON.parse(raw);
  } catch {
    saved = undefined;
  }
  if (!isSaved(saved) || saved.flowId !== flow.id) {
    storage.removeItem(key);
    return { answers: {}, notice: 'corrupt' };
  }
  return saved.flowVersion === flow.version ? { answers: saved.answers } : { answers: saved.answers, notice: 'updated' };
}

export function saveAnswers(storage: Storage, flow: Flow, answers: Answers): void {
  const saved: Saved = { format: FORMAT, flowId: flow.id, flowVersion: flow.version, answers };
  storage.setItem(storageKey(flow), JSON.stringify(saved));
}

export const storageKey = (flow: Flow) => `duice:flow:${flow.id}`;
