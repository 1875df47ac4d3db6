import type { TFunction } from 'i18next';
import { inScope } from '../case/case.ts';
import { FLAG_IDS, FLAG_RULES, type FlagId } from '../case/log/flags.ts';
import { citeText } from '../law/citeText.ts';
import { law, type CitationId } from '../law/law.ts';
import { offersNegotiation, POLICE_CONDUCT, POLICE_FLAGS, type LetterCase } from '../case/letterCase.ts';
import { DISPUTE_REASONS, DISPUTES, type Dispute, type TextField } from '../case/details.ts';
import { routesFor, type Channel } from '../case/routing.ts';
import { dateFormat } from '../lib/intl.ts';

/** In the order they are listed: a paper to file in court first, as its deadline is the most urgent. */
export const DRAFT_KINDS = ['objection', 'defence', 'basis', 'negotiate', 'stopThirdParty', 'complaint', 'relatives', 'phoneScript'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];
/** The papers filed in a court, rather than sent to a lender or a regulator. */
export const COURT_PAPERS: readonly DraftKind[] = ['objection', 'defence'];

/** What a draft can still need from the user: a field, or which part of the debt they dispute. */
export type Missing = TextField | 'disputes';

/**
 * A draft: its text, the fields the user still has to fill in (shown as prompts in the text), the
 * rules it cites, and whether it offers to pay (then the screen says in one line what that concedes).
 */
export type Draft = { text: string; missing: Missing[]; cites: CitationId[]; offersToPay: boolean };

/**
 * A payment order for a debt the user recognises: an objection must dispute the debt itself
 * (民诉法解释第436条), so no objection is drafted for a dispute they do not have.
 */
export const objectionDeclined = (letterCase: LetterCase) => letterCase.theCase.courtStages.has('paymentOrder') && letterCase.theCase.debt === 'recognised';

function offered(kind: DraftKind, letterCase: LetterCase): boolean {
  if (kind === 'negotiate') return offersNegotiation(letterCase);
  if (kind === 'objection') return letterCase.theCase.courtStages.has('paymentOrder') && !objectionDeclined(letterCase);
  if (kind === 'defence') return letterCase.theCase.courtStages.has('lawsuit');
  return true;
}

/**
 * The drafts that fit the case: an offer to negotiate repayment only for a debt the user
 * recognises; an objection to a payment order, and a defence to a lawsuit, for those papers.
 */
export const draftsFor = (letterCase: LetterCase): DraftKind[] => DRAFT_KINDS.filter((kind) => offered(kind, letterCase));

/** Translation functions for the namespaces a letter draws on. */
export type Texts = { t: TFunction<'letters'>; ui: TFunction; tt: TFunction<'triage'>; log: TFunction<'log'>; language: string };

/** Where a complaint can be addressed (110 takes a report, not a letter, but the same facts). */
export type Addressee = Channel;

/** A complaint goes to one of the channels that fit; the lender's own line when none is known yet. */
export function addresseesFor(letterCase: LetterCase): Addressee[] {
  const channels = routesFor(letterCase.lenderType, letterCase.concerns).map((r) => r.channel);
  return channels.includes('lender') ? channels : ['lender', ...channels];
}

/** Contacts listed one by one in a complaint; more are summed up and the full record is attached. */
const LISTED_CONTACTS = 30;

const CREDIT_CARD = 'bankCard';

/**
 * Collects paragraphs, and the fields still missing: a missing value becomes a visible prompt
 * in the text ("【请填写：借款机构名称】"), never an empty gap or a leftover placeholder.
 */
class Writer {
  readonly lines: string[] = [];
  readonly missing = new Set<Missing>();
  readonly cites = new Set<CitationId>();
  offersToPay = false;
  readonly x: Texts;
  readonly c: LetterCase;
  constructor(texts: Texts, letterCase: LetterCase) {
    this.x = texts;
    this.c = letterCase;
  }

