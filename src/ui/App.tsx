// Placeholder page until the playground issue: it says what Descent is and how to run
// experiments today (the headless CLI), so a visitor never meets a blank page.
export function App() {
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 720, margin: '3rem auto' }}>
      <h1>Descent</h1>
      <p>The neural-network playground you can see think. The page is under construction.</p>
      <p>
        The training engine already runs headless:{' '}
        <code>npm run --silent cli -- train FILE.json</code>
      </p>
    </main>
  );
}
