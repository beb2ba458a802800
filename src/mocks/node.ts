/**
 * The mock for Node (Vitest): a `setupServer` with the normal handlers at `*\/api`, serving
 * `data/processed/`. Tests start it through `tests/mocks/server.ts` (unhandled requests fail).
 */
import { setupServer } from 'msw/node'
import { createHandlers, type MockOptions } from './handlers'

/** The shared mock server; apply scenarios with `server.use(...scenarioHandlers('error'))`. */
export const server = setupServer(...createHandlers())

/** A separate mock server, e.g. serving a fixture dataset (`getIndex`) or another base. */
export function createMockServer(options: MockOptions = {}) {
  return setupServer(...createHandlers(options))
}
