import type { TFunction } from 'i18next';
import type { Answer } from '../flow/schema.ts';
import { listFormat } from '../lib/intl.ts';

/** How an answer reads back to the user: one label, or the chosen labels as a list ("打电话、发短信和上门"). */
export function answerText(tt: TFunction, language: string, nodeId: string, answer: Answer): string {
  const labels = ([] as string[]).concat(answer).map((id) => tt(`nodes.${nodeId}.answers.${id}`));
  return listFormat(language, { type: 'conjunction', style: 'long' }).format(labels);
}
