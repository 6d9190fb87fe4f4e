#!/usr/bin/env bash
# Build Resebok's Linux bundle with PyInstaller and smoke-test the frozen program.
#
#   installer/linux/build.sh               build dist/resebok/, then smoke-test it
#   installer/linux/build.sh --smoke-only  smoke-test the dist/resebok/ that is there
#
# PYTHON (default .venv/bin/python) is the interpreter with Resebok installed; PyInstaller is
# installed into it from pyproject.toml's `build` extra when missing. The bundle is the folder
# dist/resebok/: the program `resebok`, `_internal/` and `share/` with the desktop file,
# the AppStream metainfo and the icons, laid out as under /usr (copy share/ to ~/.local/share
# or /usr/share). The smoke test starts the frozen program offscreen in an empty home, builds a
# fresh demo database, checks the version and opens and closes the main window.
set -euo pipefail
cd "$(dirname "$0")/../.."

python=${PYTHON:-.venv/bin/python}
bundle=dist/resebok
app_id=se.resebok.Resebok
started=$(date +%s)

if [ "${1:-}" != "--smoke-only" ]; then
    if ! "$python" -c "import PyInstaller" 2>/dev/null; then
        # The requirement is written once, in pyproject.toml ([project.optional-dependencies]).
        mapfile -t requirements < <("$python" -c '
import tomllib
with open("pyproject.toml", "rb") as f:
    print("\n".join(tomllib.load(f)["project"]["optional-dependencies"]["build"]))')
        echo "+ pip install ${requirements[*]}"
        "$python" -m pip install -q "${requirements[@]}"
    fi
    echo "+ pyinstaller installer/resebok.spec"
    "$python" -m PyInstaller --noconfirm --clean --log-level WARN \
        --distpath dist --workpath build/pyinstaller installer/resebok.spec

    install -Dm644 "installer/linux/$app_id.desktop" "$bundle/share/applications/$app_id.desktop"
    install -Dm644 "installer/linux/$app_id.metainfo.xml" \
        "$bundle/share/metainfo/$app_id.metainfo.xml"
    for size in 16 24 32 48 64 128 256; do
        install -Dm644 "resources/icons/resebok-$size.png" \
            "$bundle/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    done
    install -Dm644 resources/icons/resebok.svg \
        "$bundle/share/icons/hicolor/scalable/apps/$app_id.svg"
fi

if [ ! -x "$bundle/resebok" ]; then
    echo "smoke test: $bundle/resebok does not exist; build it first" >&2
    exit 1
fi

# --- smoke test: a user with nothing set up, no screen ------------------------------------------
smoke=$(mktemp -d)
trap 'rm -rf "$smoke"' EXIT
export QT_QPA_PLATFORM=offscreen RESEBOK_SKIP_WIZARD=1 HOME="$smoke/home"
export XDG_DATA_HOME="$smoke/home/.local/share" XDG_CONFIG_HOME="$smoke/home/.config"
unset RESEBOK_DB

expected="Resebok $("$python" -c '
import sys
sys.path.insert(0, "installer")
import bundle_layout
print(bundle_layout.project_metadata()["version"])')"
echo "+ $bundle/resebok --version"
version=$("$bundle/resebok" --version)
echo "$version"
if [ "$version" != "$expected" ]; then
    echo "smoke test: expected '$expected', the bundle says '$version'" >&2
    exit 1
fi
echo "+ $bundle/resebok demo --db \$tmp/demo.sqlite"
"$bundle/resebok" demo --db "$smoke/demo.sqlite"
echo "+ $bundle/resebok selftest --db \$tmp/demo.sqlite"
"$bundle/resebok" selftest --db "$smoke/demo.sqlite" 2> >(grep -v propagateSizeHints >&2)

size=$(du -sh "$bundle" | cut -f1)
echo "Linux bundle $bundle ($size) smoke-tested: OK in $(( $(date +%s) - started )) s"
