import json, re, sys, os, glob
OUT='test/corpus'  # paths from the repository root
SRC=None  # the set folder, from the command line
CSS={
'wire':"body{font-family:Arial,sans-serif;max-width:760px;margin:auto;color:#111}header{border-bottom:3px solid #b00}nav a{margin-right:12px;font-size:13px}.meta{font-size:12px;color:#666}figcaption{font-size:12px;color:#555}footer{font-size:11px;color:#777;border-top:1px solid #ccc;margin-top:30px}",
'pk':"body{font-family:Georgia,serif;max-width:800px;margin:auto;color:#222;background:#fdfdf8}header{background:#0b3d2e;color:#fff;padding:8px}nav a{color:#fff;margin-right:10px;font-size:13px}.meta{font-size:12px;color:#555}blockquote{border-left:4px solid #0b3d2e;padding-left:10px;font-style:italic}figcaption{font-size:12px;color:#444}.comments b,.comments span{font-weight:bold}footer{font-size:11px;color:#666;margin-top:30px}",
'live':"body{font-family:Helvetica,Arial,sans-serif;max-width:780px;margin:auto}header{border-bottom:4px solid #005689}.post{border-top:1px solid #ddd;padding:8px 0}.time{font-weight:bold;color:#c70000;font-size:13px}.key{background:#f1f1f1;padding:8px}footer{font-size:11px;color:#777}",
'op':"body{font-family:'Times New Roman',serif;max-width:700px;margin:auto;color:#1a1a1a}header{border-bottom:1px solid #000;text-align:center}h1{font-size:34px}.kicker{text-transform:uppercase;letter-spacing:1px;font-size:12px;color:#8a0000}blockquote{font-size:22px;border-top:2px solid #000;border-bottom:2px solid #000}.comments b,.comments span{font-weight:bold}footer{font-size:11px}",
'gulf':"body{font-family:Tahoma,Arial,sans-serif;max-width:820px;margin:auto;color:#111}header{background:#7a0019;color:#fff;padding:6px}nav a{color:#fff;margin-right:8px;font-size:12px}.meta{color:#777;font-size:12px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px;font-size:13px}figcaption{font-size:12px}footer{font-size:11px;color:#888}",
'tk':"body{font-family:'Segoe UI',Arial,sans-serif;max-width:800px;margin:auto;color:#101820}header{background:#c8102e;color:#fff;padding:6px}nav a{color:#fff;margin-right:10px;font-size:13px}.meta{font-size:12px;color:#666}figcaption{font-size:12px;color:#555}aside{background:#f3f3f3;padding:8px}footer{font-size:11px;color:#777}",
'cn':"body{font-family:SimSun,Arial,sans-serif;max-width:760px;margin:auto}header{border-bottom:4px solid #d40000}.meta{color:#888;font-size:12px}footer{font-size:11px;color:#999}",
'wiki':"body{font-family:sans-serif;max-width:900px;margin:auto;font-size:14px}.infobox{float:right;border:1px solid #aaa;background:#f8f9fa;width:280px;font-size:12px;margin:0 0 8px 12px}.infobox td,.infobox th{padding:3px;vertical-align:top;text-align:left}h2{border-bottom:1px solid #aaa;font-weight:normal}sup{font-size:10px}.refs{font-size:12px}",
'tv':"body{font-family:Arial,sans-serif;max-width:820px;margin:auto;background:#111;color:#eee}header{background:#e30613;padding:6px}.tick{border-bottom:1px solid #444;padding:4px 0}.t{color:#ffcc00;font-weight:bold;margin-right:8px}footer{font-size:11px;color:#aaa}",
'news':"body{font-family:Verdana,sans-serif;max-width:680px;margin:auto;background:#f4f4f4}.box{background:#fff;padding:14px;margin:10px 0}h2{font-size:18px;border-bottom:2px solid #333}.small{font-size:11px;color:#777}",
}
SHORT={'PK':'pakistan','US':'united-states','IL':'israel','IR':'iran','IN':'india','AF':'afghanistan','CN':'china','SA':'saudi-arabia','TR':'turkey','QA':'qatar','EG':'egypt','DT':'donald-trump','AM':'asim-munir','SS':'shehbaz-sharif','MR':'marco-rubio','MP':'masoud-pezeshkian','AMO':'abdolrahim-mousavi','BN':'benjamin-netanyahu','GZ':'gaza','WH':'white-house','DC':'washington-dc','PA':'pakistan-army','FO':'pakistan-foreign-office','ME':'middle-east','SAS':'south-asia','GULF':'the-gulf','HM':'hamas','KS':'kashmir','LOC':'line-of-control','NY':'new-york','LDN':'london','SDP':'us-state-department','CON':'us-congress','TLP':'tehreek-e-labbaik-pakistan','IPC':'india-pakistan-conflict','USS':'us-strikes-on-iranian-nuclear-facilities','TDW':'twelve-day-war','IIC':'iran-israel-ceasefire','LUNCH':'munir-white-house-lunch','NOBEL':'trump-nobel-nomination','SHARM':'sharm-el-sheikh-summit','SES':'sharm-el-sheikh','GCF':'gaza-ceasefire','ISF':'gaza-stabilisation-force','TROOPS':'pakistani-troop-deployment-to-gaza','AMEND':'pakistan-constitutional-amendment','TLPP':'tlp-protests','GW':'gaza-war','SIND':'operation-sindoor','UNGA':'unga-2025','WTM':'world-travel-market-2025','DEL':'pakistani-delegation-to-israel','EGM':'munir-mossad-cia-meetings','PASS':'pakistani-passport-wording-change','RSC':'rubio-sharif-call','MMC':'mousavi-munir-call','SPC':'sharif-pezeshkian-call','OMAN':'iran-nuclear-talks-oman','ABR':'abraham-accords','EUR':'european-recognitions-of-palestine','TWEET':'sharif-two-state-tweet','ROSEN':'sharif-rosen-meeting','CONG':'trump-address-to-congress','PAL':'palestine','EU':'europe'}
SHORT.update({'CIA':'cia','IMF':'imf','CPEC':'cpec','R71':'us-china-rapprochement-1971','SWA':'soviet-war-in-afghanistan','P01':'post-2001-war-in-afghanistan','CW':'cold-war','PDSD':'pakistani-delegation-to-state-department','TAL':'taliban','MOS':'mossad','UNGAO':'un-general-assembly','REP':'republican-party','IP':'indo-pacific','ID':'indonesia','AZ':'azerbaijan','OM':'oman','SY':'syria','FR':'france','ES':'spain','IE':'ireland','NO':'norway','BE':'belgium','SU':'soviet-union','RU':'russia','BAL':'balochistan','KP':'khyber-pakhtunkhwa','WB':'world-bank','PENT':'pentagon','BIDEN':'joe-biden','NET':'benjamin-netanyahu','JB':'joe-biden'})
CSS.update({
'jp':"body{font-family:'Hiragino Sans',Arial,sans-serif;max-width:780px;margin:auto;color:#1b1b1b}header{border-bottom:2px solid #000}nav a{margin-right:10px;font-size:12px;color:#333}.meta{font-size:12px;color:#777}figcaption{font-size:12px;color:#555}aside{border:1px solid #ddd;padding:8px;font-size:13px}footer{font-size:11px;color:#777;border-top:1px solid #ccc}",
'abc':"body{font-family:Arial,sans-serif;max-width:760px;margin:auto;color:#222}header{background:#000;color:#fff;padding:8px}nav a{color:#fff;margin-right:10px;font-size:13px}.meta{font-size:12px;color:#666}h2{font-size:19px}.kp{background:#eef4ff;padding:8px}footer{font-size:11px;color:#666}",
'dw':"body{font-family:'Open Sans',Arial,sans-serif;max-width:780px;margin:auto;color:#002d5a}header{background:#05b2fc;color:#fff;padding:8px}nav a{color:#fff;margin-right:10px;font-size:13px}.meta{font-size:12px;color:#5a6f84}figcaption{font-size:12px}footer{font-size:11px;color:#5a6f84}",
'forum':"body{font-family:Verdana,Arial,sans-serif;max-width:820px;margin:auto;background:#dae0e6}.post{background:#fff;padding:10px;margin:8px 0;border-radius:4px}.c{background:#fff;margin:4px 0 4px 20px;padding:6px;border-left:2px solid #ccc;font-size:14px}.c b,.c span{font-size:12px;color:#1c1c1c}.pts{font-size:11px;color:#888}",
'pod':"body{font-family:Georgia,serif;max-width:720px;margin:auto;line-height:1.5}header{border-bottom:1px solid #999}.sp b{display:block;font-family:Arial,sans-serif;font-size:12px;letter-spacing:1px;text-transform:uppercase}.ts{color:#999;font-size:11px}footer{font-size:11px;color:#777}",
'mag':"body{font-family:'Caslon',Georgia,serif;max-width:680px;margin:auto;line-height:1.6;color:#111}h1{font-size:40px;font-weight:normal}.dek{font-size:20px;font-style:italic}.meta{font-size:12px;letter-spacing:1px;text-transform:uppercase}blockquote{font-size:24px;text-align:center}figcaption{font-size:12px;color:#555}footer{font-size:11px}",
'gallery':"body{font-family:Helvetica,Arial,sans-serif;max-width:900px;margin:auto;background:#111;color:#ddd}figure{margin:20px 0;border-bottom:1px solid #333}.ph{background:#333;height:220px}figcaption{font-size:14px}.cr{font-size:11px;color:#999}",
'flash':"body{font-family:'Courier New',monospace;max-width:860px;margin:auto;background:#000;color:#ffa028}.f{border-bottom:1px dotted #444;padding:3px 0}.t{color:#fff;margin-right:8px}h1{font-size:18px}footer{font-size:11px;color:#888}",
'legal':"body{font-family:Georgia,serif;max-width:760px;margin:auto;color:#222}header{border-bottom:3px double #444}.meta{font-size:12px;color:#666}.box{border:1px solid #999;padding:8px;background:#fafafa}footer{font-size:11px;color:#777}",
})
SHORT.update({'AJC':'american-jewish-congress','DR':'daniel-rosen','MI':'michael-izhakov','SYK':'sardar-yasir-ilyas-khan','SK':'shabbir-khan','QAB':'qaisar-abbas','SAG':'sabin-agha','KK':'kaswar-klasra','IKH':'imran-khurshid','MGW':'marvin-g-weinbaum','NA':'naade-ali','AQ':'aamir-qureshi','AFP':'afp','GETTY':'getty-images','ITM':'israeli-tourism','SHK':'sharaka','KPC':'karachi-press-club','MEI':'middle-east-institute','CNN':'cnn-news18','CW':'cold-war','HARPY':'harpy-drone','BARAK':'barak-8-missile','LON':'london'})

