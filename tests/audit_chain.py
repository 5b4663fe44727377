#!/usr/bin/env python3
"""An independent implementation of the audit chain of docs/audit.md, for the CLI tests.

audit_chain.py append DB N      appends N entries to the SQLite database DB through plain SQL (the guards check them)
audit_chain.py sql-append HEAD_SEQ HEAD_HASH N
                                prints INSERT statements appending N entries after that head (for psql)
audit_chain.py verify DB        walks DB's chain; exit 0 when intact, 1 naming the first bad entry
"""
import hashlib, sqlite3, sys

def field(value):
    b = value.encode('utf-8')
    return str(len(b)).encode() + b':' + b + b'\n'

def canonical(seq, at, actor, action, entity, entity_id, detail, prev_hash):
    out = b'qadesk.audit.v1\n'
    for v in (str(seq), str(at), actor, action, entity, '' if entity_id is None else str(entity_id), detail, prev_hash):
        out += field(v)
    return out

def digest(*fields):
    return hashlib.sha256(canonical(*fields)).hexdigest()

def entries(head_seq, head_hash, n):
    prev = head_hash
    for i in range(1, n + 1):
        seq = head_seq + i
        row = (seq, 1700000000 + seq, '王芳 (script)', 'status:final', 'evaluation', 1000 + seq, 'line1\nline2 "quoted"', prev)
        h = digest(*row)
        yield row + (h,)
        prev = h

def main():
    cmd = sys.argv[1]
    if cmd == 'append':
        db = sqlite3.connect(sys.argv[2])
        seq, h = db.execute('SELECT seq, hash FROM audit_head WHERE id = 1').fetchone()
        with db:
            for row in entries(seq, h, int(sys.argv[3])):
                db.execute('INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, detail, prev_hash, hash) '
                           'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', row)
    elif cmd == 'sql-append':
        q = lambda s: "'" + s.replace("'", "''") + "'"
        for r in entries(int(sys.argv[2]), sys.argv[3], int(sys.argv[4])):
            print('INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, detail, prev_hash, hash) VALUES '
                  '(%d, %d, %s, %s, %s, %d, %s, %s, %s);' % (r[0], r[1], q(r[2]), q(r[3]), q(r[4]), r[5], q(r[6]), q(r[7]), q(r[8])))
    elif cmd == 'verify':
        db = sqlite3.connect(sys.argv[2])
        prev, expected = '', 1
        for row in db.execute('SELECT seq, at, actor, action, entity, entity_id, detail, prev_hash, hash '
                              'FROM audit_log ORDER BY seq'):
            if row[0] != expected or row[7] != prev or row[8] != digest(*row[:8]):
                print('entry %s is broken' % row[0]); sys.exit(1)
            prev, expected = row[8], expected + 1
        head = db.execute('SELECT seq, hash FROM audit_head').fetchone()
        if head != (expected - 1, prev):
            print('head %r does not match (%d, %s)' % (head, expected - 1, prev)); sys.exit(1)
        print('intact: %d entries' % (expected - 1))
    else:
        sys.exit(__doc__)

main()
