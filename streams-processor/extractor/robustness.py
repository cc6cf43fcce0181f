#!/usr/bin/env python3
"""Robustness probe of the extraction engine (a developer tool, not part of the test suite).

Rewrites every annotated text fixture (src/test/resources/fixtures/*.txt|.md and the seeds in ../shared) in ways
that keep its gold record valid -- CRLF line ends, prose hard-wrapped at 72 columns, numeric / ISO / apostrophe-year
dates, 'to' instead of dashes, 'Current' for 'Present', ALL CAPS headings, PDF page footers, other bullet glyphs,
tabs, non-breaking spaces -- runs the engine over each variant and prints, per variant, the role F1 and metric
counts against the untouched documents, and (-v) the documents that got worse. A drop names a brittle rule.

    ./robustness.sh            all variants          ./robustness.sh -v wrapprose   one variant, with documents
"""
import glob, importlib.util, json, os, re, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, 'src/test/resources/fixtures')
SHARED = os.path.normpath(os.path.join(HERE, '../../../shared'))
SCORER = os.path.join(SHARED, 'eval/score.py')

MON = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
MONTH = (r'(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?'
         r'|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?')
DATE = MONTH + r' (\d{4})'
HEAD = re.compile(r'(?im)^(#+ )?((?:work |professional |employment )?(?:experience|history|skills|education|summary|'
                  r'profile|projects|certifications|languages|awards|technical skills|work history|employment history))\s*:?\s*$')


def month(m):
    return MON.index(m[:3].lower()) + 1


def wrap(line, width=72):
    out = []
    while len(line) > width:
        cut = line.rfind(' ', 0, width)
        if cut < 30:
            break
        out.append(line[:cut])
        line = line[cut + 1:]
    return out + [line]


def wrapprose(t):
    """PDF-style wrap of prose only: lines of 8+ words longer than 72 characters, no table cells or column gaps."""
    out = []
    for line in t.split('\n'):
        plain = '|' not in line and '\t' not in line and '   ' not in line.strip() and len(line[:72].split()) >= 8
        out += wrap(line) if plain else [line]
    return '\n'.join(out)


def pagenoise(t):
    lines, out = t.split('\n'), []
    for i, l in enumerate(lines):
        out.append(l)
        if i and i % 40 == 0 and i < len(lines) - 5:
            out += ['', f'Page {i // 40} of {len(lines) // 40 + 1}', 'Confidential – for recruitment purposes only', '']
    return '\n'.join(out)


VARIANTS = {
    'crlf': lambda t: t.replace('\n', '\r\n'),
    'wrapprose': wrapprose,
    'numdates': lambda t: re.sub(r'\b' + DATE + r'\b', lambda m: '%02d/%s' % (month(m.group(1)), m.group(2)), t),
    'isodates': lambda t: re.sub(r'\b' + DATE + r'\b', lambda m: '%s-%02d' % (m.group(2), month(m.group(1))), t),
    'shortyears': lambda t: re.sub(r'\b' + MONTH + r' (?:19|20)(\d\d)\b', lambda m: "%s '%s" % (m.group(1)[:3], m.group(2)), t),
    'todash': lambda t: re.sub(r'(\d{4}) ?[–—-] ?(?=(?:\d{4}|[Pp]resent|PRESENT|[Cc]urrent|[Nn]ow|[Tt]oday)\b)', r'\1 to ', t),
    'present': lambda t: re.sub(r'\b(\d{4}\s*(?:[–—-]|to)\s*)Present\b', r'\1Current', t),
    'upperheads': lambda t: HEAD.sub(lambda m: (m.group(1) or '') + m.group(2).upper(), t),
    'pagenoise': pagenoise,
    'bullets': lambda t: re.sub(r'(?m)^(\s*)(?:[-*•]) ', r'\1▪ ', t),
    'tabs': lambda t: re.sub(r'(?<=\S) {3,}(?=\S)', '\t', t),
    'nbsp': lambda t: re.sub(r'(?<=\w) (?=\d)', '\u00a0', t),
}


def documents():
    pairs = []
    for g in glob.glob(os.path.join(FIXTURES, '*.expected.json')) + glob.glob(os.path.join(SHARED, 'corpus/seeds/*.gold.json')):
        gold = json.load(open(g, encoding='utf-8'))
        path = os.path.join(os.path.dirname(g), gold['document'])
        if path.endswith(('.txt', '.md')) and os.path.exists(path):
            pairs.append((path, gold))
    return pairs


def run_engine(classpath, directory):
    out = subprocess.run(['java', '-cp', classpath, 'io.profileflow.extract.cli.ExtractCommand', '--jsonl', directory],
                         capture_output=True, text=True).stdout
    return {os.path.basename(r['source']): r for r in (json.loads(l) for l in out.splitlines() if l.startswith('{'))}


def f1(tp, pred, gold):
    p = tp / pred if pred else 1.0
    r = tp / gold if gold else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


def main():
    if not os.path.exists(SCORER):
        sys.exit('robustness: ' + SCORER + ' not found (it scores the variants)')
    spec = importlib.util.spec_from_file_location('score', SCORER)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    classpath = os.environ['ENGINE_CLASSPATH']
    verbose = '-v' in sys.argv
    wanted = [a for a in sys.argv[1:] if a != '-v'] or list(VARIANTS)
    pairs = documents()
    work = tempfile.mkdtemp(prefix='robustness-')
    try:
        def scored(name, transform):
            d = os.path.join(work, name)
            os.makedirs(d)
            golds = {}
            for path, gold in pairs:
                text = open(path, encoding='utf-8').read()
                new = transform(text)
                if name != 'base' and new == text:
                    continue
                fname = os.path.basename(path)
                open(os.path.join(d, fname), 'w', encoding='utf-8', newline='').write(new)
                golds[fname] = gold
            preds = run_engine(classpath, d)
            result = {}
            for fname, gold in golds.items():
                p = preds.get(fname, {})
                e = score.score_experiences(gold.get('experiences', []), p.get('experiences') or [])
                m = score.score_metrics(gold.get('metrics', {}), p.get('metrics') or [])
                result[fname] = (e[0], e[1], e[2], m[0], m[2], m[3])
            return result

        base = scored('base', lambda t: t)
        for name in wanted:
            got = scored(name, VARIANTS[name])
            t = [0] * 6
            b = [0] * 6
            worse = []
            for fname, x in got.items():
                y = base[fname]
                t = [a + c for a, c in zip(t, x)]
                b = [a + c for a, c in zip(b, y)]
                if f1(*x[:3]) < f1(*y[:3]) - 0.01 or x[3] < y[3] or x[4] - x[5] < y[4] - y[5]:
                    worse.append(f'   {fname}: roles {y[0]}/{y[1]}/{y[2]} -> {x[0]}/{x[1]}/{x[2]}, '
                                 f'metrics found {y[3]} -> {x[3]}, ok/pred {y[4]}/{y[5]} -> {x[4]}/{x[5]}')
            print(f'{name:11s} docs {len(got):3d}  exp_f1 {f1(*b[:3]):.3f} -> {f1(*t[:3]):.3f}   '
                  f'metrics found {b[3]} -> {t[3]}, ok/pred {b[4]}/{b[5]} -> {t[4]}/{t[5]}   worse docs {len(worse)}')
            if verbose:
                print('\n'.join(sorted(worse)))
    finally:
        shutil.rmtree(work)


if __name__ == '__main__':
    main()
