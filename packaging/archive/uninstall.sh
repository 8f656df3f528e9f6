#!/bin/sh
# Remove what install.sh put in ~/.local (or PREFIX), and nothing else: the
# files and folders listed in PREFIX/share/heartland/installed-files.txt.
# Heartland's remembered settings and your views, tours and data folders
# stay where they are.
set -eu
prefix=${PREFIX:-${HOME:?HOME is not set}/.local}
manifest="$prefix/share/heartland/installed-files.txt"
quiet=false
[ "${1:-}" = "--quiet" ] && quiet=true

if [ ! -f "$manifest" ]; then
  echo "uninstall.sh: no Heartland installation in $prefix (no $manifest)" >&2
  exit 1
fi
list=$(cat "$manifest")
made() { printf '%s\n' "$list" | grep -qx "d $1"; }

# The files (only plain relative paths are honoured), the list itself too.
printf '%s\n' "$list" | grep '^f ' | cut -c3- | while read -r f; do
  case "$f" in ""|/*|..*|*/..*) continue ;; esac
  rm -f "$prefix/$f"
done

# The desktop's databases: regenerated without Heartland, or removed where
# install.sh made them (they are built from the folders' files only).
if [ -d "$prefix/share/mime" ]; then
  if made share/mime; then
    rm -rf "$prefix/share/mime"
  elif command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database "$prefix/share/mime" >/dev/null 2>&1 || true
  fi
fi
if [ -d "$prefix/share/applications" ] && [ -f "$prefix/share/applications/mimeinfo.cache" ] &&
  command -v update-desktop-database >/dev/null 2>&1; then
  # (It was there before install.sh; otherwise it is in the list, removed.)
  update-desktop-database -q "$prefix/share/applications" || true
fi

# The folders install.sh made, deepest first, if nothing else is in them.
# ("." is the prefix itself; reverse order puts a folder after its contents.)
dirs=$(printf '%s\n' "$list" | grep '^d ' | cut -c3- | LC_ALL=C sort -r)
for d in $dirs; do
  case "$d" in
    .) rmdir "$prefix" 2>/dev/null || true ;;
    /*|..*|*/..*) ;;
    *) rmdir "$prefix/$d" 2>/dev/null || true ;;
  esac
done
$quiet || echo "Heartland removed from $prefix"
