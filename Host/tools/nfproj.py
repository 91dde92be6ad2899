#!/usr/bin/env python3
"""Developer helper for the nanoFramework project files.

  python3 Host/tools/nfproj.py sync [DIR ...]   rewrite the Compile list of each DIR/*.nfproj from the .cs files on disk
  python3 Host/tools/nfproj.py check            list differences between every .nfproj and its folder (exit 1 if any)
  python3 Host/tools/nfproj.py sln              regenerate nanoWincs.sln from every .nfproj (folders: libraries, Tests, Samples)

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


NF_TYPE = "{11A8DD76-328B-46DF-9F39-F559912D0360}"
FOLDER_TYPE = "{2150E333-8FDC-42A3-9474-1A3956D46DE8}"
FOLDERS = {"Tests": "{0D2B3B1E-7A42-4C5E-9C1B-7C3F4D6A0001}", "Samples": "{0D2B3B1E-7A42-4C5E-9C1B-7C3F4D6A0002}"}


def sln():
    projects = []
    for folder in all_nfproj_dirs():
        path = glob.glob(os.path.join(folder, "*.nfproj"))[0]
        text = open(path, encoding="utf-8-sig").read()
        guid = re.search(r"<ProjectGuid>(\{[^}]+\})</ProjectGuid>", text).group(1)
        rel = os.path.relpath(path, ROOT).replace("/", "\\")
        parent = rel.split("\\")[0] if rel.split("\\")[0] in FOLDERS else None
        projects.append((os.path.splitext(os.path.basename(path))[0], rel, guid, parent))
    out = ["\ufeff", "Microsoft Visual Studio Solution File, Format Version 12.00\r\n", "# Visual Studio Version 17\r\n",
           "VisualStudioVersion = 17.0.31903.59\r\n", "MinimumVisualStudioVersion = 10.0.40219.1\r\n"]
    for name, rel, guid, _ in projects:
        out.append('Project("%s") = "%s", "%s", "%s"\r\nEndProject\r\n' % (NF_TYPE, name, rel, guid))
    for name, guid in FOLDERS.items():
        out.append('Project("%s") = "%s", "%s", "%s"\r\nEndProject\r\n' % (FOLDER_TYPE, name, name, guid))
    out.append("Global\r\n\tGlobalSection(SolutionConfigurationPlatforms) = preSolution\r\n\t\tDebug|Any CPU = Debug|Any CPU\r\n\t\tRelease|Any CPU = Release|Any CPU\r\n\tEndGlobalSection\r\n")
    out.append("\tGlobalSection(ProjectConfigurationPlatforms) = postSolution\r\n")
    for name, rel, guid, _ in projects:
        for c in ("Debug", "Release"):
            for k in ("ActiveCfg", "Build.0", "Deploy.0"):
                out.append("\t\t%s.%s|Any CPU.%s = %s|Any CPU\r\n" % (guid, c, k, c))
    out.append("\tEndGlobalSection\r\n\tGlobalSection(SolutionProperties) = preSolution\r\n\t\tHideSolutionNode = FALSE\r\n\tEndGlobalSection\r\n")
    out.append("\tGlobalSection(NestedProjects) = preSolution\r\n")
    for name, rel, guid, parent in projects:
        if parent:
            out.append("\t\t%s = %s\r\n" % (guid, FOLDERS[parent]))
    out.append("\tEndGlobalSection\r\nEndGlobal\r\n")
    with open(os.path.join(ROOT, "nanoWincs.sln"), "w", encoding="utf-8", newline="") as f:
        f.write("".join(out))
    print("wrote nanoWincs.sln with %d projects" % len(projects))


if __name__ == "__main__":
    if len(sys.argv) == 2 and sys.argv[1] == "sln":
        sln()
        sys.exit(0)
    if len(sys.argv) >= 2 and sys.argv[1] == "sync":
        for d in (sys.argv[2:] or all_nfproj_dirs()):
            sync(os.path.abspath(d))
    elif len(sys.argv) == 2 and sys.argv[1] == "check":
        sys.exit(check())
    else:
        print(__doc__)
        sys.exit(2)