  value(field: TextField): string {
    const value = this.c.details[field].trim();
    if (value) return value;
    this.missing.add(field);
    return this.x.t('common.prompt', { field: this.x.t(`fields.${field}`) });
  }
  optional(field: TextField): string {
    return this.c.details[field].trim();
  }
  line(text: string) {
    this.lines.push(text);
  }
  cite(...ids: CitationId[]) {
    for (const id of ids) this.cites.add(id);
  }
  /** Whether a rule binds this case's lender (信用卡办法 only a credit card's, the standards only institutions). */
  binds(id: CitationId): boolean {
    return inScope(law.citations[id].lenders, this.c.theCase);
  }
  /**
   * Whether a rule scoped to some lenders is known to bind this case: a court paper that invokes
   * it asserts that it applies, which an unknown lender cannot support.
   */
  surelyBinds(id: keyof typeof law.citations): boolean {
    return this.c.theCase.lenders.size > 0 && this.binds(id);
  }
  /** Articles of one rule as the text of a court paper: the rule named once, its articles, its kind. */
  citing(...ids: (keyof typeof law.citations)[]): string {
    this.cite(...ids);
    const { ui, tt } = this.x;
    const rule = law.citations[ids[0]].rule;
    const articles = ids.map((id) => tt(`citations.${id}.article`)).join(this.x.t('common.listSeparator'));
    return ui('citeRef', { rule: tt(`rules.${rule}`), article: articles }) + ui('checklist.kindSuffix', { kind: ui(`kind.${law.rules[rule].kind}`) });
  }
  /** "一、…" in Chinese, "1. …" in English. */
  list(items: string[]) {
    items.forEach((text, i) => this.line(this.x.t('common.item', { n: this.x.t('common.ordinals').split('|')[i] ?? String(i + 1), text })));
  }
  heading(title: string, to?: string) {
    this.line(title);
    this.line('');
    if (to) this.line(this.x.t('common.to', { to }));
  }
  signOff() {
    this.line('');
    this.line(this.x.t('common.closing'));
    this.line(this.value('yourName'));
    this.line(longDate(this.c.today, this.x.language));
  }
  done(): Draft {
    return {
      text:
        this.lines
          .join('\n')
          .replace(/\n{3,}/g, '\n\n')
          .trim() + '\n',
      missing: [...this.missing],
      cites: [...this.cites],
      offersToPay: this.offersToPay,
    };
  }
}

/** "2026年11月24日" / "24 November 2026". */
export function longDate(day: string, language: string): string {
  const date = new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return dateFormat(language, { year: 'numeric', month: 'long', day: 'numeric' }).format(date);
}

const isCreditCard = (c: LetterCase) => c.lenderType === CREDIT_CARD;

/** "我是张三（卡号尾号 1234）" and who contacted them, the opening most letters share. */
function introduce(w: Writer) {
  const account = w.optional('accountRef');
  const agency = w.optional('agencyName');
  w.line(w.x.t(account ? 'common.iAmWithAccount' : 'common.iAm', { name: w.value('yourName'), account }));
  w.line(agency ? w.x.t('common.contactedByAgency', { agency }) : w.x.t('common.contactedByLender'));
}

function basis(w: Writer) {
  const { t } = w.x;
  w.heading(t('drafts.basis.title'), w.value('lenderName'));
  introduce(w);
  w.line(t('drafts.basis.purpose'));
  const asks = [t('drafts.basis.contract'), t('drafts.basis.record'), t('drafts.basis.breakdown'), t('drafts.basis.mandate')];
  if (w.c.transferred) {
    asks.push(t('drafts.basis.transfer'));
    w.cite('civilCode546');
  }
  w.list(asks);
  if (isCreditCard(w.c)) {
    w.line(t('drafts.basis.creditCardNotice'));
    w.cite('creditCardRules69');
  }
  if (w.optional('agencyName') && w.binds('consumerProtectionRules')) {
    w.line(t('drafts.basis.agencyNotice'));
    w.cite('consumerProtectionRules');
  }
  w.line(t('drafts.basis.reply', { contact: w.value('yourContact') }));
  w.signOff();
}

