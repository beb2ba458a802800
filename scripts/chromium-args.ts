/**
 * Launch arguments for the system Chromium on these machines, shared by the e2e tests, the
 * benchmark and its Lighthouse runs: no sandbox and no GPU (containers, software rendering),
 * and none of the background services that try to reach Google (the network is closed, and
 * each attempt fails slowly or noisily).
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
]
