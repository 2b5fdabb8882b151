import { useEffect } from 'react';

/** Sets the tab title for the current page: "Status · Daybook". */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Daybook` : 'Daybook';
  }, [title]);
}
