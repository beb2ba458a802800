/**
 * A gate every API request waits at before it goes out. Mock mode holds it until the mock
 * intercepts requests, so the page can render its shell and skeletons at once instead of
 * waiting for the mock's code (MSW and the bundled dataset) and its service worker. Live
 * builds never close it. A mock that fails to start opens the gate anyway: requests then
 * fail or come back malformed, and each chart says so with a retry, never a blank page.
 */
let gate: Promise<void> = Promise.resolve()

/** Holds requests until `ready` settles (fulfilled or not). */
export function holdRequestsUntil(ready: Promise<unknown>): void {
  gate = ready.then(
    () => undefined,
    (error: unknown) => console.warn('[mock] did not start; requests go to the network', error),
  )
}

/** Resolves when requests may go out. */
export function requestsReady(): Promise<void> {
  return gate
}
