import { useTranslation } from 'react-i18next';
import { Link, Route, Routes } from 'react-router';
import { Page } from './components/Page.tsx';
import { DataPage } from './DataPage.tsx';
import { Layout } from './Layout.tsx';
import { StartPage } from './StartPage.tsx';
import { ChecklistPage } from './triage/ChecklistPage.tsx';
import { QuestionPage } from './triage/QuestionPage.tsx';
import { ReviewPage } from './triage/ReviewPage.tsx';

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
