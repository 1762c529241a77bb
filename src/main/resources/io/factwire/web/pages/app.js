// Factwire reader: draws each page from the JSON API on this origin. No framework and no build step; every
// piece of API text goes into the page as text nodes, never as HTML.
'use strict';

(function () {
  const FACT_TYPES = {
    military_unit: 'Military unit', troop_count: 'Troop count', casualty_count: 'Casualty count',
    date: 'Date', duration: 'Duration', award: 'Award', equipment: 'Equipment', person: 'Person',
    place: 'Place', organization: 'Organisation'
  };
  const PAGE_SIZE = 10;
  const ACROSS_PAGE_SIZE = 50;

  // ---- small DOM helpers ----

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === 'text') node.textContent = value;
      else if (name === 'className') node.className = value;
      else node.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function main() {
    return document.getElementById('main');
  }

  function show(...nodes) {
    const m = main();
    m.replaceChildren(...nodes.flat().filter(Boolean));
    m.dataset.ready = 'true';
  }

  function fail(message) {
    show(el('p', { className: 'error', role: 'alert', text: message }));
  }

  function typeLabel(type) {
    return FACT_TYPES[type] || type;
  }

  function query(params) {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(params)) {
      if (value !== null && value !== undefined && value !== '') search.set(name, value);
    }
    const text = search.toString();
    return text ? '?' + text : '';
  }

  async function api(path) {
    const response = await fetch(path, { headers: { Accept: 'application/json' } });
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      const detail = body && body.detail ? body.detail : 'The server answered ' + response.status + '.';
      const error = new Error(detail);
      error.status = response.status;
      throw error;
    }
    return body;
  }

  // HTML-escaped text with <mark> around matches (search snippets and titles) -> nodes, without innerHTML
  function marked(text) {
    const decode = (s) => s.replace(/&(lt|gt|quot|#39|#x27|amp);/g, (_, name) =>
      ({ lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", amp: '&' })[name]);
    const nodes = [];
    text.split(/(<mark>[\s\S]*?<\/mark>)/).forEach((part) => {
      if (part.startsWith('<mark>')) nodes.push(el('mark', {}, decode(part.slice(6, -7))));
      else if (part) nodes.push(decode(part));
    });
    return nodes;
  }

  function setCurrentNav(path) {
    document.querySelectorAll('header.site nav a').forEach((a) => {
      if (a.getAttribute('href') === path) a.setAttribute('aria-current', 'page');
    });
  }

  function pager(params, next, base) {
    const links = [];
    if (params.cursor) links.push(el('a', { href: base + query({ ...params, cursor: null }) }, 'First page'));
    if (next) links.push(el('a', { href: base + query({ ...params, cursor: next }), rel: 'next' }, 'Next page'));
    return links.length ? el('nav', { className: 'pager', 'aria-label': 'Pages' }, links) : null;
  }

  function field(label, input, grow) {
    return el('label', { className: grow ? 'grow' : null }, label, input);
  }

  function factTypeSelect(name, value, anyLabel) {
    return el('select', { name },
      el('option', { value: '' }, anyLabel),
      Object.entries(FACT_TYPES).map(([id, label]) => el('option', { value: id, selected: id === value }, label)));
  }

  // ---- values shown for a fact ----

  function quantityText(q) {
    if (!q) return null;
    let text = q.value !== undefined ? q.value.toLocaleString('en') : q.min.toLocaleString('en') + '–' + q.max.toLocaleString('en');
    if (q.approximate) text = (q.qualifier ? q.qualifier + ' ' : '≈ ') + text;
    return text;
  }

  function factValue(fact) {
    if (fact.quantity) return quantityText(fact.quantity);
    if (fact.time) return fact.time.value + (fact.time.mod ? ' (' + fact.time.mod + ')' : '');
    if (fact.name) return fact.name;
    return null;
  }

  // ---- highlighting: quotes and facts as elements over the body, nested and crossing spans included ----

  // Items sorted so that an enclosing span always comes before the spans inside it.
  function compareItems(a, b) {
    return a.start - b.start || b.end - a.end || (a.kind === 'quote' ? -1 : 0) - (b.kind === 'quote' ? -1 : 0)
      || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) || a.index - b.index;
  }

  // Fills `container` with body[from, to): text in segments, each wrapped in one element per item covering it.
  // An item that crosses another's end is closed and reopened, so it may be several elements sharing its
  // data-kind, data-start and data-end; joined, their text is exactly body.slice(start, end).
  function highlightRange(container, body, from, to, items, firsts) {
    const inside = items.filter((it) => it.start < to && it.end > from && it.start < it.end);
    const cuts = new Set([from, to]);
    inside.forEach((it) => { cuts.add(Math.max(it.start, from)); cuts.add(Math.min(it.end, to)); });
    const points = [...cuts].sort((a, b) => a - b);
    let stack = []; // [{item, node}]
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i];
      const b = points[i + 1];
      const covering = inside.filter((it) => it.start <= a && it.end >= b).sort(compareItems);
      let keep = 0;
      while (keep < stack.length && keep < covering.length && stack[keep].item === covering[keep]) keep++;
      stack = stack.slice(0, keep);
      for (let k = keep; k < covering.length; k++) {
        const item = covering[k];
        const node = el('span', {
          className: 'hl', 'data-kind': item.kind, 'data-start': item.start, 'data-end': item.end,
          'data-item': item.index
        });
        if (!firsts.has(item.index)) {
          // the first element of an item is its anchor: focusable, named for the side panel's links
          firsts.set(item.index, node);
          node.id = item.id;
          node.tabIndex = 0;
        }
        (stack.length ? stack[stack.length - 1].node : container).append(node);
        stack.push({ item, node });
      }
      const text = document.createTextNode(body.slice(a, b));
      (stack.length ? stack[stack.length - 1].node : container).append(text);
    }
  }

  // The body as blocks (headings and paragraphs); each block runs to the next one's start, so the white space
  // between paragraphs is inside the page too (collapsed by CSS) and no character of the body is left out.
  function bodyBlocks(article) {
    const blocks = [];
    for (const section of article.sections) {
      const heading = section.heading;
      const paragraphs = section.paragraphs || [];
      if (heading && article.body.startsWith(heading, section.start)) {
        blocks.push({ tag: 'h2', start: section.start, section: section.index });
      }
      paragraphs.forEach((p) => blocks.push({ tag: 'p', start: p.start, section: section.index }));
      if (!paragraphs.length && !(heading && article.body.startsWith(heading, section.start))) {
        blocks.push({ tag: 'p', start: section.start, section: section.index });
      }
    }
    blocks.sort((x, y) => x.start - y.start);
    if (!blocks.length || blocks[0].start > 0) blocks.unshift({ tag: 'p', start: 0, section: 0 });
    blocks.forEach((block, i) => { block.end = i + 1 < blocks.length ? blocks[i + 1].start : article.body.length; });
    return blocks.filter((block) => block.end > block.start);
  }

  function itemsOf(article) {
    const items = [];
    article.quotes.forEach((q) => items.push({
      kind: 'quote', start: q.start, end: q.end, data: q, index: items.length,
      id: 'quote-' + q.start + '-' + q.end
    }));
    article.facts.forEach((f) => items.push({
      kind: f.type, start: f.start, end: f.end, data: f, index: items.length,
      id: 'fact-' + f.type + '-' + f.start + '-' + f.end
    }));
    const seen = new Set();
    items.forEach((it) => { while (seen.has(it.id)) it.id += '-x'; seen.add(it.id); });
    return items;
  }

  // Draws the body into section elements; returns the anchor element of each item by index.
  function drawBody(container, article, items) {
    const firsts = new Map();
    let current = null;
    let sectionIndex = -1;
    for (const block of bodyBlocks(article)) {
      if (!current || block.section !== sectionIndex) {
        sectionIndex = block.section;
        current = el('section', { 'data-section': sectionIndex });
        container.append(current);
      }
      const node = el(block.tag, {});
      highlightRange(node, article.body, block.start, block.end, items, firsts);
      current.append(node);
      if (block.tag === 'h2') {
        node.id = 'section-' + sectionIndex;
        current.setAttribute('aria-labelledby', node.id);
      }
    }
    return firsts;
  }

  // ---- tooltip on hover and keyboard focus ----

  function describe(item) {
    const parts = [];
    if (item.kind === 'quote') {
      const q = item.data;
      parts.push(el('strong', {}, q.fragment ? 'Quoted phrase' : 'Quote'));
      parts.push(el('div', {}, 'Speaker: ' + (q.speaker || 'not attributed')
        + (q.speakerMention && q.speakerMention !== q.speaker ? ' (as “' + q.speakerMention + '”)' : '')));
      parts.push(el('div', {}, 'Source: ' + (q.source || 'not named')));
    } else {
      parts.push(el('strong', {}, typeLabel(item.kind)));
      const value = factValue(item.data);
      if (value) parts.push(el('div', {}, 'Value: ' + value));
    }
    return parts;
  }

  function wireTooltips(root, items) {
    const tip = document.getElementById('tooltip');
    let owner = null;
    const hide = () => {
      tip.hidden = true;
      if (owner) owner.removeAttribute('aria-describedby');
      owner = null;
    };
    const showFor = (node) => {
      if (owner && owner !== node) owner.removeAttribute('aria-describedby');
      // this span and the ones around it (a fact inside a quote shows the speaker too), innermost first
      const chain = [];
      for (let n = node; n && root.contains(n); n = n.parentElement.closest('.hl')) {
        const item = items[Number(n.dataset.item)];
        if (item && !root.classList.contains('off-' + item.kind)) chain.push(item);
      }
      if (!chain.length) return;
      tip.replaceChildren(...chain.map((item) => el('div', { className: 'tip-item' }, describe(item))));
      tip.hidden = false;
      const box = node.getBoundingClientRect();
      const left = Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8);
      tip.style.left = Math.max(window.scrollX + 4, left) + 'px';
      tip.style.top = (box.bottom + window.scrollY + 6) + 'px';
      owner = node;
      node.setAttribute('aria-describedby', 'tooltip');
    };
    // the innermost highlight under the pointer or focus speaks
    root.addEventListener('mouseover', (e) => { const n = e.target.closest('.hl'); if (n) showFor(n); });
    root.addEventListener('mouseout', (e) => { if (!e.relatedTarget || !e.relatedTarget.closest || !e.relatedTarget.closest('.hl')) hide(); });
    root.addEventListener('focusin', (e) => { const n = e.target.closest('.hl'); if (n) showFor(n); });
    root.addEventListener('focusout', hide);
    document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hide(); });
  }

  // ---- article page ----

  function kindsOf(items) {
    const counts = new Map();
    items.forEach((it) => counts.set(it.kind, (counts.get(it.kind) || 0) + 1));
    const order = ['quote', ...Object.keys(FACT_TYPES)];
    return [...counts.entries()].sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]));
  }

  function legend(root, items) {
    const entries = kindsOf(items).map(([kind, count]) => {
      const box = el('input', { type: 'checkbox', checked: true, 'data-toggle': kind });
      box.addEventListener('change', () => setShown(root, kind, box.checked));
      return el('li', {}, el('label', {}, box, el('span', { className: 'swatch ' + kind, 'aria-hidden': 'true' }),
        (kind === 'quote' ? 'Quotes' : typeLabel(kind)) + ' (' + count + ')'));
    });
    return el('fieldset', { className: 'legend' }, el('legend', {}, 'Highlight'), el('ul', {}, entries));
  }

  function setShown(root, kind, shown) {
    root.classList.toggle('off-' + kind, !shown);
    root.querySelectorAll('.hl[data-kind="' + kind + '"][id]').forEach((n) => { n.tabIndex = shown ? 0 : -1; });
    const group = document.querySelector('[data-group="' + kind + '"]');
    if (group) group.hidden = !shown;
    const box = document.querySelector('[data-toggle="' + kind + '"]');
    if (box) box.checked = shown;
  }

  function goTo(root, item, anchor) {
    if (root.classList.contains('off-' + item.kind)) setShown(root, item.kind, true);
    anchor.scrollIntoView({ block: 'center' });
    anchor.focus({ preventScroll: true });
    history.replaceState(null, '', '#' + item.id);
    anchor.classList.add('flash');
    setTimeout(() => anchor.classList.remove('flash'), 1500);
  }

  function excerpt(text, max) {
    return text.length > max ? text.slice(0, max - 1) + '…' : text;
  }

  function panel(root, items, anchors) {
    const link = (item, label) => {
      const a = el('a', { href: '#' + item.id }, label);
      a.addEventListener('click', (e) => {
        e.preventDefault();
        goTo(root, item, anchors.get(item.index));
      });
      return a;
    };
    const quotes = items.filter((it) => it.kind === 'quote');
    const bySpeaker = new Map();
    quotes.forEach((it) => {
      const name = it.data.speaker || 'Not attributed';
      if (!bySpeaker.has(name)) bySpeaker.set(name, []);
      bySpeaker.get(name).push(it);
    });
    const quoteGroups = [...bySpeaker.entries()].map(([speaker, list]) => el('details', { open: true },
      el('summary', {}, speaker + ' (' + list.length + ')'),
      el('ul', {}, list.map((it) => el('li', {}, link(it, '“' + excerpt(it.data.text, 80) + '”'),
        it.data.source ? el('span', { className: 'value' }, ' (' + it.data.source + ')') : null)))));
    const factGroups = kindsOf(items).filter(([kind]) => kind !== 'quote').map(([kind, count]) => el('details',
      { open: true, 'data-group': kind },
      el('summary', {}, typeLabel(kind) + ' (' + count + ')'),
      el('ul', {}, items.filter((it) => it.kind === kind).map((it) => {
        const value = factValue(it.data);
        return el('li', {}, link(it, excerpt(it.data.text, 60)),
          value && value !== it.data.text ? el('span', { className: 'value' }, ' → ' + value) : null);
      }))));
    return el('aside', { className: 'panel', 'aria-label': 'Quotes and facts in this article' },
      el('h2', {}, 'Quotes by speaker'),
      quotes.length ? el('div', { 'data-group': 'quote' }, quoteGroups) : el('p', {}, 'No quotes.'),
      el('h2', {}, 'Facts by type'),
      factGroups.length ? factGroups : el('p', {}, 'No facts.'));
  }

  function articleMeta(article) {
    const rows = [
      ['Dateline', article.dateline],
      ['Published', article.publishedAt],
      ['Source', article.url ? el('a', { href: article.url, rel: 'noopener' }, article.source || article.url) : article.source],
      ['Updated', article.updatedAt ? article.updatedAt.slice(0, 10) : null],
      ['Revision', article.revision],
      ['Extracted', article.quotes.length + ' quotes, ' + article.facts.length + ' facts'],
      ['JSON', el('a', { href: article.links ? article.links.self : '/v1/articles/' + encodeURIComponent(article.id) }, 'this article in the API')]
    ];
    return el('dl', { className: 'article-meta' }, rows.filter(([, v]) => v !== null && v !== undefined && v !== '')
      .map(([k, v]) => el('div', {}, el('dt', {}, k), el('dd', {}, v))));
  }

  async function articlePage(id) {
    let article;
    try {
      article = await api('/v1/articles/' + encodeURIComponent(id));
    } catch (e) {
      fail(e.status === 404 ? 'There is no article “' + id + '”.' : 'The article could not be loaded: ' + e.message);
      return;
    }
    document.title = article.title + ' · Factwire';
    const items = itemsOf(article);
    const body = el('div', { className: 'article-body' });
    const anchors = drawBody(body, article, items);
    const text = el('article', { className: 'article', 'aria-labelledby': 'article-title' },
      el('h1', { id: 'article-title' }, article.title), articleMeta(article), legend(body, items), body);
    show(el('div', { className: 'article-layout' }, text, panel(body, items, anchors)));
    wireTooltips(body, items);
    const wanted = location.hash.slice(1);
    const target = wanted && items.find((it) => it.id === decodeURIComponent(wanted));
    if (target) goTo(body, target, anchors.get(target.index));
  }

  // ---- list and search ----

  async function listPage() {
    const url = new URLSearchParams(location.search);
    const p = {};
    ['q', 'speaker', 'factType', 'publishedFrom', 'publishedTo', 'source', 'limit', 'cursor']
      .forEach((name) => { p[name] = url.get(name) || ''; });
    const form = el('form', { className: 'filters', role: 'search', action: '/', method: 'get' },
      field('Search', el('input', { type: 'search', name: 'q', value: p.q, placeholder: 'words, "a phrase", prefix*' }), true),
      field('Speaker', el('input', { name: 'speaker', value: p.speaker, list: 'speaker-names', autocomplete: 'off' })),
      field('Fact type', factTypeSelect('factType', p.factType, 'any')),
      field('Published from', el('input', { type: 'date', name: 'publishedFrom', value: p.publishedFrom })),
      field('to', el('input', { type: 'date', name: 'publishedTo', value: p.publishedTo })),
      field('Source', el('input', { name: 'source', value: p.source })),
      el('div', { className: 'actions' }, el('button', { type: 'submit' }, 'Search'), el('a', { href: '/' }, 'Clear')),
      el('datalist', { id: 'speaker-names' }));
    const heading = el('h1', {}, p.q ? 'Search: ' + p.q : 'Articles');
    const filters = { speaker: p.speaker, factType: p.factType, publishedFrom: p.publishedFrom,
      publishedTo: p.publishedTo, source: p.source, cursor: p.cursor, limit: p.limit || PAGE_SIZE };
    let page;
    try {
      page = p.q ? await api('/v1/search' + query({ q: p.q, ...filters }))
        : await api('/v1/articles' + query({ ...filters, sort: '-published' }));
    } catch (e) {
      show(heading, form, el('p', { className: 'error', role: 'alert', text: e.message }));
      return;
    }
    const cards = page.items.map((entry) => {
      const a = p.q ? entry.article : entry;
      const title = el('a', { href: '/articles/' + encodeURIComponent(a.id) },
        p.q && entry.titleHighlight ? marked(entry.titleHighlight) : a.title);
      const meta = [a.dateline, a.publishedAt, a.source, a.counts ? a.counts.quotes + ' quotes, ' + a.counts.facts + ' facts' : null]
        .filter(Boolean).join(' · ');
      return el('li', { className: 'card' }, el('h2', {}, title), meta ? el('p', { className: 'meta' }, meta) : null,
        p.q ? entry.snippets.map((s) => el('p', { className: 'snippet' }, '… ', marked(s.text), ' …')) : null);
    });
    const count = el('p', { className: 'status', role: 'status' },
      page.items.length ? (p.q ? 'Best matches first.' : 'Newest first.') : (p.q ? 'Nothing matches.' : 'No articles.'));
    show(heading, form, count, el('ul', { className: 'results' }, cards), pager(p, page.next, '/'));
    api('/v1/speakers?limit=500').then((speakers) => {
      document.getElementById('speaker-names').replaceChildren(
        ...speakers.items.map((s) => el('option', { value: s.speaker })));
    }).catch(() => { /* the list only helps typing; the form works without it */ });
  }

  // ---- speakers and their quotes ----

  async function speakersPage() {
    const url = new URLSearchParams(location.search);
    const speaker = url.get('speaker');
    const cursor = url.get('cursor') || '';
    try {
      if (speaker) {
        const source = url.get('source') || '';
        const page = await api('/v1/quotes' + query({ speaker, source, cursor, limit: ACROSS_PAGE_SIZE }));
        const articles = await summaries(page.items.map((q) => q.articleId));
        document.title = speaker + ' · Factwire';
        show(el('p', {}, el('a', { href: '/speakers' }, '← All speakers')),
          el('h1', {}, 'Quotes by ' + speaker),
          page.items.length ? el('ul', { className: 'results' }, page.items.map((q) => el('li', { className: 'card' },
            el('blockquote', {}, '“' + q.text + '”'),
            el('p', { className: 'meta' }, (q.source ? q.source + ' · ' : '') + (q.fragment ? 'phrase · ' : ''),
              el('a', { href: '/articles/' + encodeURIComponent(q.articleId) + '#quote-' + q.start + '-' + q.end },
                (articles.get(q.articleId) || {}).title || q.articleId)))))
            : el('p', {}, 'No quotes.'),
          pager({ speaker, source, cursor }, page.next, '/speakers'));
        return;
      }
      const page = await api('/v1/speakers' + query({ cursor, limit: ACROSS_PAGE_SIZE }));
      document.title = 'Speakers · Factwire';
      show(el('h1', {}, 'Speakers'), el('p', { className: 'status' }, 'Everyone quoted, most quoted first.'),
        el('div', { className: 'table-wrap' }, el('table', {},
          el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Speaker'), el('th', { scope: 'col' }, 'Quotes'),
            el('th', { scope: 'col' }, 'Articles'))),
          el('tbody', {}, page.items.map((s) => el('tr', {},
            el('td', {}, el('a', { href: '/speakers' + query({ speaker: s.speaker }) }, s.speaker)),
            el('td', {}, String(s.quotes)), el('td', {}, String(s.articles))))))),
        pager({ cursor }, page.next, '/speakers'));
    } catch (e) {
      fail('Could not load speakers: ' + e.message);
    }
  }

  // ---- facts across articles ----

  async function factsPage() {
    const url = new URLSearchParams(location.search);
    const p = {};
    ['type', 'min', 'max', 'from', 'to', 'q', 'cursor'].forEach((name) => { p[name] = url.get(name) || ''; });
    document.title = 'Facts · Factwire';
    const form = el('form', { className: 'filters', action: '/facts', method: 'get', 'aria-label': 'Filter facts' },
      field('Type', factTypeSelect('type', p.type, 'any type')),
      field('At least', el('input', { type: 'number', name: 'min', value: p.min, inputmode: 'numeric' })),
      field('At most', el('input', { type: 'number', name: 'max', value: p.max, inputmode: 'numeric' })),
      field('Dated from', el('input', { type: 'date', name: 'from', value: p.from })),
      field('to', el('input', { type: 'date', name: 'to', value: p.to })),
      field('Words', el('input', { type: 'search', name: 'q', value: p.q }), true),
      el('div', { className: 'actions' }, el('button', { type: 'submit' }, 'Show'), el('a', { href: '/facts' }, 'Clear')));
    let page;
    try {
      page = await api('/v1/facts' + query({ ...p, limit: ACROSS_PAGE_SIZE }));
    } catch (e) {
      show(el('h1', {}, 'Facts'), form, el('p', { className: 'error', role: 'alert', text: e.message }));
      return;
    }
    const articles = await summaries(page.items.map((f) => f.articleId));
    const facts = page.items.map((f) => ({ fact: f, article: articles.get(f.articleId) || {} }));
    const body = el('tbody', {});
    const drawRows = () => body.replaceChildren(...facts.map(({ fact: f, article: a }) => el('tr', {},
      el('td', {}, typeLabel(f.type)),
      el('td', {}, el('a', { href: '/articles/' + encodeURIComponent(f.articleId) + '#fact-' + f.type + '-' + f.start + '-' + f.end }, f.text)),
      el('td', {}, factValue(f) || ''),
      el('td', {}, el('a', { href: '/articles/' + encodeURIComponent(f.articleId) }, a.title || f.articleId)),
      el('td', { className: 'nowrap' }, a.publishedAt || ''))));
    drawRows();
    // sorts the rows shown (this page of the API's answer) by a column, as a button in its header says
    const sortable = (label, key) => {
      const th = el('th', { scope: 'col', 'aria-sort': 'none' });
      const button = el('button', { type: 'button', className: 'sort' }, label);
      let descending = false;
      button.addEventListener('click', () => {
        descending = th.getAttribute('aria-sort') === 'ascending';
        facts.sort((x, y) => compareKeys(key(x), key(y)) * (descending ? -1 : 1));
        th.closest('tr').querySelectorAll('th').forEach((h) => { if (h !== th && h.hasAttribute('aria-sort')) h.setAttribute('aria-sort', 'none'); });
        th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        drawRows();
      });
      th.append(button);
      return th;
    };
    show(el('h1', {}, 'Facts'), form,
      el('p', { className: 'status', role: 'status' }, page.items.length
        ? 'In the order they were stored; the Value and Published buttons sort the facts on this page.' : 'No facts match.'),
      el('div', { className: 'table-wrap' }, el('table', {},
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Type'), el('th', { scope: 'col' }, 'Text'),
          sortable('Value', ({ fact }) => sortKey(fact)), el('th', { scope: 'col' }, 'Article'),
          sortable('Published', ({ article }) => article.publishedAt || null))),
        body)),
      pager(p, page.next, '/facts'));
  }

  // a number for quantities (a range by its lower end), the ISO value for times, the name otherwise
  function sortKey(fact) {
    if (fact.quantity) return fact.quantity.value !== undefined ? fact.quantity.value : fact.quantity.min;
    if (fact.time) return fact.time.value;
    return fact.name || fact.text;
  }

  // missing keys last; numbers before text
  function compareKeys(a, b) {
    if (a === null || a === undefined) return b === null || b === undefined ? 0 : 1;
    if (b === null || b === undefined) return -1;
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    if (typeof a === 'number') return -1;
    if (typeof b === 'number') return 1;
    return a < b ? -1 : a > b ? 1 : 0;
  }

  // title and date of each article named, one request per article (the server answers repeats from memory)
  async function summaries(ids) {
    const unique = [...new Set(ids)];
    const found = await Promise.all(unique.map((id) =>
      api('/v1/articles/' + encodeURIComponent(id) + '?fields=id,title,publishedAt').catch(() => null)));
    return new Map(found.filter(Boolean).map((a) => [a.id, a]));
  }

  function route() {
    const path = location.pathname;
    const article = path.match(/^\/articles\/([^/]+)$/);
    if (article) return articlePage(decodeURIComponent(article[1]));
    setCurrentNav(path);
    if (path === '/speakers') return speakersPage();
    if (path === '/facts') return factsPage();
    return listPage();
  }

  // exposed for the browser tests, which draw made-up spans with the page's own code
  window.factwire = { highlightRange, bodyBlocks };
  route();
}());
