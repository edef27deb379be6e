#!/usr/bin/env bash
# Install the page's JavaScript/CSS and the world base map from npm (pinned in
# web-assets/package-lock.json) and copy them into eventsift/web/static/vendor/, which the
# app serves itself. Run once at setup time; nothing is fetched when the server runs.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
assets="$root/web-assets"
vendor="$root/eventsift/web/static/vendor"

command -v npm >/dev/null || { # The API docs viewer behind /api/docs.
cp "$modules/swagger-ui-dist/swagger-ui-bundle.js" "$modules/swagger-ui-dist/swagger-ui.css" "$vendor/swagger-ui/"
cp "$modules/swagger-ui-dist/LICENSE" "$vendor/swagger-ui/LICENSE.txt"

echo "vendor-web-assets: npm is required (apt-get install -y npm)" >&2; exit 1; }

(cd "$assets" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)

modules="$assets/node_modules"
rm -rf "$vendor"
mkdir -p "$vendor/leaflet/images" "$vendor/markercluster" "$vendor/world-atlas" "$vendor/topojson-client" "$vendor/swagger-ui"

cp "$modules/leaflet/dist/leaflet.js" "$modules/leaflet/dist/leaflet.css" "$vendor/leaflet/"
cp "$modules/leaflet/dist/images/"*.png "$vendor/leaflet/images/"
cp "$modules/leaflet/LICENSE" "$vendor/leaflet/LICENSE.txt"
cp "$modules/leaflet.markercluster/dist/leaflet.markercluster.js" \
   "$modules/leaflet.markercluster/dist/MarkerCluster.css" \
   "$modules/leaflet.markercluster/dist/MarkerCluster.Default.css" "$vendor/markercluster/"
cp "$modules/leaflet.markercluster/MIT-LICENCE.txt" "$vendor/markercluster/LICENSE.txt"
cp "$modules/topojson-client/dist/topojson-client.min.js" "$vendor/topojson-client/"
cp "$modules/topojson-client/LICENSE" "$vendor/topojson-client/LICENSE.txt"
# Natural Earth 1:50m country outlines (public domain) as TopoJSON.
cp "$modules/world-atlas/countries-50m.json" "$vendor/world-atlas/"
cp "$modules/world-atlas/LICENSE" "$vendor/world-atlas/LICENSE.txt"

# The API docs viewer behind /api/docs.
cp "$modules/swagger-ui-dist/swagger-ui-bundle.js" "$modules/swagger-ui-dist/swagger-ui.css" "$vendor/swagger-ui/"
cp "$modules/swagger-ui-dist/LICENSE" "$vendor/swagger-ui/LICENSE.txt"

echo "vendor-web-assets: installed into ${vendor#"$root"/}"
