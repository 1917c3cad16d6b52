// A document: its text with every mention highlighted and linked to its entity; the facts it states.
import { api } from '../api.js';
import { h, bdi, visible, dateEl, entityHref, docHref, factHref } from '../dom.js';
import { t, nameOf, arrow } from '../i18n.js';
import { current } from '../nav.js';
import { entityLink, section } from '../facts.js';

export async function render(main, r, g) {
  const doc = Number(r.args[0]);
  const d = await api('documents/' + doc);
  if (!current(g)) return;
  const from = r.params.has('from') ? Number(r.params.get('from')) : null;
  const to = r.params.has('to') ? Number(r.params.get('to')) : null;
  // an Arabic document reads right to left even when it opens with Latin letters
  const dir = !d.language || d.language === 'ar' ? 'rtl' : 'auto';
  const body = h('div', { class: 'doc-text', id: 'doc-text', dir, lang: d.language || 'ar' }, text(d, from, to));

  // entities of the document, most mentioned first
  const counts = new Map();
  for (const m of d.mentions) {
    const c = counts.get(m.entity.id) || { ref: m.entity, n: 0 };
    c.n++;
    counts.set(m.entity.id, c);
  }
  const entities = [...counts.values()].sort((a, b) => b.n - a.n);
  const statements = d.statements.map((s) => h('li', null,
    h('a', { href: docHref(doc, s.start, s.end), class: 'stmt-link', text: t(s.kind) + ': ' + t(s.type) }), ' · ',
    h('a', { href: factHref(s.fact), text: t('all_evidence') + ' ' + arrow() }),
    s.claimant ? h('span', null, ' · ' + t('according_to') + ' ', entityLink(s.claimant)) : null));

  main.replaceChildren(h('div', { class: 'doc-page' },
    h('header', { class: 'card' },
      h('h1', { id: 'doc-title' }, bdi(d.title || d.id)),
      h('p', { class: 'meta' }, bdi(d.id), d.source ? h('span', null, ' · ', bdi(d.source)) : null,
        d.published ? [' · ', dateEl(d.published)] : '', ' · ' + d.length + ' · ', d.mentions.length + ' ' + t('mentions'))),
    h('div', { class: 'doc-grid' },
      h('article', { class: 'card' }, body),
      h('aside', null,
        section(t('entities_here') + ' (' + entities.length + ')', h('ul', { class: 'doc-entities' }, entities.map((c) => h('li', null,
          entityLink(c.ref), h('span', { class: 'muted', text: ' · ' + c.n }))))),
        section(t('statements_here') + ' (' + d.statements.length + ')', h('ul', { class: 'doc-statements' }, statements))))));
  const focus = body.querySelector('.focus');
  if (focus) focus.scrollIntoView({ block: 'center' });
}

/**
 * The text cut at every mention and at the focused sentence: mentions become links to their entity
 * (coloured by type); the focused sentence is marked. Offsets are code points.
 */
function text(d, from, to) {
  const cps = Array.from(d.text);
  const mentions = [];
  let end = -1;
  for (const m of [...d.mentions].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (m.start < end || m.start < 0 || m.end > cps.length) continue; // nested mentions: the outer one is linked
    mentions.push(m);
    end = m.end;
  }
  const cuts = new Set([0, cps.length]);
  for (const m of mentions) { cuts.add(m.start); cuts.add(m.end); }
  if (from != null && to != null) { cuts.add(Math.max(0, from)); cuts.add(Math.min(cps.length, to)); }
  const points = [...cuts].filter((p) => p >= 0 && p <= cps.length).sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  let mi = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i], e = points[i + 1];
    while (mi < mentions.length && mentions[mi].end <= s) mi++;
    const m = mi < mentions.length && mentions[mi].start <= s && mentions[mi].end >= e ? mentions[mi] : null;
    const piece = cps.slice(s, e).join('');
    let node;
    if (m) {
      node = h('a', { class: 'mention t-' + m.entity.type, href: entityHref(m.entity.id), title: nameOf(m.entity) + ' · ' + t(m.entity.type),
        'data-entity': m.entity.id }, visible(piece));
    } else {
      node = visible(piece);
    }
    if (from != null && s >= from && e <= to) node = h('span', { class: 'focus' }, node);
    frag.append(node);
  }
  return frag;
}
