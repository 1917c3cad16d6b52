// The network view: Cytoscape.js (served from the jar) over /api graphs. Nodes by type, edges by
// relation type, a time slider (the network as of a date), expand-on-click, PNG and GraphML export.
import cytoscape from '/vendor/cytoscape.mjs';
import { api, query } from './api.js';
import { h, visiblePlain } from './dom.js';
import { t, nameOf, latin } from './i18n.js';

export const NODE_COLORS = { PERSON: '#1d4ed8', ORGANIZATION: '#b45309', LOCATION: '#15803d' };
const NODE_SHAPES = { PERSON: 'ellipse', ORGANIZATION: 'round-rectangle', LOCATION: 'diamond' };
export const EDGE_COLORS = {
  LEADER_OF: '#dc2626', DEPUTY_OF: '#db2777', MEMBER_OF: '#7c3aed', PART_OF: '#0891b2', AFFILIATED_WITH: '#ca8a04',
  SPOKESPERSON_OF: '#0d9488', SUCCEEDED: '#475569', LOCATED_IN: '#65a30d', FOUNDED_BY: '#9333ea',
};
const EVENT_COLOR = '#94a3b8';
const FONT = '"Noto Naskh Arabic", "Noto Sans", sans-serif';

function nodeData(ref, extra = {}) {
  return {
    id: 'n' + ref.id, entity: ref.id, type: ref.type, kind: ref.kind || '', name: ref.name, latin: ref.latin || '',
    label: visiblePlain(nameOf(ref)), ...extra,
  };
}

function edgeData(e) {
  return {
    id: 'f' + e.fact + ':' + e.from + ':' + e.to, fact: e.fact, source: 'n' + e.from, target: 'n' + e.to, type: e.type, kind: e.kind || '',
    evidence: e.evidence, since: e.since || '', until: e.until || '', label: t(e.type),
    color: e.kind === 'relation' ? (EDGE_COLORS[e.type] || '#334155') : EVENT_COLOR,
  };
}

function style() {
  return [
    { selector: 'node', style: {
      'background-color': (n) => NODE_COLORS[n.data('type')] || '#64748b', shape: (n) => NODE_SHAPES[n.data('type')] || 'ellipse',
      label: 'data(label)', 'font-family': FONT, 'font-size': 13, color: '#0f172a', 'text-valign': 'bottom', 'text-margin-y': 4,
      'text-wrap': 'ellipsis', 'text-max-width': '140px', 'text-background-color': '#ffffff', 'text-background-opacity': 0.85,
      'text-background-padding': '2px', width: (n) => 18 + Math.min(26, 4 * (n.data('documents') || 1)),
      height: (n) => 18 + Math.min(26, 4 * (n.data('documents') || 1)), 'border-width': 2, 'border-color': '#ffffff' } },
    { selector: 'node.center', style: { 'border-width': 4, 'border-color': '#f59e0b' } },
    { selector: 'node.expanded', style: { 'border-color': '#0f172a' } },
    { selector: 'node:selected', style: { 'border-width': 5, 'border-color': '#f59e0b', 'font-weight': 'bold' } },
    { selector: 'edge', style: {
      width: (e) => 1.5 + Math.min(4, e.data('evidence') || 1), 'line-color': 'data(color)', 'target-arrow-color': 'data(color)',
      'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.9, label: 'data(label)', 'font-family': FONT,
      'font-size': 10, color: '#334155', 'text-rotation': 'autorotate', 'text-background-color': '#ffffff', 'text-background-opacity': 0.8,
      'text-background-padding': '1px' } },
    { selector: 'edge[kind = "event"]', style: { 'line-style': 'dashed', 'target-arrow-shape': 'none' } },
    { selector: '.hidden', style: { display: 'none' } },
  ];
}

/**
 * A network in {@code container}. Returns a controller: add(graph), expand(id), setDate(index),
 * dates(), png(), graphml(), fit(), onChange(fn).
 */
