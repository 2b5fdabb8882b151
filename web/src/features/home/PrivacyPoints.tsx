import { HomeServerIcon, LeafIcon, LockIcon } from '../../components/icons.tsx';

const points = [
  {
    icon: HomeServerIcon,
    title: 'Runs on your own machine',
    text: 'Daybook is self-hosted. Your entries live in your own database, not in someone else’s cloud.',
  },
  {
    icon: LockIcon,
    title: 'Private by default',
    text: 'Your journal and conversations are yours alone. They are never shared with anyone else who uses this Daybook.',
  },
  {
    icon: LeafIcon,
    title: 'Gentle, not pushy',
    text: 'No streaks to break, no ads, no tracking. Use it when it helps and leave it when it doesn’t.',
  },
] as const;

export function PrivacyPoints() {
  return (
    <section aria-labelledby="privacy-heading" className="mt-14 rounded-3xl bg-surface-muted p-6 sm:p-8">
      <h2 id="privacy-heading" className="text-xl font-semibold tracking-tight text-ink">
        Built around your privacy
      </h2>
      <ul className="mt-6 grid gap-6 sm:grid-cols-3">
        {points.map(({ icon: Icon, title, text }) => (
          <li key={title}>
            <Icon className="size-6 text-accent-soft-ink" />
            <h3 className="mt-3 font-semibold text-ink">{title}</h3>
            <p className="mt-1 leading-relaxed text-ink-muted">{text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
