export function SiteFooter() {
  return (
    <footer className="border-t border-line">
      <div className="mx-auto max-w-5xl px-4 py-8 text-sm leading-relaxed text-ink-muted sm:px-6">
        <p className="max-w-2xl">
          <strong className="font-semibold text-ink">Daybook is not a substitute for professional care.</strong> If you are in
          crisis, contact local emergency services.
        </p>
        <p className="mt-2">Your data stays on the machine that runs Daybook.</p>
      </div>
    </footer>
  );
}
