import * as migration_20261128_154528_initial from './20261128_154528_initial';

export const migrations = [
  {
    up: migration_20261128_154528_initial.up,
    down: migration_20261128_154528_initial.down,
    name: '20261128_154528_initial'
  },
];
