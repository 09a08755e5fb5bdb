// The page of `vanban serve`: obligation search, document view with highlighted values and
// citation links. Every text from the server is inserted as text (textContent, text nodes),
// never as HTML: documents are untrusted input.
'use strict';

const SEARCH_FIELDS = ['q', 'agency', 'role', 'type', 'issuer', 'issued_from', 'issued_to',
                       'due_after', 'due_before', 'overdue_on'];
const PAGE_SIZE = 50;
const ROLE_NAMES = {lead: 'lead (chủ trì)', support: 'support (phối hợp)'};
let typeNames = {};  // type code -> written name, from /api/types

// An element with properties (className, href, title, ...) and children (nodes or strings).
function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (key.startsWith('data-')) node.setAttribute(key, value);
    else node[key] = value;
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

function $(id) { return document.getElementById(id); }

async function api(path, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== '' && value !== null && value !== undefined) query.set(key, value);
  }
  const url = path + (query.toString() ? '?' + query : '');
  const response = await fetch(url, {headers: {Accept: 'application/json'}});
  const body = await response.json().catch(() => ({error: response.statusText}));
  if (!response.ok) throw new Error(body.error || 'HTTP ' + response.status);
  return body;
}

function docHref(id) { return '#/doc/' + encodeURIComponent(id); }
function refsHref(number) { return '#/refs?' + new URLSearchParams({number}); }
function searchHref(params) { return '#/?' + new URLSearchParams(params); }
function typeName(code) { return code ? (typeNames[code] || code) : ''; }

// Text with « » around matches, as text nodes and <mark> elements.
function snippetNodes(snippet) {
  const nodes = [];
  let inMatch = false;
  for (const part of (snippet || '').split(/([«»])/)) {
    if (part === '«') inMatch = true;
    else if (part === '»') inMatch = false;
    else if (part) nodes.push(inMatch ? el('mark', {className: 'match'}, part) : part);
  }
  return nodes;
}

function showView(id) {
  for (const view of ['search-view', 'document-view', 'refs-view']) $(view).hidden = view !== id;
}

function setStatus(id, text, isError) {
  $(id).textContent = text;
  $(id).classList.toggle('error', Boolean(isError));
}

// ---- search

function formParams() {
  const form = $('search-form');
  const params = {};
  for (const name of SEARCH_FIELDS) {
    const value = form.elements[name].value.trim();
    if (value) params[name] = value;
  }
  return params;
}

function documentCell(doc) {
  const label = doc.number || (doc.id.slice(0, 10) + '…');
  return el('td', {},
            el('a', {href: docHref(doc.id), className: 'doc-link'}, label),
            el('div', {className: 'small'},
               [typeName(doc.type), doc.issued].filter(Boolean).join(' · ')),
            el('div', {className: 'small'}, doc.issuer || ''));
}

function obligationRow(hit) {
  const agencies = el('td', {className: 'agencies'});
  const roles = el('td', {className: 'roles'});
  for (const agency of hit.agencies) {
    agencies.append(el('div', {}, agency.name));
    roles.append(el('div', {}, ROLE_NAMES[agency.role] || agency.role));
  }
  const deadline = el('td', {className: 'deadline'});
  if (hit.deadline) {
    deadline.append(el('div', {}, hit.deadline.text));
    if (hit.deadline.value) deadline.append(el('div', {className: 'small'}, hit.deadline.value));
  }
  const action = el('td', {className: 'action'}, ...snippetNodes(hit.snippet || hit.action));
  return el('tr', {}, agencies, roles, action, deadline, documentCell(hit.document));
}

// Every view shown is numbered: the answer that arrives after a newer view replaced its own is
// dropped, so a slow answer never overwrites what the reader went on to.
let viewCount = 0;

