// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createBrowserHost } from '../../../renderer/src/host/browserHost';

describe('browser host printing', () => {
  it('prints through a sandboxed iframe in which no script of the document can run', () => {
    const host = createBrowserHost();
    void host.print({
      kind: 'receipt',
      title: '收据',
      html: '<!doctype html><p>收据</p><script>parent.document.title = "x"</script>',
      pageSize: { widthMm: 210, heightMm: 148.5 },
      landscape: false,
      silent: false,
    });
    const frame = document.querySelector('iframe');
    expect(frame).not.toBeNull();
    const tokens = (frame?.getAttribute('sandbox') ?? 'missing').split(/\s+/);
    expect(tokens).not.toContain('allow-scripts');
    expect(tokens).toContain('allow-modals');
  });
});
