#!/usr/bin/env bash
# Starts the 3-node NATS cluster of infra/nats/cluster in the foreground; Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p data/nats-cluster
pids=()
for i in 1 2 3; do
  nats-server -c "infra/nats/cluster/node-$i.conf" &
  pids+=($!)
done
trap 'kill "${pids[@]}" 2>/dev/null' INT TERM EXIT
echo "NATS cluster up: NATS_SERVERS=nats://127.0.0.1:4231,nats://127.0.0.1:4232,nats://127.0.0.1:4233"
wait
