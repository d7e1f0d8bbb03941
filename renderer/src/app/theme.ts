import type { ThemeConfig } from 'antd';

/** CJK-first font stack: Windows desks have YaHei/SimSun, Linux ones Noto CJK. */
export const FONT_STACK =
  "'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'Noto Sans SC', 'SimSun', sans-serif";

export const theme: ThemeConfig = {
  token: { fontFamily: FONT_STACK, colorPrimary: '#1f6feb', borderRadius: 4 },
};
