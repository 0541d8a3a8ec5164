#!/usr/bin/env bash
# Headless Chromium for the web chat browser test (tests/NewsBot.Web.Tests).
set -euo pipefail
[ -x /usr/bin/chromium ] && exit 0
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y chromium
