"""Checks that goexe reads the same Go build info as `go version -m`.

Usage: compare-buildinfo.py GOEXE GO FILE...
Both goexe outputs are compared with Go's: the JSON of `goexe inspect --json`
(formatted here the way runtime/debug.BuildInfo.String() does) and the first
lines of the text summary. Prints one line saying what matched; exits 1 with
a diff on any difference.
"""
import difflib
import json
import subprocess
import sys

goexe, go = sys.argv[1:3]


def quote(s, is_key):
    special = " \t\r\n\"`" + ("=" if is_key else "")
    if s == "" and is_key or any(c in special for c in s):
        return json.dumps(s, ensure_ascii=False)
    return s


def module_lines(word, m):
    if m["replace"] is None:
        return ["%s\t%s\t%s\t%s" % (word, m["path"], m["version"], m["sum"])]
    # BuildInfo.String() ends the replaced line and the "=>" line each with
    # a newline, so an empty line follows, and go version -m prints it.
    r = m["replace"]
    return ["%s\t%s\t%s" % (word, m["path"], m["version"]),
            "=>\t%s\t%s\t%s" % (r["path"], r["version"], r["sum"]), ""]


def from_json(path, g):
    lines = ["%s: %s" % (path, g["version"])]
    body = []
    if g["path"]:
        body.append("path\t" + g["path"])
    if g["main"] is not None:
        body += module_lines("mod", g["main"])
    for d in g["deps"]:
        body += module_lines("dep", d)
    for s in g["settings"]:
        body.append("build\t%s=%s" % (quote(s["key"], True), quote(s["value"], False)))
    return lines + ["\t" + l for l in body]


def run(*cmd):
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit("%s failed (%d):\n%s" % (" ".join(cmd), p.returncode, p.stderr))
    return p.stdout




def compare(path):
    want = run(go, "version", "-m", path).splitlines()
    image = json.loads(run(goexe, "inspect", "--json", path))["images"][0]
    if image["go"] is None:
        sys.exit("goexe found no Go build info in " + path)
    got_json = from_json(path, image["go"])
    got_text = run(goexe, "inspect", path).splitlines()[: len(want)]

    failed = False
    for name, got in [("inspect --json", got_json), ("inspect", got_text)]:
        if got != want:
            failed = True
            print("MISMATCH between go version -m and goexe %s:" % name)
            print("\n".join(difflib.unified_diff(want, got, "go version -m", "goexe", lineterm="")))
    if not failed:
        print("build info matches go version -m: %d lines, %s: %s"
              % (len(want), image["go"]["version"], path))
    return failed


failed = False
for path in sys.argv[3:]:
    failed = compare(path) or failed
sys.exit(1 if failed else 0)
