import { nodeOf } from '../../src/flow/machine.ts';
import type { Answers } from '../../src/flow/schema.ts';
import { flow } from '../../src/triage/flow.ts';
import { machine } from '../../src/triage/triage.ts';
import { shortestPaths } from '../support/paths.ts';

/** `log`: the contact log holds a few flagged entries (see seedLog). */
export type Screen = { name: string; path: string; answers: Answers; log?: boolean };

/**
 * Every screen the app can show, generated from the machine: each node reached by its
 * shortest path (with the answers that lead there), each result's review and checklist,
 * and the pages outside the flow.
 */
export function everyScreen(): Screen[] {
  const screens: Screen[] = [
    { name: 'start', path: '/', answers: {} },
    { name: 'data', path: '/data', answers: {} },
    { name: 'log (empty)', path: '/log', answers: {} },
    { name: 'log', path: '/log', answers: {}, log: true },
    { name: 'log: add an entry', path: '/log/new', answers: {} },
    { name: 'log: change an entry', path: '/log/seeded-1', answers: {}, log: true },
    { name: 'log: timeline', path: '/log/timeline', answers: {}, log: true },
    { name: 'log: backup', path: '/log/backup', answers: {} },
  ];
  for (const path of shortestPaths(flow, machine)) {
    const nodeId = nodeOf(path.state);
    const answers = path.state.context.answers;
    if (flow.nodes[nodeId].type === 'result') {
      screens.push({ name: `review (${nodeId})`, path: '/review', answers }, { name: `result ${nodeId}`, path: '/checklist', answers });
    } else {
      screens.push({ name: nodeId, path: `/q/${nodeId}`, answers });
    }
  }
  // The letters, for a finished triage (so the channels show) with a log of flagged contacts.
  const finished = screens.find((s) => s.name === 'result checklist')!.answers;
  for (const path of ['/letters', '/letters/details', '/letters/complaint', '/letters/phoneScript']) {
    screens.push({ name: `letters ${path}`, path, answers: finished, log: true });
  }
  return screens;
}

/** Puts answers into the page's storage the way the app saves them. */
export function seed(answers: Answers) {
  return { key: `duice:flow:${flow.id}`, value: JSON.stringify({ format: 1, flowId: flow.id, flowVersion: flow.version, answers }) };
}

/**
 * Runs in the page, on a page of the log (the app has created its database by then): stores a
 * night call, a relative told about the debt and a threatening visit, dated in the last days.
 */
export async function seedLog() {
  const pad = (n: number) => String(n).padStart(2, '0');
  const daysAgo = (days: number, time: string) => {
    const d = new Date(Date.now() - days * 86_400_000);
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${time}`;
  };
  const base = { organisation: '某某催收', lender: '某银行', phone: '010-12345678', name: '', note: '' };
  const entries = [
    { ...base, id: 'seeded-1', kind: 'answeredCall', at: daysAgo(1, '23:15'), events: ['threatened'] },
    { ...base, id: 'seeded-2', kind: 'thirdParty', at: daysAgo(2, '10:00'), events: ['toldOthers'], note: '打给了我妈妈' },
    { ...base, id: 'seeded-3', kind: 'visit', at: daysAgo(3, '19:00'), events: ['refusedToLeave'], visitors: 3 },
  ];
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('duice-log');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const tx = db.transaction('entries', 'readwrite');
  for (const entry of entries) tx.objectStore('entries').put(entry);
  await new Promise((resolve) => (tx.oncomplete = resolve));
  db.close();
}
