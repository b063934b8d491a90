#!/bin/sh
# Install Debian's Chromium and chromedriver for the browser tests (tests/test_report_browser.py)
# when they are missing and this can be done (root with apt-get, as in CI). Never fails: where
# the browser cannot be installed, the browser tests skip and say why.
CHROMIUM=/usr/bin/chromium
DRIVER=/usr/bin/chromedriver
if [ -x "$CHROMIUM" ] && [ -x "$DRIVER" ]; then
    exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure-browser: chromium or chromedriver is missing and cannot be installed" \
        "(needs root and apt-get); the browser tests will be skipped" >&2
    exit 0
fi
run() {
    if command -v timeout >/dev/null 2>&1; then timeout 900 "$@"; else "$@"; fi
}
install() {
    DEBIAN_FRONTEND=noninteractive run apt-get install -y --no-install-recommends \
        -o DPkg::Lock::Timeout=120 chromium chromium-driver >/dev/null 2>&1
}
echo "ensure-browser: installing chromium and chromium-driver from the system packages" >&2
if ! install; then
    # The package lists may be missing or stale: update them, then try once more.
    run apt-get update -o DPkg::Lock::Timeout=120 >/dev/null 2>&1
    install || echo "ensure-browser: could not install chromium and chromium-driver;" \
        "the browser tests will be skipped" >&2
fi
exit 0
