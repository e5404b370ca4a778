#!/bin/sh
# Refresh the Chinese translation: extract tr() strings from app/ into cpn_zh.ts (existing
# translations kept, new ones marked unfinished), then compile cpn_zh.qm for the app.
# Translate the unfinished messages (Qt Linguist: `pyside6-linguist cpn_zh.ts`, or edit the
# XML), run this again, and check with `python extract.py --check`.
set -eu
cd "$(dirname "$0")"
python extract.py "$@"
pyside6-lrelease cpn_zh.ts -qm cpn_zh.qm
