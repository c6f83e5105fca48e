#!/usr/bin/env python3
"""testdata/readmetable.py EVALDIR [README]: rewrite the figure columns of the README quality table from evalall.sh output.
Rows are matched by the question file in their first column (HTML rows by 'HTML' in it); SciFact by its name."""
import json, os, re, sys
ev = sys.argv[1]; root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
readme = sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, 'README.md')
setlist = open(os.path.join(root, 'testdata', 'evalall.sh')).read().split('SETLIST="')[1].split('"\n')[0]
bypath = {}
for line in setlist.strip().splitlines():
    name, role, book, q = line.split()
    q = q.replace('$T/', 'testdata/').replace('$SHARED/eval/scifact/train.jsonl', 'SCIFACT')
    bypath.setdefault(q, []).append((name, book))
def f(x): return 'n/a' if x is None else '%.3f' % x
def cells(d):
    if d['covered'] == 0:
        return ['', '', '', '', '%.3f (%d/%d)' % (d['refused'], round(d['refused']*d['uncovered']), d['uncovered']), '', '', '']
    c = d['covered']
    ans = '%.3f (%d/%d)' % (d['answered'], round(d['answered']*c), c)
    ref = 'n/a' if d['refused'] is None else '%.3f (%d/%d)' % (d['refused'], round(d['refused']*d['uncovered']), d['uncovered'])
    return [f(d['recall@5']), f(d['mrr@10']), f(d['ndcg@10']), ans, ref,
            '%s / %s' % (f(d['cited@1']), f(d['cited'])), '%s / %s' % (f(d['lead']), f(d['any'])),
            '%s / %s' % (f(d['lead-factual']), f(d['any-factual']))]
out = []; done = set()
lines = open(readme).read().split('\n')
intable = False
for ln in lines:
    if ln.startswith('| question set |'): intable = True
    elif intable and not ln.startswith('|'): intable = False
    if intable and ln.startswith('| ') and not ln.startswith('| question set') and not ln.startswith('| ---'):
        cols = ln.split(' | ')
        first = cols[0]
        m = re.search(r'`(testdata/[^`]+\.jsonl)`', first)
        key = m.group(1) if m else ('SCIFACT' if 'SciFact train' in first else None)
        if key in bypath:
            cands = bypath[key]
            html = 'HTML' in first and 'nodedoc' not in key
            pick = [n for n, b in cands if b.endswith('html') == html]
            if pick:
                d = json.load(open('%s/%s.json' % (ev, pick[0])))
                new = cols[:2] + cells(d)
                ln = ' | '.join(new) + ' |'
                done.add(pick[0])
            else:
                print('no set for row', key, html, file=sys.stderr)
        else:
            print('unmatched row:', first[:70], file=sys.stderr)
    out.append(ln)
open(readme, 'w').write('\n'.join(out))
allsets = {n for v in bypath.values() for n, b in v}
print('rows updated:', len(done), 'sets without a row:', sorted(allsets - done), file=sys.stderr)
