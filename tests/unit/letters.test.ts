// @vitest-environment jsdom
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { caseFrom, mostFrequent, type LetterCase } from '../../src/case/letterCase.ts';
import { emptyDetails, loadDetails, saveDetails, type Details } from '../../src/case/details.ts';
import { DRAFT_KINDS, draftsFor, objectionDeclined, writeDraft } from '../../src/letters/drafts.ts';
import { routesFor } from '../../src/case/routing.ts';
import type { LogEntry } from '../../src/case/log/entry.ts';
import { flagsFor } from '../../src/case/log/flags.ts';
import { law } from '../../src/law/law.ts';
import zhLetters from '../../locales/zh-CN/letters.json' with { type: 'json' };
import zhLog from '../../locales/zh-CN/log.json' with { type: 'json' };
import zhTriage from '../../locales/zh-CN/triage.json' with { type: 'json' };
import { flatten } from '../support/flatten.ts';
import { textsIn } from '../support/letterTexts.ts';
import { logEntry } from '../support/logEntries.ts';
import { fullPath } from './fixtures.ts';

const entry = (id: string, at: string, more: Partial<LogEntry> = {}) =>
  logEntry(id, at, { organisation: '某某资产管理公司', lender: '某某银行', phone: '010-12345678', ...more });

/** A bank credit card; three calls after 22:00 and a relative told about the debt. */
const entries = [
  entry('a', '2026-11-18T22:40'),
  entry('b', '2026-11-19T23:05'),
  entry('c', '2026-11-20T23:10'),
  entry('d', '2026-11-21T10:00', { kind: 'thirdParty', events: ['toldOthers'], note: '打给了我母亲' }),
];
const details: Details = {
  ...emptyDetails(),
  yourName: '李明',
  yourContact: '13800138000',
  lenderName: '某某银行信用卡中心',
  agencyName: '某某资产管理公司',
  accountRef: '卡号尾号 1234',
  perMonth: '800 元',
  months: '36',
  startDate: '2026年12月15日',
  evidence: ['recordings', 'screenshots'],
  courtName: '北京市朝阳区人民法院',
  caseNumber: '（2026）京0105民督123号',
  servedOn: '2026-11-20',
  disputes: ['terms'],
  termsReason: '违约金按每天 1% 计算，远高于合同约定。',
  courtFacts: '我借了 20000 元，已经还了 12000 元。',
  courtEvidence: '还款记录截图',
};
const creditCardCase = (overrides: Partial<Details> = {}): LetterCase =>
  caseFrom({ details: { ...details, ...overrides }, answers: { ...fullPath, conduct: ['none'] }, entries, report: flagsFor(entries, []), today: '2026-11-24' });

describe('routing', () => {
  it('sends a bank credit card complaint to the bank first, then 12378, and nuisance calls also to 12321', () => {
    expect(routesFor('bankCard', creditCardCase().concerns).map((r) => r.channel)).toEqual(['lender', 'nfra12378', 'report12321']);
  });

  it('puts 110 first when there are threats, and routes each kind of lender to its own regulator', () => {
    expect(routesFor('smallLoan', new Set(['police'])).map((r) => r.channel)).toEqual(['police110', 'lender', 'localFinance']);
    expect(routesFor('platform', new Set()).map((r) => r.channel)).toEqual(['lender', 'nifaReport']);
    expect(routesFor('consumerFinance', new Set()).map((r) => r.channel)).toEqual(['lender', 'nfra12378']);
    expect(routesFor('private', new Set(['nuisance'])).map((r) => r.channel)).toEqual(['report12321']);
    expect(routesFor(undefined, new Set()).map((r) => r.channel)).toEqual([]);
  });

  it('reads the concerns from the answers and from the log', () => {
    expect([...creditCardCase().concerns].sort()).toEqual(['nuisance', 'thirdParty']);
    const threatened = caseFrom({ details, answers: { ...fullPath, conduct: ['threats'] }, entries: [], today: '2026-11-24' });
    expect(threatened.concerns.has('police')).toBe(true);
  });
});

