#!/usr/bin/env python3
"""Developer helper for the nanoFramework project files.

  python3 Host/tools/nfproj.py sync [DIR ...]   rewrite the Compile list of each DIR/*.nfproj from the .cs files on disk
  python3 Host/tools/nfproj.py check            list differences between every .nfproj and its folder (exit 1 if any)
  python3 Host/tools/nfproj.py sln              regenerate nanoWincs.sln from every .nfproj (folders: libraries, Tests, Samples)

The host build compiles exactly the Compile items of each .nfproj, and a host test fails when a .cs
file is missing from its .nfproj or the other way round; `sync` is the quick way to fix that.

Test helpers shared by several test projects live once in Tests/Shared and are linked Compile items:
  <Compile Include="..\Shared\X.cs">
    <Link>Shared\X.cs</Link>
  </Compile>
`sync` keeps the linked items a project has (add a link by hand, once); `check` also reports a link to a
missing file, a link outside Tests/Shared or with another Link path, and a shared file no project links.
"""
import glob
import os
import re
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DEVICE_DIRS = ["Drivers.Wincs02", "Sys.Wincs.Wifi", "Sys.Wincs.Net", "Sys.Wss"]
SHARED_DIR = os.path.join(ROOT, "Tests", "Shared")
COMPILE_RE = re.compile(r'<Compile Include="([^"]+)"\s*(?:/>|>\s*<Link>([^<]*)</Link>\s*</Compile>)')
ITEMGROUP_RE = re.compile(r"  <ItemGroup>\n(    <Compile [^\n]*\n(      <Link>[^\n]*\n    </Compile>\n)?)*  </ItemGroup>\n")


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


def compile_items(text):
    """(Include, Link or None) of every Compile item."""
    return [(m.group(1), m.group(2)) for m in COMPILE_RE.finditer(text)]


def is_linked(include):
    return include.startswith("..\\")


def listed(text):
    """The Compile items that are files of the project's own folder."""
    return [i for i, _ in compile_items(text) if not is_linked(i)]


def linked(text):
    """The linked Compile items (files outside the project's folder), as (Include, Link)."""
    return [(i, l) for i, l in compile_items(text) if is_linked(i)]


def sync(folder):
    path = glob.glob(os.path.join(folder, "*.nfproj"))[0]
    with open(path, encoding="utf-8-sig") as f:
        text = f.read()
    items = "".join('    <Compile Include="%s" />\n' % p for p in on_disk(folder))
    items += "".join('    <Compile Include="%s">\n      <Link>%s</Link>\n    </Compile>\n' % (i, l or "")
                     for i, l in sorted(linked(text), key=lambda x: x[1] or x[0]))
    new, n = ITEMGROUP_RE.subn(lambda m: "  <ItemGroup>\n" + items + "  </ItemGroup>\n", text, count=1)
    if n != 1:
        sys.exit("no Compile ItemGroup in " + path)
    if new != text:
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(new)
        print("updated", os.path.relpath(path, ROOT))


def check():
    bad = 0
    linked_files = set()
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
        with open(path, encoding="utf-8-sig") as f:
            for include, link in linked(f.read()):
                bad += check_link(path, folder, include, link, linked_files)
    for p in sorted(shared_files() - linked_files):
        print("%s is linked by no .nfproj" % os.path.relpath(p, ROOT))
        bad += 1
    return 1 if bad else 0


def shared_files():
    return set(os.path.normpath(p) for p in glob.glob(os.path.join(SHARED_DIR, "**", "*.cs"), recursive=True))


def check_link(path, folder, include, link, linked_files):
    """Reports a linked item that is missing, outside Tests/Shared, or shown under another path; 1 if so."""
    name = os.path.relpath(path, ROOT)
    target = os.path.normpath(os.path.join(folder, include.replace("\\", os.sep)))
    if not os.path.isfile(target):
        print("%s links %s, which is not on disk" % (name, include))
        return 1
    if os.path.commonpath([target, SHARED_DIR]) != SHARED_DIR:
        print("%s links %s, which is not in Tests/Shared" % (name, include))
        return 1
    linked_files.add(target)
    expected = "Shared\\" + os.path.relpath(target, SHARED_DIR).replace(os.sep, "\\")
    if link != expected:
        print("%s links %s as %s, expected <Link>%s</Link>" % (name, include, link, expected))
        return 1
    return 0


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
