/**
 * jsdom has no layout, so Fluent's focus manager (tabster) thinks every element is invisible and Tab goes
 * nowhere. This gives elements a plausible offsetParent (null inside `hidden`, as a browser does) and the body
 * a size, so keyboard tests walk the real focus order. The e2e run checks the same in Chromium.
 */
export function simulateLayout(): () => void {
  const proto = HTMLElement.prototype;
  const offsetParent = Object.getOwnPropertyDescriptor(proto, "offsetParent");
  const rect = proto.getBoundingClientRect;
  Object.defineProperty(proto, "offsetParent", {
    configurable: true,
    get(this: HTMLElement) {
      return this.closest("[hidden]") ? null : this.parentElement;
    },
  });
  proto.getBoundingClientRect = function () {
    return {
      x: 0,
      y: 0,
      top: 0,
      left: 0,
      right: 350,
      bottom: 20,
      width: 350,
      height: 20,
      toJSON: () => ({}),
    } as DOMRect;
  };
  return () => {
    if (offsetParent) Object.defineProperty(proto, "offsetParent", offsetParent);
    proto.getBoundingClientRect = rect;
  };
}