CSS.update({
'trt':"body{font-family:'Roboto',Arial,sans-serif;max-width:800px;margin:auto;color:#0d1b2a}header{background:#0d1b2a;color:#fff;padding:8px}nav a{color:#9fd3ff;margin-right:10px;font-size:13px}.meta{font-size:12px;color:#667}figcaption{font-size:12px;color:#556}aside{border-left:3px solid #e4002b;padding-left:8px}footer{font-size:11px;color:#667}",
'tab':"body{font-family:Arial,sans-serif;max-width:760px;margin:auto}header{background:#e00;color:#fff;padding:6px;font-weight:bold}h1{font-size:34px;font-weight:900;text-transform:none}.bul li{font-weight:bold}figcaption{background:#000;color:#fff;font-size:12px;padding:4px}.comments b,.comments span{color:#036}footer{font-size:11px}",
'tr':"body{font-family:Georgia,serif;max-width:760px;margin:auto}.q b,.q span{display:block;font-family:Arial,sans-serif;font-size:12px;text-transform:uppercase}.note{font-size:12px;color:#666}footer{font-size:11px;color:#777}",
'tt':"body{font-family:Georgia,serif;max-width:720px;margin:auto;line-height:1.55}sup{font-size:10px}.fn{font-size:12px;border-top:1px solid #aaa}.meta{font-size:12px;color:#666}footer{font-size:11px}",
'cric':"body{font-family:Arial,sans-serif;max-width:820px;margin:auto}header{background:#03a9f4;color:#fff;padding:6px}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:3px 6px;font-size:13px}.meta{font-size:12px;color:#777}footer{font-size:11px}",
'li':"body{font-family:-apple-system,Arial,sans-serif;max-width:640px;margin:auto;background:#f3f2ef}.card{background:#fff;border-radius:8px;padding:12px;margin:8px 0}.c b,.c span{font-size:13px}.c{background:#f2f2f2;border-radius:6px;padding:6px;margin:6px 0;font-size:14px}.small{font-size:11px;color:#666}",
'edu':"body{font-family:'Comic Neue',Verdana,sans-serif;max-width:700px;margin:auto;background:#fffbe6}h1{color:#5b2a86}.box{background:#e6f7ff;border-radius:10px;padding:10px}.word{background:#fff;border:2px dashed #5b2a86;padding:8px}footer{font-size:11px}",
})

