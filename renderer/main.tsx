import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { StationProvider } from './app/station-context.tsx';
import { connectStation } from './client/station-client.ts';
import { initI18n } from './i18n/i18n.ts';
import './styles/app.css';

const i18n = await initI18n();
const client = await connectStation();
const root = createRoot(document.getElementById('root')!);
root.render(
  <StrictMode>
    {client
      ? <StationProvider client={client}><App /></StationProvider>
      : <p role="alert" className="error fatal">{i18n.t('common:error.noStation')}</p>}
  </StrictMode>,
);
