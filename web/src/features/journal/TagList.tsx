import { Link } from 'react-router';

/** An entry's tags; each links to the journal filtered by it. */
export function TagList({ tags, className = '' }: { tags: readonly string[]; className?: string }) {
  return (
    <ul aria-label="Tags" className={`flex flex-wrap gap-2 ${className}`}>
      {tags.map((tag) => (
        <li key={tag}>
          <Link
            to={`/journal?tag=${encodeURIComponent(tag)}`}
            className="inline-flex min-h-8 items-center rounded-full bg-neutral-soft px-3 text-sm font-semibold text-neutral hover:underline"
          >
            #{tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}
