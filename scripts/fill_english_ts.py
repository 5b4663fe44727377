#!/usr/bin/env python3
"""Marks every English message finished with its source text (English is the source language)."""
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1]
tree = ET.parse(path)
for message in tree.iter("message"):
    source = message.find("source")
    translation = message.find("translation")
    if translation is None or source is None:
        continue
    forms = [f.text for f in translation.findall("numerusform")]
    # Plural forms filled from the source earlier ("%n day(s)" twice) get English singular and plural.
    refill = message.get("numerus") == "yes" and forms and all(f == source.text for f in forms) and "(s)" in source.text
    if refill or translation.get("type") == "unfinished" or (not (translation.text or "").strip() and not list(translation)):
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            # English has two forms: one ("%n day") and many ("%n days").
            for plural in (False, True):
                form = ET.SubElement(translation, "numerusform")
                form.text = source.text.replace("(s)", "s" if plural else "")
        else:
            translation.text = source.text
with open(path, "wb") as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding="utf-8", xml_declaration=False)