function negotiate(w: Writer) {
  const { t } = w.x;
  w.heading(t('drafts.negotiate.title'), w.value('lenderName'));
  const account = w.optional('accountRef');
  w.line(t(account ? 'drafts.negotiate.openingWithAccount' : 'drafts.negotiate.opening', { name: w.value('yourName'), account }));
  const reasons = w.optional('reasons');
  if (reasons) w.line(t('drafts.negotiate.reasons', { reasons }));
  w.offersToPay = true;
  w.line(t('drafts.negotiate.willing'));
  w.line(t('drafts.negotiate.proposal', { start: w.value('startDate'), perMonth: w.value('perMonth'), months: w.value('months') }));
  if (isCreditCard(w.c)) {
    w.line(t('drafts.negotiate.creditCard'));
    w.cite('creditCardRules70');
  }
  w.line(t('drafts.negotiate.documents'));
  w.line(t('drafts.negotiate.inWriting'));
  w.signOff();
}

function stopThirdParty(w: Writer) {
  const { t } = w.x;
  const agency = w.optional('agencyName');
  w.heading(t('drafts.stopThirdParty.title'), agency ? t('common.lenderAndAgency', { lender: w.value('lenderName'), agency }) : w.value('lenderName'));
  introduce(w);
  const logged = w.c.thirdPartyContacts;
  if (logged.length > 0) {
    w.line(
      t('drafts.stopThirdParty.logged', {
        count: logged.length,
        from: longDate(logged[0].at.slice(0, 10), w.x.language),
        to: longDate(logged.at(-1)!.at.slice(0, 10), w.x.language),
      }),
    );
  } else {
    w.line(t('drafts.stopThirdParty.happened'));
  }
  w.line(t('drafts.stopThirdParty.reachable', { contact: w.value('yourContact') }));
  if (w.binds('gbt45251')) {
    w.line(t('drafts.stopThirdParty.rules'));
    w.cite('gbt45251', 'bankAssocGuide');
  }
  if (isCreditCard(w.c)) {
    w.line(t('drafts.stopThirdParty.creditCard'));
    w.cite('creditCardRules68');
  }
  w.line(t('drafts.stopThirdParty.privacy'));
  w.cite('civilCode1033', 'pipl10');
  w.line(t('drafts.stopThirdParty.passOn'));
  w.signOff();
}

/**
 * The rules a flag rests on that bind this case's lender, each with its kind, as one line of a
 * complaint; a report to the police names only laws, the police's business.
 */
function flagRules(w: Writer, flag: FlagId, lawsOnly: boolean): string {
  const cites = FLAG_RULES[flag].cites.filter((id) => w.binds(id) && (!lawsOnly || law.rules[law.citations[id].rule].kind === 'law'));
  w.cite(...cites);
  return w.x.t('drafts.complaint.flagRules', {
    flag: w.x.log(`flags.${flag}.title`),
    rules: cites.map((id) => citeText(w.x.ui, w.x.tt, id)).join(w.x.t('common.listSeparator')),
  });
}

/** What a complaint (or a report to the police) reports: the contacts the log flagged, or the triage's answers. */
function reported(w: Writer, police: boolean) {
  // The police take what is theirs to deal with: threats, insults, entering a home, impersonation, spreading private information.
  const contacts = police
    ? w.c.contacts.map((c) => ({ ...c, flags: c.flags.filter((f) => POLICE_FLAGS.includes(f)) })).filter((c) => c.flags.length > 0)
    : w.c.contacts;
  const conduct = police ? w.c.conduct.filter((c) => POLICE_CONDUCT.includes(c)) : w.c.conduct;
  return { contacts, conduct };
}

/** The lender complained about, and the agency collecting for it when known. */
function respondent(w: Writer): string {
  const agency = w.optional('agencyName');
  return w.value('lenderName') + (agency ? w.x.t('drafts.complaint.agencyPart', { agency }) : '');
}

