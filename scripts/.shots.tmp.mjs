// Temporary: screenshots of the screens this change touched, at 360×740 in zh-CN (not committed).
import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:4480';
const flow = (answers) => JSON.stringify({ format: 1, flowId: 'triage', flowVersion: 2, answers });
const scamCourt = { danger: 'no', selfHarm: 'no', caller: 'authority', channels: ['calls'], named: 'no', debtMatches: 'dontKnow', payRequests: ['personalAccount'], transferred: 'dontKnow', conduct: ['impersonation'], lender: 'dontKnow', court: 'paymentOrder', canPay: 'nothing', circumstances: ['none'], goal: 'notSure' };
const noDebt = { ...scamCourt, caller: 'agency', named: 'partly', debtMatches: 'noDebt', payRequests: ['none'], conduct: ['manyCalls'], lender: 'consumerFinance', court: 'none', canPay: 'part', goal: 'negotiate' };
const planSaved = JSON.stringify({ format: 1, value: { shown: true, draft: { income: '5000', essentials: '4500', borrowingToRepay: false, debts: [
  { id: '1', lender: '某某消费金融', type: 'consumerFinance', outstanding: '20000', monthlyDue: '2000', daysOverdue: '30', court: 'paymentOrder' },
  { id: '2', lender: '某银行信用卡', type: 'bankCard', outstanding: '68000', monthlyDue: '3000', daysOverdue: '90', court: 'none' },
] } } });
const shots = [
  ['scamWarning', '/q/scamWarning', { 'duice:flow:triage': flow({ ...scamCourt, transferred: undefined, conduct: undefined, lender: undefined, court: undefined, canPay: undefined, circumstances: undefined, goal: undefined }) }],
  ['payRequests', '/q/payRequests', { 'duice:flow:triage': flow({ danger: 'no', selfHarm: 'no', caller: 'lender', channels: ['calls'], named: 'yes', debtMatches: 'matches' }) }],
  ['checklist-scam-paymentOrder', '/checklist', { 'duice:flow:triage': flow(scamCourt) }],
  ['letters-noDebt', '/letters', { 'duice:flow:triage': flow(noDebt) }],
  ['draft-negotiate-noDebt', '/letters/negotiate', { 'duice:flow:triage': flow(noDebt) }],
  ['draft-basis-noDebt', '/letters/basis', { 'duice:flow:triage': flow(noDebt) }],
  ['plan-paymentOrder-beyondTerm', '/tools/plan', { 'duice:money:plan': planSaved }],
];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [name, path, storage] of shots) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(base + '/data');
  await page.evaluate((s) => { for (const [k, v] of Object.entries(s)) localStorage.setItem(k, v); }, storage);
  await page.goto(base + path);
  await page.waitForTimeout(4000);
  await page.screenshot({ path: `/work/shots/${name}.png` });
  await page.screenshot({ path: `/work/shots/${name}-full.png`, fullPage: true });
  await context.close();
}
await browser.close();
