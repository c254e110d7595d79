import json, re, sys, os, glob
OUT='test/corpus'  # paths from the repository root
SRC=None  # the set folder, from the command line
# the page styles and short entity codes every set shares; a set adds its own in src/SET/styles.json
_shared=json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)),'styles.json'),encoding='utf8'))
CSS=_shared['css']; SHORT=_shared['short']
def parse(src,short=SHORT):
    out=[]; stack=[]; labels=[]
    buf=out
    i=0
    # each stack frame: (start_offset_in_out_text, list_of_children_label_idx)
    text=[]  # final characters
    frames=[]
    pending=[]
    for ch in src:
        if ch=='{':
            frames.append({'start':len(text),'chars':[],'kids':[]})
        elif ch=='}':
            f=frames.pop()
            content=''.join(f['chars'])
            parts=content.split('|')
            t=parts[0]; meta=parts[1:]
            if not meta: raise SystemExit('no meta in {%s}'%content)
            # `top`: the label's parent is its outermost enclosing label, not the nearest (set I's
            # hand-corrected files nest "US" in "the US president" under the event phrase around both)
            top='top' in meta[1:]; meta=[x for x in meta if x!='top']
            # text placed in output: t (already appended to text as chars); remove meta chars from text
            # we appended all chars incl meta to text; strip them
            metalen=len(content)-len(t)
            del text[len(text)-metalen:]
            lab={'text':t}
            m0=meta[0]
            m0=short.get(m0,m0)
            if m0.startswith('!'):
                lab['entity']=None; lab['namesake']=m0[1:]
                if len(meta)>1 and meta[1] not in ('-',''): lab['not']=short.get(meta[1],meta[1])
                for x in meta[2:]:
                    if x.startswith('note='): lab['note']=x[5:]
                    # a hand-corrected label file lists entity last; keep its bytes
                    elif x=='entity-last': lab['entity']=lab.pop('entity')
                    else: raise SystemExit('bad flag '+x+' in '+content)
            else:
                lab['entity']=m0
                for x in meta[1:]:
                    if x=='p': lab['paraphrase']=True
                    elif x=='e': lab['epithet']=True
                    elif x.startswith('note='): lab['note']=x[5:]
                    else: raise SystemExit('bad flag '+x+' in '+content)
            idx=len(labels)
            labels.append({'lab':lab,'start':f['start'],'end':f['start']+len(t),'kids':f['kids'],'depth':len(frames),'top':top})
            for k in f['kids']: labels[k]['parentraw']=idx
            if frames: frames[-1]['kids'].append(idx)
            if frames: frames[-1]['chars'].extend(t)
        else:
            text.append(ch)
            if frames: frames[-1]['chars'].append(ch)
    if frames: raise SystemExit('unclosed brace')
    return ''.join(text), labels
def order(labels):
    # sort by start, parents before children (longer first)
    idxs=sorted(range(len(labels)), key=lambda i:(labels[i]['start'], -labels[i]['end'], labels[i]['depth']))
    pos={old:new for new,old in enumerate(idxs)}
    res=[]
    for old in idxs:
        L=labels[old]; lab=dict(L['lab'])
        if 'parentraw' in L:
            # check only direct parent; the checker nests one level: use direct parent
            p=L['parentraw']
            while L['top'] and 'parentraw' in labels[p]: p=labels[p]['parentraw']
            lab['parent']=pos[p]
        res.append((lab,L['start'],L['end'],'parentraw' in L))
    return res
WORD=re.compile(r'[\w]',re.U)
def isw(c): return c is not None and bool(WORD.match(c))
def find_word(t,needle,frm):
    at=t.find(needle,frm)
    while at>=0:
        k=at-1
        while k>=0 and t[k]=='\x00': k-=1
        b=t[k] if k>=0 else None
        k=at+len(needle)
        while k<len(t) and t[k]=='\x00': k+=1
        a=t[k] if k<len(t) else None
        if (not isw(needle[0]) or not isw(b)) and (not isw(needle[-1]) or not isw(a)): return at
        at=t.find(needle,at+1)
    return -1
