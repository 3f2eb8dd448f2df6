"""`make add` / `srbrief add`: an article goes into the seeds folder in one step, with what the
text says about itself, and every refusal is one line naming the file (articles written here)."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from srbrief import paths
from srbrief.corpus import seeds
from srbrief.corpus.add import add
from srbrief.corpus.dateline import byline_author
from srbrief.errors import InputError

WIRE = ("Ruritania and Syria sign a grain accord\n\n"
        "DAMASCUS, March 3, 2025 (Levant Wire) - Ruritania will ship grain to Syria under a new accord, officials "
        "in both capitals said on Monday.\n")
UNDATED = "Officials met again.\n\nThe talks on the port went on for hours without a result, two diplomats said.\n"


def _file(tmp_path, name, content):
    p = tmp_path / name
    p.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return p


def test_an_article_with_a_dated_dateline_is_added_with_its_facts(seeds_copy, tmp_path):
    a = add(_file(tmp_path, "grain.txt", WIRE), seeds_copy)
    assert a.doc_id == "002_levant_wire_2025-03-03"
    assert a.path.read_bytes() == WIRE.encode("utf-8")
    entry = seeds.load_manifest(seeds_copy)[a.doc_id]
    assert entry["published"] == "2025-03-03" and entry["published_precision"] == "day"
    assert entry["outlet"] == "Levant Wire" and entry["title"] == "Ruritania and Syria sign a grain accord"
    assert "dateline" in entry["date_basis"].lower()
    assert [s.doc_id for s in seeds.load_corpus(seeds_copy)][-1] == a.doc_id  # the build will accept it


def test_a_byline_date_or_a_given_date_settles_publication(seeds_copy, tmp_path):
    byline = "Reading the talks\n\nBy Jane Roe, 5 March 2025\n\nThe talks on the port went on for hours.\n"
    assert add(_file(tmp_path, "a.txt", byline), seeds_copy).entry["published"] == "2025-03-05"
    b = add(_file(tmp_path, "b.txt", UNDATED), seeds_copy, published="2025-07", outlet="Gulf Courier")
    assert b.entry["published_precision"] == "month" and b.doc_id.startswith("003_gulf_courier")


@pytest.mark.parametrize("line, author", [
    ("By Jane Roe", "Jane Roe"),
    ("By Dr. Omar Salim al-Tikriti", "Omar Salim al-Tikriti"),  # an honorific dropped, a particle kept
    ("By Anna de Vries | The Harbour Times", "Anna de Vries"),  # the outlet after a bar
    ("By Jan van der Berg", "Jan van der Berg"),  # two particles
    ("By Jane Roe and John Doe", ""),  # two authors: none is guessed
    ("By the numbers: what Russia keeps", ""),
    ("By Reuters Staff | Reuters", ""),  # a desk, no person
    ("By Diplomatic Correspondent", ""),  # a post, no person
    ("By Jane Roe, Moscow Correspondent", "Jane Roe"),  # a person, then her post
    ("By Dr. Ahmad", ""),  # an honorific is no given name
    ("By Anna de", ""),
])
def test_a_byline_names_one_author(line, author):
    assert byline_author(f"Reading the talks\n\n{line}\n\nThe talks went on.\n") == author


def test_a_name_alone_over_a_date_is_the_byline_unless_it_names_a_state(seeds_copy, tmp_path):
    text = "Berlin weighs its Syria policy\n\nA teaser line.\n\nLena Vogt\n11/13/2025\n\nThe talks went on for hours.\n"
    assert add(_file(tmp_path, "a.txt", text), seeds_copy, published="2025-11-13").entry["author"] == "Lena Vogt"
    text = "Headline of the day\n\nRussia Syria\n12 March 2025\n\nThe talks on the port went on for hours.\n"
    assert add(_file(tmp_path, "b.txt", text), seeds_copy, published="2025-03-12").entry["author"] == ""
    text = "Headline of the day\n\nMiddle East\n12 March 2025\n\nThe talks on the bases went on for hours.\n"
    assert add(_file(tmp_path, "c.txt", text), seeds_copy, published="2025-03-12").entry["author"] == ""  # (words)


def test_a_byline_names_the_author_and_the_genre_can_be_given(seeds_copy, tmp_path):
    byline = "Reading the talks\n\nBy Jane Q. Roe, 5 March 2025\n\nThe talks on the port went on for hours.\n"
    a = add(_file(tmp_path, "a.txt", byline), seeds_copy, genre="opinion")
    assert (a.entry["author"], a.entry["author_id"], a.entry["genre"]) == ("Jane Q. Roe", "jane_q_roe", "opinion")
    two = "Reading the talks\n\nBy Jane Roe and John Doe\n\nThe talks on the port went on for hours.\n"
    b = add(_file(tmp_path, "b.txt", two), seeds_copy, published="2025-03-05")
    assert b.entry["author"] == ""  # two authors: none is guessed
    c = add(_file(tmp_path, "c.txt", UNDATED), seeds_copy, published="2025-03-05", author="Rima Khoury")
    assert c.entry["author_id"] == "rima_khoury"
    assert [s.doc_id for s in seeds.load_corpus(seeds_copy)][-3:] == [a.doc_id, b.doc_id, c.doc_id]
    d = add(_file(tmp_path, "d.txt", UNDATED.replace("port", "port and the bases")), seeds_copy,
            published="2025-03-05", author="Sergei Lavrov")
    assert d.entry["author_id"] == "lavrov"  # a person the codebook knows keeps the codebook's id


def _refused(tmp_path, seeds_copy, content, *words, published=None):
    before = (seeds_copy / "manifest.yaml").read_bytes(), sorted(p.name for p in seeds_copy.iterdir())
    with pytest.raises(InputError) as e:
        add(_file(tmp_path, "new.txt", content), seeds_copy, published=published)
    msg = str(e.value)
    assert "\n" not in msg and "new.txt" in msg
    for w in words:
        assert w in msg, msg
    assert ((seeds_copy / "manifest.yaml").read_bytes(), sorted(p.name for p in seeds_copy.iterdir())) == before


def test_refuses_bytes_already_in_the_seeds(seeds_copy, tmp_path):
    _refused(tmp_path, seeds_copy, (paths.SEEDS_DIR / "001_54c60f0aae79f4c1.txt").read_bytes(), "already a seed")


def test_refuses_an_empty_file(seeds_copy, tmp_path):
    _refused(tmp_path, seeds_copy, b" \n\n", "empty", published="2025-01-01")


def test_refuses_a_file_that_is_not_utf8(seeds_copy, tmp_path):
    _refused(tmp_path, seeds_copy, "Caf\xe9 talks".encode("latin-1"), "not UTF-8", published="2025-01-01")


def test_refuses_a_binary_file(seeds_copy, tmp_path):
    _refused(tmp_path, seeds_copy, b"%PDF-1.7\x00\x01binary", "binary", published="2025-01-01")


def test_refuses_an_article_in_another_script(seeds_copy, tmp_path):
    arabic = "وصل وفد روسي إلى دمشق يوم الثلاثاء لإجراء محادثات مع القيادة السورية الجديدة حول القواعد.\n"
    _refused(tmp_path, seeds_copy, arabic, "Arabic script", published="2025-01-28")


def test_refuses_a_date_it_cannot_settle(seeds_copy, tmp_path):
    _refused(tmp_path, seeds_copy, UNDATED, "PUBLISHED=")
    _refused(tmp_path, seeds_copy, WIRE.replace(", 2025", ""), "no year", "PUBLISHED=")
    _refused(tmp_path, seeds_copy, UNDATED, "not an ISO date", published="3 March")


def test_make_add_is_one_command(seeds_copy, tmp_path):
    env = {k: v for k, v in os.environ.items() if k != paths.OUT_ENV}
    stamp = tmp_path / "stamp"
    stamp.touch()
    r = subprocess.run(["make", "-s", "-C", str(paths.PROJ_ROOT), "add", f"FILE={_file(tmp_path, 'u.txt', UNDATED)}",
                        f"SEEDS={seeds_copy}", "PUBLISHED=2025-02-12", "OUTLET=Caspian News Agency",
                        "AUTHOR=Jane Roe", "GENRE=analysis",
                        f"PY={sys.executable}", f"STAMP={stamp}"], capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    assert "added" in r.stdout and (seeds_copy / "002_caspian_news_agency_2025-02-12.txt").exists()
    entry = seeds.load_manifest(seeds_copy)["002_caspian_news_agency_2025-02-12"]
    assert (entry["author_id"], entry["genre"]) == ("jane_roe", "analysis")
    again = subprocess.run(["make", "-s", "-C", str(paths.PROJ_ROOT), "add", f"FILE={tmp_path / 'u.txt'}",
                            f"SEEDS={seeds_copy}", f"PY={sys.executable}", f"STAMP={stamp}"],
                           capture_output=True, text=True, env=env)
    assert again.returncode != 0 and again.stderr.startswith("error: ") and "already a seed" in again.stderr
