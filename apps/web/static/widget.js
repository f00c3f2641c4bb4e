// The kennisbank on another site: <bw-agenda> (coming events) and <bw-kennisbank> (newest items), custom
// elements in a shadow DOM that read the open API (/api/v1) of the portal this script comes from. No
// cookies (requests without credentials), no tracking, no dependencies. Written by hand: two small
// elements do not need a framework, and the whole file stays far under 10 KB gzip.
//
//   <script src="https://<portal>/widget.js" defer></script>
//   <bw-agenda thema="wonen" aantal="3"></bw-agenda>
//   <bw-kennisbank thema="wonen" regio="west-brabant" soort="lesson" aantal="5"></bw-kennisbank>
//
// Attributes: thema, aantal (1–10), kop (the heading), kopniveau (2–6); bw-agenda also soort (type of
// event); bw-kennisbank also regio, soort, doelgroep. Styling: the CSS custom properties below, and
// ::part(section | heading | list | item | link | meta | summary | more).
;(() => {
  const script = document.currentScript
  const origin = script && script.src ? new URL(script.src).origin : location.origin
  const zone = 'Europe/Amsterdam'
  const day = new Intl.DateTimeFormat('nl-NL', { timeZone: zone, weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' })
  const time = new Intl.DateTimeFormat('nl-NL', { timeZone: zone, hour: '2-digit', minute: '2-digit' })
  const date = new Intl.DateTimeFormat('nl-NL', { timeZone: zone, day: 'numeric', month: 'long', year: 'numeric' })
  const clock = (iso) => time.format(new Date(iso)).replace(':', '.')

  const style = `
    :host { display: block; font-family: var(--bw-font-family, inherit); color: var(--bw-color-text, inherit); }
    section { display: grid; gap: var(--bw-gap, 0.75rem); }
    h2, h3, h4, h5, h6 { margin: 0; font-size: var(--bw-heading-size, 1.25rem); line-height: 1.3; color: var(--bw-color-heading, inherit); }
    ul { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--bw-gap, 0.75rem); }
    li { padding-block-end: var(--bw-gap, 0.75rem); border-block-end: 1px solid var(--bw-color-border, #c7c7c7); }
    a { color: var(--bw-color-link, #a3001b); text-decoration: underline; text-underline-offset: 0.15em; }
    a:hover { text-decoration-thickness: 2px; }
    a:focus-visible { outline: 3px solid var(--bw-color-focus, #1b1b1b); outline-offset: 2px; }
    .title { font-weight: 600; }
    p { margin: 0.25rem 0 0; }
    .meta { color: var(--bw-color-muted, #4a4a4a); font-size: 0.9em; }
    .status { color: var(--bw-color-muted, #4a4a4a); }
  `

  const element = (tag, attributes = {}, children = []) => {
    const node = document.createElement(tag)
    for (const [name, value] of Object.entries(attributes)) if (value !== undefined && value !== null) node.setAttribute(name, value)
    for (const child of children) node.append(child)
    return node
  }

  class KennisbankList extends HTMLElement {
    static get observedAttributes() {
      return ['thema', 'regio', 'soort', 'doelgroep', 'aantal', 'kop', 'kopniveau']
    }

    constructor() {
      super()
      this.attachShadow({ mode: 'open' })
    }

    connectedCallback() {
      this.schedule()
    }

    attributeChangedCallback() {
      if (this.isConnected) this.schedule()
    }

    /** One load for all changes of one moment (an upgraded element reports each attribute). */
    schedule() {
      if (this.pending) return
      this.pending = true
      queueMicrotask(() => {
        this.pending = false
        this.load()
      })
    }

    /** The API's query and the portal page's (its filters), from the attributes this list knows. */
    query() {
      const query = new URLSearchParams()
      for (const name of this.filters) {
        const value = this.getAttribute(name)
        if (value) query.set(name, value)
      }
      return query
    }

    async load() {
      const count = Math.min(10, Math.max(1, Number(this.getAttribute('aantal')) || 3))
      const level = Math.min(6, Math.max(2, Number(this.getAttribute('kopniveau')) || 2))
      const heading = element(`h${level}`, { part: 'heading', id: 'kop' }, [this.getAttribute('kop') || this.heading])
      const status = element('p', { class: 'status', role: 'status' }, [this.loading])
      const section = element('section', { part: 'section', 'aria-labelledby': 'kop', 'aria-busy': 'true' }, [heading, status])
      this.shadowRoot.replaceChildren(element('style', {}, [style]), section)
      const api = new URL(this.path, origin)
      for (const [name, value] of this.query()) api.searchParams.set(name, value)
      api.searchParams.set('aantal', String(count))
      for (const [name, value] of Object.entries(this.fixed)) api.searchParams.set(name, value)
      const page = new URL(this.page, origin)
      for (const [name, value] of this.query()) page.searchParams.set(name, value)
      const more = element('p', {}, [element('a', { href: page.href, part: 'more' }, [this.more])])
      try {
        const answer = await fetch(api, { credentials: 'omit', headers: { accept: 'application/json' } })
        if (!answer.ok) throw new Error(String(answer.status))
        const { resultaten } = await answer.json()
        status.remove()
        if (!resultaten.length) section.append(element('p', {}, [this.empty]))
        else section.append(element('ul', { part: 'list' }, resultaten.map((entry) => this.item(entry))))
      } catch {
        status.textContent = this.failed
      }
      section.append(more)
      section.setAttribute('aria-busy', 'false')
    }
  }

  class BwAgenda extends KennisbankList {
    filters = ['thema', 'soort']
    fixed = {}
    path = '/api/v1/evenementen'
    page = '/agenda'
    heading = 'Agenda brede welvaart'
    loading = 'De bijeenkomsten worden geladen…'
    empty = 'Er staan geen bijeenkomsten gepland.'
    failed = 'De bijeenkomsten konden niet worden geladen.'
    more = 'Alle bijeenkomsten in de agenda'

    item(event) {
      const when = `${day.format(new Date(event.begin))}, ${clock(event.begin)}–${clock(event.einde)} uur`
      const where = event.locatie.plaats || (event.locatie.vorm === 'online' ? 'Online' : '')
      return element('li', { part: 'item' }, [
        element('a', { href: event.url, class: 'title', part: 'link' }, [event.titel]),
        element('p', { class: 'meta', part: 'meta' }, [element('time', { datetime: event.begin }, [when]), where ? ` · ${where}` : '', ` · ${event.soort.label}`]),
        element('p', { part: 'summary' }, [event.samenvatting]),
      ])
    }
  }

  class BwKennisbank extends KennisbankList {
    filters = ['thema', 'regio', 'soort', 'doelgroep']
    fixed = { sorteer: 'nieuwste' }
    path = '/api/v1/kennisitems'
    page = '/kennisbank'
    heading = 'Nieuw in de kennisbank brede welvaart'
    loading = 'De kennisitems worden geladen…'
    empty = 'Er zijn (nog) geen kennisitems met deze keuze.'
    failed = 'De kennisitems konden niet worden geladen.'
    more = 'Meer in de kennisbank'

    item(entry) {
      const meta = [entry.soort.label]
      if (entry.gepubliceerdOp) meta.push(' · ', element('time', { datetime: entry.gepubliceerdOp }, [date.format(new Date(entry.gepubliceerdOp))]))
      return element('li', { part: 'item' }, [
        element('a', { href: entry.url, class: 'title', part: 'link' }, [entry.titel]),
        element('p', { class: 'meta', part: 'meta' }, meta),
        element('p', { part: 'summary' }, [entry.samenvatting]),
      ])
    }
  }

  if (!customElements.get('bw-agenda')) customElements.define('bw-agenda', BwAgenda)
  if (!customElements.get('bw-kennisbank')) customElements.define('bw-kennisbank', BwKennisbank)
})()