async function showSearch(params) {
  const mine = ++viewCount;
  showView('search-view');
  const form = $('search-form');
  for (const name of SEARCH_FIELDS) form.elements[name].value = params.get(name) || '';
  const query = Object.fromEntries(SEARCH_FIELDS.filter((n) => params.get(n))
                                       .map((n) => [n, params.get(n)]));
  const offset = Number(params.get('offset') || 0);
  const body = $('results').tBodies[0];
  body.replaceChildren();
  // Which search the shown results answer (the URL's hash), set once they are shown: lets a
  // reader, or a test, tell them from those of the search before.
  delete $('search-status').dataset.shows;
  setStatus('search-status', 'Searching…');
  $('prev-page').hidden = $('next-page').hidden = true;
  try {
    const page = await api('/api/obligations', {...query, limit: PAGE_SIZE, offset});
    if (mine !== viewCount) return;
    body.replaceChildren(...page.obligations.map(obligationRow));
    const first = page.offset + 1, last = page.offset + page.obligations.length;
    setStatus('search-status', page.obligations.length === 0
                                   ? 'No obligation matches.'
                                   : `Obligations ${first}–${last}` +
                                         (page.next_offset === null ? '' : ' (more follow)'));
    if (page.offset > 0) {
      $('prev-page').href = searchHref({...query, offset: Math.max(0, page.offset - PAGE_SIZE)});
      $('prev-page').hidden = false;
    }
    if (page.next_offset !== null) {
      $('next-page').href = searchHref({...query, offset: page.next_offset});
      $('next-page').hidden = false;
    }
  } catch (error) {
    if (mine !== viewCount) return;
    setStatus('search-status', 'Search failed: ' + error.message, true);
  }
  $('search-status').dataset.shows = location.hash;
}

// ---- document view

// UTF-16 index of each UTF-8 byte offset of text (offsets inside a character round down).
function byteToIndexMap(text) {
  const map = new Int32Array(new TextEncoder().encode(text).length + 1);
  let byte = 0;
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i);
    const bytes = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    for (let k = 0; k < bytes; ++k) map[byte + k] = i;
    byte += bytes;
    i += cp > 0xffff ? 2 : 1;
  }
  map[byte] = text.length;
  return map;
}

const KIND_RANK = {obligation: 0, field: 1, ref: 2, agency: 3, deadline: 4};

// The values of a record to highlight: {begin, end (byte offsets), kind, title, ref}.
function highlightsOf(record) {
  const spans = [];
  // A span's 'text' range is [begin, end) in bytes of the UTF-8 text.
  const add = (span, kind, title, extra) => {
    if (span && Array.isArray(span.text) && span.text[1] > span.text[0]) {
      spans.push({begin: span.text[0], end: span.text[1], kind, title, ...extra});
    }
  };
  for (const [path, value] of Object.entries(record.provenance || {})) {
    for (const span of Array.isArray(value) ? value : [value]) add(span, 'field', path);
  }
  (record.references || []).forEach((ref, index) => {
    add(ref.span, 'ref', [ref.relation, ref.number || ref.title, ref.date].filter(Boolean).join(' '),
        {refIndex: index});
  });
  const deadlineSeen = new Set();
  const addDeadline = (d) => {
    if (!d || !d.span || deadlineSeen.has(String(d.span.text))) return;
    deadlineSeen.add(String(d.span.text));
    add(d.span, 'deadline', 'deadline ' + d.value);
  };
  for (const o of record.obligations || []) {
    add(o.span, 'obligation', 'obligation: ' + o.action);
    for (const a of o.agencies || []) add(a.span, 'agency', (ROLE_NAMES[a.role] || a.role) + ': ' + a.name);
    addDeadline(o.deadline);
  }
  for (const d of record.deadlines || []) addDeadline(d);
  return spans;
}

function highlightElement(span, refLinks) {
  if (span.kind === 'ref') {
    const link = refLinks[span.refIndex] || {href: '#/'};
    return el('a', {className: 'hl-ref', href: link.href, title: span.title + link.note});
  }
  if (span.kind === 'obligation') return el('span', {className: 'hl-obligation', title: span.title});
  return el('mark', {className: 'hl-' + span.kind, title: span.title});
}

