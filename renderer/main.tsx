import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from './api/create-client';
import { pickTransport } from './api/pick-transport';
import { App } from './App';
import './app.css';

const { mode, transport } = pickTransport(window);
const client = createClient(transport);
const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element.');

createRoot(root).render(
  <StrictMode>
    <App client={client} mode={mode} />
  </StrictMode>,
);
