// The entity page: names, roles over time, relations, events, each fact with its evidence; the
// neighbourhood network; the analyst's actions (rename, merge, split), which persist in the store.
import { api, post, query } from '../api.js';
import { h, bdi, entityHref, dateEl } from '../dom.js';
import { t, nameOf, otherName, arrow } from '../i18n.js';
import { current, refresh } from '../nav.js';
import { entityLink, typeBadge, relationCard, eventCard, section } from '../facts.js';
import { networkView } from './network.js';

let flash = null; // the outcome of the last action, shown once after the page is drawn again

export async function render(main, r, g) {
  const id = Number(r.args[0]);
  const [p, neighbors] = await Promise.all([
    api('entities/' + id + query({ limit: 60, evidence: 3 })),
    api('entities/' + id + '/neighbors' + query({ depth: 1, fanout: 20 })),
  ]);
  if (!current(g)) return;
  const me = p.entity;
  if (me.id !== id) history.replaceState(null, '', entityHref(me.id)); // a merged id leads to the entity it joined
  await document.fonts.load('16px "Noto Naskh Arabic"').catch(() => null);
  if (!current(g)) return;

  const other = otherName(me);
  const header = h('header', { class: 'entity-header card' },
    h('h1', { id: 'entity-name' }, bdi(nameOf(me), 'name t-' + me.type)),
    other ? h('p', { class: 'other-name', id: 'entity-other-name' }, bdi(other)) : null,
    h('p', { class: 'entity-facts' }, typeBadge(me.type, me.kind), ' ',
      h('span', { class: 'id', text: '#' + me.id }), ' · ',
      p.mentions + ' ' + t('mentions') + ' · ' + p.documents + ' ' + t('stat_documents'),
      p.first_seen ? [' · ' + t('first_seen') + ' ', dateEl(p.first_seen)] : '',
      p.last_seen && p.last_seen !== p.first_seen ? [' · ' + t('last_seen') + ' ', dateEl(p.last_seen)] : ''),
    h('nav', { class: 'entity-nav' },
      h('a', { class: 'button', href: '#/graph/' + me.id, id: 'open-network', text: t('open_network') + ' ' + arrow() }), ' ',
      h('a', { class: 'button', href: '#/timeline/' + me.id, id: 'open-timeline', text: t('open_timeline') + ' ' + arrow() })),
    flash ? h('p', { class: 'flash', role: 'status', id: 'flash', text: flash }) : null,
    h('h2', { class: 'names-title', text: t('names') + ' (' + p.names.length + ')' }),
    h('ul', { class: 'names', id: 'names' }, p.names.map((n) => h('li', null,
      bdi(n.name, 'name'), n.latin ? h('span', { class: 'other-name' }, ' ', bdi(n.latin)) : null,
      h('span', { class: 'muted' }, ' · ' + n.kind.replace(/_/g, ' ') + ' · ' + n.mentions + ' ' + t('mentions')),
      n.reason ? h('div', { class: 'reason muted' }, bdi(n.reason)) : null))));
  flash = null;

  const roles = p.roles.length ? h('div', { class: 'facts', id: 'roles' }, p.roles.map(relationCard)) : h('p', { class: 'muted', text: t('none') });
  const relations = p.relations.length ? h('div', { class: 'facts', id: 'relations' }, p.relations.map(relationCard)) : h('p', { class: 'muted', text: t('none') });
  const events = p.events.length ? h('div', { class: 'facts', id: 'events' }, p.events.map(eventCard)) : h('p', { class: 'muted', text: t('none') });
  const sources = p.sources.length ? h('ul', { class: 'sources' }, p.sources.map((s) => h('li', null,
    s.entity ? entityLink(s.entity) : bdi(s.name), h('span', { class: 'muted', text: ' · ' + s.count })))) : h('p', { class: 'muted', text: t('none') });
  const decisions = p.decisions.length ? h('ul', { class: 'decisions', id: 'decisions' }, p.decisions.map((d) => h('li', null,
    h('time', { dir: 'ltr', text: (d.at || '').slice(0, 16).replace('T', ' ') }), ' · ', d.action, ' · ', d.who,
    d.other ? h('span', null, ' · ', h('a', { href: entityHref(d.other), text: '#' + d.other })) : null,
    d.name ? h('span', null, ' · «', bdi(d.name), '»') : null,
    d.reason ? h('span', { class: 'muted' }, ' · ', bdi(d.reason)) : null))) : h('p', { class: 'muted', text: t('none') });

  const net = networkView(neighbors, { id: me.id, depth: 1, compact: true });

  main.replaceChildren(h('div', { class: 'entity-page' },
    h('div', { class: 'entity-top' },
      header,
      h('section', { class: 'card entity-network' }, h('h2', null, h('a', { href: '#/graph/' + me.id, text: t('network') })), net.element)),
    h('div', { class: 'entity-grid' },
      h('div', { class: 'entity-main' },
        section(t('roles'), roles),
        section(t('relations') + (p.totals.relations > p.roles.length + p.relations.length ? ' ' + t('truncated') : ''), relations),
        section(t('events') + (p.totals.events > p.events.length ? ' ' + t('truncated') : ''), events)),
      h('aside', { class: 'entity-side' },
        section(t('sources'), sources),
        actions(p),
        section(t('decisions'), decisions)))));
  net.start();
}

