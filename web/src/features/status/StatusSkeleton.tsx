/** Placeholder shapes while the first health answer is on its way. */
export function StatusSkeleton() {
  return (
    <div role="status" className="space-y-4">
      <p className="text-ink-muted">Checking Daybook’s health…</p>
      <div aria-hidden="true" className="h-40 rounded-2xl bg-surface-muted motion-safe:animate-pulse" />
      <div aria-hidden="true" className="grid gap-4 sm:grid-cols-2">
        <div className="h-28 rounded-2xl bg-surface-muted motion-safe:animate-pulse" />
        <div className="h-28 rounded-2xl bg-surface-muted motion-safe:animate-pulse" />
      </div>
    </div>
  );
}
