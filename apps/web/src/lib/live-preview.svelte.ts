// The page data the live-preview island (components/LivePreview.svelte) received last: on a preview page in
// the admin's panel, while an editor types. Set in the browser only; elsewhere it stays null.
const live = $state<{ page: Record<string, unknown> | null }>({ page: null })

export function showLive(page: Record<string, unknown> | null): void {
  live.page = page
}

/** A document page's data: what it loaded, or what the editor has typed since. */
export function withLivePreview<T extends object>(loaded: T): T {
  return live.page ? { ...loaded, ...live.page } : loaded
}
