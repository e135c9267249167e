/**
 * jsdom lacks what antd and react-router ask the browser for: media queries (responsive grid, Table),
 * computed styles of pseudo-elements (scrollbar measuring), TextEncoder, ResizeObserver and
 * MessageChannel. The root jest config is
 * shared, so component specs import this first instead of a setupFiles entry.
 */
/** A width query answered against `window.innerWidth` (jsdom's 1024 px, or what a spec sets). */
function matchesWidth(query: string): boolean {
  const min = /min-width:\s*(\d+)px/.exec(query);
  const max = /max-width:\s*(\d+)px/.exec(query);
  if (!min && !max) return false;
  return (!min || window.innerWidth >= Number(min[1])) && (!max || window.innerWidth <= Number(max[1]));
}

if (!window.matchMedia) {
  window.matchMedia = (query: string): MediaQueryList =>
    ({
      get matches() {
        return matchesWidth(query);
      },
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

const computedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => computedStyle(element);

if (!globalThis.TextEncoder) {
  // Node's own, loaded through jest so the console's types stay browser-only (no @types/node here).
  Object.assign(
    globalThis,
    jest.requireActual<{ TextEncoder: typeof TextEncoder; TextDecoder: typeof TextDecoder }>('node:util'),
  );
}

/** rc-resize-observer measures table columns; jsdom has no layout, so there is nothing to observe. */
if (!globalThis.ResizeObserver) {
  class ResizeObserverShim {
    observe = () => undefined;
    unobserve = () => undefined;
    disconnect = () => undefined;
  }
  Object.assign(globalThis, { ResizeObserver: ResizeObserverShim });
}

/** rc-field-form defers work to a macro task through MessageChannel; a timer is the same kind of task. */
if (!globalThis.MessageChannel) {
  class Port {
    onmessage: ((event: { data: unknown }) => void) | null = null;
    other?: Port;
    postMessage(data: unknown) {
      const target = this.other;
      setTimeout(() => target?.onmessage?.({ data }), 0);
    }
    close() {
      this.onmessage = null;
    }
  }
  class MessageChannelShim {
    readonly port1 = new Port();
    readonly port2 = new Port();
    constructor() {
      this.port1.other = this.port2;
      this.port2.other = this.port1;
    }
  }
  Object.assign(globalThis, { MessageChannel: MessageChannelShim });
}
