import { NavLink, Outlet, useLocation } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { tabClasses } from '../../components/tab-styles.ts';

const tabs = [
  { to: '/admin', label: 'Users', end: true },
  { to: '/admin/audit', label: 'Audit log', end: false },
] as const;

/**
 * /admin: accounts, invitations and the audit log. Administrators manage accounts; they never
 * see anyone's journal, check-ins, money or conversations, and nothing here links to them.
 */
export function AdminLayout() {
  const { pathname } = useLocation();
  const current = tabs.find((tab) => (tab.end ? pathname === tab.to || pathname === `${tab.to}/` : pathname.startsWith(tab.to))) ?? tabs[0];
  return (
    <>
      <PageHeader title="Admin" documentTitle={`${current.label} · Admin`}>
        <p>Accounts, invitations and the audit log of this Daybook. Administrators never see anyone’s private entries.</p>
      </PageHeader>
      <nav aria-label="Admin sections" className="mt-8 border-b border-line">
        <ul className="-mb-px flex gap-1">
          {tabs.map((tab) => (
            <li key={tab.to}>
              <NavLink
                to={tab.to}
                end={tab.end}
                className={({ isActive }) => tabClasses(isActive)}
              >
                {tab.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="mt-8">
        <Outlet />
      </div>
    </>
  );
}