CSS.update({
'wu':"body{font-family:'Knowledge',Arial,sans-serif;max-width:760px;margin:auto;color:#222}header{border-bottom:4px solid #fa6400}.slug{font-family:monospace;font-size:13px;color:#555}.ver{border-top:1px dashed #aaa;margin-top:14px;padding-top:6px}.meta{font-size:12px;color:#666}footer{font-size:11px;color:#888}",
'jo':"body{font-family:Georgia,serif;max-width:800px;margin:auto;color:#222}header{background:#1f3b6f;color:#fff;padding:8px}nav a{color:#fff;margin-right:10px;font-size:12px}.meta{font-size:12px;color:#666}figcaption{font-size:12px;color:#444}.comments b,.comments span{color:#1f3b6f}aside{border:1px solid #ccd;padding:8px}footer{font-size:11px;color:#666}",
'ru':"body{font-family:'PT Sans',Arial,sans-serif;max-width:780px;margin:auto;color:#111}header{background:#6fb33f;color:#fff;padding:6px}nav a{color:#fff;margin-right:10px;font-size:13px}.op{background:#eef6e8;padding:6px;font-size:12px}blockquote{border-left:4px solid #6fb33f;padding-left:10px}footer{font-size:11px;color:#777}",
'han':"body{font-family:'Times New Roman',serif;max-width:760px;margin:auto;color:#000;background:#fbfaf4}header{border-bottom:2px solid #006e46}h2{font-size:16px;color:#006e46}.sp b{display:block;margin-top:10px}.col{font-size:11px;color:#777}.ts{font-size:12px;color:#444;font-style:italic}footer{font-size:11px;color:#666}",
'ev':"body{font-family:'Lato',Arial,sans-serif;max-width:780px;margin:auto;color:#222}header{border-bottom:3px solid #00467f}.speakers li{margin-bottom:4px}.tk{background:#f0f5fa;padding:8px}.meta{font-size:12px;color:#666}footer{font-size:11px;color:#777}",
'il':"body{font-family:Arial,sans-serif;max-width:740px;margin:auto;color:#111}header{background:#0038b8;color:#fff;padding:6px}nav a{color:#fff;margin-right:10px;font-size:12px}.kicker{font-size:12px;color:#0038b8;text-transform:uppercase}blockquote{font-size:20px;color:#0038b8}.comments b,.comments span{font-size:13px}footer{font-size:11px;color:#777}",
'biz':"body{font-family:'Montserrat',Arial,sans-serif;max-width:800px;margin:auto;color:#111;background:#fafafa}header{background:#000;color:#d4af37;padding:8px}nav a{color:#d4af37;margin-right:10px;font-size:12px}.list li{margin-bottom:6px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px;font-size:13px}figcaption{font-size:12px}footer{font-size:11px}",
'dia':"body{font-family:Verdana,sans-serif;max-width:700px;margin:auto;background:#f5f1e8;color:#222}.box{background:#fff;border:1px solid #d8cfb8;padding:12px;margin:10px 0}h2{font-size:17px;color:#0b5d3b}.small{font-size:11px;color:#777}",
'stu':"body{font-family:'Merriweather',Georgia,serif;max-width:720px;margin:auto;color:#1a1a1a}header{border-bottom:5px solid #041e42}nav a{margin-right:10px;font-size:12px}.meta{font-size:12px;color:#666}figcaption{font-size:12px;color:#555}.comments b,.comments span{font-size:13px}footer{font-size:11px}",
'fb':"body{font-family:Arial,sans-serif;max-width:820px;margin:auto}header{background:#1a7f37;color:#fff;padding:6px}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:3px 6px;font-size:13px}.meta{font-size:12px;color:#777}aside{background:#f4f4f4;padding:8px}footer{font-size:11px}",
'un':"body{font-family:Roboto,Arial,sans-serif;max-width:800px;margin:auto;color:#222}header{background:#009edb;color:#fff;padding:8px}.doc{font-size:12px;color:#555}h3{font-size:15px}footer{font-size:11px;color:#666}",
'av':"body{font-family:'Inter',Arial,sans-serif;max-width:800px;margin:auto;color:#10202f}header{background:#10202f;color:#fff;padding:8px}table{border-collapse:collapse}td,th{border:1px solid #cbd;padding:4px;font-size:13px}figcaption{font-size:12px;color:#555}.meta{font-size:12px;color:#666}footer{font-size:11px}",
'corr':"body{font-family:Georgia,serif;max-width:700px;margin:auto;color:#222}header{border-bottom:1px solid #000}.c{border-bottom:1px solid #ddd;padding:6px 0}.meta{font-size:12px;color:#666}footer{font-size:11px}",
'ktm':"body{font-family:'Noto Serif',Georgia,serif;max-width:760px;margin:auto;color:#222}header{background:#b22222;color:#fff;padding:8px}nav a{color:#fff;margin-right:10px;font-size:12px}.meta{font-size:12px;color:#666}footer{font-size:11px;color:#777}",
'yt':"body{font-family:Roboto,Arial,sans-serif;max-width:860px;margin:auto;background:#0f0f0f;color:#f1f1f1}.player{background:#222;height:260px}.desc{background:#272727;padding:10px;border-radius:8px;font-size:14px}.c{margin:10px 0}.c b,.c span{font-size:13px;color:#aaa}.lk{font-size:12px;color:#aaa}",
'lm':"body{font-family:'The Antiqua',Georgia,serif;max-width:720px;margin:auto;color:#1a1a1a}header{border-bottom:1px solid #000;text-align:center}.meta{font-size:12px;color:#666}figcaption{font-size:12px}aside{font-size:13px;border-top:2px solid #000;padding-top:6px}footer{font-size:11px}",
'om':"body{font-family:Arial,sans-serif;max-width:800px;margin:auto;color:#222}header{background:#b41f24;color:#fff;padding:8px}nav a{color:#fff;margin-right:10px;font-size:12px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px;font-size:13px}.meta{font-size:12px;color:#666}footer{font-size:11px}",
'chat':"body{font-family:Georgia,serif;max-width:720px;margin:auto}.q{background:#f3f3f3;padding:8px;margin-top:12px}.q b,.q span{font-size:12px;color:#555}.a{padding:8px 0}.a b{display:block;font-size:12px}footer{font-size:11px;color:#777}",
'thr':"body{font-family:-apple-system,Arial,sans-serif;max-width:600px;margin:auto;background:#fff;color:#0f1419}.tw{border-bottom:1px solid #eff3f4;padding:10px 0}.n{color:#536471;font-size:12px}.r{margin-left:20px;font-size:14px;border-left:2px solid #eff3f4;padding-left:8px}.r b,.r span{font-size:13px}",
'bk':"body{font-family:'Baskerville',Georgia,serif;max-width:680px;margin:auto;line-height:1.6;color:#111}.meta{font-size:12px;text-transform:uppercase;letter-spacing:1px}.bookbox{border:1px solid #999;padding:8px;font-size:13px}aside{font-size:13px;border-top:1px solid #000}footer{font-size:11px}",
})
SHORT.update({'WDC':'washington-dc','UAE':'!other'})
CSS.update({
'sen':"body{font-family:'Times New Roman',serif;max-width:780px;margin:auto;color:#000;background:#fcfcf7}header{border-bottom:3px double #01411c;text-align:center}h2{font-size:15px;text-transform:uppercase;color:#01411c}.q b,.q span{display:block;margin-top:8px}.ann{font-size:12px;font-style:italic;color:#444}footer{font-size:11px;color:#666}",
'adv':"body{font-family:Arial,sans-serif;max-width:800px;margin:auto;color:#0b0c0c}header{background:#0b0c0c;color:#fff;padding:8px}.warn{border-left:8px solid #d4351c;padding:8px;background:#fbe9e7}details{border-bottom:1px solid #b1b4b6;padding:6px 0}summary{font-weight:bold}.meta{font-size:12px;color:#505a5f}footer{font-size:11px;color:#505a5f}",
'oil':"body{font-family:'Courier New',monospace;max-width:820px;margin:auto;color:#111}header{background:#222;color:#ff8000;padding:6px}table{border-collapse:collapse}td,th{border:1px solid #aaa;padding:3px 6px;font-size:13px}.meta{font-size:12px;color:#666}footer{font-size:11px}",
'lk':"body{font-family:Georgia,serif;max-width:780px;margin:auto;color:#222}header{background:#8b0000;color:#fff;padding:8px}nav a{color:#fff;margin-right:10px;font-size:12px}.meta{font-size:12px;color:#666}.comments b,.comments span{color:#8b0000}footer{font-size:11px;color:#777}",
'bbb':"body{font-family:Arial,sans-serif;max-width:760px;margin:auto}header{background:#1d3557;color:#fff;padding:6px}.ov{border-bottom:1px solid #ddd;padding:4px 0;font-size:14px}.ov b{display:inline-block;width:50px}.sc{background:#f1faee;padding:6px;font-weight:bold}footer{font-size:11px}",
'agg':"body{font-family:Roboto,Arial,sans-serif;max-width:760px;margin:auto;background:#f8f9fa}.res{background:#fff;margin:8px 0;padding:10px;border-radius:8px}.src{font-size:12px;color:#5f6368}.res a{font-size:17px;color:#1a0dab}.snip{font-size:14px;color:#4d5156}",
'amp':"body{font-family:system-ui,Arial,sans-serif;max-width:480px;margin:auto;color:#111}header{background:#c00;color:#fff;padding:6px}details summary{font-weight:bold}.menu a{display:block;padding:4px}.meta{font-size:12px;color:#666}figcaption{font-size:12px}footer{font-size:11px}",
'talk':"body{font-family:sans-serif;max-width:900px;margin:auto;font-size:14px}h2{border-bottom:1px solid #aaa;font-weight:normal}dl{margin-left:20px}dd{margin-left:20px}.sig{font-size:12px;color:#555}",
'syl':"body{font-family:'Palatino',serif;max-width:760px;margin:auto;color:#222}h2{font-size:17px;border-bottom:1px solid #888}.wk{margin:8px 0}.wk b{display:block}.rd{font-size:13px;color:#333}footer{font-size:11px}",
'cbc':"body{font-family:Helvetica,Arial,sans-serif;max-width:760px;margin:auto;color:#222}header{background:#d80000;color:#fff;padding:8px}nav a{color:#fff;margin-right:10px;font-size:12px}.meta{font-size:12px;color:#666}figcaption{font-size:12px}.sb{background:#f2f2f2;padding:8px}footer{font-size:11px}",
'ng':"body{font-family:Georgia,serif;max-width:780px;margin:auto;color:#222}header{background:#006400;color:#fff;padding:8px}nav a{color:#fff;margin-right:10px;font-size:12px}.meta{font-size:12px;color:#666}.comments b,.comments span{color:#006400}footer{font-size:11px}",
'radio':"body{font-family:Arial,sans-serif;max-width:780px;margin:auto;background:#f7f3ea}.slot{border-bottom:1px solid #ccc;padding:8px 0}.slot time{font-weight:bold;margin-right:10px}.pr{font-weight:bold}footer{font-size:11px}",
'blog':"body{font-family:'Lora',Georgia,serif;max-width:700px;margin:auto;line-height:1.6;color:#333;background:#fffdf8}h1{font-family:'Playfair Display',serif}.meta{font-size:12px;color:#888}figcaption{font-size:13px;font-style:italic}.comments b,.comments span{color:#a0522d}footer{font-size:11px}",
'words':"body{font-family:Georgia,serif;max-width:720px;margin:auto;color:#222}h2{font-size:22px;font-style:italic}.def{font-size:13px;color:#555;border-left:3px solid #999;padding-left:8px}footer{font-size:11px}",
'call':"body{font-family:Arial,sans-serif;max-width:780px;margin:auto;color:#222}.sp b{display:block;margin-top:10px;font-size:13px}.op{font-style:italic;color:#555}footer{font-size:11px}",
'globes':"body{font-family:Arial,sans-serif;max-width:780px;margin:auto;color:#111}header{border-bottom:4px solid #f2a900}nav a{margin-right:10px;font-size:12px}.meta{font-size:12px;color:#666}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px;font-size:13px}footer{font-size:11px}",
'kl':"body{font-family:'Noto Sans',Arial,sans-serif;max-width:780px;margin:auto;color:#222}header{background:#00008b;color:#fff;padding:8px}nav a{color:#fff;margin-right:10px;font-size:12px}.meta{font-size:12px;color:#666}figcaption{font-size:12px}footer{font-size:11px}",
'otd':"body{font-family:Georgia,serif;max-width:760px;margin:auto}.yr{font-weight:bold;font-size:20px;color:#7a4b00}.it{margin:8px 0 14px}footer{font-size:11px}",
'kr':"body{font-family:'Nanum Gothic',Arial,sans-serif;max-width:780px;margin:auto;color:#222}header{background:#003478;color:#fff;padding:8px}nav a{color:#fff;margin-right:10px;font-size:12px}.meta{font-size:12px;color:#666}figcaption{font-size:12px}footer{font-size:11px}",
'sat':"body{font-family:'Times New Roman',serif;max-width:740px;margin:auto;color:#111}header{text-align:center;border-bottom:2px solid #000}h1{font-size:36px}.meta{font-size:12px;color:#666}figcaption{font-size:12px}.more li{margin-bottom:4px}footer{font-size:11px}",
})

