// A fact with every statement of it: who claims it, in which document, with which dates.
import { api, query } from '../api.js';
import { h, bdi, dateEl, range } from '../dom.js';
import { t } from '../i18n.js';
import { current } from '../nav.js';
import { entityLink, evidenceList, corroboration, section, roleLabel } from '../facts.js';

export async function render(main, r, g) {
  const id = Number(r.args[0]);
  const f = await api('facts/' + id + query({ limit: 200 }));
  if (!current(g)) return;
  const head = f.kind === 'relation'
    ? h('h1', { class: 'page-title' }, entityLink(f.subject), ' ', h('span', { class: 'rel rel-' + f.type, text: t(f.type) }), ' ', entityLink(f.object))
    : h('h1', { class: 'page-title' }, h('span', { class: 'ev ev-' + f.type, text: t(f.type) }), f.time ? h('time', { class: 'when', dir: 'ltr', text: ' ' + f.time }) : null);
  const dates = f.times.length ? h('p', null, t('dates_given') + ': ', f.times.map((d, i) => [i ? ' · ' : '', dateEl(d)])) : null;
  main.replaceChildren(
    h('div', { class: 'card fact-page' + (f.conflict ? ' has-conflict' : '') },
      head,
      h('p', { class: 'fact-meta' }, h('span', { class: 'badge', text: t(f.kind) }), ' #' + f.fact, ' · ',
        corroboration(f.evidence, f.documents), ' · ' + f.claimants + ' ' + t('claimants'),
        f.from || f.until ? [' · ', range(t('from'), f.from, t('until'), f.until)] : ''),
      f.conflict ? h('p', { class: 'conflict', role: 'note', text: '⚠ ' + t('conflict') }) : null,
      dates,
      h('h2', { text: t('arguments') }),
      h('ul', { class: 'arguments' }, f.arguments.map((a) => h('li', null, h('span', { class: 'role', text: roleLabel(a.role) }), ' ', entityLink(a.entity, { withOther: true }))))),
    section(t('all_evidence') + ' (' + f.statements.length + (f.truncated ? '+' : '') + ')', evidenceList(f.statements)));
}