describe('drafts', () => {
  it.each(DRAFT_KINDS.flatMap((kind) => ['zh-CN', 'en'].map((language) => [kind, language] as const)))(
    '%s (%s): no placeholder survives, every citation resolves',
    (kind, language) => {
      const draft = writeDraft(kind, creditCardCase(), textsIn(language), 'nfra12378');
      expect(draft.text).not.toMatch(/\{\{?|\}\}?/);
      expect(draft.text, 'a key with no text').not.toMatch(/\b(drafts|common|fields|evidence|flags|kinds|channels|rules|citations|kind)\.[a-zA-Z]/);
      expect(draft.missing).toEqual([]);
      for (const id of draft.cites) expect(law.citations, id).toHaveProperty(id);
      expect(draft.text.trim().length).toBeGreaterThan(50);
    },
  );

  it('writes the complaint from the log: each contact with its date, the totals, the rules with their kind', () => {
    const { text, cites } = writeDraft('complaint', creditCardCase(), textsIn('zh-CN'), 'nfra12378');
    expect(text).toContain('致：12378 国家金融监督管理总局热线');
    expect(text).toContain('2026年11月18日 22:40，接通的电话，某某资产管理公司 010-12345678：夜间联系（22:00–次日 8:00）');
    expect(text).toContain('2026年11月21日 10:00，找了亲友、同事或联系人');
    expect(text).toContain('夜间联系（22:00–次日 8:00） 3 次');
    expect(text).toContain('国家标准（推荐性）');
    expect(text).toContain('行业自律规范');
    expect(text).toContain('附件：\n一、《催收联系证据材料》：我本人逐次记录的 4 次联系（打印附后）\n二、通话录音\n三、短信和聊天截图\n');
    expect(text).toContain('李明');
    expect(text).toContain('《商业银行信用卡业务监督管理办法》（原银监会令 2011 年第 2 号）第68条（规章或规范性文件）');
    expect(cites).toEqual(expect.arrayContaining(['gbt45251', 'bankAssocGuide', 'civilCode1033', 'pipl10', 'creditCardRules68']));
  });

  it('lists as 附件 the evidence pack, by the title it prints under, with its contacts and images, then the kinds of evidence ticked', () => {
    const withImages = caseFrom({
      details,
      answers: { ...fullPath, conduct: ['none'] },
      entries,
      report: flagsFor(entries, []),
      images: 3,
      today: '2026-11-24',
    });
    const zh = writeDraft('complaint', withImages, textsIn('zh-CN'), 'nfra12378').text;
    expect(zh).toContain(
      `附件：\n一、《${zhLog.evidence.title}》：我本人逐次记录的 4 次联系，以及 3 张截图或照片（打印附后）\n二、通话录音\n三、短信和聊天截图\n\n此致`,
    );
    const en = writeDraft('complaint', withImages, textsIn('en'), 'nfra12378').text;
    expect(en).toContain(
      'Attachments:\n1. “Evidence of debt collection contacts”: my own record of 4 contacts, with 3 screenshots and photos (printed and attached)\n2. Call recordings',
    );
    // A report to the police attaches the whole pack too, though it lists only the police's matters.
    expect(writeDraft('complaint', withImages, textsIn('zh-CN'), 'police110').text).toContain(
      '一、《催收联系证据材料》：我本人逐次记录的 4 次联系，以及 3 张截图或照片',
    );
  });

  it('without a log, the 附件 are the evidence ticked; with neither, a prompt to say what was kept', () => {
    const noLog = (evidence: Details['evidence']) =>
      caseFrom({ details: { ...details, evidence }, answers: { ...fullPath, conduct: ['threats'] }, entries: [], today: '2026-11-24' });
    const ticked = writeDraft('complaint', noLog(['callLog']), textsIn('zh-CN')).text;
    expect(ticked).toContain('附件：\n一、通话记录截图\n');
    expect(ticked).not.toContain('催收联系证据材料');
    const none = writeDraft('complaint', noLog([]), textsIn('zh-CN'));
    expect(none.text).not.toContain('附件：');
    expect(none.text).toContain('【请填写：你保存的证据】');
  });

  it('describes Article 70 as what the bank may agree to, never a right, and only for credit cards', () => {
    const card = writeDraft('negotiate', creditCardCase(), textsIn('zh-CN'));
    expect(card.text).toContain('银行可以与持卡人平等协商');
    expect(card.text).toContain('这需要贵行同意');
    expect(card.text).toContain('每月还款800 元，分36个月还清');
    expect(card.cites).toContain('creditCardRules70');
    const loan = writeDraft('negotiate', creditCardCase({ lenderType: 'consumerFinance' }), textsIn('zh-CN'));
    expect(loan.text).not.toContain('第70条');
  });

  it('asks for the transfer notice only when the debt was said to be transferred', () => {
    expect(writeDraft('basis', creditCardCase(), textsIn('zh-CN')).text).not.toContain('第546条');
    const sold = caseFrom({ details, answers: { ...fullPath, caller: 'buyer' }, entries: [], today: '2026-11-24' });
    const draft = writeDraft('basis', sold, textsIn('zh-CN'));
    expect(draft.text).toContain('第546条');
    expect(draft.cites).toContain('civilCode546');
  });

  it('shows a visible prompt for anything missing, and says which fields', () => {
    const draft = writeDraft('negotiate', creditCardCase({ yourName: '', perMonth: ' ' }), textsIn('zh-CN'));
    expect(draft.text).toContain('【请填写：你的姓名】');
    expect(draft.text).toContain('【请填写：每月能还多少】');
    expect(draft.missing.sort()).toEqual(['perMonth', 'yourName']);
    expect(draft.text).not.toMatch(/\{\{/);
  });

  it('keeps whatever the user typed intact: markup, emoji, a long text', () => {
    const reasons = '<img src=x onerror=alert(1)> 生病住院 😷 ' + '长'.repeat(10_000);
    const draft = writeDraft('negotiate', creditCardCase({ reasons }), textsIn('zh-CN'));
    expect(draft.text).toContain(reasons);
  });

  it('without a log, a complaint uses the answers and asks for dates', () => {
    const noLog = caseFrom({ details, answers: { ...fullPath, conduct: ['nightCalls', 'toldOthers'] }, entries: [], today: '2026-11-24' });
    const draft = writeDraft('complaint', noLog, textsIn('zh-CN'));
    expect(draft.text).toContain(zhTriage.nodes.conduct.answers.nightCalls);
    expect(draft.text).toContain('【请填写：每次发生的日期');
  });
});

describe('the court papers', () => {
  const courtCase = (answers: Partial<typeof fullPath>, more: Partial<Details> = {}, logged: LogEntry[] = []) =>
    caseFrom({
      details: { ...details, disputes: [], termsReason: '', ...more },
      answers: { ...fullPath, conduct: ['none'], ...answers },
      entries: logged,
      report: flagsFor(logged, []),
      today: '2026-11-24',
    });
  /** Not being able to pay, instalments, more time: no objection to a payment order (民诉法解释第436条). */
  const NON_GROUNDS = /没钱|无力|缺乏清偿能力|分期|延期|延缓|宽限/;

  it('a payment order and a disputed amount: an objection to the issuing court, listed first, with the amount disputed and why', () => {
    const disputed = courtCase(
      { court: 'paymentOrder', debtMatches: 'differs' },
      { disputes: ['amount'], amountReason: '我已经还了 12000 元，对方没有扣除。' },
    );
    expect(draftsFor(disputed)[0]).toBe('objection');
    const { text, cites, offersToPay, missing } = writeDraft('objection', disputed, textsIn('zh-CN'));
    expect(text.split('\n').slice(0, 5)).toEqual([
      '支付令异议书',
      '',
      '异议人（债务人）：李明，联系方式：13800138000',
      '被异议人（债权人）：某某银行信用卡中心',
      '案号：（2026）京0105民督123号',
    ]);
    expect(text).toContain('异议人于2026年11月20日收到北京市朝阳区人民法院发出的支付令。');
    expect(text).toContain('一、异议人对债务金额有异议。理由：我已经还了 12000 元，对方没有扣除。');
    expect(text).not.toContain('否认欠有');
    expect(text).toMatch(/此致\n北京市朝阳区人民法院\n\n异议人（签名）：\n李明\n2026年11月24日\n$/);
    expect(text).not.toMatch(NON_GROUNDS);
    expect(cites).toEqual(['civProc225', 'civProcInterp436', 'civProcInterp431']);
    expect(offersToPay).toBe(false);
    expect(missing).toEqual([]);
  });

  it('an objection with nothing disputed yet prompts for the dispute rather than inventing one', () => {
    const unverified = courtCase({ court: 'paymentOrder', debtMatches: 'dontKnow' });
    const draft = writeDraft('objection', unverified, textsIn('zh-CN'));
    expect(draft.missing).toEqual(['disputes']);
    expect(draft.text).toContain('【请填写：你对债务本身有什么异议】');
    expect(draft.text).not.toContain('理由：');
  });

  it('a payment order for a debt the user recognises: no objection is drafted, and the page says why and what to do instead', () => {
    const recognised = courtCase({ court: 'paymentOrder', debtMatches: 'matches' }, { disputes: ['amount'], amountReason: '想分期' });
    expect(objectionDeclined(recognised)).toBe(true);
    expect(draftsFor(recognised)).not.toContain('objection');
    expect(zhLetters.drafts.objection.declined).toContain('第436条');
    expect(zhLetters.drafts.objection.declined).toContain('15 日内清偿');
    expect(objectionDeclined(courtCase({ court: 'lawsuit' }))).toBe(false);
  });

  it('a lawsuit from a private lender with high charges: the 4 × LPR cap and its rules, a claim at a time, the log as evidence', () => {
    const logged = [entry('a', '2026-11-18T22:40'), entry('b', '2026-11-19T10:00')];
    const privateLoan = courtCase(
      { court: 'lawsuit', lender: 'private', debtMatches: 'differs', circumstances: ['highCharges'] },
      { lenderName: '王某', disputes: ['terms'], termsReason: '月息 5%，远超法律保护的上限。' },
      logged,
    );
    expect(draftsFor(privateLoan)[0]).toBe('defence');
    const { text, cites, offersToPay } = writeDraft('defence', privateLoan, textsIn('zh-CN'));
    expect(text).toContain('答辩人（被告）：李明');
    expect(text).toContain('被答辩人（原告）：王某');
    expect(text).toContain('一、关于本金：答辩人对原告主张的本金数额不予认可');
    expect(text).toContain(
      '二、关于利息、罚息、违约金和其他费用：答辩人有异议。理由：月息 5%，远超法律保护的上限。依据《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》',
    );
    expect(text).toContain('超过合同成立时一年期贷款市场报价利率四倍的部分，不应支持');
    expect(text).toContain('二、催收记录本：我本人逐次记录的催收联系，共 2 条');
    expect(text).toContain('请求驳回原告没有证据证明、或者超出法律规定部分的诉讼请求。');
    expect(text).not.toContain('没有异议');
    expect(cites).toEqual(expect.arrayContaining(['privateLending25', 'privateLending28', 'civProc128', 'civProc130']));
    expect(offersToPay).toBe(false);
  });

  it('a lawsuit from a credit card or an unknown lender never invokes the private-lending cap', () => {
    for (const lender of ['bankCard', 'dontKnow']) {
      const { text, cites } = writeDraft(
        'defence',
        courtCase({ court: 'lawsuit', lender, debtMatches: 'differs', circumstances: ['highCharges'] }, { disputes: ['terms'], termsReason: '费用过高' }),
        textsIn('zh-CN'),
      );
      expect(text, lender).not.toContain('四倍');
      expect(
        cites.filter((id) => id.startsWith('privateLending')),
        lender,
      ).toEqual([]);
      expect(cites.includes('bankCardDisputes2'), lender).toBe(lender === 'bankCard');
    }
  });

  it('a recognised debt is answered as it stands; a denied one asks for every claim to be dismissed and accepts no part of it', () => {
    const recognised = writeDraft('defence', courtCase({ court: 'lawsuit' }), textsIn('zh-CN')).text;
    expect(recognised).toContain('答辩人对原告主张的本金数额没有异议。');
    expect(recognised).toContain('请求驳回原告超出法律规定部分的诉讼请求。');
    const denied = writeDraft(
      'defence',
      courtCase({ court: 'lawsuit' }, { disputes: ['existence'], existenceReason: '我从没在这个平台借过钱。' }),
      textsIn('en'),
    ).text;
    expect(denied).toContain(
      '1. The loan: the respondent denies that this loan exists between the respondent and the claimant. Reasons: 我从没在这个平台借过钱。',
    );
    expect(denied).toContain("that all the claimant's claims be dismissed.");
    expect(denied).not.toContain('does not dispute the principal');
  });
});

const mythsTool = join(import.meta.dirname, '../../../shared/tools/myths.py');

describe.runIf(existsSync(mythsTool))('legal myths (legal-cn §F)', () => {
  it('appear in no generated draft, in either language', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duice-drafts-'));
    for (const language of ['zh-CN', 'en']) {
      for (const kind of DRAFT_KINDS)
        writeFileSync(join(dir, `${kind}-${language}.md`), writeDraft(kind, creditCardCase(), textsIn(language), 'nfra12378').text);
    }
    expect(() => execFileSync('python3', [mythsTool, dir], { encoding: 'utf8' })).not.toThrow();
  });
});

describe('letter details', () => {
  it('are saved and read back, and unreadable saved details are discarded with a notice', () => {
    saveDetails(localStorage, details);
    expect(loadDetails(localStorage)).toEqual({ details, discarded: false });
    localStorage.setItem('duice:letters', '{"format":1,"details":{"yourName":3}}');
    expect(loadDetails(localStorage)).toEqual({ details: emptyDetails(), discarded: true });
    expect(localStorage.getItem('duice:letters')).toBeNull();
  });

  it('saved before the court papers had fields are read with those fields empty, not discarded', () => {
    localStorage.setItem(
      'duice:letters',
      JSON.stringify({ format: 1, details: { ...emptyDetails(), yourName: '李明', courtName: undefined, disputes: undefined } }),
    );
    expect(loadDetails(localStorage)).toEqual({ details: { ...emptyDetails(), yourName: '李明' }, discarded: false });
    localStorage.setItem('duice:letters', JSON.stringify({ format: 1, details: { ...emptyDetails(), disputes: ['cannotPay'] } }));
    expect(loadDetails(localStorage).discarded).toBe(true);
  });

  it('prefill the agency with the organisation the log names most', () => {
    expect(mostFrequent(entries, 'organisation')).toBe('某某资产管理公司');
    expect(mostFrequent([], 'organisation')).toBe('');
  });
});

describe('the letters screens', () => {
  it('look up only keys the letters copy has', () => {
    const keys = new Set(flatten(zhLetters).map(([key]) => key));
    const dir = join(import.meta.dirname, '../../src/letters');
    const used = readdirSync(dir)
      .filter((f) => f.endsWith('.tsx'))
      .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/\bt\('([\w.]+)'/g)].map((m) => m[1]));
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((key) => !keys.has(key))).toEqual([]);
  });
});
