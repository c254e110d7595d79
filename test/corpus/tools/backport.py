"""Write a set's committed label files back into its markup sources.

`python3 test/corpus/tools/backport.py SET [NNN ...]` rewrites `src/SET/NNN-*.txt` so that
`gen.py SET` makes the committed `labels/NNN-*.json` again. Labels corrected by hand in the JSON
(test/corpus/README.md, "Corrections") would otherwise be lost the next time the set is generated.
Labels that agree with the markup keep their markup (short codes, flag order); the others get new
markup from the JSON. The page text is never touched: the tool stops if the source would make a
different page, and reports labels that markup cannot nest as the JSON says.
"""
import json, os, sys, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen

def source_labels(body):
    """Each label of a markup body: its text span, its raw meta and its decoded label."""
    text_len = 0; frames = []; found = []
    for ch in body:
        if ch == '{':
            frames.append({'start': text_len, 'chars': []})
        elif ch == '}':
            f = frames.pop(); content = ''.join(f['chars'])
            t, meta = content.split('|', 1)
            text_len -= len(content) - len(t)
            found.append((f['start'], f['start'] + len(t), meta))
            if frames: frames[-1]['chars'].extend(t)
        else:
            text_len += 1
            if frames: frames[-1]['chars'].append(ch)
    return found

def decode(meta, short):
    _, labels = gen.parse('{x|%s}' % meta, short)
    lab = labels[0]['lab']; del lab['text']
    return lab

def encode(lab, short):
    """Markup meta for a label from its JSON, with keys in the JSON's order."""
    keys = [k for k in lab if k not in ('text', 'parent')]
    reverse = {}
    for code, ident in short.items(): reverse.setdefault(ident, code)
    if lab['entity'] is None:
        meta = ['!' + lab['namesake'], reverse.get(lab['not'], lab['not']) if 'not' in lab else '-']
        if 'note' in lab: meta.append('note=' + lab['note'])
        if keys.index('entity') == len(keys) - 1: meta.append('entity-last')
    else:
        meta = [reverse.get(lab['entity'], lab['entity'])]
        for k in keys[1:]:
            meta.append({'paraphrase': 'p', 'epithet': 'e'}.get(k) or 'note=' + lab['note'])
    out = '|'.join(meta)
    want = {k: v for k, v in lab.items() if k not in ('text', 'parent')}
    got = decode(out, short)
    if got != want or list(got) != list(want): raise SystemExit('cannot encode %r as markup' % lab)
    return out

def locate(st, mentions, off):
    """Text offsets of the committed labels, found as the checker finds them."""
    spans = []; cursor = 0
    for i, lab in enumerate(mentions):
        frm = spans[lab['parent']][0] + off if 'parent' in lab else cursor
        at = gen.find_word(st, lab['text'], frm)
        if at < 0: raise SystemExit('#%d %r not on the page' % (i, lab['text']))
        if 'parent' not in lab: cursor = at + len(lab['text'])
        spans.append((at - off, at - off + len(lab['text'])))
    return spans

def backport(path):
    raw = open(path, encoding='utf8').read()
    head, body = raw.split('\n---\n', 1)
    slug, html, _, _, st, off, _ = gen.render(path)
    page_path, label_path = gen.outputs(slug)
    if open(page_path, encoding='utf8').read() != html: raise SystemExit(slug + ': the source makes a different page')
    short = gen.tables(os.path.dirname(path))[1]
    mentions = json.load(open(label_path, encoding='utf8'))['mentions']
    spans = locate(st, mentions, off)
    old = {}
    for s, e, meta in source_labels(body): old.setdefault((s, e), []).append(meta)
    metas = []
    for lab, span in zip(mentions, spans):
        want = {k: v for k, v in lab.items() if k not in ('text', 'parent')}
        reuse = [m for m in old.get(span, []) if decode(m, short) == want and list(decode(m, short)) == list(want)]
        metas.append(reuse[0] if reuse else encode(lab, short))
    text = gen.parse(body, short)[0]
    opens = {}; closes = {}
    for i, (s, e) in enumerate(spans):
        opens.setdefault(s, []).append(i); closes.setdefault(e, []).append(i)
    out = []; stack = []
    for k in range(len(text) + 1):
        for i in sorted(closes.get(k, []), key=lambda i: -stack.index(i)):
            if stack[-1] != i: raise SystemExit('%s: #%d %r crosses another label' % (slug, i, mentions[i]['text']))
            stack.pop(); out.append('|' + metas[i] + '}')
        for i in sorted(opens.get(k, []), key=lambda i: (-spans[i][1], i)):
            parent = mentions[i].get('parent')
            if parent is not None and stack and parent == stack[0] != stack[-1]: metas[i] += '|top'
            elif parent != (stack[-1] if stack else None):
                raise SystemExit('%s: #%d %r: markup cannot give it parent %r' % (slug, i, mentions[i]['text'], parent))
            stack.append(i); out.append('{')
        if k < len(text): out.append(text[k])
    new = head + '\n---\n' + ''.join(out)
    if new != raw: open(path, 'w', encoding='utf8').write(new)
    if gen.render(path)[2] != open(label_path, encoding='utf8').read():
        raise SystemExit(slug + ': the rewritten source still makes a different label file')
    return new != raw

if __name__ == '__main__':
    SRC = sys.argv[1].rstrip('/')
    if '/' not in SRC: SRC = 'test/corpus/src/' + SRC
    files = sorted(glob.glob(SRC + '/[0-9]*.txt'))
    if len(sys.argv) > 2: files = [f for f in files if any(os.path.basename(f).startswith(a) for a in sys.argv[2:])]
    for f in files: print(os.path.basename(f), 'rewritten' if backport(f) else 'unchanged')
