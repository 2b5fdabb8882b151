/** A quiet placeholder while a page waits for its first answer (such as "who is signed in?"). */
export function PageLoading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div role="status" className="max-w-2xl space-y-4">
      <p className="sr-only">{label}</p>
      <div aria-hidden="true" className="h-9 w-2/3 rounded-xl bg-surface-muted motion-safe:animate-pulse" />
      <div aria-hidden="true" className="h-5 w-full rounded-lg bg-surface-muted motion-safe:animate-pulse" />
      <div aria-hidden="true" className="h-5 w-5/6 rounded-lg bg-surface-muted motion-safe:animate-pulse" />
    </div>
  );
}
