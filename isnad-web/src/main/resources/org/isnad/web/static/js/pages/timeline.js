// The timeline: an entity's events and relation starts/ends on a time axis, each linked to its evidence;
// and who held which role on a chosen date.
import { api, query } from '../api.js';
import { h, bdi, entityHref, docHref, factHref, range } from '../dom.js';
import { t, nameOf, latin } from '../i18n.js';
import { current } from '../nav.js';
import { entityLink, evidenceList, section, roleLabel } from '../facts.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, String(v));
  for (const c of children) if (c != null) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}

/** A date prefix (2019, 2019-06, 2019-06-14) as a fractional year. */
function years(d) {
  const [y, m, day] = d.split('-').map(Number);
  return y + ((m || 1) - 1) / 12 + ((day || 1) - 1) / 365;
}

export async function render(main, r, g) {
  const id = Number(r.args[0]);
  const tl = await api('entities/' + id + '/timeline' + query({ limit: 500 }));
  if (!current(g)) return;
  const me = tl.entity;
  const dated = tl.entries.filter((e) => e.dated && e.date && /^\d{4}/.test(e.date));
  const undated = tl.entries.filter((e) => !(e.dated && e.date && /^\d{4}/.test(e.date)));
  const items = [];
  const list = h('ol', { class: 'timeline-list', id: 'timeline-list' }, dated.map((e, i) => {
    const li = entry(e, 'entry-' + i);
    items.push(li);
    return li;
  }));

  main.replaceChildren(
    h('h1', { class: 'page-title' }, t('timeline'), ' — ', h('a', { href: entityHref(me.id) }, bdi(nameOf(me)))),
    dated.length ? h('section', { class: 'card axis-card' }, axis(dated, items)) : null,
    section(t('timeline') + ' (' + dated.length + ')', dated.length ? list : h('p', { class: 'muted', text: t('none') })),
    undated.length ? section(t('undated') + ' / ' + t('reported') + ' (' + undated.length + ')',
      h('ol', { class: 'timeline-list undated' }, undated.map((e, i) => entry(e, 'undated-' + i)))) : null,
    asOfBox(me));
}

function entry(e, anchor) {
  return h('li', { class: 'timeline-entry k-' + e.kind + (e.conflict ? ' has-conflict' : ''), id: anchor, tabindex: '-1' },
    h('div', { class: 'entry-head' },
      h('time', { class: 'when', dir: 'ltr', text: e.date || '…' }), ' ',
      h('span', { class: 'badge', text: t(e.kind) }), ' ',
      h('a', { class: e.kind === 'event' ? 'ev ev-' + e.type : 'rel rel-' + e.type, href: factHref(e.fact), text: t(e.type) }),
      e.conflict ? h('span', { class: 'conflict', text: ' ⚠ ' + t('conflict') }) : null,
      h('span', { class: 'muted', text: ' · ' + e.evidence + ' ' + t('statements') })),
    h('ul', { class: 'arguments' }, e.arguments.map((a) => h('li', null, h('span', { class: 'role', text: roleLabel(a.role) }), ' ', entityLink(a.entity)))),
    e.first_evidence ? evidenceList([e.first_evidence]) : null);
}

/** The axis: one mark per dated entry, placed by date; a mark leads to its entry. */
function axis(entries, items) {
  const width = 1000, height = 110, pad = 40;
  const xs = entries.map((e) => years(e.date));
  let lo = Math.floor(Math.min(...xs)), hi = Math.ceil(Math.max(...xs));
  if (hi - lo < 1) { lo -= 1; hi += 1; }
  const rtl = !latin();
  const x = (v) => { const f = (v - lo) / (hi - lo); return pad + (rtl ? 1 - f : f) * (width - 2 * pad); };
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'axis', role: 'group', 'aria-label': t('timeline') });
  root.append(svg('line', { x1: pad, x2: width - pad, y1: 70, y2: 70, class: 'axis-line' }));
  const step = Math.max(1, Math.ceil((hi - lo) / 12));
  for (let y = lo; y <= hi; y += step) {
    root.append(svg('line', { x1: x(y), x2: x(y), y1: 64, y2: 76, class: 'tick' }));
    root.append(svg('text', { x: x(y), y: 98, class: 'tick-label', 'text-anchor': 'middle' }, String(y)));
  }
  const stack = new Map();
  entries.forEach((e, i) => {
    const cx = x(years(e.date));
    const key = Math.round(cx / 8);
    const level = stack.get(key) || 0;
    stack.set(key, level + 1);
    const mark = svg('a', { href: '#', class: 'mark k-' + e.kind + (e.conflict ? ' has-conflict' : ''), 'aria-label': e.date + ' ' + t(e.type) },
      svg('title', null, e.date + ' · ' + t(e.type)),
      svg('circle', { cx, cy: 70 - 14 * Math.min(level, 3), r: 7 }));
    mark.addEventListener('click', (ev) => {
      ev.preventDefault();
      items[i].scrollIntoView({ block: 'center' });
      items[i].focus({ preventScroll: true });
    });
    root.append(mark);
  });
  return root;
}

function asOfBox(me) {
  const input = h('input', { id: 'asof-date', type: 'text', inputmode: 'numeric', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', required: true,
    placeholder: t('date_placeholder'), dir: 'ltr', size: '10' });
  const out = h('div', { id: 'asof-result', 'aria-live': 'polite' });
  const form = h('form', { class: 'asof', onsubmit: async (e) => {
    e.preventDefault();
    try {
      const a = await api('entities/' + me.id + '/asof' + query({ date: input.value.trim() }));
      out.replaceChildren(a.holds.length ? h('ul', { class: 'facts' }, a.holds.map((x) => h('li', { class: 'fact relation' },
        h('header', null, entityLink(x.subject), ' ', h('span', { class: 'rel rel-' + x.type, text: t(x.type) }), ' ', entityLink(x.object)),
        h('div', { class: 'fact-meta' }, range(t('from'), x.from, t('until'), x.until), ' · ' + t('basis_' + x.basis)),
        evidenceList(x.evidence_sample)))) : h('p', { class: 'muted', text: t('none') }));
    } catch (err) {
      out.replaceChildren(h('p', { class: 'error', role: 'alert' }, bdi(err.message)));
    }
  } }, h('label', null, t('who_held') + ' ', input), ' ', h('button', { type: 'submit', text: t('as_of_button') }));
  return section(t('who_held'), form, out);
}
