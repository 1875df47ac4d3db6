import type { ChannelId, CitationId } from '../law/law.ts';

/**
 * The legal aid pre-check (法律援助法, legal-cn J): what free legal aid can do for a borrower.
 * Pure: the answers decide what the page says, which rules it cites and which papers it lists.
 */

/** What the user wants done: advice, papers written, or representation in court. */
export const NEEDS = ['advice', 'writing', 'court'] as const;
export type Need = (typeof NEEDS)[number];
export const COURT_PAPER_ANSWERS = ['yes', 'no'] as const;
export type CourtPaperAnswer = (typeof COURT_PAPER_ANSWERS)[number];

/** The papers to bring (材料清单), the same whatever the answers: a consultation and an application both need them. */
export const PAPERS = ['id', 'contract', 'lent', 'repaid', 'statement', 'court', 'log', 'plan', 'hardship'] as const;

export type LegalAidCheck = {
  need: Need;
  /**
   * Free representation or writing for a loan dispute is outside the matters 法律援助法第31条
   * lists (legal-cn J1): said plainly, with free advice at 12348 in its place. Advice is for anyone.
   */
  outsideArticle31: boolean;
  /** Court papers received: their 15-day periods run whatever legal aid answers. */
  courtDeadline: boolean;
  cites: CitationId[];
  channels: ChannelId[];
};

/** Advice: for anyone (第23条); writing and representation: outside 第31条, applied for where the court is (第38条). */
const NEED_CITES: Record<Need, CitationId[]> = { advice: ['legalAid23'], writing: ['legalAid31'], court: ['legalAid31', 'legalAid38'] };

export function legalAidCheck(need: Need, courtPapers: CourtPaperAnswer): LegalAidCheck {
  const cites = NEED_CITES[need];
  return {
    need,
    outsideArticle31: need !== 'advice',
    courtDeadline: courtPapers === 'yes',
    cites: courtPapers === 'yes' ? [...cites, 'civProc225', 'civProc128'] : cites,
    channels: ['legalAid12348'],
  };
}