// Renders text into container with the spans nested as elements; a span crossing the end of
// the one it starts in is cut there and continues after it.
function renderHighlighted(container, text, spans, refLinks) {
  const index = byteToIndexMap(text);
  const toIndex = (byte) => index[Math.max(0, Math.min(byte, index.length - 1))];
  const queue = spans.map((s) => ({...s, from: toIndex(s.begin), to: toIndex(s.end)}))
                    .filter((s) => s.to > s.from);
  const order = (a, b) => a.from - b.from || b.to - a.to || KIND_RANK[a.kind] - KIND_RANK[b.kind];
  queue.sort(order);
  const stack = [{to: text.length, node: container}];
  let pos = 0;
  const flushTo = (end) => {
    if (end > pos) stack[stack.length - 1].node.append(text.slice(pos, end));
    pos = Math.max(pos, end);
  };
  for (let i = 0; i < queue.length; ++i) {
    const span = queue[i];
    while (stack[stack.length - 1].to <= span.from) {
      flushTo(stack[stack.length - 1].to);
      stack.pop();
    }
    flushTo(span.from);
    const parentEnd = stack[stack.length - 1].to;
    if (span.to > parentEnd) {  // continue the rest after the parent ends
      const rest = {...span, from: parentEnd};
      let at = i + 1;
      while (at < queue.length && order(queue[at], rest) <= 0) ++at;
      queue.splice(at, 0, rest);
    }
    const node = highlightElement(span, refLinks);
    stack[stack.length - 1].node.append(node);
    stack.push({to: Math.min(span.to, parentEnd), node});
  }
  while (stack.length) {
    flushTo(stack[stack.length - 1].to);
    stack.pop();
  }
}

function numberKey(number) {
  return (number || '').replace(/\s+/g, '').toLowerCase().replace(/đ/g, 'd');
}

// For each of the record's references, where its link goes: the cited document when it is
// stored, else the list of documents citing the same number.
function referenceLinks(record, citations) {
  const unused = citations.slice();
  return (record.references || []).map((ref) => {
    const at = unused.findIndex((c) => numberKey(c.number) === numberKey(ref.number) &&
                                       (c.title || '') === (ref.title || ''));
    const citation = at >= 0 ? unused.splice(at, 1)[0] : null;
    if (citation && citation.to) {
      return {href: docHref(citation.to.id), note: ' → stored document'};
    }
    if (ref.number) return {href: refsHref(ref.number), note: ' → who else cites it'};
    return {href: '#/', note: ''};
  });
}

function citationItem(citation, direction) {
  const what = citation.number ? typeName(citation.type) + ' ' + citation.number : citation.title;
  const label = [citation.relation, what].filter(Boolean).join(' ');
  const item = el('li', {});
  if (direction === 'in') {
    item.append(el('a', {href: docHref(citation.from.id)}, citation.from.number || citation.from.id.slice(0, 10)),
                ' ' + (citation.relation || 'cites'));
  } else if (citation.to) {
    item.append(el('a', {href: docHref(citation.to.id)}, label));
  } else if (citation.number) {
    item.append(el('a', {href: refsHref(citation.number)}, label), el('span', {className: 'small'}, ' (not stored)'));
  } else {
    item.append(label);
  }
  if (citation.date) item.append(el('span', {className: 'small'}, ' ' + citation.date));
  return item;
}

// Fills list with the citations of a page, or says why there are none.
function citationList(list, page, citations, direction, none) {
  if (page.error) {
    list.replaceChildren(el('li', {className: 'small error'}, 'cannot list: ' + page.error));
  } else if (!citations.length) {
    list.replaceChildren(el('li', {className: 'small'}, none));
  } else {
    list.replaceChildren(...citations.map((c) => citationItem(c, direction)));
  }
}

