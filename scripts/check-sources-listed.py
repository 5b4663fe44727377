#!/usr/bin/env python3
"""Fails when a source file under app/ or ui/ is named in no CMakeLists.txt of its folder or a folder above it.

Sources are listed explicitly per library (no globs): a file left out would otherwise be skipped silently.
"""
import re
import sys
from pathlib import Path

root = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent)
missing = []
checked = 0
for path in sorted(p for d in ('app', 'ui') for p in (root / d).rglob('*') if p.suffix in ('.cpp', '.h', '.ui')):
    checked += 1
    folder = path.parent
    found = False
    while not found and folder != root.parent and root in (folder, *folder.parents):
        lists = folder / 'CMakeLists.txt'
        if lists.exists():
            name = path.relative_to(folder).as_posix()
            text = re.sub(r'#[^\n]*', '', lists.read_text(encoding='utf-8'))
            found = re.search(r'(^|[\s("])' + re.escape(name) + r'($|[\s)"])', text, re.M) is not None
        folder = folder.parent
    if not found:
        missing.append(path.relative_to(root).as_posix())
for m in missing:
    print(f'{m} is not listed in a CMakeLists.txt')
print(f'{checked} source files checked, {len(missing)} not listed')
sys.exit(1 if missing else 0)
