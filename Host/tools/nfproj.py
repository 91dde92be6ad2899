#!/usr/bin/env python3
"""Developer helper for the nanoFramework project files.

  python3 Host/tools/nfproj.py sync [DIR ...]   rewrite the Compile list of each DIR/*.nfproj from the .cs files on disk
  python3 Host/tools/nfproj.py check            list differences between every .nfproj and its folder (exit 1 if any)

The host build compiles exactly the Compile items of each .nfproj, and a host test fails when a .cs
file is missing from its .nfproj or the other way round; `sync` is the quick way to fix that.
"""
import glob
import os
import re
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DEVICE_DIRS = ["Drivers.Wincs02", "Sys.Wincs.Wifi", "Sys.Wincs.Net", "Sys.Wss"]


def all_nfproj_dirs():
    dirs = [os.path.join(ROOT, d) for d in DEVICE_DIRS]
    dirs += sorted(glob.glob(os.path.join(ROOT, "Tests", "*")))
    dirs += sorted(glob.glob(os.path.join(ROOT, "Samples", "*")))
    return [d for d in dirs if glob.glob(os.path.join(d, "*.nfproj"))]


def on_disk(folder):
    found = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = [d for d in dirnames if d not in ("bin", "obj", "packages")]
        for f in filenames:
            if f.endswith(".cs"):
                found.append(os.path.relpath(os.path.join(dirpath, f), folder).replace("/", "\\"))
    # Properties first, then ordinal order, like Visual Studio keeps them
    return sorted(found, key=lambda p: (not p.startswith("Properties\\"), p))


def listed(text):
    return re.findall(r'<Compile Include="([^"]+)"', text)


def sync(folder):
    path = glob.glob(os.path.join(folder, "*.nfproj"))[0]
    with open(path, encoding="utf-8-sig") as f:
        text = f.read()
    items = "".join('    <Compile Include="%s" />\n' % p for p in on_disk(folder))
    new, n = re.subn(r"  <ItemGroup>\n(    <Compile [^\n]*\n)*  </ItemGroup>\n", lambda m: "  <ItemGroup>\n" + items + "  </ItemGroup>\n", text, count=1)
    if n != 1:
        sys.exit("no Compile ItemGroup in " + path)
    if new != text:
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(new)
        print("updated", os.path.relpath(path, ROOT))


def check():
    bad = 0
    for folder in all_nfproj_dirs():
        path = glob.glob(os.path.join(folder, "*.nfproj"))[0]
        with open(path, encoding="utf-8-sig") as f:
            a = set(listed(f.read()))
        b = set(on_disk(folder))
        for p in sorted(a - b):
            print("%s lists %s, which is not on disk" % (os.path.relpath(path, ROOT), p))
            bad += 1
        for p in sorted(b - a):
            print("%s is on disk but not in %s" % (p, os.path.relpath(path, ROOT)))
            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "sync":
        for d in (sys.argv[2:] or all_nfproj_dirs()):
            sync(os.path.abspath(d))
    elif len(sys.argv) == 2 and sys.argv[1] == "check":
        sys.exit(check())
    else:
        print(__doc__)
        sys.exit(2)
