import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import zhTWLoaders from 'virtual:zh-tw-locales';
import enCourt from '../../locales/en/court.json' with { type: 'json' };
import enHelp from '../../locales/en/help.json' with { type: 'json' };
import enLetters from '../../locales/en/letters.json' with { type: 'json' };
import enLog from '../../locales/en/log.json' with { type: 'json' };
import enMoney from '../../locales/en/money.json' with { type: 'json' };
import enTriage from '../../locales/en/triage.json' with { type: 'json' };
import enUi from '../../locales/en/ui.json' with { type: 'json' };
import zhCNCourt from '../../locales/zh-CN/court.json' with { type: 'json' };
import zhCNHelp from '../../locales/zh-CN/help.json' with { type: 'json' };
import zhCNLetters from '../../locales/zh-CN/letters.json' with { type: 'json' };
import zhCNLog from '../../locales/zh-CN/log.json' with { type: 'json' };
import zhCNMoney from '../../locales/zh-CN/money.json' with { type: 'json' };
import zhCNTriage from '../../locales/zh-CN/triage.json' with { type: 'json' };
import zhCNUi from '../../locales/zh-CN/ui.json' with { type: 'json' };
import { checklist } from '../../src/triage/checklistItems.ts';
import { flow } from '../../src/case/flow.ts';
import { law } from '../../src/law/law.ts';
import { flatten } from '../support/flatten.ts';

type Tree = { [key: string]: string | Tree };

const zhTW = Object.fromEntries(await Promise.all(Object.entries(zhTWLoaders).map(async ([ns, load]) => [ns, (await load()).default])));

const locales: Record<string, { ui: Tree; triage: Tree; log: Tree; letters: Tree; money: Tree; court: Tree; help: Tree }> = {
  'zh-CN': { ui: zhCNUi, triage: zhCNTriage, log: zhCNLog, letters: zhCNLetters, money: zhCNMoney, court: zhCNCourt, help: zhCNHelp },
  'zh-TW': {
    ui: zhTW.ui as Tree,
    triage: zhTW.triage as Tree,
    log: zhTW.log as Tree,
    letters: zhTW.letters as Tree,
    money: zhTW.money as Tree,
    court: zhTW.court as Tree,
    help: zhTW.help as Tree,
  },
  en: { ui: enUi, triage: enTriage, log: enLog, letters: enLetters, money: enMoney, court: enCourt, help: enHelp },
};

/** Every key the flow, its checklist and the law registry make the screens look up. */
function keysTheFlowNeeds(): string[] {
  const keys: string[] = [];
  keys.push(...flow.stages.map((s) => `stages.${s}`), ...checklist.groups.map((g) => `groups.${g}`));
  for (const [id, node] of Object.entries(flow.nodes)) {
    if (node.type === 'question') keys.push(`nodes.${id}.title`, `nodes.${id}.hint`, ...node.answers.map((a) => `nodes.${id}.answers.${a.id}`));
    if (node.type === 'info') keys.push(`nodes.${id}.title`, `nodes.${id}.body`);
    if (node.type === 'result') keys.push(`nodes.${id}.title`, `nodes.${id}.intro`);
  }
  for (const id of Object.keys(checklist.items)) keys.push(`checklist.${id}.title`, `checklist.${id}.why`);
  keys.push(...Object.keys(law.rules).map((r) => `rules.${r}`));
  for (const id of Object.keys(law.citations)) keys.push(`citations.${id}.article`, `citations.${id}.says`);
  for (const id of Object.keys(law.channels)) keys.push(`channels.${id}.name`, `channels.${id}.how`);
  return keys;
}

describe.each(['ui', 'triage', 'log', 'letters', 'money', 'court', 'help'] as const)('the %s namespace', (namespace) => {
  const reference = flatten(locales['zh-CN'][namespace])
    .map(([key]) => key)
    .sort();

  it.each(Object.keys(locales))('%s has the same keys as zh-CN and no empty strings', (language) => {
    const flat = flatten(locales[language][namespace]);
    expect(flat.map(([key]) => key).sort()).toEqual(reference);
    for (const [key, value] of flat) expect(typeof value === 'string' && value.trim() !== '', `${language} ${key}`).toBe(true);
  });
});

describe('flow copy', () => {
  const keys = flatten(zhCNTriage).map(([key]) => key);

  it('has every key the flow uses', () => {
    expect(keysTheFlowNeeds().filter((k) => !keys.includes(k))).toEqual([]);
  });

  it('has no key the flow does not use, apart from hints under existing answers', () => {
    const needed = new Set(keysTheFlowNeeds());
    const extra = keys.filter((k) => !needed.has(k));
    for (const key of extra) {
      const [, node, part, answer] = key.split('.');
      expect(part, key).toBe('answerHints');
      expect(needed.has(`nodes.${node}.answers.${answer}`), key).toBe(true);
    }
  });
});

describe('Traditional Chinese', () => {
  it('is converted from Simplified, not copied', () => {
    expect(zhTW.ui).not.toEqual(zhCNUi);
    // 确认 → 確認, 现在 → 現在: converted, not the Simplified text.
    expect((zhTW.triage as { nodes: { danger: { title: string } } }).nodes.danger.title).toContain('確認你現在');
  });
});

const mythsTool = join(import.meta.dirname, '../../../shared/tools/myths.py');

describe.runIf(existsSync(mythsTool))('legal myths (legal-cn §F)', () => {
  it('appear in no locale, including the generated Traditional Chinese', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duice-zh-tw-'));
    for (const [ns, data] of Object.entries(zhTW)) writeFileSync(join(dir, `${ns}.json`), JSON.stringify(data, null, 1));
    const root = join(import.meta.dirname, '../..');
    const run = () => execFileSync('python3', [mythsTool, join(root, 'flows'), join(root, 'locales'), join(root, 'src'), dir], { encoding: 'utf8' });
    expect(run).not.toThrow();
  });
});
