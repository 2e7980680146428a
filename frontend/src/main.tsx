import '@/app/global.css';
import { i18nReady } from '@/lib/i18n/i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';

const container = document.getElementById('root');
if (!container) {
  throw new Error('index.html has no #root element');
}
// English is loaded before the first paint when it was the user's choice (no flash of Vietnamese)
void i18nReady.finally(() =>
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
