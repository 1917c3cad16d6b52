// The workbench's shell: hash routes, the header's search box, the Arabic/Latin toggle, keyboard keys.
import { loadLabels, t, latin, setLatin, applyDirection } from './i18n.js';
import { h } from './dom.js';
import { route, go, current, nextGeneration, setRenderer } from './nav.js';

const pages = {
  '': () => import('./pages/search.js'),
  search: () => import('./pages/search.js'),
  entity: () => import('./pages/entity.js'),
  graph: () => import('./pages/network.js'),
  timeline: () => import('./pages/timeline.js'),
  doc: () => import('./pages/document.js'),
  documents: () => import('./pages/documents.js'),
  fact: () => import('./pages/fact.js'),
};

async function render() {
  const g = nextGeneration();
  const r = route();
  const main = document.getElementById('main');
  const load = pages[r.name];
  main.setAttribute('aria-busy', 'true');
  if (!load) {
    main.replaceChildren(h('section', { class: 'card error' }, h('h1', { text: t('not_found') })));
    main.removeAttribute('aria-busy');
    return;
  }
  const q = document.getElementById('q');
  if (r.name === 'search' && q && document.activeElement !== q) q.value = r.params.get('q') || '';
  try {
    const mod = await load();
    await mod.render(main, r, g);
  } catch (e) {
    if (!current(g)) return;
    main.replaceChildren(h('section', { class: 'card error', role: 'alert' },
      h('h1', { text: e.status === 404 ? t('not_found') : t('error') }), h('p', null, h('bdi', { dir: 'auto', text: e.message }))));
  } finally {
    if (current(g)) {
      main.removeAttribute('aria-busy');
      document.body.dataset.page = r.name || 'search';
    }
  }
}

function translateShell() {
  for (const el of document.querySelectorAll('[data-label]')) el.textContent = t(el.dataset.label);
  const q = document.getElementById('q');
  q.placeholder = t('search_placeholder');
  q.setAttribute('aria-label', t('search'));
  const toggle = document.getElementById('script-toggle');
  toggle.textContent = t('latin_toggle');
  toggle.title = t('latin_toggle_title');
  toggle.setAttribute('aria-pressed', latin() ? 'true' : 'false');
  document.title = t('app') + ' — ' + t('tagline');
}

async function start() {
  applyDirection();
  await loadLabels();
  translateShell();
  document.getElementById('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const q = document.getElementById('q').value.trim();
    go(q ? '#/search?q=' + encodeURIComponent(q) : '#/');
  });
  document.getElementById('script-toggle').addEventListener('click', () => {
    setLatin(!latin());
    translateShell();
    render();
  });
  document.addEventListener('keydown', (e) => {
    const typing = e.target.closest && e.target.closest('input, textarea, select, [contenteditable]');
    if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      const q = document.getElementById('q');
      q.focus();
      q.select();
    } else if (e.key === 'Escape' && typing) {
      e.target.blur();
    }
  });
  window.addEventListener('hashchange', () => {
    render().then(() => {
      const main = document.getElementById('main');
      if (!route().params.get('from')) { window.scrollTo(0, 0); main.focus({ preventScroll: true }); }
    });
  });
  setRenderer(render);
  await render();
  document.body.classList.add('ready');
}

start();
