import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { config } from './config/env'
import { App } from './app/App'
import './styles/global.css'
import './styles/sources.css'

async function start(): Promise<void> {
  // Mock mode only: the dynamic import keeps MSW out of live builds entirely.
  if (!import.meta.env.VITE_API_BASE_URL && config.mock) {
    const { startBrowserMock } = await import('./mocks/browser')
    await startBrowserMock(new URLSearchParams(window.location.search))
  }
  const root = document.getElementById('root')
  if (root)
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    )
}

void start()
