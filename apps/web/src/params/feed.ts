import type { ParamMatcher } from '@sveltejs/kit'

import { feedFormats } from '$lib/feeds'

/** `feed.xml` (RSS 2.0), `atom.xml` (Atom) or `feed.json` (JSON Feed) under /kennisbank and /agenda. */
export const match: ParamMatcher = (param) => param in feedFormats
