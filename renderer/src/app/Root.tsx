import { App as AntApp } from 'antd';
import { HashRouter } from 'react-router';
import { DatabaseGate } from './DatabaseGate';
import { LanguageProvider } from './LanguageContext';

/** Providers that wrap the whole app: the desk's language (with antd's), the router, the database. */
export function Root() {
  return (
    <LanguageProvider>
      <AntApp>
        <HashRouter>
          <DatabaseGate />
        </HashRouter>
      </AntApp>
    </LanguageProvider>
  );
}
