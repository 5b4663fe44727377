#!/usr/bin/env python3
"""Lists or fills unfinished messages of a Qt .ts file.

  ts_tool.py list FILE.ts > todo.json          unfinished messages as [{"context", "source", "numerus"}]
  ts_tool.py apply FILE.ts done.json            fills translations from [{"context", "source", "translation"}]
                                                ("translation" is a list of forms for numerus messages)
"""
import json
import sys
import xml.etree.ElementTree as ET


def load(path):
    return ET.parse(path)


def save(tree, path):
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)


def unfinished(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                yield name, message


def main():
    command, path = sys.argv[1], sys.argv[2]
    tree = load(path)
    if command == "list":
        items = [{"context": c, "source": m.findtext("source"), "numerus": m.get("numerus") == "yes"}
                 for c, m in unfinished(tree)]
        json.dump(items, sys.stdout, ensure_ascii=False, indent=1)
        return
    done = {(d["context"], d["source"]): d["translation"] for d in json.load(open(sys.argv[3], encoding="utf-8"))}
    filled = 0
    for c, m in unfinished(tree):
        key = (c, m.findtext("source"))
        if key not in done:
            continue
        translation = m.find("translation")
        value = done[key]
        translation.attrib.pop("type", None)
        if m.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            for form in (value if isinstance(value, list) else [value]):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value
        filled += 1
    save(tree, path)
    print(f"filled {filled}", file=sys.stderr)


if __name__ == "__main__":
    main()
