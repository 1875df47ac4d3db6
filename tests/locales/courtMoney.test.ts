import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import zhTWLoaders from 'virtual:zh-tw-locales';
import { flatten } from '../support/flatten.ts';

/**
 * legal-cn T3.1: never say courts never ask for money. A court may ask for payment to its own
 * account (enforcement money, court fees) with a written document; what is fraud is money asked to
 * a personal or "safe" account. Every string of every language is held to it.
 */
const NEVER_ASKS = [
  /法院[^。；]{0,6}(从来|从|绝|永远|一律)?不(会|可能)?[^。；]{0,4}(让|要|叫|要求|收)[^。；]{0,10}(钱|款|费|转账|汇款|付)/,
  /法[院]從?來?[^。；]{0,6}不[會]?[^。；]{0,4}(讓|要|叫|要求|收)[^。；]{0,10}(錢|款|費|轉賬|轉帳|匯款|付)/,
  /\bcourts?\b[^.]{0,20}(\bnever|\bnot|n't)\s+(\w+\s+)?(ask|request|demand|require|tell|charge|take|collect)s?\b[^.]{0,30}\b(money|pay|payment|fees?|transfers?)\b/i,
];

const localesDir = join(import.meta.dirname, '../../locales');
const zhTW = await Promise.all(Object.entries(zhTWLoaders).map(async ([ns, load]) => [`zh-TW/${ns}`, (await load()).default] as const));
const everyString = [
  ...readdirSync(localesDir).flatMap((language) =>
    readdirSync(join(localesDir, language)).flatMap((file) =>
      flatten(JSON.parse(readFileSync(join(localesDir, language, file), 'utf8'))).map(([key, text]) => [`${language}/${file} ${key}`, String(text)]),
    ),
  ),
  ...zhTW.flatMap(([ns, data]) => flatten(data).map(([key, text]) => [`${ns} ${key}`, String(text)])),
];

describe('what the app says about courts and money', () => {
  it('finds such a sentence, and leaves the right one alone', () => {
    const says = (text: string) => NEVER_ASKS.some((pattern) => pattern.test(text));
    expect(says('法院从来不让你转钱。')).toBe(true);
    expect(says('法院不会要求你付款。')).toBe(true);
    expect(says('Courts never ask for money.')).toBe(true);
    expect(says('A court does not ask you to pay by phone.')).toBe(true);
    expect(says('法院要你付的钱只付到法院的对公账户，并且有书面文书。')).toBe(false);
    expect(says("Money a court asks you to pay goes only to the court's own account.")).toBe(false);
    expect(says('For a private loan, courts do not support interest above four times the LPR.')).toBe(false);
  });

  it('never says courts never ask for money, in any language', () => {
    expect(everyString.length).toBeGreaterThan(100); // the locales were found and read
    const found = everyString.filter(([, text]) => NEVER_ASKS.some((pattern) => pattern.test(text))).map(([where, text]) => `${where}: ${text}`);
    expect(found).toEqual([]);
  });
});
