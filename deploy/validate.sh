#!/usr/bin/env bash
# Checks the deployment files with the real tools, without Docker: nginx -t (Debian's nginx) on
# the proxy config with a throwaway certificate and local upstreams, promtool on the Prometheus
# config and alert rules, and JSON parsing of the Grafana dashboard.
#   apt-get install nginx-light prometheus   # provides nginx and promtool
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/certs"
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost \
  -keyout "$work/certs/privkey.pem" -out "$work/certs/fullchain.pem" 2>/dev/null
# Compose service names do not resolve here; point the upstreams at loopback for the syntax check.
sed -e "s#/etc/nginx/certs#$work/certs#g" -e 's/server app[12]:3000/server 127.0.0.1:3000/' nginx/nginx.conf > "$work/nginx.conf"
nginx -t -c "$work/nginx.conf" -g "pid $work/nginx.pid; error_log stderr;"

sed -e "s#/etc/prometheus/alerts.yml#$PWD/prometheus/alerts.yml#" -e "s#/etc/prometheus/metrics-token#$work/token#" \
  prometheus/prometheus.yml > "$work/prometheus.yml"
echo token > "$work/token"
promtool check config "$work/prometheus.yml"
promtool check rules prometheus/alerts.yml

node -e "JSON.parse(require('fs').readFileSync('grafana/dashboards/daybook-overview.json','utf8')); console.log('grafana dashboard: valid JSON')"
echo "deploy files: OK"
