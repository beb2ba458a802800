/**
 * A gate every API request waits at before it goes out. Mock mode holds it until the mock
 * intercepts requests, so the page can render its shell and skeletons at once instead of
 * waiting for the mock's code (MSW and the bundled dataset) and its service worker. Live
 * builds never close it. A mock that fails to start, or has not started within
 * {@link GATE_TIMEOUT_MS}, opens the gate anyway: requests then fail or come back malformed,
 * and each chart says so with a retry, never an endless skeleton.
 */
let gate: Promise<void> = Promise.resolve()

/** Longest requests wait for the mock. */
export const GATE_TIMEOUT_MS = 15_000

/** Holds requests until `ready` settles (fulfilled or not), or {@link GATE_TIMEOUT_MS}. */
export function holdRequestsUntil(ready: Promise<unknown>, timeoutMs = GATE_TIMEOUT_MS): void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`not started after ${Math.round(timeoutMs / 1000)} s`)),
      timeoutMs,
    )
  })
  gate = Promise.race([ready, timeout]).then(
    () => clearTimeout(timer),
    (error: unknown) => {
      clearTimeout(timer)
      console.warn('[mock] did not start; requests go to the network', error)
    },
  )
}

/** Resolves when requests may go out. */
export function requestsReady(): Promise<void> {
  return gate
}
