import court from '../../locales/zh-CN/court.json' with { type: 'json' };
import help from '../../locales/zh-CN/help.json' with { type: 'json' };
import letters from '../../locales/zh-CN/letters.json' with { type: 'json' };
import log from '../../locales/zh-CN/log.json' with { type: 'json' };
import money from '../../locales/zh-CN/money.json' with { type: 'json' };
import triage from '../../locales/zh-CN/triage.json' with { type: 'json' };
import ui from '../../locales/zh-CN/ui.json' with { type: 'json' };

/** Every string of a namespace with its dotted key. */
function strings(tree: unknown, prefix = ''): [string, string][] {
  if (typeof tree === 'string') return [[prefix, tree]];
  return Object.entries(tree as Record<string, unknown>).flatMap(([key, value]) => strings(value, prefix ? `${prefix}.${key}` : key));
}

/** Chinese characters and the full-width punctuation and quotes that sit among them. */
const CHINESE = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’]/u;
const ASCII_PUNCTUATION = /[,;:?!()]/g;

/**
 * What the reader never sees as written: i18next placeholders ({{count}}, $t(…)), the tags that
 * mark spans (<n>…</n>) and web addresses. Each becomes a Latin letter, so punctuation next to
 * it counts as being in Latin text.
 */
const hidden = (text: string) => text.replace(/\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?\w+>|https?:\/\/\S+/g, 'x');

/**
 * ASCII punctuation with a Chinese character next to it (spaces aside), shown in context. Times
 * (22:00), numbers (8,500) and Latin text (GB/T, App) keep theirs: neither side is Chinese.
 */
function halfWidthInChinese(text: string): string[] {
  const shown = hidden(text);
  return [...shown.matchAll(ASCII_PUNCTUATION)]
    .filter(({ index }) => {
      const before = shown.slice(0, index).trimEnd().slice(-1);
      const after = shown
        .slice(index + 1)
        .trimStart()
        .slice(0, 1);
      return CHINESE.test(before) || CHINESE.test(after);
    })
    .map(({ index }) => shown.slice(Math.max(0, index - 6), index + 7));
}

describe('Simplified Chinese punctuation', () => {
  it('finds ASCII punctuation among Chinese characters and leaves times, numbers, placeholders and Latin text alone', () => {
    expect(halfWidthInChinese('注意:先别转账')).toHaveLength(1);
    expect(halfWidthInChinese('你好,明天见')).toHaveLength(1);
    expect(halfWidthInChinese('要还吗?')).toHaveLength(1);
    expect(halfWidthInChinese('标准(推荐性)')).toHaveLength(2);
    expect(halfWidthInChinese('依据 GB/T 45251 (recommended)')).toEqual([]);
    expect(halfWidthInChinese('夜里 22:00–次日 8:00 不催收，比如 8,500 元')).toEqual([]);
    expect(halfWidthInChinese('共 <n>{{count}} 条</n>，{{rule}}{{article}}')).toEqual([]);
    expect(halfWidthInChinese('举报网址 https://example.cn/a?b=c 可以')).toEqual([]);
  });

  it.each(Object.entries({ ui, triage, log, letters, money, court, help }))('%s uses full-width punctuation between Chinese characters', (_, namespace) => {
    const found = strings(namespace).flatMap(([key, text]) => halfWidthInChinese(text).map((context) => `${key}: ${context}`));
    expect(found).toEqual([]);
  });
});