CSS.update({
'sg':"body{font-family:'Georgia',serif;max-width:780px;margin:auto;color:#222}header{background:#fff;border-bottom:4px solid #e4002b;padding:6px}nav a{margin-right:10px;font-size:12px;color:#333}.meta{font-size:12px;color:#666}figcaption{font-size:12px;color:#555}.comments b,.comments span{color:#e4002b}aside{background:#f6f6f6;padding:8px}footer{font-size:11px;color:#777}",
'ansa':"body{font-family:Arial,sans-serif;max-width:760px;margin:auto;color:#111}header{background:#003c71;color:#fff;padding:6px}.slug{font-family:monospace;font-size:12px;color:#555}.meta{font-size:12px;color:#666}.ver{border-top:1px dashed #999;margin-top:12px}footer{font-size:11px;color:#777}",
'kw':"body{font-family:Tahoma,Arial,sans-serif;max-width:800px;margin:auto;color:#111}header{background:#006b3f;color:#fff;padding:6px}nav a{color:#fff;margin-right:8px;font-size:12px}.meta{color:#777;font-size:12px}figcaption{font-size:12px}.comments b,.comments span{color:#006b3f}footer{font-size:11px;color:#888}",
'ship':"body{font-family:'IBM Plex Sans',Arial,sans-serif;max-width:820px;margin:auto;color:#0b1f33}header{background:#0b1f33;color:#7fd1ff;padding:6px}table{border-collapse:collapse}td,th{border:1px solid #9ab;padding:4px;font-size:13px}.risk{border-left:6px solid #f39c12;padding:6px;background:#fff7e6}.meta{font-size:12px;color:#567}footer{font-size:11px}",
'trav':"body{font-family:'Source Sans Pro',Arial,sans-serif;max-width:780px;margin:auto;color:#222}header{background:#5a2d82;color:#fff;padding:8px}nav a{color:#fff;margin-right:10px;font-size:12px}.meta{font-size:12px;color:#666}figcaption{font-size:12px}.box{background:#f3ecfa;padding:8px}footer{font-size:11px}",
'ngo':"body{font-family:'Noto Sans',Arial,sans-serif;max-width:780px;margin:auto;color:#222}header{border-bottom:6px solid #222;padding:6px}h2{font-size:18px;color:#b30000}.rec li{margin-bottom:6px}.fn{font-size:12px;border-top:1px solid #aaa}footer{font-size:11px;color:#666}",
'gaz':"body{font-family:'Times New Roman',serif;max-width:760px;margin:auto;color:#000;background:#fffef6}header{text-align:center;border-bottom:3px double #000}.cl{margin:8px 0 8px 20px}.note{font-size:12px;font-style:italic}footer{font-size:11px}",
'court':"body{font-family:Georgia,serif;max-width:760px;margin:auto;color:#222}header{border-bottom:3px solid #4b2e10}.meta{font-size:12px;color:#666}.box{border:1px solid #999;padding:8px;background:#faf7f2}.q b,.q span{display:block;margin-top:6px}footer{font-size:11px}",
'hear':"body{font-family:'Courier New',monospace;max-width:800px;margin:auto;color:#000}header{text-align:center;border-bottom:1px solid #000}.sp b{display:block;margin-top:10px}.note{font-style:italic;color:#444}footer{font-size:11px}",
'cnnl':"body{font-family:Arial,sans-serif;max-width:780px;margin:auto;color:#0c0c0c}header{background:#cc0000;color:#fff;padding:6px}.post{border-left:3px solid #cc0000;padding:6px 10px;margin:10px 0}.time{font-size:12px;color:#cc0000;font-weight:bold}.by{font-size:12px;color:#666}footer{font-size:11px}",
'tg':"body{font-family:-apple-system,Arial,sans-serif;max-width:620px;margin:auto;background:#dfe9f2}.msg{background:#fff;border-radius:10px;padding:8px 10px;margin:8px 0}.msg .tm{font-size:11px;color:#8a9aa9}.fw{font-size:12px;color:#3a7bd5}.views{font-size:11px;color:#999}",
'ama':"body{font-family:Verdana,Arial,sans-serif;max-width:820px;margin:auto;background:#dae0e6}.post{background:#fff;padding:10px;margin:8px 0}.c{background:#fff;margin:4px 0 4px 20px;padding:6px;border-left:2px solid #ccc;font-size:14px}.c b,.c span{font-size:12px;color:#1c1c1c}.op b,.op span{color:#0079d3}.pts{font-size:11px;color:#888}",
'deb':"body{font-family:'Trebuchet MS',Arial,sans-serif;max-width:740px;margin:auto;color:#222;background:#f9fbff}h2{color:#1a4d8f;font-size:18px}.motion{border:2px solid #1a4d8f;padding:8px;font-weight:bold}.tip{background:#eef4ff;padding:6px;font-size:13px}footer{font-size:11px}",
'show':"body{font-family:'Inter',Arial,sans-serif;max-width:700px;margin:auto;color:#1d1d1f}.ep{font-size:12px;color:#888}.ch li{margin-bottom:4px}.ch time{font-family:monospace;margin-right:8px}.links li{font-size:13px}footer{font-size:11px}",
'uk':"body{font-family:Georgia,serif;max-width:780px;margin:auto;color:#222;background:#fbfbf5}header{background:#01411c;color:#fff;padding:8px}nav a{color:#fff;margin-right:10px;font-size:12px}.meta{font-size:12px;color:#666}figcaption{font-size:12px}.comments b,.comments span{color:#01411c}footer{font-size:11px}",
'rad':"body{font-family:'Courier New',monospace;max-width:760px;margin:auto;color:#111}.cue{font-weight:bold;text-transform:uppercase;margin-top:10px}.dur{color:#777;font-size:12px}.rd{margin:4px 0 10px}footer{font-size:11px}",
'wwk':"body{font-family:Helvetica,Arial,sans-serif;max-width:740px;margin:auto;color:#111}h2{font-size:18px;border-top:3px solid #111;padding-top:6px}ul.k li{margin-bottom:8px}.upd{font-size:12px;color:#c00}footer{font-size:11px}",
'cov':"body{font-family:'Didot',Georgia,serif;max-width:700px;margin:auto;line-height:1.6;color:#111}h1{font-size:42px;font-weight:normal}.dek{font-size:20px;font-style:italic}.meta{font-size:12px;letter-spacing:1px;text-transform:uppercase}blockquote{font-size:24px;text-align:center}figcaption{font-size:12px;color:#555}footer{font-size:11px}",
'fact':"body{font-family:Arial,sans-serif;max-width:560px;margin:auto;color:#111}.fb{border:2px solid #333;padding:10px}.fb h2{background:#333;color:#fff;margin:-10px -10px 8px;padding:6px;font-size:16px}dt{font-weight:bold;margin-top:6px}dd{margin-left:0}footer{font-size:11px}",
'dip':"body{font-family:'Times New Roman',serif;max-width:700px;margin:auto;color:#1a1a1a}header{border-bottom:1px solid #000}.kicker{text-transform:uppercase;letter-spacing:1px;font-size:12px;color:#333}blockquote{font-size:22px;border-left:3px solid #000;padding-left:10px}.bio{font-size:12px;font-style:italic}.comments b,.comments span{font-weight:bold}footer{font-size:11px}",
})
SHORT.update({'MDF':'mossad','SH':'sharaka','DIP':'the-diplomat','AT':'asia-times','FP':'firstpost'})
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
        slug,html,labels_json,res,st,off,probs=render(f)
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