INLINE={'a','b','i','span','sup','sub','strong','em','small','u','abbr','cite','code','q','s','mark','time'}
def stripped(html):
    # tags -> spaces (block) or NUL (inline, joins neighbouring text), keep offsets; drop head region
    s=list(html)
    h=html.find('</head>')
    for k in range(h): s[k]=' '
    stack=[]
    for m in re.finditer(r'<(/?)(\w+)[^>]*>',html):
        name=m.group(2).lower()
        if m.group(1):
            blk=False
            for j in range(len(stack)-1,-1,-1):
                if stack[j][0]==name: blk=stack[j][1]; del stack[j:]; break
        else:
            blk='display:block' in m.group(0)
            if name in INLINE: stack.append((name,blk))
        fill='\x00' if (name in INLINE and not blk) else ' '
        for k in range(m.start(),m.end()): s[k]=fill
    return ''.join(s)
def tables(folder):
    """A set's page styles, short codes and label-file layout: the shared ones and its styles.json."""
    css=dict(CSS); short=dict(SHORT); layout={'indent':2,'newline':False}
    extra=os.path.join(folder,'styles.json')
    if os.path.exists(extra):
        # a set's own page styles and short codes live in its folder, not in the shared tables;
        # "labels" keeps the layout its label files were committed in (F: indent 1, G: final newline)
        data=json.load(open(extra,encoding='utf8'))
        css.update(data.get('css',{})); short.update(data.get('short',{})); layout.update(data.get('labels',{}))
    return css,short,layout
def render(path):
    """The page and label file a source makes, as text, without writing them."""
    raw=open(path,encoding='utf8').read()
    head,body=raw.split('\n---\n',1)
    meta=dict(l.split(': ',1) for l in head.strip().split('\n'))
    css,short,layout=tables(os.path.dirname(path))
    text,labels=parse(body,short)
    res=order(labels)
    pre='<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><title>%s</title>\n<style>%s</style></head>\n<body>\n'%(meta.get('lang','en'),meta['title'],css[meta.get('css','wire')])
    html=pre+text+'\n</body></html>\n'
    off=len(pre)
    st=stripped(html)
    # verify
    cursor=0; probs=[]; located=[]
    for i,(lab,s,e,isn) in enumerate(res):
        s+=off; e+=off
        if isn:
            p=located[lab['parent']]
            at=find_word(st,lab['text'],p[0])
        else:
            at=find_word(st,lab['text'],cursor)
        if at!=s: probs.append('#%d %r expected at %d found %d (ctx %r)'%(i,lab['text'],s,at,st[max(0,at-30):at+30].replace('\n',' ')))
        located.append((s,e))
        if not isn: cursor=e
    slug=meta['slug']
    labels_json=json.dumps({'page':slug+'.html','style':meta['style'],'mentions':[r[0] for r in res]},indent=layout['indent'],ensure_ascii=False)+('\n' if layout['newline'] else '')
    return slug,html,labels_json,res,st,off,probs
def outputs(slug):
    return f'{OUT}/pages/{slug}.html',f'{OUT}/labels/{slug}.json'
def build(path):
    slug,html,labels_json,res,st,off,probs=render(path)
    page_path,label_path=outputs(slug)
    open(page_path,'w',encoding='utf8').write(html)
    open(label_path,'w',encoding='utf8').write(labels_json)
    return slug,res,st,off,probs
