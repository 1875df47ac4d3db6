import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checklist } from '../../src/triage/checklistItems.ts';
import { flow } from '../../src/case/flow.ts';

const inventoryPath = join(import.meta.dirname, '../../../shared/content/advice-inventory.md');

/**
 * Items whose inventory entry only corrects which article an article cites ("仅影响引用/文案"):
 * they are covered by citing the right article in the registry, not by an item of their own.
 */
const CITATION_ONLY: Record<string, string> = {
  B10: 'cite 民法典第577条, not 合同法 (debtStillOwed cites civilCode577)',
  C15: 'cite 第293条之一 only for illegal debts; we cite neither for lawful debts',
  C18: 'cite 民法典/个保法/治安法, never 反不正当竞争法',
  C19: 'cite 治安管理处罚法第50条, never 第42条 (myths test guards it)',
};

// The inventory sits beside the project, not in it: a checkout elsewhere skips these tests.
const inventory = existsSync(inventoryPath) ? readFileSync(inventoryPath, 'utf8') : undefined;

describe.runIf(inventory !== undefined)('the advice inventory', () => {
  const verdicts = new Map<string, string>();
  for (const match of (inventory ?? '').matchAll(/^- \*\*([A-J]\d+)\*\*.*?\*\*(KEEP|CORRECT|DROP)\*\*/gm)) {
    verdicts.set(match[1], match[2]);
  }
  const carried = new Set([...Object.values(flow.nodes), ...Object.values(checklist.items)].flatMap((x) => ('advice' in x ? (x.advice ?? []) : [])));

  it('is read (sanity: it has dozens of entries)', () => {
    expect(verdicts.size).toBeGreaterThan(50);
  });

  it('has every KEEP and CORRECT item carried by a screen or checklist item', () => {
    const missing = [...verdicts].filter(([id, v]) => v !== 'DROP' && !carried.has(id) && !(id in CITATION_ONLY)).map(([id]) => id);
    expect(missing).toEqual([]);
  });

  it('carries no DROP item and no id it does not have', () => {
    expect([...carried].filter((id) => verdicts.get(id) !== 'KEEP' && verdicts.get(id) !== 'CORRECT')).toEqual([]);
  });
});
