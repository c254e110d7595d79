import re,sys,glob
def match_close(s,i):
    d=0
    for j in range(i,len(s)):
        if s[j]=='{': d+=1
        elif s[j]=='}':
            d-=1
            if d==0: return j
for f in sys.argv[1:]:
    s=open(f).read(); out=[]; changed=0
    i=0
    while True:
        m=re.compile(r'\{(the|The|THE|a|an|A|An) ').search(s,i)
        if not m: break
        j=match_close(s,m.start())
        inner=s[m.start()+1:j]
        # meta = after last top-level '|': find depth-0 pipes
        d=0; pipes=[]
        for k,ch in enumerate(inner):
            if ch=='{': d+=1
            elif ch=='}': d-=1
            elif ch=='|' and d==0: pipes.append(k)
        meta=inner[pipes[0]+1:].split('|')
        if 'e' in meta[1:]:
            i=m.end(); continue
        art=m.group(1)
        s=s[:m.start()]+art+' {'+s[m.end():]
        changed+=1; print(f, 'moved:', inner[:70])
        i=m.start()+len(art)+2
    open(f,'w').write(s)
