#!/usr/bin/env bash
# Before/after side by side: each case runs on BEFORE's tool, then AFTER's, so both see the same load.
# usage: compare.sh BEFORE/SubscriberSimulator.Tool.dll AFTER/SubscriberSimulator.Tool.dll MODE...
set -uo pipefail
here=$(dirname "$0")
before=$1 after=$2
shift 2
for mode in "$@"; do
  for case in 'essential 400k' 'attentive 160k' 'mta 10 MB' 'essential 10 MB'; do
    for side in before after; do
      dll=$before; [ "$side" = after ] && dll=$after
      echo -n "$(date -u +%H:%M:%S) load $(cut -d' ' -f1 /proc/loadavg) $mode $side: "
      python3 "$here/measure-disconnect.py" "$dll" "$mode" "$case" 2>&1 | tr '\n' ' '
      echo
    done
  done
done
