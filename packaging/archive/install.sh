#!/bin/sh
# Install Heartland from this archive for the current user, without root:
# into ~/.local, or into PREFIX (PREFIX=/opt/heartland ./install.sh).
# ./uninstall.sh (also copied to PREFIX/share/heartland/) removes exactly
# what this puts there: the files and the folders it had to make, listed in
# PREFIX/share/heartland/installed-files.txt.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-${HOME:?HOME is not set}/.local}
manifest="$prefix/share/heartland/installed-files.txt"

if [ ! -x "$here/bin/heartland" ]; then
  echo "install.sh: $here/bin/heartland is missing; run install.sh from the unpacked archive" >&2
  exit 1
fi
if ! "$here/bin/heartland" --version >/dev/null 2>&1; then
  echo "install.sh: $here/bin/heartland does not run on this system (it needs glibc 2.35 or newer on x86_64)" >&2
  exit 1
fi
if [ -f "$manifest" ]; then
  echo "install.sh: Heartland is already installed in $prefix; replacing it"
  PREFIX="$prefix" sh "$here/uninstall.sh" --quiet
fi

list=$(mktemp)
if [ ! -d "$prefix" ]; then
  mkdir -p "$prefix"
  echo "d ." >> "$list"
fi
# mkdirs DIR: make DIR (relative to the prefix) and remember each folder
# that did not exist before.
mkdirs() {
  d="$prefix/$1"
  made=""
  while [ ! -d "$d" ]; do
    made="$d
$made"
    d=$(dirname "$d")
  done
  printf '%s' "$made" | while read -r m; do
    [ -n "$m" ] || continue
    mkdir "$m"
    echo "d ${m#"$prefix"/}" >> "$list"
  done
}
# put SRC DEST MODE: copy one file of the archive and remember it.
put() {
  mkdirs "$(dirname "$2")"
  cp "$here/$1" "$prefix/$2.tmp-install"
  chmod "$3" "$prefix/$2.tmp-install"
  mv -f "$prefix/$2.tmp-install" "$prefix/$2"
  echo "f $2" >> "$list"
}

put bin/heartland bin/heartland 755
# The desktop entry names the program by its full path: ~/.local/bin is not
# on every desktop session's PATH.
app=share/applications/org.heartland.Heartland.desktop
mkdirs share/applications
sed -e "s|^Exec=heartland|Exec=$prefix/bin/heartland|" \
    -e "s|^TryExec=heartland|TryExec=$prefix/bin/heartland|" \
    "$here/$app" > "$prefix/$app"
chmod 644 "$prefix/$app"
echo "f $app" >> "$list"
for f in $(cd "$here" && find share -type f ! -path "$app" | LC_ALL=C sort); do
  put "$f" "$f" 644
done
put uninstall.sh share/heartland/uninstall.sh 755
# The desktop database made below is ours to remove if it was not there.
[ -e "$prefix/share/applications/mimeinfo.cache" ] || echo "f share/applications/mimeinfo.cache" >> "$list"
echo "f share/heartland/installed-files.txt" >> "$list"
mv -f "$list" "$manifest"
chmod 644 "$manifest"

# Let the desktop see the new program, icon and file types (each tool is
# optional: without it the desktop finds them at its next start).
if command -v update-mime-database >/dev/null 2>&1; then
  update-mime-database "$prefix/share/mime" >/dev/null 2>&1 || true
fi
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q "$prefix/share/applications" || true
fi

echo "Heartland $("$prefix/bin/heartland" --version | sed 's/^heartland //') installed in $prefix"
case ":${PATH:-}:" in
  *":$prefix/bin:"*) ;;
  *) echo "Note: $prefix/bin is not on your PATH: the applications menu works; in a terminal run $prefix/bin/heartland" ;;
esac