function metaRow(list, term, value) {
  if (value) list.append(el('dt', {}, term), el('dd', {}, value));
}

async function showDocument(id) {
  const mine = ++viewCount;
  showView('document-view');
  for (const part of ['doc-title', 'doc-subject', 'doc-meta', 'doc-text', 'doc-references', 'doc-cited-by']) {
    $(part).replaceChildren();
  }
  setStatus('doc-status', 'Loading…');
  try {
    const base = '/api/documents/' + encodeURIComponent(id);
    // The citation lists are extras: when they fail the text is still shown.
    const failed = (error) => ({error: error.message});
    const [doc, refs, citedBy] = await Promise.all([
      api(base), api(base + '/references', {limit: 200}).catch(failed),
      api(base + '/cited-by', {limit: 200}).catch(failed)]);
    if (mine !== viewCount) return;
    const d = doc.record.document;
    $('doc-title').textContent = [typeName(d.type), d.number].filter(Boolean).join(' ') || doc.id;
    $('doc-subject').textContent = d.subject || '';
    const meta = $('doc-meta');
    metaRow(meta, 'Issuer', d.issuer);
    metaRow(meta, 'Issued', [d.place, d.issued].filter(Boolean).join(', '));
    metaRow(meta, 'Signed', d.signer ? [d.signer.authority, d.signer.title, d.signer.name].filter(Boolean).join(' ') : '');
    metaRow(meta, 'Obligations', String((doc.record.obligations || []).length));
    metaRow(meta, 'Source', doc.record.source.path);
    const links = referenceLinks(doc.record, refs.references || []);
    renderHighlighted($('doc-text'), doc.text, highlightsOf(doc.record), links);
    citationList($('doc-references'), refs, refs.references, 'out', 'nothing');
    citationList($('doc-cited-by'), citedBy, citedBy.cited_by, 'in', 'no stored document');
    setStatus('doc-status', '');
    window.scrollTo(0, 0);
  } catch (error) {
    if (mine !== viewCount) return;
    setStatus('doc-status', 'Cannot show the document: ' + error.message, true);
  }
}

// ---- who cites a number

async function showRefs(number) {
  const mine = ++viewCount;
  showView('refs-view');
  $('refs-title').textContent = 'Documents citing ' + number;
  $('refs-list').replaceChildren();
  setStatus('refs-status', 'Loading…');
  try {
    const page = await api('/api/refs', {number, limit: 200});
    if (mine !== viewCount) return;
    $('refs-list').replaceChildren(...page.citations.map((c) => citationItem(c, 'in')));
    setStatus('refs-status', page.citations.length ? '' : 'No stored document cites it.');
  } catch (error) {
    if (mine !== viewCount) return;
    setStatus('refs-status', 'Cannot list the citations: ' + error.message, true);
  }
}

// ---- routing: #/?filters, #/doc/ID, #/refs?number=N

function route() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, query] = [hash.split('?')[0], new URLSearchParams(hash.split('?')[1] || '')];
  const doc = path.match(/^\/doc\/([^/]+)$/);
  if (doc) return showDocument(decodeURIComponent(doc[1]));
  if (path === '/refs') return showRefs(query.get('number') || '');
  return showSearch(query);
}

async function loadTypes() {
  try {
    const {types} = await api('/api/types');
    const select = $('search-form').elements.type;
    for (const type of types) {
      typeNames[type.code] = type.name;
      select.append(el('option', {value: type.code}, type.name));
    }
  } catch (error) {
    setStatus('search-status', 'Cannot load document types: ' + error.message, true);
  }
}

document.addEventListener('DOMContentLoaded', async () => {
  $('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = searchHref(formParams());
  });
  $('search-form').addEventListener('reset', () => { location.hash = '#/'; });
  window.addEventListener('hashchange', route);
  await loadTypes();
  route();
});
