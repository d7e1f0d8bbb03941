import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import type { Actor } from '@shared/domain/record';
import { ReposContext } from '../../../renderer/src/app/ReposContext';
import { SessionContext } from '../../../renderer/src/app/SessionContext';
import type { Repositories } from '../../../renderer/src/db/repositories';
import { polyfillJsdom } from '../components/polyfillJsdom';

/**
 * Renders `ui` as the app does: antd in Chinese, the repositories in context and, when an
 * actor is given, a signed-in session and a router (for screens of the shell).
 */
export function renderWithRepos(
  ui: ReactElement,
  repos: Repositories,
  actor?: Actor,
  session: { lock?: () => void } = {},
) {
  polyfillJsdom();
  const inner = actor ? (
    <MemoryRouter>
      <SessionContext.Provider
        value={{ actor, signOut: () => {}, lock: session.lock ?? (() => {}) }}
      >
        {ui}
      </SessionContext.Provider>
    </MemoryRouter>
  ) : (
    ui
  );
  return render(
    <ConfigProvider locale={zhCN}>
      <AntApp>
        <ReposContext.Provider value={repos}>{inner}</ReposContext.Provider>
      </AntApp>
    </ConfigProvider>,
  );
}
