// How entities, facts and their evidence look on every page.
import { h, bdi, marked, entityHref, docHref, factHref, dateEl, range } from './dom.js';
import { t, nameOf, otherName, arrow } from './i18n.js';

/** A link to an entity: its name (isolated), coloured by type. */
export function entityLink(ref, opts = {}) {
  if (!ref) return h('span', { class: 'muted', text: '—' });
  const other = opts.withOther ? otherName(ref) : null;
  return h('a', { class: 'entity t-' + ref.type, href: entityHref(ref.id), title: '#' + ref.id + ' · ' + t(ref.type) },
    bdi(nameOf(ref), 'name'), other ? h('span', { class: 'other-name' }, ' ', bdi(other)) : null);
}

/** An argument's role in the interface language (unknown roles as the store names them). */
export function roleLabel(role) {
  const label = t('role_' + role);
  return label === 'role_' + role ? role : label;
}

export function typeBadge(type, kind) {
  return h('span', { class: 'badge t-' + type, text: t(type) + (kind ? ' · ' + kind.replace(/_/g, ' ') : '') });
}

/** Corroboration: how many statements in how many documents. */
export function corroboration(evidence, documents) {
  return h('span', { class: 'corroboration', title: t('statements') },
    evidence + ' ' + t('statements') + ' ' + t('statements_in') + ' ' + documents + ' ' + t('stat_documents'));
}

/**
 * One statement: the sentence (the trigger marked when known), who claims it, the document it is in.
 * Works for the store's EvidenceInfo and the web API's Statement.
 */
export function evidenceItem(ev) {
  const ranges = [];
  if (ev.trigger_start != null && ev.trigger_end != null) ranges.push([ev.trigger_start - ev.start, ev.trigger_end - ev.start]);
  const who = ev.claimant
    ? h('span', { class: 'claimant' }, t('according_to') + ' ', entityLink(ev.claimant))
    : h('span', { class: 'claimant own' }, t('own_voice'));
  const docTitle = ev.title || ev.document_id || ('#' + ev.doc);
  return h('li', { class: 'evidence' },
    h('blockquote', { dir: 'auto' }, marked(ev.sentence, ranges, () => h('mark', { class: 'trigger', title: t('trigger') }))),
    h('div', { class: 'meta' },
      who, ' · ',
      h('a', { class: 'doc-link', href: docHref(ev.doc, ev.start, ev.end) }, bdi(docTitle)),
      ev.published ? h('span', { class: 'date' }, ' · ', dateEl(ev.published)) : null,
      ev.role ? h('span', { class: 'role-word' }, ' · ', t('role_word'), ': ', bdi(ev.role)) : null,
      ev.time_text ? h('span', { class: 'time-text' }, ' · «', bdi(ev.time_text), '»') : null));
}

export function evidenceList(list) {
  if (!list || !list.length) return null;
  return h('ul', { class: 'evidence-list' }, list.map(evidenceItem));
}

/** A relation of the profile: subject —type→ object, its time, corroboration and statements. */
export function relationCard(r) {
  const roles = (r.roles || []).length ? h('span', { class: 'role-words' }, ' (', bdi(r.roles.join('، ')), ')') : null;
  const until = r.until || r.until_inferred;
  return h('article', { class: 'fact relation', 'data-fact': r.fact },
    h('header', null,
      entityLink(r.subject), ' ', h('span', { class: 'rel rel-' + r.type, text: t(r.type) }), roles, ' ', entityLink(r.object)),
    h('div', { class: 'fact-meta' },
      (r.from || until) ? h('span', { class: 'when' }, range(t('from'), r.from, t('until'), until),
        !r.until && r.until_inferred ? h('span', { class: 'inferred', text: ' (' + t('inferred') + ')' }) : null) : h('span', { class: 'when muted', text: t('undated') }),
      ' · ', corroboration(r.evidence, r.documents), ' · ',
      h('a', { href: factHref(r.fact), text: t('all_evidence') + ' ' + arrow() })),
    evidenceList(r.evidence_sample));
}

/** An event of the profile: type, date (and the conflicting dates), participants, statements. */
export function eventCard(e) {
  return h('article', { class: 'fact event' + (e.conflict ? ' has-conflict' : ''), 'data-fact': e.fact },
    h('header', null,
      h('span', { class: 'ev ev-' + e.type, text: t(e.type) }), ' ',
      e.time ? h('time', { class: 'when', dir: 'ltr', text: e.time }) : h('span', { class: 'when muted', text: t('undated') }),
      e.conflict ? h('span', { class: 'conflict', role: 'note', text: '⚠ ' + t('conflict') }) : null),
    h('ul', { class: 'arguments' }, (e.arguments || []).map((a) => h('li', null, h('span', { class: 'role', text: roleLabel(a.role) }), ' ', entityLink(a.entity)))),
    e.conflict && e.dates && e.dates.length ? h('ul', { class: 'date-claims' }, e.dates.map((d) => h('li', null,
      dateEl(d.date), ' — ' + d.evidence + ' ' + t('statements'),
      d.claimants && d.claimants.length ? h('span', null, ' (', bdi(d.claimants.join('، ')), ')') : null))) : null,
    h('div', { class: 'fact-meta' }, corroboration(e.evidence, e.documents), ' · ', h('a', { href: factHref(e.fact), text: t('all_evidence') + ' ' + arrow() })),
    evidenceList(e.evidence_sample));
}

export function section(title, ...content) {
  return h('section', { class: 'card' }, h('h2', { text: title }), ...content);
}

export function loading() { return h('p', { class: 'loading', text: t('loading') }); }
