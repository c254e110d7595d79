import re,sys,glob,os
sys.path.insert(0,'test/corpus/tools'); import gen
SRC=sys.argv[1].rstrip('/')
if '/' not in SRC: SRC='test/corpus/src/'+SRC
sys.argv=[sys.argv[0]]+sys.argv[2:]
W=r"\b(Nobel|lunch\w*|luncheon|ceasefire|cease-fire|truce|strikes?|bomb\w*|raid|attack\w*|war|conflict|clash\w*|fighting|hostilities|summit|gathering|amendment|passport\w*|force|troops|deployment|call\w*|phone\w*|spoke|visit\w*|march\w*|protest\w*|delegation|trip|Fordow|Natanz|Isfahan|Esfahan|prime minister|Prime Minister|premier|president|President|secretary|Secretary|general|General|chief|Chief|minister|Minister|Foreign Office|ministry|talks|meeting|handshake|tweet|post|recogni\w*|speech|address|operation|Operation)\b"
files=sorted(glob.glob(SRC+'/[0-9]*.txt'))
if len(sys.argv)>1: files=[f for f in files if any(os.path.basename(f).startswith(a) for a in sys.argv[1:])]
for f in files:
    slug,res,st,off,probs=gen.build(f)
    cov=[(s+off,e+off) for lab,s,e,isn in res]
    print('==',slug)
    for m in re.finditer(W,st):
        if not any(a<=m.start() and m.end()<=b for a,b in cov):
            print('   ',m.group(0),'@',st[max(0,m.start()-50):m.end()+40].replace('\n',' ').strip())
