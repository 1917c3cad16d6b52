// Routes of the workbench: #/name/arg?params. Pages ask here whether their render is still current.

let generation = 0;
let renderer = null;

export function route() {
  const hash = location.hash.replace(/^#\/?/, '');
  const i = hash.indexOf('?');
  const path = i < 0 ? hash : hash.slice(0, i);
  const qs = i < 0 ? '' : hash.slice(i + 1);
  const parts = path.split('/').filter(Boolean).map((p) => { try { return decodeURIComponent(p); } catch (e) { return p; } });
  return { name: parts[0] || '', args: parts.slice(1), params: new URLSearchParams(qs) };
}

export function go(hash) { location.hash = hash; }

export function nextGeneration() { return ++generation; }

/** Whether a render started at generation g is still the current one. */
export function current(g) { return g === generation; }

export function setRenderer(fn) { renderer = fn; }

/** Renders the current route again (after an action changed the store). */
export function refresh() { return renderer ? renderer() : Promise.resolve(); }
