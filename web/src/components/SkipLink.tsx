/** The first thing a keyboard user reaches: jumps past the header and navigation. */
export function SkipLink() {
  return (
    <a
      href="#main"
      className="fixed top-3 left-3 z-50 -translate-y-24 rounded-full bg-accent px-4 py-2.5 text-sm font-semibold text-accent-ink shadow-lg transition-transform focus:translate-y-0"
    >
      Skip to content
    </a>
  );
}
