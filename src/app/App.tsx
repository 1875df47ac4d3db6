import { lazy, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Route, Routes } from 'react-router';
import { Page } from '../components/Page.tsx';
import { loadWholeUi } from './i18n.ts';
import { Layout } from './Layout.tsx';
import { BlankPage } from './QuickExit.tsx';
import { StartPage } from './StartPage.tsx';

/**
 * A screen that is its own download: `load` imports its module, `name` is the component it exports;
 * it also waits for the whole `ui` copy, of which the first download holds only the start page's.
 * Once the module is here, the screen renders at once; React.lazy alone would still suspend on its
 * first render, and React then holds the new screen back for up to 300 ms. Which of the two a
 * screen uses is fixed when it mounts, so it never remounts midway and loses what was typed.
 */
function screen<M>(load: () => Promise<M>, name: keyof M) {
  let ready: ComponentType | undefined;
  const fetch = () => Promise.all([load(), loadWholeUi()]).then(([m]) => (ready = m[name] as ComponentType));
  const Lazy = lazy(() => fetch().then((component) => ({ default: component })));
  function Screen() {
    const [Component] = useState(() => ready ?? Lazy);
    return <Component />;
  }
  return Object.assign(Screen, { preload: fetch });
}

// The question screen brings the triage engine (the XState machine) with it.
const QuestionPage = screen(() => import('../triage/QuestionPage.tsx'), 'QuestionPage');
const ContinuePage = screen(() => import('../triage/QuestionPage.tsx'), 'ContinuePage');
const ReviewPage = screen(() => import('../triage/ReviewPage.tsx'), 'ReviewPage');
const ChecklistPage = screen(() => import('../triage/ChecklistPage.tsx'), 'ChecklistPage');
const DataPage = screen(() => import('./DataPage.tsx'), 'DataPage');
const DeleteDataPage = screen(() => import('./DeleteDataPage.tsx'), 'DeleteDataPage');
const RestartPage = screen(() => import('./RestartPage.tsx'), 'RestartPage');

/**
 * Screens the start page does not need: each is its own download, kept out of the first one so
 * the start page is ready sooner. app/main.tsx fetches them one at a time once the first screen is up, before they are
 * needed.
 */
export const laterScreens = [QuestionPage, ContinuePage, ReviewPage, ChecklistPage, DataPage, DeleteDataPage, RestartPage];

// The tools load when opened (and the service worker keeps them for offline use).
const LogPage = screen(() => import('../log/LogPage.tsx'), 'LogPage');
const LogEntryPage = screen(() => import('../log/LogEntryPage.tsx'), 'LogEntryPage');
const TimelinePage = screen(() => import('../log/TimelinePage.tsx'), 'TimelinePage');
const EvidencePage = screen(() => import('../log/EvidencePage.tsx'), 'EvidencePage');
const BackupPage = screen(() => import('../log/BackupPage.tsx'), 'BackupPage');
const LettersPage = screen(() => import('../letters/LettersPage.tsx'), 'LettersPage');
const LetterDetailsPage = screen(() => import('../letters/DetailsPage.tsx'), 'DetailsPage');
const DraftPage = screen(() => import('../letters/DraftPage.tsx'), 'DraftPage');
const SummaryPage = screen(() => import('../letters/SummaryPage.tsx'), 'SummaryPage');
const ComplaintsPage = screen(() => import('../letters/ComplaintsPage.tsx'), 'ComplaintsPage');
const CostPage = screen(() => import('../money/CostPage.tsx'), 'CostPage');
const PlanPage = screen(() => import('../money/PlanPage.tsx'), 'PlanPage');
const CourtCheckPage = screen(() => import('../triage/CourtCheckPage.tsx'), 'CourtCheckPage');
const MediationPage = screen(() => import('../money/MediationPage.tsx'), 'MediationPage');
const LegalAidPage = screen(() => import('../help/LegalAidPage.tsx'), 'LegalAidPage');

function NotFound() {
  const { t } = useTranslation();
  return (
    <Page heading={t('notFound.title')} focusKey="notFound">
      <Link className="button" to="/">
        {t('notFound.home')}
      </Link>
    </Page>
  );
}

export function App() {
  return (
    <Routes>
      {/* Quick exit's page: no header, no footer, nothing of the app. */}
      <Route path="blank" element={<BlankPage />} />
      <Route element={<Layout />}>
        <Route index element={<StartPage />} />
        {/* The file the server sends for "/", opened by its own name (a bookmark, an old link). */}
        <Route path="index.html" element={<Navigate replace to="/" />} />
        <Route path="q/:nodeId" element={<QuestionPage />} />
        <Route path="continue" element={<ContinuePage />} />
        <Route path="review" element={<ReviewPage />} />
        <Route path="checklist" element={<ChecklistPage />} />
        <Route path="data" element={<DataPage />} />
        <Route path="data/delete" element={<DeleteDataPage />} />
        <Route path="restart" element={<RestartPage />} />
        <Route path="log" element={<LogPage />} />
        <Route path="log/new" element={<LogEntryPage />} />
        <Route path="log/timeline" element={<TimelinePage />} />
        <Route path="log/evidence" element={<EvidencePage />} />
        <Route path="log/backup" element={<BackupPage />} />
        <Route path="log/:id" element={<LogEntryPage />} />
        <Route path="letters" element={<LettersPage />} />
        <Route path="letters/details" element={<LetterDetailsPage />} />
        <Route path="letters/complaints" element={<ComplaintsPage />} />
        <Route path="letters/:kind" element={<DraftPage />} />
        <Route path="summary" element={<SummaryPage />} />
        <Route path="tools/cost" element={<CostPage />} />
        <Route path="tools/plan" element={<PlanPage />} />
        <Route path="court-check" element={<CourtCheckPage />} />
        <Route path="tools/plan/proposal" element={<MediationPage />} />
        <Route path="help/legal-aid" element={<LegalAidPage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
