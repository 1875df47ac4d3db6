// @vitest-environment jsdom
import { loadComplaints, newComplaint, replyRule, saveComplaints, storedComplaints, type Complaint } from '../../src/case/complaints.ts';

const KEY = storedComplaints.key;
const filed = (over: Partial<Complaint>): Complaint => ({
  ...newComplaint('2026-09-29', 'bankCard'),
  reference: 'TS2026092900123',
  asked: '停止向我家人催收',
  ...over,
});

beforeEach(() => localStorage.clear());

describe('the complaints kept on the phone', () => {
  it('read back as saved, and none saved leaves no key', () => {
    const complaints = [filed({}), filed({ channel: 'nfra12378', lenderType: undefined, filedOn: '2026-10-20' })];
    saveComplaints(localStorage, complaints);
    expect(loadComplaints(localStorage)).toEqual({ complaints, discarded: false });
    saveComplaints(localStorage, []);
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(loadComplaints(localStorage)).toEqual({ complaints: [], discarded: false });
  });

  it.each([
    ['not JSON', '{"format":1,"complaints":['],
    ['another format', JSON.stringify({ format: 2, complaints: [] })],
    ['not a list', JSON.stringify({ format: 1, complaints: {} })],
  ])('discards a value that is %s, removes it and says so', (_, raw) => {
    localStorage.setItem(KEY, raw);
    expect(loadComplaints(localStorage)).toEqual({ complaints: [], discarded: true });
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('drops only the records that cannot be trusted, and says so', () => {
    const good = filed({});
    const bad = [
      { ...good, id: 'a', filedOn: '2026-02-30' },
      { ...good, id: 'b', channel: 'wechat' },
      { ...good, id: 'c', lenderType: 'loanShark' },
      { ...good, id: 'd', reference: 'x'.repeat(101) },
      { ...good, id: 'e', asked: 42 },
      'a complaint',
    ];
    localStorage.setItem(KEY, JSON.stringify({ format: 1, complaints: [good, ...bad] }));
    expect(loadComplaints(localStorage)).toEqual({ complaints: [good], discarded: true });
    // Removed from storage as read: the next read finds only the good one, and nothing to tell.
    expect(loadComplaints(localStorage)).toEqual({ complaints: [good], discarded: false });
  });
});

describe('the reply rule of each channel (legal-cn Q)', () => {
  it('gives a bank, a card issuer and a consumer finance company 15 calendar days, extendable to 30 and 60, then the regulator or mediation', () => {
    for (const lenderType of ['bankCard', 'bankLoan', 'consumerFinance'] as const) {
      expect(replyRule(filed({ lenderType }))).toMatchObject({ period: { kind: 'calendarDays', days: [15, 30, 60] }, next: ['nfra12378', 'mediation'] });
    }
  });

  it('gives the regulator 7 working days to pass a complaint on', () => {
    expect(replyRule(filed({ channel: 'nfra12378' }))).toMatchObject({
      period: { kind: 'workingDays', days: 7 },
      cites: ['complaintRules33', 'complaintRules43'],
    });
  });

  it('gives no period where legal-cn confirms none: a small-loan company (Q6), its local regulator, and the rest', () => {
    expect(replyRule(filed({ lenderType: 'smallLoan' }))).toMatchObject({ period: { kind: 'unknown' }, noPeriod: 'localFinance', next: ['localFinance'] });
    expect(replyRule(filed({ channel: 'localFinance' }))).toMatchObject({ period: { kind: 'unknown' }, noPeriod: 'localFinance' });
    for (const channel of ['nifaReport', 'report12321', 'police110'] as const) {
      expect(replyRule(filed({ channel }))).toMatchObject({ period: { kind: 'unknown' }, noPeriod: 'none', cites: [] });
    }
    expect(replyRule(filed({ lenderType: undefined })).period).toEqual({ kind: 'unknown' });
  });
});
