#!/usr/bin/env bash
# Smoke test of the frozen Linux build, run by CI after `python3 tasks.py build`.
#
# Unpacks dist/SoDanChu-<version>-linux-<arch>.tar.gz into a temporary folder (so
# nothing from the source tree can help it), then with that copy only:
#   1. --version                      the version came through (from the bundled metadata)
#   2. demo                           creates a store: Alembic migrations, provinces, holidays
#   3. list meeting --json; pdf minutes <uuid> --out m.pdf   fonts + templates -> a PDF
#   4. key export; export; init --role upper; register-child; import; register-parent;
#      import the receipt; board --xlsx
#                                     signed bundle out and in (cryptography, orjson, openpyxl)
#   5. SODANCHU_SMOKE=1 (no command)  opens the main window offscreen, checks the Vietnamese
#                                     sidebar ("Tổng quan") and the fonts, exits 0
# and reports the bundle size and the time the window took to start.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"

version="$(python3 -c 'import tomllib;print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')"
tarball="dist/SoDanChu-${version}-linux-$(uname -m).tar.gz"
[ -f "$tarball" ] || { echo "smoke: no $tarball; run python3 tasks.py build" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tar -xzf "$tarball" -C "$work"
app="$work/SoDanChu/SoDanChu"
data="$work/data"
[ -x "$app" ] || { echo "smoke: $app missing from the tarball" >&2; exit 1; }
for f in sodanchu.desktop sodanchu.png install-desktop-entry.sh; do
  [ -f "$work/SoDanChu/$f" ] || { echo "smoke: $f missing from the tarball" >&2; exit 1; }
done

start=$(date +%s%N)
echo "smoke: $("$app" --version)"
end=$(date +%s%N)
echo "smoke: --version (bundle boot, no Qt) took $(( (end - start) / 1000000 )) ms"
"$app" --version | grep -q "sodanchu ${version}" || { echo "smoke: wrong version" >&2; exit 1; }

start=$(date +%s%N)
"$app" --data-dir "$data" demo
end=$(date +%s%N)
echo "smoke: demo (new store: migrations, provinces, holidays) took $(( (end - start) / 1000000 )) ms"
uuid="$("$app" --data-dir "$data" list meeting --json |
  python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["uuid"])')"
"$app" --data-dir "$data" pdf minutes "$uuid" --out "$data/minutes.pdf"
head -c 5 "$data/minutes.pdf" | grep -q '%PDF-' || { echo "smoke: not a PDF" >&2; exit 1; }
echo "smoke: PDF written ($(stat -c %s "$data/minutes.pdf") bytes)"
if command -v pdffonts >/dev/null 2>&1; then
  pdffonts "$data/minutes.pdf" | grep -q LiberationSerif ||
    { echo "smoke: the PDF does not embed the bundled font" >&2; exit 1; }
  echo "smoke: the PDF embeds the bundled Liberation Serif"
fi

# Sync: a signed bundle out of the commune and into a province store, a receipt, the board.
upper="$data-upper"
"$app" --data-dir "$data" key export --out "$data/key.json" >/dev/null
"$app" --data-dir "$data" export --out "$data/out" >/dev/null
"$app" --data-dir "$upper" init --role upper --code 79 --name "UBND Thành phố Hồ Chí Minh" >/dev/null
"$app" --data-dir "$upper" register-child --key "$data/key.json" >/dev/null
"$app" --data-dir "$upper" import "$data"/out/SoDanChu-*.zip --receipts-dir "$data/receipts" |
  grep -qE "mới [1-9][0-9]*, cập nhật 0, không đổi 0, xung đột 0, từ chối 0" ||
  { echo "smoke: the bundle did not import whole (every record new, none refused)" >&2; exit 1; }
# Receipts are taken only under the parent's registered key (issue 13): register it first.
"$app" --data-dir "$upper" key export --out "$data/upper-key.json" >/dev/null
"$app" --data-dir "$data" register-parent --key "$data/upper-key.json" >/dev/null
"$app" --data-dir "$data" import "$data"/receipts/*.json >/dev/null
"$app" --data-dir "$upper" board --xlsx "$data/board.xlsx" >/dev/null
[ -s "$data/board.xlsx" ] || { echo "smoke: no board workbook" >&2; exit 1; }
echo "smoke: sync OK (signed bundle imported, receipt taken back, board written)"

start=$(date +%s%N)
SODANCHU_SMOKE=1 "$app" --data-dir "$data"
end=$(date +%s%N)
echo "smoke: window started, checked and closed in $(( (end - start) / 1000000 )) ms" \
  "(frozen, offscreen; includes the 500 ms the check lets the window paint)"

echo "smoke: bundle $(du -sh "$work/SoDanChu" | cut -f1) unpacked, tarball $(du -h "$tarball" | cut -f1)"
echo "smoke: OK"
