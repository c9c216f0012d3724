#!/usr/bin/env python3
"""Check (and help fill) the Qt Linguist .ts files of Traceo Console.

  scripts/i18n_check.py translations/*.ts
      Lists every message that is unfinished, empty, vanished/obsolete, or whose translation does not
      use the same placeholders (%1..%99, %n, %L1) as its source. Exit status 1 if anything is listed.

  scripts/i18n_check.py --dump translations/traceo_ja.ts > todo.json
      Writes the sources still unfinished as a JSON object {source: ""} to fill in.

  scripts/i18n_check.py --apply ja.json translations/traceo_ja.ts
      Puts the translations of a JSON object {source: translation} into the unfinished messages
      (all contexts with that source) and drops their type="unfinished". Numerus messages get one
      <numerusform> (CJK has a single plural form). The file is edited in place, keeping lupdate's layout.

  scripts/i18n_check.py --reuse OLD.ts translations/traceo_ja.ts
      Fills unfinished messages whose source has a finished translation in OLD.ts (any context), e.g.
      after a string moved to another tr() context and lupdate -no-obsolete dropped the old entry:
      git show HEAD:translations/traceo_ja.ts > /tmp/old_ja.ts first. Review the result.
"""
import html
import json
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?(\d{1,2}|n)")
MESSAGE = re.compile(r"( *)<message( numerus=\"yes\")?>\n.*?</message>\n", re.S)


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text or "")))


def messages(path):
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            yield name, message.findtext("source"), translation.get("type"), forms


def check(paths):
    problems = 0
    for path in paths:
        count = 0
        for context, source, kind, forms in messages(path):
            count += 1
            where = f"{path}: [{context}] {source!r}"
            if kind:
                print(f"{where}: {kind}")
            elif not all(f.strip() for f in forms):
                print(f"{where}: empty translation")
            else:
                expected = placeholders(source)
                for form in forms:
                    if placeholders(form) != expected:
                        print(f"{where}: placeholders {placeholders(form)} in {form!r}, source has {expected}")
                        problems += 1
                continue
            problems += 1
        print(f"{path}: {count} messages", file=sys.stderr)
    return problems


def escape(text):
    return html.escape(text, quote=False).replace('"', "&quot;").replace("'", "&apos;")


def apply(mapping, path):
    text = open(path, encoding="utf-8").read()
    missing = set()

    def fill(match):
        block = match.group(0)
        if 'type="unfinished"' not in block:
            return block
        source = ET.fromstring(block).findtext("source")
        if source not in mapping or not mapping[source]:
            missing.add(source)
            return block
        indent = match.group(1) + "    "
        value = escape(mapping[source])
        if match.group(2):
            body = f"<translation>\n{indent}    <numerusform>{value}</numerusform>\n{indent}</translation>"
        else:
            body = f"<translation>{value}</translation>"
        return re.sub(r"<translation type=\"unfinished\"(?:/>|>.*?</translation>)", lambda _: body, block, flags=re.S)

    open(path, "w", encoding="utf-8").write(MESSAGE.sub(fill, text))
    for source in sorted(missing):
        print(f"{path}: no translation for {source!r}", file=sys.stderr)
    return len(missing)


def main(argv):
    if argv[:1] == ["--dump"]:
        todo = {source: "" for path in argv[1:] for _, source, kind, _ in messages(path) if kind == "unfinished"}
        json.dump(todo, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if argv[:1] == ["--apply"]:
        mapping = json.load(open(argv[1], encoding="utf-8"))
        return 1 if sum(apply(mapping, path) for path in argv[2:]) else 0
    if argv[:1] == ["--reuse"]:
        done = {source: forms[0] for _, source, kind, forms in messages(argv[1]) if not kind and forms[0].strip()}
        apply(done, argv[2])
        return 0
    if not argv:
        print(__doc__)
        return 2
    return 1 if check(argv) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
