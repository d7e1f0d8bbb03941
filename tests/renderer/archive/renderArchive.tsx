import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import type { Actor } from '@shared/domain/record';
import { ReposContext } from '../../../renderer/src/app/ReposContext';
import { SessionContext } from '../../../renderer/src/app/SessionContext';
import type { Repositories } from '../../../renderer/src/db/repositories';
import { archiveClerk } from '../../fixtures/archive';
import { polyfillJsdom } from '../components/polyfillJsdom';

/** Renders `ui` inside the signed-in shell's providers: antd in Chinese, repositories, session, router. */
export function renderArchive(
  ui: ReactElement,
  repos: Repositories,
  opts: { actor?: Actor; url?: string } = {},
) {
  polyfillJsdom();
  const session = { actor: opts.actor ?? archiveClerk, signOut: () => {}, lock: () => {} };
  const wrap = (node: ReactElement) => (
    <ConfigProvider locale={zhCN}>
      <AntApp>
        <ReposContext.Provider value={repos}>
          <SessionContext.Provider value={session}>
            <MemoryRouter initialEntries={[opts.url ?? '/archive']}>{node}</MemoryRouter>
          </SessionContext.Provider>
        </ReposContext.Provider>
      </AntApp>
    </ConfigProvider>
  );
  const result = render(wrap(ui));
  return { ...result, rerender: (next: ReactElement) => result.rerender(wrap(next)) };
}
