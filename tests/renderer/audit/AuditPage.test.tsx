// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import AuditPage from '../../../renderer/src/features/audit/AuditPage';
import { makeTestRepos } from '../../db/makeTestDb';
import { seedOperators } from '../operators/fixtures';
import { renderWithRepos } from '../operators/renderWithRepos';

describe('AuditPage', () => {
  // Seeding hashes PINs (PBKDF2), slow in jsdom on a loaded machine.
  it(
    'lists who changed what, newest first, with readable field changes',
    { timeout: 30_000 },
    async () => {
      const repos = makeTestRepos();
      const { manager, clerk } = await seedOperators(repos);
      await repos.operators.update(clerk.id, { role: 'supervisor' }, manager);
      renderWithRepos(<AuditPage />, repos, manager);

      const table = await screen.findByTestId('audit-table');
      await waitFor(() =>
        expect(table.querySelectorAll('tbody tr.ant-table-row').length).toBeGreaterThan(5),
      );
      const first = table.querySelector('tbody tr.ant-table-row');
      expect(first?.textContent).toContain('王经理');
      expect(first?.textContent).toContain('修改');
      expect(first?.textContent).toContain('操作员');
      expect(first?.textContent).toContain('角色：前台 → 主管');
      // The PIN hash is never shown.
      expect(table.textContent).not.toContain('PBKDF2');
      // The record is named (the operator), never by an id; no JSON.
      expect(first?.querySelectorAll('td')[4]?.textContent).toBe(clerk.name);
      expect(table.textContent).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}/i);
      // No JSON (the agreement's own {业主} placeholders are its wording, not JSON).
      expect(table.textContent).not.toMatch(/\{"|\["/);
      expect(table.textContent).not.toContain('renovationAgreement');
    },
  );
});
