/** Composition root; replaced by the real layout as features land. */
export function App() {
  return (
    <main>
      <h1>ROK–Japan Pulse</h1>
    </main>
  )
}
