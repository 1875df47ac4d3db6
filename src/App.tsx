import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes } from 'react-router';
import { Page } from './components/Page.tsx';
import { Layout } from './Layout.tsx';
import { StartPage } from './StartPage.tsx';
import { QuestionPage } from './triage/QuestionPage.tsx';

/**
 * Screens nobody starts on: each is its own download, kept out of the first one so the first
 * question is ready sooner. main.tsx fetches them once the page has loaded, before they are needed.
 */
export const laterScreens = {
  review: () => import('./triage/ReviewPage.tsx'),
  checklist: () => import('./triage/ChecklistPage.tsx'),
  data: () => import('./DataPage.tsx'),
};
const ReviewPage = lazy(() => laterScreens.review().then((m) => ({ default: m.ReviewPage })));
const ChecklistPage = lazy(() => laterScreens.checklist().then((m) => ({ default: m.ChecklistPage })));
const DataPage = lazy(() => laterScreens.data().then((m) => ({ default: m.DataPage })));

function NotFound() {
  const { t } = useTranslation();
  return (
    <Page heading={t('notFound.title')} focusKey="notFound">
      <Link to="/">{t('notFound.home')}</Link>
    </Page>
  );
}

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<StartPage />} />
        <Route path="q/:nodeId" element={<QuestionPage />} />
        <Route path="review" element={<ReviewPage />} />
        <Route path="checklist" element={<ChecklistPage />} />
        <Route path="data" element={<DataPage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
