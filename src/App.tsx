import { lazy, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes } from 'react-router';
import { Page } from './components/Page.tsx';
import { Layout } from './Layout.tsx';
import { StartPage } from './StartPage.tsx';

/**
 * Screens the start page does not need: each is its own download, kept out of the first one so
 * the start page is ready sooner. main.tsx fetches them once the page has loaded, before they are
 * needed. The question screen brings the triage engine (the XState machine) with it.
 */
export const laterScreens = {
  question: () => import('./triage/QuestionPage.tsx'),
  review: () => import('./triage/ReviewPage.tsx'),
  checklist: () => import('./triage/ChecklistPage.tsx'),
  data: () => import('./DataPage.tsx'),
};

/** A screen that is its own download: `load` imports its module, `name` is the component it exports. */
const screen = <M,>(load: () => Promise<M>, name: keyof M) => lazy(() => load().then((m) => ({ default: m[name] as ComponentType })));

const QuestionPage = screen(laterScreens.question, 'QuestionPage');
const ContinuePage = screen(laterScreens.question, 'ContinuePage');
const ReviewPage = screen(laterScreens.review, 'ReviewPage');
const ChecklistPage = screen(laterScreens.checklist, 'ChecklistPage');
const DataPage = screen(laterScreens.data, 'DataPage');

// The tools load when opened (and the service worker keeps them for offline use).
const LogPage = screen(() => import('./log/LogPage.tsx'), 'LogPage');
const LogEntryPage = screen(() => import('./log/LogEntryPage.tsx'), 'LogEntryPage');
const TimelinePage = screen(() => import('./log/TimelinePage.tsx'), 'TimelinePage');
const BackupPage = screen(() => import('./log/BackupPage.tsx'), 'BackupPage');
const LettersPage = screen(() => import('./letters/LettersPage.tsx'), 'LettersPage');
const LetterDetailsPage = screen(() => import('./letters/DetailsPage.tsx'), 'DetailsPage');
const DraftPage = screen(() => import('./letters/DraftPage.tsx'), 'DraftPage');
const CostPage = screen(() => import('./money/CostPage.tsx'), 'CostPage');
const PlanPage = screen(() => import('./money/PlanPage.tsx'), 'PlanPage');

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
      <Route element={<Layout />}>
        <Route index element={<StartPage />} />
        <Route path="q/:nodeId" element={<QuestionPage />} />
        <Route path="continue" element={<ContinuePage />} />
        <Route path="review" element={<ReviewPage />} />
        <Route path="checklist" element={<ChecklistPage />} />
        <Route path="data" element={<DataPage />} />
        <Route path="log" element={<LogPage />} />
        <Route path="log/new" element={<LogEntryPage />} />
        <Route path="log/timeline" element={<TimelinePage />} />
        <Route path="log/backup" element={<BackupPage />} />
        <Route path="log/:id" element={<LogEntryPage />} />
        <Route path="letters" element={<LettersPage />} />
        <Route path="letters/details" element={<LetterDetailsPage />} />
        <Route path="letters/:kind" element={<DraftPage />} />
        <Route path="tools/cost" element={<CostPage />} />
        <Route path="tools/plan" element={<PlanPage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
