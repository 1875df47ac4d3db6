import { COURT_PAPER_ANSWERS, legalAidCheck, NEEDS } from '../../src/help/legalAid.ts';
import { law } from '../../src/law/law.ts';

describe('the legal aid pre-check', () => {
  it.each([
    ['advice', 'no', false, ['legalAid23']],
    ['writing', 'no', true, ['legalAid31']],
    ['court', 'no', true, ['legalAid31', 'legalAid38']],
    ['court', 'yes', true, ['legalAid31', 'legalAid38', 'civProc225', 'civProc128']],
    ['advice', 'yes', false, ['legalAid23', 'civProc225', 'civProc128']],
  ] as const)('%s, court papers %s: outside Article 31 %s, citing %j', (need, papers, outside, cites) => {
    const check = legalAidCheck(need, papers);
    expect(check.outsideArticle31).toBe(outside);
    expect(check.courtDeadline).toBe(papers === 'yes');
    expect(check.cites).toEqual(cites);
    expect(check.channels).toEqual(['legalAid12348']);
  });

  it('cites only confirmed articles, and always points to 12348', () => {
    for (const need of NEEDS)
      for (const papers of COURT_PAPER_ANSWERS) {
        const check = legalAidCheck(need, papers);
        for (const id of check.cites) expect(['P', 'S']).toContain(law.citations[id].status);
        expect(check.channels).toContain('legalAid12348');
      }
  });
});