function actions(p) {
  const me = p.entity;
  const status = h('p', { class: 'action-status', role: 'status', 'aria-live': 'polite', id: 'action-status' });
  const run = async (form, path, body) => {
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    status.textContent = t('loading');
    status.classList.remove('error');
    try {
      const res = await post('entities/' + me.id + '/' + path, body);
      flash = t('done') + ': ' + res.message;
      await refresh();
    } catch (e) {
      status.textContent = t('error') + ': ' + e.message;
      status.classList.add('error');
      button.disabled = false;
    }
  };

  const renameInput = h('input', { id: 'rename-name', name: 'name', required: true, maxlength: '200', dir: 'auto', value: me.name });
  const renameReason = h('input', { id: 'rename-reason', name: 'reason', maxlength: '500', dir: 'auto' });
  const rename = h('form', { class: 'action', id: 'rename-form', onsubmit: (e) => {
    e.preventDefault();
    run(e.target, 'rename', { name: renameInput.value, reason: renameReason.value || null });
  } },
  h('h3', { text: t('rename') }),
  h('label', null, t('rename_to'), renameInput), h('label', null, t('reason'), renameReason),
  h('button', { type: 'submit', text: t('rename') }));

  const otherInput = h('input', { id: 'merge-other', name: 'other', required: true, maxlength: '200', dir: 'auto', autocomplete: 'off',
    'aria-describedby': 'merge-suggestions' });
  const suggestions = h('ul', { class: 'suggestions', id: 'merge-suggestions' });
  let timer = null;
  otherInput.addEventListener('input', () => {
    clearTimeout(timer);
    const q = otherInput.value.trim();
    if (!q || /^#?\d+$/.test(q)) { suggestions.replaceChildren(); return; }
    timer = setTimeout(async () => {
      try {
        const res = await api('suggest' + query({ q, limit: 8 }));
        suggestions.replaceChildren(...res.entities.filter((e) => e.id !== me.id && e.type === me.type).map((e) => h('li', null,
          h('button', { type: 'button', class: 'suggestion', onclick: () => { otherInput.value = '#' + e.id; suggestions.replaceChildren(); otherInput.focus(); } },
            bdi(nameOf(e)), ' ', h('span', { class: 'muted', text: '#' + e.id + ' · ' + t(e.type) })))));
      } catch (e) { suggestions.replaceChildren(); }
    }, 200);
  });
  const mergeReason = h('input', { id: 'merge-reason', name: 'reason', maxlength: '500', dir: 'auto' });
  const merge = h('form', { class: 'action', id: 'merge-form', onsubmit: (e) => {
    e.preventDefault();
    const v = otherInput.value.trim();
    const other = /^#?\d+$/.test(v) ? Number(v.replace('#', '')) : v;
    run(e.target, 'merge', { other, reason: mergeReason.value || null });
  } },
  h('h3', { text: t('merge') }),
  h('label', null, t('merge_other'), otherInput), suggestions, h('label', null, t('reason'), mergeReason),
  h('button', { type: 'submit', text: t('merge_button') }));

  const aliasSelect = h('select', { id: 'split-alias', name: 'alias' }, p.names.map((n) => h('option', { value: n.name }, n.name)));
  const splitReason = h('input', { id: 'split-reason', name: 'reason', maxlength: '500', dir: 'auto' });
  const split = h('form', { class: 'action', id: 'split-form', onsubmit: (e) => {
    e.preventDefault();
    run(e.target, 'split', { alias: aliasSelect.value, reason: splitReason.value || null });
  } },
  h('h3', { text: t('split') }),
  h('label', null, t('split_alias'), aliasSelect), h('label', null, t('reason'), splitReason),
  h('button', { type: 'submit', text: t('split_button'), disabled: p.names.length < 2 }));

  return h('section', { class: 'card actions', id: 'actions' }, h('h2', { text: t('actions') }), status, rename, merge, split);
}
