// Building the page from untrusted data: text goes in through text nodes only, never as markup.
// Names are isolated in <bdi dir="auto"> so a right-to-left name cannot reorder the text around it,
// and bidi control characters are shown as visible marks instead of acting on the text.

const CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const CONTROLS_G = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** An element: props are attributes (strings), 'class', 'text', or on* listeners (functions only). */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  if (props) {
    for (const [k, v] of Object.entries(props)) {
      if (v == null || v === false) continue;
      if (k === 'class') el.className = v;
      else if (k === 'text') el.textContent = String(v);
      else if (k.startsWith('on')) {
        if (typeof v !== 'function') throw new Error('listener must be a function');
        el.addEventListener(k.slice(2), v);
      } else el.setAttribute(k, v === true ? '' : String(v));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c == null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Text with bidi controls replaced by visible marks (U+202E…), as a fragment of text nodes. */
export function visible(s) {
  const frag = document.createDocumentFragment();
  const str = s == null ? '' : String(s);
  if (!CONTROLS.test(str)) { frag.append(document.createTextNode(str)); return frag; }
  let last = 0;
  for (const m of str.matchAll(CONTROLS_G)) {
    if (m.index > last) frag.append(document.createTextNode(str.slice(last, m.index)));
    const code = 'U+' + m[0].codePointAt(0).toString(16).toUpperCase().padStart(4, '0');
    frag.append(h('span', { class: 'ctl', title: code, text: code }));
    last = m.index + m[0].length;
  }
  if (last < str.length) frag.append(document.createTextNode(str.slice(last)));
  return frag;
}

/** The same for places that only take plain text (canvas labels, file exports). */
export function visiblePlain(s) {
  return (s == null ? '' : String(s)).replace(CONTROLS_G, (c) => '[U+' + c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0') + ']');
}

/** Isolated text of unknown direction. */
export function bdi(s, cls) {
  return h('bdi', { dir: 'auto', class: cls || null }, visible(s));
}

/**
 * Text with code point ranges [start, end) marked (search hits, mentions). Ranges are sorted and
 * overlapping ones dropped; each range may carry its own element factory.
 */
export function marked(text, ranges, make) {
  const cps = Array.from(text || '');
  const frag = document.createDocumentFragment();
  const sorted = [...(ranges || [])].filter((r) => r[0] >= 0 && r[1] > r[0] && r[1] <= cps.length)
    .sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let pos = 0;
  for (const r of sorted) {
    if (r[0] < pos) continue;
    if (r[0] > pos) frag.append(visible(cps.slice(pos, r[0]).join('')));
    const piece = cps.slice(r[0], r[1]).join('');
    const el = make ? make(r, piece) : h('mark', null);
    el.append(visible(piece));
    frag.append(el);
    pos = r[1];
  }
  if (pos < cps.length) frag.append(visible(cps.slice(pos).join('')));
  return frag;
}

/** Hash links built from numbers only. */
export function entityHref(id) { return '#/entity/' + Number(id); }
export function docHref(doc, start, end) {
  return '#/doc/' + Number(doc) + (start != null ? '?from=' + Number(start) + '&to=' + Number(end) : '');
}
export function factHref(id) { return '#/fact/' + Number(id); }

export function clear(el) { el.replaceChildren(); return el; }

/** A date (ISO prefix) as an isolated left-to-right run: after Arabic letters, 2021-03-14 would otherwise show as 14-03-2021. */
export function dateEl(d) { return h('time', { dir: 'ltr', text: d || '…' }); }

/** "from D1 until D2" with both dates isolated. */
export function range(fromWord, from, untilWord, until) {
  return [fromWord + ' ', dateEl(from), ' ' + untilWord + ' ', dateEl(until)];
}
