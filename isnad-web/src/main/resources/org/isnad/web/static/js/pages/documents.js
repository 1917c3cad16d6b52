// All documents, newest first, a page at a time.
import { api, query } from '../api.js';
import { h, bdi, docHref, dateEl } from '../dom.js';
import { t } from '../i18n.js';
import { current } from '../nav.js';

const PAGE = 50;

export async function render(main, r, g) {
  const offset = Math.max(0, parseInt(r.params.get('offset') || '0', 10) || 0);
  const res = await api('documents' + query({ limit: PAGE, offset }));
  if (!current(g)) return;
  main.replaceChildren(
    h('h1', { class: 'page-title', text: t('documents') + ' (' + res.total + ')' }),
    h('section', { class: 'card' },
      h('ol', { class: 'doc-list', start: offset + 1 }, res.documents.map((d) => h('li', null,
        h('a', { href: docHref(d.doc) }, bdi(d.title || d.id)),
        h('div', { class: 'meta' }, bdi(d.source || ''), d.published ? [' · ', dateEl(d.published)] : '', ' · ', d.entities + ' ' + t('stat_entities'))))),
      h('nav', { class: 'pager' },
        offset > 0 ? h('a', { href: '#/documents?offset=' + Math.max(0, offset - PAGE), text: t('previous') }) : null, ' ',
        offset + PAGE < res.total ? h('a', { href: '#/documents?offset=' + (offset + PAGE), text: t('next') }) : null)));
}