function complaintFacts(w: Writer, to: Addressee) {
  const { t } = w.x;
  const police = to === 'police110';
  const { contacts, conduct } = reported(w, police);
  if (contacts.length > 0) {
    w.line(
      t('drafts.complaint.facts', {
        from: longDate(contacts[0].entry.at.slice(0, 10), w.x.language),
        to: longDate(contacts.at(-1)!.entry.at.slice(0, 10), w.x.language),
      }),
    );
    for (const { entry, flags } of contacts.slice(0, LISTED_CONTACTS)) {
      const who = [entry.organisation, entry.phone].filter(Boolean).join(' ');
      w.line(
        t('drafts.complaint.contact', {
          date: longDate(entry.at.slice(0, 10), w.x.language),
          time: entry.at.slice(11),
          kind: w.x.log(`kinds.${entry.kind}`),
          who: who || t('drafts.complaint.unknownCaller'),
          flags: flags.map((f) => w.x.log(`flags.${f}.title`)).join(t('common.listSeparator')),
        }),
      );
    }
    if (contacts.length > LISTED_CONTACTS) w.line(t('drafts.complaint.more', { count: contacts.length - LISTED_CONTACTS }));
    const counts = FLAG_IDS.map((flag) => [flag, contacts.filter((c) => c.flags.includes(flag)).length] as const).filter(([, n]) => n > 0);
    w.line(
      t('drafts.complaint.totals', {
        totals: counts.map(([flag, n]) => t('drafts.complaint.total', { flag: w.x.log(`flags.${flag}.title`), count: n })).join(t('common.listSeparator')),
      }),
    );
    w.line('');
    w.line(t('drafts.complaint.rulesIntro'));
    for (const [flag] of counts) w.line(flagRules(w, flag, police));
    if (!police && isCreditCard(w.c) && counts.some(([flag]) => flag === 'disclosure')) {
      w.line(t('drafts.complaint.creditCardThirdParty', { rule: citeText(w.x.ui, w.x.tt, 'creditCardRules68') }));
      w.cite('creditCardRules68');
    }
  } else if (conduct.length > 0) {
    w.line(t('drafts.complaint.factsFromAnswers', { conduct: conduct.map((c) => w.x.tt(`nodes.conduct.answers.${c}`)).join(t('common.listSeparator')) }));
    w.line(t('common.prompt', { field: t('drafts.complaint.datesNeeded') }));
  } else {
    w.line(t('common.prompt', { field: t('drafts.complaint.whatHappened') }));
  }
}

/** What the complaint asks for, as a numbered list. */
function complaintAsks(w: Writer, to: Addressee) {
  const { t } = w.x;
  if (to === 'police110') {
    const { contacts, conduct } = reported(w, true);
    // What the police do: deal with the offence, and for harassment, pestering or stalking, order the
    // person to stay away for a period (治安管理处罚法第50条第2款).
    const asks = [t('drafts.complaint.askPolice')];
    if (contacts.some((c) => c.flags.includes('threatsInsults')) || conduct.some((c) => c === 'threats' || c === 'insults')) {
      asks.push(t('drafts.complaint.askNoContact'));
      w.cite('publicSecurity50');
    }
    w.list(asks);
  } else {
    const asks = [t(to === 'lender' ? 'drafts.complaint.askLender' : 'drafts.complaint.askRegulator', { lender: w.value('lenderName') })];
    if (w.c.concerns.has('thirdParty')) asks.push(t('drafts.complaint.askThirdParty'));
    asks.push(t('drafts.complaint.askReply'));
    w.list(asks);
  }
}

function complaint(w: Writer, to: Addressee) {
  const { t } = w.x;
  const police = to === 'police110';
  const lender = w.value('lenderName');
  const toName = to === 'lender' ? lender : w.x.tt(`channels.${to}.name`);
  w.heading(t(police ? 'drafts.complaint.reportTitle' : 'drafts.complaint.title', { lender }), toName);
  w.line(t('drafts.complaint.complainant', { name: w.value('yourName'), contact: w.value('yourContact') }));
  w.line(t('drafts.complaint.respondent', { lender: respondent(w) }));
  w.line('');
  complaintFacts(w, to);
  w.line('');
  w.line(t('drafts.complaint.asksIntro'));
  complaintAsks(w, to);
  if (!police && offersNegotiation(w.c)) {
    w.offersToPay = true;
    w.line(t('drafts.complaint.stillWilling', { lender }));
  }
  attachments(w);
  w.signOff();
}

/**
 * A complaint's 附件: what the user actually has. First the evidence pack, by the title it prints
 * under (so the user knows which document to print), with what it holds; then the kinds of
 * evidence they said they kept. With none, a prompt.
 */
