/** The embed entry: one chart, chrome-less (see docs/embedding.md). Filled in by the embed work. */
const root = document.getElementById('root')
if (root) root.textContent = 'ROK–Japan Pulse chart embed'
