#!/usr/bin/env bash
# Starts the 3-node NATS cluster of infra/nats/cluster in the foreground; Ctrl-C stops it.
# The users' passwords come from the environment (NATS_<USER>_PASSWORD, see infra/nats/auth.conf), as
# for any nats-server with auth.conf. The routes between the nodes authenticate with NATS_ROUTE_PASSWORD:
# a fresh one is made for this run unless it is set; the route URLs carry it (NATS_CLUSTER_ROUTES).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p data/nats-cluster
export NATS_ROUTE_PASSWORD="${NATS_ROUTE_PASSWORD:-pw$(openssl rand -hex 20)}"
routes=()
for i in 1 2 3; do routes+=("nats-route://route:${NATS_ROUTE_PASSWORD}@127.0.0.1:623$i"); done
NATS_CLUSTER_ROUTES="[$(IFS=,; echo "${routes[*]}")]"
export NATS_CLUSTER_ROUTES
pids=()
for i in 1 2 3; do
  nats-server -c "infra/nats/cluster/node-$i.conf" &
  pids+=($!)
done
trap 'kill "${pids[@]}" 2>/dev/null' INT TERM EXIT
echo "NATS cluster up: NATS_SERVERS=nats://127.0.0.1:4231,nats://127.0.0.1:4232,nats://127.0.0.1:4233"
wait