function attachments(w: Writer) {
  const { t } = w.x;
  const { loggedContacts, loggedImages } = w.c;
  const contents = [
    t('drafts.complaint.packContacts', { count: loggedContacts }),
    ...(loggedImages > 0 ? [t('drafts.complaint.packImages', { count: loggedImages })] : []),
  ];
  const pack =
    loggedContacts > 0 ? [t('drafts.complaint.attachPack', { title: w.x.log('evidence.title'), contents: contents.join(t('drafts.complaint.packAnd')) })] : [];
  const items = [...pack, ...w.c.details.evidence.map((e) => t(`evidence.${e}`))];
  w.line('');
  if (items.length === 0) return w.line(t('common.prompt', { field: t('fields.evidence') }));
  w.line(t('drafts.complaint.attachments'));
  w.list(items);
}

/** What a complaint form asks for, each ready to copy: written from the case as the complaint draft is. */
export const COMPLAINT_FIELDS = ['name', 'contact', 'institution', 'facts', 'request'] as const;
export type ComplaintField = (typeof COMPLAINT_FIELDS)[number];

export function complaintFields(letterCase: LetterCase, texts: Texts, to: Addressee): Record<ComplaintField, string> {
  const part = (write: (w: Writer) => void) => {
    const w = new Writer(texts, letterCase);
    write(w);
    return w.done().text.trim();
  };
  return {
    name: part((w) => w.line(w.value('yourName'))),
    contact: part((w) => w.line(w.value('yourContact'))),
    institution: part((w) => w.line(respondent(w))),
    facts: part((w) => complaintFacts(w, to)),
    request: part((w) => complaintAsks(w, to)),
  };
}

function relatives(w: Writer) {
  const { t } = w.x;
  for (const key of ['greeting', 'notYours', 'ifContacted', 'dontPay', 'screenshots', 'thanks'] as const) w.line(t(`drafts.relatives.${key}`));
  w.line(w.value('yourName'));
}

function phoneScript(w: Writer) {
  const { t } = w.x;
  w.heading(t('drafts.phoneScript.title'));
  w.line(t('drafts.phoneScript.sayIntro'));
  // Only a debt the user recognises is talked of as one being negotiated.
  w.list(
    ['who', 'writtenNotice', 'onlyMe', 'officialAccount', offersNegotiation(w.c) ? 'noPromises' : 'notChecked'].map((k) => t(`drafts.phoneScript.say.${k}`)),
  );
  w.cite('nifaConvention15', 'bankAssocGuide');
  w.line('');
  w.line(t('drafts.phoneScript.noteIntro'));
  w.list(['when', 'who', 'lender', 'amount', 'deadline', 'threats'].map((k) => t(`drafts.phoneScript.note.${k}`)));
  w.line('');
  w.line(t('drafts.phoneScript.dontIntro'));
  w.list(['codes', 'transfer', 'argue'].map((k) => t(`drafts.phoneScript.dont.${k}`)));
  w.line(t('drafts.phoneScript.threatened'));
  w.cite('publicSecurity50');
}

/** A date typed in a date field as a long date; anything else as typed. */
const servedOn = (w: Writer) => {
  const value = w.value('servedOn');
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? longDate(value, w.x.language) : value;
};

/** The head of a court paper: its title, the parties, the case number. */
function courtHeading(w: Writer, kind: 'objection' | 'defence') {
  const { t } = w.x;
  w.line(t(`drafts.${kind}.title`));
  w.line('');
  w.line(t(`drafts.${kind}.you`, { name: w.value('yourName'), contact: w.value('yourContact') }));
  w.line(t(`drafts.${kind}.lender`, { lender: w.value('lenderName') }));
  w.line(t('court.caseNumber', { caseNumber: w.value('caseNumber') }));
  w.line('');
}

/** The end of a court paper: to the court, the line to sign on, the date. */
function courtSignOff(w: Writer, kind: 'objection' | 'defence') {
  w.line('');
  w.line(w.x.t('court.closing'));
  w.line(w.value('courtName'));
  w.line('');
  w.line(w.x.t(`drafts.${kind}.signature`));
  w.line(w.value('yourName'));
  w.line(longDate(w.c.today, w.x.language));
}

/**
 * A written objection to a payment order (民事诉讼法第225至228条): to the court that issued it,
 * within 15 days, and to the debt itself. Its grounds are only what the user disputes and says why;
 * not being able to pay, instalments or more time are no objection (民诉法解释第436条) and are
 * never written as one.
 */