export function createGraph(container, opts = {}) {
  const cy = cytoscape({
    container, style: style(), elements: [], wheelSensitivity: 0.3, minZoom: 0.15, maxZoom: 3,
    boxSelectionEnabled: false,
  });
  const expanded = new Set();
  let asOf = null;
  const listeners = [];
  const changed = () => listeners.forEach((fn) => fn());

  function add(graph, around) {
    const added = [];
    cy.batch(() => {
      for (const n of graph.nodes) {
        const id = 'n' + n.entity.id;
        if (cy.getElementById(id).nonempty()) continue;
        const data = nodeData(n.entity, { documents: n.documents, depth: n.depth });
        const el = { group: 'nodes', data };
        if (around) el.position = { x: around.x + (Math.random() - 0.5) * 80, y: around.y + (Math.random() - 0.5) * 80 };
        added.push(cy.add(el));
      }
      for (const e of graph.edges) {
        const d = edgeData(e);
        if (cy.getElementById(d.id).nonempty()) continue;
        if (cy.getElementById(d.source).empty() || cy.getElementById(d.target).empty()) continue;
        cy.add({ group: 'edges', data: d });
      }
      if (graph.center) {
        cy.getElementById('n' + graph.center.id).addClass('center');
        // what the answer already expanded needs no button
        for (const n of graph.nodes) if (n.depth < graph.depth) { expanded.add(n.entity.id); cy.getElementById('n' + n.entity.id).addClass('expanded'); }
      }
    });
    applyDate();
    // a neighbourhood first shows in rings around its centre; later additions settle by force
    layout(!around, graph.center && !around ? 'concentric' : 'cose');
    changed();
    return added;
  }

  function layout(fit, name) {
    const visible = cy.elements(':visible');
    const options = name === 'concentric'
      ? { name, animate: false, fit, padding: 30, minNodeSpacing: 60, levelWidth: () => 1, concentric: (n) => 10 - (n.data('depth') || 0) }
      : { name: 'cose', animate: false, randomize: fit, fit, padding: 30, nodeRepulsion: () => 12000, nodeOverlap: 20,
        idealEdgeLength: () => 120, numIter: 1500 };
    visible.layout(options).run();
    if (!fit) cy.fit(visible, 30);
    if (cy.zoom() > 1.1) { cy.zoom(1.1); cy.center(visible); }
  }

  async function expand(entityId) {
    if (expanded.has(entityId)) return;
    expanded.add(entityId);
    const node = cy.getElementById('n' + entityId);
    node.addClass('expanded');
    const graph = await api('entities/' + Number(entityId) + '/neighbors' + query({ depth: 1, fanout: opts.fanout || 20 }));
    add({ ...graph, center: null }, node.nonempty() ? node.position() : null);
  }

  /** Every date an edge starts or stops, sorted: the slider's stops. */
  function dates() {
    const set = new Set();
    cy.edges().forEach((e) => { if (e.data('since')) set.add(e.data('since')); if (e.data('until')) set.add(e.data('until')); });
    return [...set].sort();
  }

  /** Shows the network as of a date (ISO prefix), or everything with null. */
  function setDate(date) {
    asOf = date;
    applyDate();
    changed();
  }

  function applyDate() {
    cy.batch(() => {
      cy.elements().removeClass('hidden');
      if (!asOf) return;
      cy.edges().forEach((e) => {
        const since = e.data('since'), until = e.data('until');
        if ((since && since.slice(0, asOf.length) > asOf) || (until && until < asOf.slice(0, until.length))) e.addClass('hidden');
      });
      cy.nodes().forEach((n) => {
        if (n.hasClass('center')) return;
        if (n.connectedEdges().filter((e) => !e.hasClass('hidden')).empty()) n.addClass('hidden');
      });
    });
  }

  function download(blob, name) {
    const url = URL.createObjectURL(blob);
    const a = h('a', { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 5000);
  }

  function png() {
    return cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' });
  }

  /** The visible network as GraphML (names in both scripts, types, dates, fact ids). */
  function graphml() {
    const NS = 'http://graphml.graphdrawing.org/xmlns';
    const doc = document.implementation.createDocument(NS, 'graphml', null);
    const root = doc.documentElement;
    const keys = [['name', 'node'], ['latin', 'node'], ['type', 'node'], ['kind', 'node'], ['entity', 'node'],
      ['type', 'edge'], ['kind', 'edge'], ['fact', 'edge'], ['evidence', 'edge'], ['since', 'edge'], ['until', 'edge']];
    for (const [name, forWhat] of keys) {
      const k = doc.createElementNS(NS, 'key');
      k.setAttribute('id', forWhat[0] + '_' + name);
      k.setAttribute('for', forWhat);
      k.setAttribute('attr.name', name);
      k.setAttribute('attr.type', name === 'entity' || name === 'fact' || name === 'evidence' ? 'long' : 'string');
      root.append(k);
    }
    const graph = doc.createElementNS(NS, 'graph');
    graph.setAttribute('id', 'isnad');
    graph.setAttribute('edgedefault', 'directed');
    root.append(graph);
    const datum = (parent, key, value) => {
      if (value === '' || value == null) return;
      const d = doc.createElementNS(NS, 'data');
      d.setAttribute('key', key);
      d.textContent = String(value);
      parent.append(d);
    };
    cy.nodes(':visible').forEach((n) => {
      const el = doc.createElementNS(NS, 'node');
      el.setAttribute('id', n.id());
      for (const k of ['name', 'latin', 'type', 'kind', 'entity']) datum(el, 'n_' + k, n.data(k));
      graph.append(el);
    });
    cy.edges(':visible').forEach((e) => {
      const el = doc.createElementNS(NS, 'edge');
      el.setAttribute('id', e.id());
      el.setAttribute('source', e.data('source'));
      el.setAttribute('target', e.data('target'));
      for (const k of ['type', 'kind', 'fact', 'evidence', 'since', 'until']) datum(el, 'e_' + k, e.data(k));
      graph.append(el);
    });
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(doc);
  }

  /** Node labels follow the Arabic/Latin toggle. */
  function relabel() {
    cy.batch(() => cy.nodes().forEach((n) => n.data('label', visiblePlain(latin() && n.data('latin') ? n.data('latin') : n.data('name')))));
  }

  cy.on('tap', 'node', (ev) => {
    const id = ev.target.data('entity');
    if (opts.onSelect) opts.onSelect(id, ev.target.data());
    if (opts.expandOnClick !== false) expand(id);
  });
  cy.on('mouseover', 'edge', (ev) => {
    const d = ev.target.data();
    container.title = t(d.type) + (d.since ? ' · ' + t('from') + ' ' + d.since : '') + (d.until ? ' ' + t('until') + ' ' + d.until : '');
  });
  cy.on('mouseout', 'edge', () => { container.title = ''; });

  return {
    cy, add, expand, dates, setDate, relabel, fit: () => { cy.fit(cy.elements(':visible'), 30); if (cy.zoom() > 1.1) { cy.zoom(1.1); cy.center(); } },
    png, graphml, onChange: (fn) => listeners.push(fn),
    downloadPng: async () => download(await png(), 'isnad-network.png'),
    downloadGraphml: () => download(new Blob([graphml()], { type: 'application/graphml+xml' }), 'isnad-network.graphml'),
    visibleNodes: () => cy.nodes(':visible').map((n) => n.data()),
    expanded: (id) => expanded.has(id),
  };
}

/** The legend: node types and the edge types present. */
export function legend(types) {
  return h('div', { class: 'legend', 'aria-label': t('legend') },
    Object.keys(NODE_COLORS).map((k) => h('span', { class: 'legend-item' }, h('span', { class: 'swatch node-' + k }), t(k))),
    types.map((k) => h('span', { class: 'legend-item' }, h('span', { class: 'swatch edge-' + (EDGE_COLORS[k] ? k : 'EVENT') }), t(k))));
}
