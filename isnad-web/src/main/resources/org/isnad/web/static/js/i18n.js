// Interface labels (labels.json) and the script mode: Arabic (right to left, Arabic names) or
// Latin (left to right, Latin-script names where the store has them).

let labels = { ar: {}, en: {} };
let mode = localStorage.getItem('isnad.script') === 'latin' ? 'latin' : 'arabic';

export async function loadLabels() {
  const res = await fetch('/static/labels.json', { credentials: 'same-origin' });
  labels = await res.json();
}

export function latin() { return mode === 'latin'; }

export function setLatin(on) {
  mode = on ? 'latin' : 'arabic';
  localStorage.setItem('isnad.script', mode);
  applyDirection();
}

export function applyDirection() {
  const root = document.documentElement;
  root.lang = latin() ? 'en' : 'ar';
  root.dir = latin() ? 'ltr' : 'rtl';
  root.classList.toggle('latin', latin());
}

/** A label in the current mode; unknown keys show as themselves. */
export function t(key) {
  const table = latin() ? labels.en : labels.ar;
  return (table && table[key]) || (labels.en && labels.en[key]) || key;
}

/** The name to show for an entity reference. */
export function nameOf(ref) {
  if (!ref) return '';
  return latin() && ref.latin ? ref.latin : ref.name;
}

/** The other script's name, shown beside the main one. */
export function otherName(ref) {
  if (!ref) return null;
  const other = latin() ? ref.name : ref.latin;
  return other && other !== nameOf(ref) ? other : null;
}

/** "Onward" in the reading direction. */
export function arrow() { return latin() ? '→' : '←'; }
