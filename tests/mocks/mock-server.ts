/**
 * Test helper: runs an MSW server for the current test file with unhandled requests failing the
 * test (`onUnhandledFrame: 'error'`; MSW 3 ignores the old `onUnhandledRequest` key), resetting
 * per-test overrides (scenarios) after each test.
 *
 *   const server = installMockServer()
 *   it('shows the error', async () => { applyScenario(server, 'error'); ... })
 */
import { afterAll, afterEach, beforeAll } from 'vitest'
import type { SetupServer } from 'msw/node'
import { server as defaultServer } from '../../src/mocks/node'

/** Base URL the default mock answers at in Node (any origin works; this one is conventional). */
export const mockApiBase = 'http://localhost/api'

/** Starts `server` (default: the shared mock of `data/processed/`) around this file's tests. */
export function installMockServer(server: SetupServer = defaultServer): SetupServer {
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())
  return server
}
