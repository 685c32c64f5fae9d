#!/usr/bin/env bash
# Build the one-folder bundle with PyInstaller and run it headless once (too slow for every CI run).
# Usage: packaging/build_bundle.sh   (needs: pip install pyinstaller; the program's dependencies)
# Output: dist/symptom-diary/; the checks' results and timings are printed at the end.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
DIST="$ROOT/dist"
BUNDLE="$DIST/symptom-diary"
PROGRAM="$BUNDLE/symptom-diary"
CHECKS="$(mktemp -d)"
trap 'rm -rf "$CHECKS"' EXIT

build_started=$(date +%s)
python -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$ROOT/build/pyinstaller" packaging/symptom-diary.spec
build_seconds=$(( $(date +%s) - build_started ))

# Headless, with a private data folder and settings, away from the checkout and without Python paths.
export QT_QPA_PLATFORM=offscreen SYMPTOM_DIARY_DATA_DIR="$CHECKS/data" XDG_CONFIG_HOME="$CHECKS/config"
unset PYTHONPATH PYTHONHOME
cd "$CHECKS"

fail() { echo "FAILED: $*" >&2; exit 1; }
seconds() { python3 -c 'import sys, time; s = time.perf_counter(); import subprocess; \
r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL); print(f"{time.perf_counter() - s:.2f}"); \
sys.exit(r.returncode)' "$@"; }

version=$("$PROGRAM" --version) || fail "--version"
[ "$version" = "symptom-diary $(cd "$ROOT" && python -c 'import diary_app; print(diary_app.__version__)')" ] \
  || fail "--version printed '$version'"
"$PROGRAM" --db diary.sqlite3 demo --days 90 >/dev/null || fail "demo"

# Arabic once its translation is compiled (translations/update.py); English before that.
if [ -f "$ROOT/translations/diary_app_ar.qm" ]; then LANGUAGE=ar; else LANGUAGE=en; fi
"$PROGRAM" --db diary.sqlite3 report --lang "$LANGUAGE" --out report.pdf >/dev/null || fail "report --lang $LANGUAGE"
[ "$(head -c 5 report.pdf)" = "%PDF-" ] || fail "report.pdf is not a PDF"
if command -v pdftotext >/dev/null; then
  text=$(pdftotext report.pdf -)
  [ -n "$text" ] || fail "report.pdf has no text"
fi

"$PROGRAM" --db diary.sqlite3 screenshot --page charts --lang "$LANGUAGE" --out charts.png || fail "screenshot"
[ "$(head -c 4 charts.png | tail -c 3)" = "PNG" ] || fail "charts.png is not a PNG"

# Start-up times: best of three, after one warm-up run (the first run reads the files from disk).
"$PROGRAM" --version >/dev/null
best() { local best=""; for _ in 1 2 3; do t=$(seconds "$@"); best=$(python3 -c "print(min(float('$t'), float('${best:-$t}')))"); done; echo "$best"; }
version_time=$(best "$PROGRAM" --version)
window_time=$(SYMPTOM_DIARY_EXIT_WHEN_IDLE=1 best "$PROGRAM" --db diary.sqlite3) || window_time="(failed)"

echo "bundle: $BUNDLE"
echo "build: ${build_seconds} s"
echo "size: $(du -sh "$BUNDLE" | cut -f1)"
echo "report: --lang $LANGUAGE, $(stat -c %s report.pdf) bytes; screenshot: $(stat -c %s charts.png) bytes"
echo "start-up, --version: ${version_time} s"
echo "start-up, window shown and idle (SYMPTOM_DIARY_EXIT_WHEN_IDLE=1): ${window_time} s"
echo "all checks passed"