WATCH=r"\b(Pakistan\w*|US|U\.S\.|USA|America|Trump\w*|Munir|Sharif|Shehbaz|Shahbaz|Israel|Iran|India|Gaza|Washington|Islamabad|Tehran|Tel Aviv|New Delhi|Delhi|Kabul|Ankara|Riyadh|Doha|Cairo|London|New York|White House|Hamas|Taliban|Gulf|gulf|Egypt|Qatar|Saudi|Turkey|Türkiye|China|Afghanistan|Rubio|Netanyahu|Biden|Pezeshkian|Mousavi|Khan|Abbas|Ali|Qureshi|Rosen|Agha|Klasra|Europe|Middle East|South Asia|Kashmir|Balochistan|Khyber|Congress|Pentagon|CIA|Mossad|IMF|World Bank|TLP|Labbaik|Oman|Syria|Palestine|France|Spain|Ireland|Norway|Belgium|Russia|Soviet|AFP|Getty|Sharm|Indonesia|Azerbaijan|Line of Control|Abraham|Sindoor|State Department|General Assembly|UN|trump|field marshal|premier|army chief|Izhakov|Weinbaum|Republican|CPEC|Harpy|Barak|Sharaka|Rosen|Izhakov|Ilyas|Jewish Congress|Sindoor|Netanyahu|Mossad|Getty|Klasra|Agha|Weinbaum|Khurshid|Naade|Nalanda|Rajgir|Bihar|Firstpost|Diplomat|Asia Times|Indo-Pacific|Hamas|Palestin\w*|Egypt|Jewish|Tel Aviv|Cold War|Abraham|Abbas|Qureshi)\b"
def sets():
    """Every set folder the shared generator owns (a folder with its own gen.py is not yet ported)."""
    return sorted(d for d in glob.glob('test/corpus/src/*') if os.path.isdir(d) and not os.path.exists(d+'/gen.py'))
def check(folder):
    """Regenerates a set in memory; lists every committed page or label file it would change."""
    bad=[]
    for f in sorted(glob.glob(folder+'/[0-9]*.txt')):
        try: slug,html,labels_json,res,st,off,probs=render(f)
        except SystemExit as e: bad.append('%s: %s'%(os.path.relpath(f),e)); continue
        bad+=['%s: %s'%(slug,p) for p in probs]
        for path,want in zip(outputs(slug),(html,labels_json)):
            have=open(path,encoding='utf8').read() if os.path.exists(path) else None
            if have!=want: bad.append('%s differs from %s'%(path,os.path.relpath(f)))
    return bad
if __name__=='__main__' and sys.argv[1:2]==['--check']:
    # gen.py --check [SET ...]: regenerate without writing; exit 1 if sources and committed files differ
    folders=['test/corpus/src/'+a for a in sys.argv[2:]] or sets()
    bad=[]
    for d in folders:
        found=check(d); bad+=found
        print('%s: %s'%(os.path.basename(d),'%d problem(s)'%len(found) if found else 'regenerates byte for byte'))
    for b in bad: print('  '+b)
    sys.exit(1 if bad else 0)
elif __name__=='__main__':
    SRC=sys.argv[1].rstrip('/')
    if '/' not in SRC: SRC='test/corpus/src/'+SRC
    files=sorted(glob.glob(SRC+'/[0-9]*.txt'))
    if len(sys.argv)>2: files=[f for f in files if any(os.path.basename(f).startswith(a) for a in sys.argv[2:])]
    for f in files:
        slug,res,st,off,probs=build(f)
        cov=[]
        for lab,s,e,isn in res: cov.append((s+off,e+off))
        unc=[]
        for m in re.finditer(WATCH,st):
            if not any(a<=m.start() and m.end()<=b for a,b in cov):
                unc.append(m.group(0)+' @ '+st[max(0,m.start()-25):m.end()+25].replace('\n',' ').strip())
        n=len(res); para=sum(1 for r in res if r[0].get('paraphrase')); ns=sum(1 for r in res if r[0]['entity'] is None)
        print(f'== {slug}: {n} labels, {para} para, {ns} namesakes, {len(probs)} probs')
        for p in probs: print('  PROB',p)
        for u in unc: print('  UNCOV',u)
