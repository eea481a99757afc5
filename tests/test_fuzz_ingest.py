"""A seeded fuzz run: a few hundred mutated PDF, HTML and text files through a real ingest (subprocess, hash
embedder). No traceback, no hang (the subprocess has a deadline), every file accounted for (ingested,
duplicate or a one-line skip), and the one clean file is searchable afterwards."""

from __future__ import annotations

import random
import re
import subprocess
import sys
from pathlib import Path

from assistant.index.embeddings.hash import HashEmbedder
from assistant.index.store import Index

ROOT = Path(__file__).resolve().parents[1]
SEED = 1404
PER_KIND = 80  # files per format: 240 mutated files in all


def _pdf_bytes() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=10)
    for i in range(3):
        pdf.add_page()
        pdf.multi_cell(0, 5, f"Orbit Corp annual report\nRevenue was {100 + i},577 million in 2023.\nPage {i + 1}")
    return bytes(pdf.output())


HTML = (b"<html><head><title>Orbit market note</title><style>p{}</style></head><body><h1>Orbit</h1>"
        b"<p>Orbit sells <b>satellites</b>.</p><table><tr><td>2023</td><td>1,577</td></tr></table>"
        b"<div style='display:none'>hidden</div><script>x=1</script></body></html>")
TEXT = "Orbit Corp\n\nRevenue grew 12% to $1,577 million in fiscal 2023.\fSecond page: capex 210.\n".encode()


def _mutate(data: bytes, rng: random.Random) -> bytes:
    data = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        op = rng.randrange(7)
        at = rng.randrange(len(data) + 1) if data else 0
        if op == 0 and data:  # flip bytes
            for _ in range(rng.randint(1, 20)):
                data[rng.randrange(len(data))] = rng.randrange(256)
        elif op == 1:  # cut
            data = data[: at]
        elif op == 2:  # insert random bytes
            data[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 200)))
        elif op == 3 and data:  # repeat a slice many times
            j = min(len(data), at + rng.randint(1, 50))
            data[at:at] = bytes(data[at:j]) * rng.randint(2, 2000)
        elif op == 4:  # markup soup
            data[at:at] = rng.choice([b"<div>" * 3000, b"<", b"<!--", b"<x" * 500, b"\x00", b"\xff\xfe",
                                      b"%%EOF", b"obj << /Length 99999 >> stream", b"\f" * 50, b"\r" * 100])
        elif op == 5:  # a long line without spaces
            data[at:at] = b"9" * rng.randint(1000, 20000)
        else:  # swap halves
            data = data[at:] + data[:at]
    return bytes(data)


def test_fuzzed_files_never_stop_an_ingest(tmp_path):
    rng = random.Random(SEED)
    docs = tmp_path / "docs"
    docs.mkdir()
    bases = {".pdf": _pdf_bytes(), ".html": HTML, ".txt": TEXT}
    for suffix, base in bases.items():
        for i in range(PER_KIND):
            (docs / f"fuzz{i:03d}{suffix}").write_bytes(_mutate(base, rng))
    (docs / "good.txt").write_text("The zebracorn fund reported revenue of 4,321 million.\n")
    total = len(list(docs.iterdir()))

    run = subprocess.run([sys.executable, "-m", "assistant.index.ingest", str(tmp_path / "idx"), str(docs), "--hash"],
                         cwd=ROOT, capture_output=True, text=True, timeout=240)

    assert "Traceback" not in run.stderr, run.stderr[-3000:]
    assert run.returncode in (0, 3), run.stderr[-3000:]
    m = re.search(r"(\d+) ingested, (\d+) unchanged, (\d+) removed, (\d+) duplicates, (\d+) skipped", run.stdout)
    assert m, run.stdout
    ingested, unchanged, _removed, duplicates, skipped = map(int, m.groups())
    assert ingested + unchanged + duplicates + skipped == total
    skip_lines = [ln for ln in run.stderr.splitlines() if ln.startswith("skipped ")]
    assert len(skip_lines) == skipped and all(str(docs) in ln for ln in skip_lines)
    idx = Index.open(tmp_path / "idx")
    hits = idx.bm25_search("zebracorn", 3)
    assert hits and "zebracorn" in idx.chunks([hits[0][0]])[0].text
    assert idx.dense_search(HashEmbedder().embed(["zebracorn fund revenue"])[0], 1)
