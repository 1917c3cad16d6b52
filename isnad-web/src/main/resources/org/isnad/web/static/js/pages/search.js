// Search: one box over documents, entities and their aliases; results grouped by entity and by document.
import { api, query } from '../api.js';
import { h, bdi, marked, entityHref, docHref, dateEl } from '../dom.js';
import { t, nameOf, otherName, arrow } from '../i18n.js';
import { current } from '../nav.js';
import { typeBadge, entityLink, section } from '../facts.js';

export async function render(main, r, g) {
  const q = (r.params.get('q') || '').trim();
  if (!q) return home(main, g);
  const res = await api('search' + query({ q, limit: 30 }));
  if (!current(g)) return;
  const entities = res.entities.map((hit) => {
    const ref = hit.entity;
    // the hit's highlights are on the Arabic canonical name; in Latin mode that name is shown beside
    const main = latinShown(ref)
      ? bdi(nameOf(ref), 'name')
      : h('bdi', { dir: 'auto', class: 'name' }, marked(hit.sentence, hit.highlights));
    const other = otherName(ref);
    return h('li', { class: 'hit entity-hit' },
      h('a', { class: 'entity t-' + ref.type, href: entityHref(ref.id) }, main),
      other ? h('span', { class: 'other-name' }, ' ', bdi(other)) : null, ' ',
      typeBadge(ref.type, ref.kind), h('span', { class: 'id', text: ' #' + ref.id }));
  });
  const docs = res.documents.map((hit) => h('li', { class: 'hit doc-hit' },
    h('a', { class: 'doc-title', href: docHref(hit.doc) }, bdi(hit.title || hit.document_id)),
    h('div', { class: 'meta' }, bdi(hit.source || ''), hit.published ? [' · ', dateEl(hit.published)] : ''),
    h('p', { class: 'snippet', dir: 'auto' }, marked(hit.sentence, hit.highlights))));
  main.replaceChildren(
    h('h1', { class: 'page-title' }, t('results_for') + ' ', h('q', null, bdi(q))),
    h('div', { class: 'results' },
      section(t('entities') + ' (' + entities.length + ')',
        entities.length ? h('ol', { class: 'hits', id: 'entity-results' }, entities) : h('p', { class: 'muted', text: t('no_results') })),
      section(t('documents') + ' (' + res.total + ' ' + t('documents_matching') + ')',
        docs.length ? h('ol', { class: 'hits', id: 'document-results' }, docs) : h('p', { class: 'muted', text: t('no_results') }))));
}

function latinShown(ref) { return nameOf(ref) !== ref.name; }

/** The start page: what the store holds, its most documented entities, its latest documents. */
async function home(main, g) {
  const [stats, persons, orgs, places, docs] = await Promise.all([
    api('stats'), api('entities?type=PERSON&limit=12'), api('entities?type=ORGANIZATION&limit=12'),
    api('entities?type=LOCATION&limit=12'), api('documents?limit=12')]);
  if (!current(g)) return;
  const column = (type, list) => h('div', { class: 'top-list' },
    h('h3', { text: t(type) }),
    h('ol', null, list.entities.map((e) => h('li', null, entityLink(e.entity), h('span', { class: 'count', text: ' ' + e.documents })))));
  main.replaceChildren(
    stats.demo ? h('p', { class: 'banner', role: 'note', text: t('demo_banner') }) : null,
    h('section', { class: 'stats', 'aria-label': t('store') },
      [['documents', 'stat_documents'], ['entities', 'stat_entities'], ['facts', 'stat_facts'], ['evidence', 'stat_evidence']]
        .map(([k, label]) => h('div', { class: 'stat' }, h('strong', { text: stats[k].toLocaleString('en') }), h('span', { text: t(label) })))),
    section(t('most_documented'), h('div', { class: 'columns' }, column('PERSON', persons), column('ORGANIZATION', orgs), column('LOCATION', places)),
      h('p', null, h('a', { class: 'button', href: '#/graph', text: t('network') + ' — ' + t('whole_store') + ' ' + arrow() }))),
    section(t('recent_documents'), h('ol', { class: 'doc-list' }, docs.documents.map((d) => h('li', null,
      h('a', { href: docHref(d.doc) }, bdi(d.title || d.id)), h('span', { class: 'meta' }, ' · ', bdi(d.source || ''))))),
      h('p', null, h('a', { href: '#/documents', text: t('all_documents') + ' ' + arrow() }))));
}
