import { Link } from 'react-router';
import { LeafIcon } from './icons.tsx';

export function Brand() {
  return (
    <Link to="/" className="group inline-flex items-center gap-2.5 rounded-lg py-1 text-ink no-underline">
      <span className="grid size-9 place-items-center rounded-xl bg-accent text-accent-ink shadow-sm">
        <LeafIcon className="size-5" />
      </span>
      <span className="text-lg font-semibold tracking-tight">Daybook</span>
    </Link>
  );
}
