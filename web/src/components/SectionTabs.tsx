import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { tabClasses, tabListClasses } from './tab-styles.ts';

export interface SectionTab {
  key: string;
  label: string;
  to: string;
}

/**
 * A page's row of section links, the current one marked for assistive technology. On a phone
 * the row scrolls sideways, so the current section's tab is kept in sight.
 */
export function SectionTabs({ label, tabs, current }: { label: string; tabs: readonly SectionTab[]; current: string }) {
  const active = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    active.current?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [current]);
  return (
    <nav aria-label={label} className="mt-8 border-b border-line">
      <ul className={tabListClasses}>
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link to={tab.to} ref={tab.key === current ? active : undefined} aria-current={tab.key === current ? 'page' : undefined} className={tabClasses(tab.key === current)}>
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
