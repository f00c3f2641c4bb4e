import * as migration_20261128_154528_initial from './20261128_154528_initial';
import * as migration_20261128_175919_home_page from './20261128_175919_home_page';
import * as migration_20261128_184647_search from './20261128_184647_search';
import * as migration_20261128_202000_search_facet_counts from './20261128_202000_search_facet_counts';
import * as migration_20261128_204416_registrations from './20261128_204416_registrations';
import * as migration_20261201_170002_item_template from './20261201_170002_item_template';
import * as migration_20261201_170347_event_audience from './20261201_170347_event_audience';
import * as migration_20261201_175828_synonyms from './20261201_175828_synonyms';
import * as migration_20261201_190000_region_hierarchy from './20261201_190000_region_hierarchy';
import * as migration_20261202_164649_figures from './20261202_164649_figures';
import * as migration_20261202_172032_region_tiles from './20261202_172032_region_tiles';
import * as migration_20261202_202215_search_head from './20261202_202215_search_head';
import * as migration_20261202_204308_usage from './20261202_204308_usage';
import * as migration_20261202_224902_feedback from './20261202_224902_feedback';
import * as migration_20261202_230536_contributions from './20261202_230536_contributions';
import * as migration_20261203_020146_public_media from './20261203_020146_public_media';
import * as migration_20261203_072933_media_object_storage from './20261203_072933_media_object_storage';
import * as migration_20261203_074105_search_top_lists from './20261203_074105_search_top_lists';
import * as migration_20261203_140512_search_head_lists from './20261203_140512_search_head_lists';

export const migrations = [
  {
    up: migration_20261128_154528_initial.up,
    down: migration_20261128_154528_initial.down,
    name: '20261128_154528_initial',
  },
  {
    up: migration_20261128_175919_home_page.up,
    down: migration_20261128_175919_home_page.down,
    name: '20261128_175919_home_page',
  },
  {
    up: migration_20261128_184647_search.up,
    down: migration_20261128_184647_search.down,
    name: '20261128_184647_search',
  },
  {
    up: migration_20261128_202000_search_facet_counts.up,
    down: migration_20261128_202000_search_facet_counts.down,
    name: '20261128_202000_search_facet_counts',
  },
  {
    up: migration_20261128_204416_registrations.up,
    down: migration_20261128_204416_registrations.down,
    name: '20261128_204416_registrations',
  },
  {
    up: migration_20261201_170002_item_template.up,
    down: migration_20261201_170002_item_template.down,
    name: '20261201_170002_item_template',
  },
  {
    up: migration_20261201_170347_event_audience.up,
    down: migration_20261201_170347_event_audience.down,
    name: '20261201_170347_event_audience',
  },
  {
    up: migration_20261201_175828_synonyms.up,
    down: migration_20261201_175828_synonyms.down,
    name: '20261201_175828_synonyms',
  },
  {
    up: migration_20261201_190000_region_hierarchy.up,
    down: migration_20261201_190000_region_hierarchy.down,
    name: '20261201_190000_region_hierarchy',
  },
  {
    up: migration_20261202_164649_figures.up,
    down: migration_20261202_164649_figures.down,
    name: '20261202_164649_figures',
  },
  {
    up: migration_20261202_172032_region_tiles.up,
    down: migration_20261202_172032_region_tiles.down,
    name: '20261202_172032_region_tiles',
  },
  {
    up: migration_20261202_202215_search_head.up,
    down: migration_20261202_202215_search_head.down,
    name: '20261202_202215_search_head',
  },
  {
    up: migration_20261202_204308_usage.up,
    down: migration_20261202_204308_usage.down,
    name: '20261202_204308_usage',
  },
  {
    up: migration_20261202_224902_feedback.up,
    down: migration_20261202_224902_feedback.down,
    name: '20261202_224902_feedback',
  },
  {
    up: migration_20261202_230536_contributions.up,
    down: migration_20261202_230536_contributions.down,
    name: '20261202_230536_contributions',
  },
  {
    up: migration_20261203_020146_public_media.up,
    down: migration_20261203_020146_public_media.down,
    name: '20261203_020146_public_media',
  },
  {
    up: migration_20261203_072933_media_object_storage.up,
    down: migration_20261203_072933_media_object_storage.down,
    name: '20261203_072933_media_object_storage',
  },
  {
    up: migration_20261203_074105_search_top_lists.up,
    down: migration_20261203_074105_search_top_lists.down,
    name: '20261203_074105_search_top_lists',
  },
  {
    up: migration_20261203_140512_search_head_lists.up,
    down: migration_20261203_140512_search_head_lists.down,
    name: '20261203_140512_search_head_lists',
  },
];