function objection(w: Writer) {
  const { t } = w.x;
  courtHeading(w, 'objection');
  w.line(t('drafts.objection.served', { date: servedOn(w), court: w.value('courtName') }));
  const grounds = DISPUTES.filter((d) => w.c.details.disputes.includes(d));
  if (grounds.length > 0) {
    w.line(t('drafts.objection.intro'));
    w.list(grounds.map((d) => t(`drafts.objection.${d}`, { reason: w.value(DISPUTE_REASONS[d]) })));
  } else {
    w.missing.add('disputes');
    w.line(t('common.prompt', { field: t('fields.disputes') }));
  }
  w.line(t('drafts.objection.ask'));
  w.cite('civProc225', 'civProcInterp436', 'civProcInterp431');
  courtSignOff(w, 'objection');
}

/**
 * The outline of a defence (答辩状) to a lawsuit: each claim answered, the facts in the user's words,
 * the evidence and the request. A debt the user has not recognised is never conceded: what they do
 * not dispute in so many words is left for the lender to prove.
 */
function defence(w: Writer) {
  const { t } = w.x;
  const recognised = w.c.theCase.debt === 'recognised';
  const disputes = w.c.details.disputes;
  courtHeading(w, 'defence');
  w.line(t('drafts.defence.served', { date: servedOn(w), court: w.value('courtName') }));
  const reason = (d: Dispute) => w.value(DISPUTE_REASONS[d]);
  const claims: string[] = [];
  if (disputes.includes('existence')) claims.push(t('drafts.defence.existence', { reason: reason('existence') }));
  if (disputes.includes('amount')) claims.push(t('drafts.defence.amount', { reason: reason('amount') }));
  else claims.push(t(recognised && !disputes.includes('existence') ? 'drafts.defence.amountAgreed' : 'drafts.defence.amountToProve'));
  const charges = [disputes.includes('terms') ? t('drafts.defence.terms', { reason: reason('terms') }) : t('drafts.defence.termsToShow')];
  // The caps on charges: 4 × LPR binds only a private lender; a credit card's charges may be reduced.
  if (w.surelyBinds('privateLending25')) charges.push(t('drafts.defence.lprCap', { rules: w.citing('privateLending25', 'privateLending28') }));
  if (disputes.includes('terms') && w.surelyBinds('bankCardDisputes2'))
    charges.push(t('drafts.defence.creditCardReduce', { rule: w.citing('bankCardDisputes2') }));
  else if (disputes.includes('terms') && !w.c.theCase.lenders.has('private')) charges.push(t('drafts.defence.reduce'));
  claims.push(charges.join(''));
  w.line(t('drafts.defence.intro'));
  w.list(claims);
  w.line('');
  w.line(t('drafts.defence.factsHeading'));
  w.line(w.value('courtFacts'));
  w.line('');
  w.line(t('drafts.defence.evidenceHeading'));
  w.list([w.value('courtEvidence'), ...(w.c.loggedContacts > 0 ? [t('drafts.defence.log', { count: w.c.loggedContacts })] : [])]);
  w.line('');
  w.line(t('drafts.defence.askHeading'));
  w.line(t(disputes.includes('existence') ? 'drafts.defence.askAll' : recognised ? 'drafts.defence.askBeyondLaw' : 'drafts.defence.askUnproven'));
  w.cite('civProc128', 'civProc130', 'civProc147');
  courtSignOff(w, 'defence');
}

/** Writes one draft from the case; `to` is the complaint's addressee. */
export function writeDraft(kind: DraftKind, letterCase: LetterCase, texts: Texts, to: Addressee = 'lender'): Draft {
  const w = new Writer(texts, letterCase);
  if (kind === 'objection') objection(w);
  else if (kind === 'defence') defence(w);
  else if (kind === 'basis') basis(w);
  else if (kind === 'negotiate') negotiate(w);
  else if (kind === 'stopThirdParty') stopThirdParty(w);
  else if (kind === 'complaint') complaint(w, to);
  else if (kind === 'relatives') relatives(w);
  else phoneScript(w);
  return w.done();
}
