#!/usr/bin/env python3
"""Fails when two classes or structs of one qualified name are defined in the project (app/, ui/).

Two definitions of one name linked into one program break the one-definition rule: undefined behaviour the
linker need not report. Classes in anonymous namespaces and nested classes are private to their file or class
and are not counted.
"""
import re
import sys
from collections import defaultdict
from pathlib import Path

root = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent)
token = re.compile(r'''
    //[^\n]*                                   # line comment
  | /\*.*?\*/                                  # block comment
  | R"(?P<delim>[^(]*)\(.*?\)(?P=delim)"       # raw string
  | "(?:\\.|[^"\\\n])*"                        # string
  | '(?:\\.|[^'\\\n])*'                        # character
  | ^[ \t]*\#[^\n]*                            # preprocessor line
  | (?P<brace>[{}])
  | (?P<semi>;)
''', re.S | re.M | re.X)
head = re.compile(r'(?:^|[\s;}])(?P<kind>namespace|class|struct|union)\b(?P<rest>[^;{}()]*)$', re.S)
definitions = defaultdict(list)

for path in sorted(p for d in ('app', 'ui') for p in (root / d).rglob('*') if p.suffix in ('.h', '.cpp')):
    text = path.read_text(encoding='utf-8')
    stack = []  # (kind, name) per open brace
    start = 0
    for m in token.finditer(text):
        if m.group('brace') == '{':
            before = text[start:m.start()]
            h = head.search(before)
            entry = ('block', '')
            if h and not re.search(r'\benum\s*$', before[:h.start('kind')]):
                rest = h.group('rest').strip()
                if h.group('kind') == 'namespace':
                    entry = ('namespace', rest)
                elif not rest.startswith('alignas') and '=' not in rest:
                    name = re.sub(r'\s*:(?!:).*$', '', rest, flags=re.S)  # drop base classes
                    name = re.sub(r'\bfinal\b|\[\[.*?\]\]', '', name).split()
                    entry = ('class', name[-1] if name else '')
            if entry[0] == 'class' and entry[1] and all(k == 'namespace' and n for k, n in stack):
                qualified = '::'.join([n for _, n in stack] + [entry[1]])
                line = text.count('\n', 0, m.start()) + 1
                definitions[qualified].append(f'{path.relative_to(root)}:{line}')
            stack.append(entry)
            start = m.end()
        elif m.group('brace') == '}':
            if stack:
                stack.pop()
            start = m.end()
        elif m.group('semi'):
            start = m.end()
        else:
            start = m.end()

duplicates = {name: places for name, places in definitions.items() if len(places) > 1}
for name, places in sorted(duplicates.items()):
    print(f'{name} is defined {len(places)} times: ' + ', '.join(places))
print(f'{len(definitions)} class definitions checked, {len(duplicates)} names defined more than once')
sys.exit(1 if duplicates else 0)
