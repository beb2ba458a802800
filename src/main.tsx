import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { config } from './config/env'
import { App } from './app/App'
import { holdRequestsUntil } from './data/request-gate'
import './styles/global.css'
import './styles/sources.css'

// Mock mode only: the dynamic import keeps MSW out of live builds entirely. The page renders
// at once; API requests wait until the mock intercepts them (src/data/request-gate.ts).
if (!import.meta.env.VITE_API_BASE_URL && config.mock)
  holdRequestsUntil(
    import('./mocks/browser').then((m) =>
      m.startBrowserMock(new URLSearchParams(window.location.search)),
    ),
  )

const root = document.getElementById('root')
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
