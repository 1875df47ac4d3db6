// The same first three questions as the app, one per page, rendered the way SurveyJS's React docs show.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
import 'survey-core/survey-core.css'; // SurveyJS's default theme

const json = {
  pages: [
    {
      elements: [
        {
          type: 'radiogroup',
          name: 'danger',
          title: '现在有没有人威胁你或家人、堵在门口不走，或者不让你离开？',
          isRequired: true,
          choices: ['有', '没有'],
        },
      ],
    },
    {
      elements: [
        {
          type: 'radiogroup',
          name: 'selfHarm',
          title: '最近你有没有想过伤害自己，或者不想活下去？',
          isRequired: true,
          choices: ['有', '有时会', '没有'],
        },
      ],
    },
    {
      elements: [
        {
          type: 'radiogroup',
          name: 'caller',
          title: '现在是谁在联系你？',
          isRequired: true,
          choices: ['借款机构本身', '替借款机构催收的公司', '自称警察、法院或检察院的人', '自称律师、律所或借款机构“法务部”的人', '不清楚'],
        },
      ],
    },
  ],
};

const survey = new Model(json);

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <Survey model={survey} />
  </StrictMode>,
);
