import { z } from 'zod';
import type { Answers, Flow } from './schema.ts';

/** Bumped only if the shape of what we store changes; flow edits are covered by `flowVersion`. */
const FORMAT = 1;

const savedSchema = z.strictObject({
  format: z.literal(FORMAT),
  flowId: z.string(),
  flowVersion: z.number(),
  answers: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
});

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
  let parsed;
  try {
    parsed = savedSchema.safeParse(JSON.parse(raw));
  } catch {
    parsed = undefined;
  }
  if (!parsed?.success || parsed.data.flowId !== flow.id) {
    storage.removeItem(key);
    return { answers: {}, notice: 'corrupt' };
  }
  const { answers, flowVersion } = parsed.data;
  return flowVersion === flow.version ? { answers } : { answers, notice: 'updated' };
}

export function saveAnswers(storage: Storage, flow: Flow, answers: Answers): void {
  const saved = { format: FORMAT, flowId: flow.id, flowVersion: flow.version, answers };
  storage.setItem(storageKey(flow), JSON.stringify(saved));
}

export const storageKey = (flow: Flow) => `duice:flow:${flow.id}`;
