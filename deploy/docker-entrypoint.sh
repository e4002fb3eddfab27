#!/bin/sh
# Renders the console's server block from the environment (FIFTYONE_API_URI, BASE_PATH, ...)
# in place of the image's default site, then runs the command (nginx in the foreground).
set -eu
sh /opt/console/render-nginx-conf.sh /opt/console/console.conf.template /etc/nginx/conf.d/default.conf
exec "$@"
