let polyfilled = false;

/** jsdom lacks these; antd's responsive helpers, dropdowns, pickers and tables call them. */
export function polyfillJsdom(): void {
  if (!polyfilled) {
    // jsdom implements no pseudo-element styles and logs each call; antd's tables ask for them.
    const computed = window.getComputedStyle.bind(window);
    window.getComputedStyle = (el: Element) => computed(el);
    polyfilled = true;
  }
  window.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) satisfies MediaQueryList;
}
