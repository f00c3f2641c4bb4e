#!/usr/bin/env bash
# Measures wall time and peak memory (sum of RSS over the whole process tree, sampled
# every 0.2 s) of the two production builds. Run after `npm test` or `npm start` has
# installed the workspace:  bash bench/build-memory.sh
set -euo pipefail
cd "$(dirname "$0")/.."
pnpm="node .tools/node_modules/pnpm/bin/pnpm.mjs"

tree_rss_kb() { # sum of RSS of a process and all its descendants
  local pids
  pids=$(ps -e -o pid=,ppid= | awk -v root="$1" '{ parent[$1]=$2 } END { for (p in parent) { q=p; while (q && q!=root && (q in parent)) q=parent[q]; if (q==root) print p } }')
  [ -z "$pids" ] && { echo 0; return; }
  ps -o rss= -p $(echo "$pids" | tr '\n' ',' | sed 's/,$//') | awk '{ s+=$1 } END { print s+0 }'
}

measure() {
  local name=$1; shift
  local start peak=0 rss
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1 &
  local pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    rss=$(tree_rss_kb "$pid")
    [ "$rss" -gt "$peak" ] && peak=$rss
    sleep 0.2
  done
  wait "$pid"
  printf '%-22s %6.1f s   peak %5d MiB\n' "$name" "$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { print e - s }')" $((peak / 1024))
}

measure "CMS (next build)" $pnpm --filter @kennisbank/cms run build
measure "portal (vite build)" $pnpm --filter @kennisbank/web run build
