import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { HashRouter } from 'react-router';
import { DatabaseGate } from './DatabaseGate';
import { theme } from './theme';

dayjs.locale('zh-cn');

/** Providers that wrap the whole app: antd in Chinese, the router, then the database. */
export function Root() {
  return (
    <ConfigProvider locale={zhCN} theme={theme}>
      <AntApp>
        <HashRouter>
          <DatabaseGate />
        </HashRouter>
      </AntApp>
    </ConfigProvider>
  );
}
