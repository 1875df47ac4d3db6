import lawJson from '../../flows/law.json' with { type: 'json' };
import logRules from '../../flows/logRules.json' with { type: 'json' };
import { lawSchema } from '../../src/flow/schema.ts';
import { FLAG_IDS, FLAG_RULES } from '../../src/case/log/flags.ts';

const law = lawSchema.parse(lawJson);
const GROUNDS = ['police', 'complaint', 'civilClaim'];
/** Channels a complaint can go to: the lender's regulator, whichever kind of lender it is. */
const COMPLAINT_CHANNELS = ['nfra12378', 'localFinance', 'nifaReport'];

describe('the contact log rule table (flows/logRules.json)', () => {
  it('has only known keys on each flag', () => {
    for (const [id, rule] of Object.entries(logRules.flags)) {
      expect(
        Object.keys(rule).filter((k) => !['category', 'cites', 'grounds', 'channels'].includes(k)),
        id,
      ).toEqual([]);
      expect(['breach', 'notable', 'warning'], id).toContain(rule.category);
    }
  });

  it.each(FLAG_IDS)('%s: every citation and channel resolves in flows/law.json', (id) => {
    const rule = FLAG_RULES[id];
    expect(rule.cites.filter((c) => !(c in law.citations))).toEqual([]);
    expect(rule.channels.filter((c) => !(c in law.channels))).toEqual([]);
    expect(rule.grounds.filter((g) => !GROUNDS.includes(g))).toEqual([]);
    expect(new Set(rule.cites).size).toBe(rule.cites.length);
  });

  it.each(FLAG_IDS)('%s: a breach cites a rule and names its grounds; what is only worth noting is grounds for nothing; a warning claims nothing', (id) => {
    const rule = FLAG_RULES[id];
    if (rule.category === 'warning') {
      expect([rule.cites, rule.grounds, rule.channels]).toEqual([[], [], []]);
      return;
    }
    if (rule.category === 'notable') {
      expect(rule.cites.length).toBeGreaterThan(0);
      expect([rule.grounds, rule.channels]).toEqual([[], []]);
      return;
    }
    expect(rule.cites.length).toBeGreaterThan(0);
    expect(rule.grounds.length).toBeGreaterThan(0);
    // 110 only where a law (the Public Security Administration Punishments Law) backs it.
    expect(rule.grounds.includes('police')).toBe(rule.channels.includes('police110'));
    if (rule.grounds.includes('police')) expect(rule.cites.some((c) => law.citations[c].rule === 'publicSecurityLaw')).toBe(true);
    if (rule.grounds.includes('complaint')) expect(rule.channels).toEqual(expect.arrayContaining(COMPLAINT_CHANNELS));
  });

  it('rests the call-count flags on the standard and the guideline only, never on a law', () => {
    const kinds = (id: keyof typeof FLAG_RULES) => FLAG_RULES[id].cites.map((c) => law.rules[law.citations[c].rule].kind);
    expect(kinds('answeredCallsOverLimit')).toEqual(['standard']);
    expect(kinds('missedCallsOverLimit')).toEqual(['selfRegulation']);
    expect(kinds('night')).toEqual(['standard', 'selfRegulation']);
    expect(kinds('thirdPartyContact')).toEqual(['standard', 'selfRegulation']);
    expect(kinds('feesOrNewLoan')).toEqual(['selfRegulation']);
  });
});
