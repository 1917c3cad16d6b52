// The network page: an entity's neighbourhood (#/graph/ID) or the whole store (#/graph).
import { api, query } from '../api.js';
import { h, bdi, entityHref } from '../dom.js';
import { t, nameOf, arrow } from '../i18n.js';
import { current, go } from '../nav.js';
import { entityLink, typeBadge } from '../facts.js';
import { createGraph, legend } from '../graph.js';

export async function render(main, r, g) {
  const id = r.args[0] ? Number(r.args[0]) : null;
  const depth = Math.min(3, Math.max(1, parseInt(r.params.get('depth') || '1', 10) || 1));
  const data = id != null
    ? await api('entities/' + id + '/neighbors' + query({ depth, fanout: 25 }))
    : await api('graph' + query({ limit: 150 }));
  if (!current(g)) return;
  await document.fonts.load('16px "Noto Naskh Arabic"').catch(() => null);
  if (!current(g)) return;
  const view = networkView(data, { id, depth });
  main.replaceChildren(view.element);
  view.start();
}

/** The network with its toolbar, slider, legend and node list; used by this page and the entity page. */
export function networkView(data, { id, depth, compact }) {
  const canvas = h('div', { class: 'graph-canvas' + (compact ? ' compact' : ''), id: 'graph', dir: 'ltr', role: 'img',
    'aria-label': t('network') });
  const slider = h('input', { type: 'range', id: 'time-slider', min: '0', max: '0', value: '0', step: '1', 'aria-label': t('as_of') });
  const sliderLabel = h('output', { id: 'time-label', for: 'time-slider', text: t('all_dates') });
  const nodeList = h('ul', { class: 'node-list', id: 'node-list' });
  const info = h('div', { class: 'node-info', id: 'node-info', 'aria-live': 'polite' });
  const status = h('span', { class: 'muted', id: 'graph-status' });
  const types = [...new Set(data.edges.map((e) => e.type))].sort();
  let graph = null;

  const toolbar = h('div', { class: 'toolbar' },
    id != null && !compact ? h('label', null, t('depth') + ' ',
      h('select', { id: 'depth', onchange: (e) => go('#/graph/' + id + '?depth=' + e.target.value) },
        [1, 2, 3].map((d) => h('option', { value: String(d), selected: d === depth, text: String(d) })))) : null,
    h('label', { class: 'slider' }, t('as_of') + ' ', slider, ' ', sliderLabel),
    h('button', { type: 'button', id: 'fit', onclick: () => graph.fit(), text: t('fit') }),
    h('button', { type: 'button', id: 'export-png', onclick: () => graph.downloadPng(), text: t('export_png') }),
    h('button', { type: 'button', id: 'export-graphml', onclick: () => graph.downloadGraphml(), text: t('export_graphml') }),
    status);

  const element = h('div', { class: compact ? 'network compact' : 'network' },
    compact ? null : h('h1', { class: 'page-title' }, t('network'), ' — ',
      data.center ? h('a', { href: entityHref(data.center.id) }, bdi(nameOf(data.center))) : t('whole_store')),
    toolbar,
    h('div', { class: 'graph-layout' },
      canvas,
      compact ? null : h('aside', { class: 'graph-side card' }, info, h('h2', { text: t('nodes') }), nodeList)),
    legend(types),
    h('p', { class: 'hint muted', text: t('graph_hint') }));

  function refreshList() {
    if (compact) return;
    const nodes = graph.visibleNodes().sort((a, b) => (b.documents || 0) - (a.documents || 0));
    nodeList.replaceChildren(...nodes.map((n) => {
      const ref = { id: n.entity, type: n.type, kind: n.kind, name: n.name, latin: n.latin || null };
      return h('li', null, entityLink(ref), ' ',
        graph.expanded(n.entity) ? null : h('button', { type: 'button', class: 'small', onclick: () => graph.expand(n.entity), text: t('expand') }));
    }));
    status.textContent = graph.cy.nodes(':visible').length + ' ' + t('nodes') + ' · ' + graph.cy.edges(':visible').length + ' ' + t('edges');
  }

  function refreshSlider() {
    const dates = graph.dates();
    slider.max = String(dates.length);
    if (Number(slider.value) > dates.length || slider.dataset.pinned !== 'yes') slider.value = String(dates.length);
    slider.disabled = dates.length === 0;
    slider.onchange = slider.oninput = () => {
      const i = Number(slider.value);
      slider.dataset.pinned = i < dates.length ? 'yes' : 'no';
      const date = i < dates.length ? dates[i] : null;
      sliderLabel.textContent = date || t('all_dates');
      graph.setDate(date);
    };
  }

  return {
    element,
    start() {
      graph = createGraph(canvas, {
        expandOnClick: true,
        onSelect: (entityId, d) => {
          const ref = { id: entityId, type: d.type, kind: d.kind, name: d.name, latin: d.latin || null };
          info.replaceChildren(h('h2', null, bdi(nameOf(ref))), typeBadge(d.type, d.kind), ' ',
            h('a', { href: entityHref(entityId), text: t('open_entity') + ' ' + arrow() }));
        },
      });
      graph.onChange(() => { refreshList(); refreshSlider(); });
      graph.add(data);
      element.graph = graph;
    },
  };
}
