"""Seeds and manifest: checksums, required facts, and one-line errors for bad seeds."""
from __future__ import annotations

import pytest

from srbrief import paths
from srbrief.corpus import seeds
from srbrief.errors import InputError


def test_repository_seeds_match_their_recorded_checksums():
    manifest = seeds.load_manifest(paths.SEEDS_DIR)
    files = sorted(p.stem for p in paths.SEEDS_DIR.glob("*.txt"))
    assert files == sorted(manifest), "every seed has exactly one manifest entry"
    for doc_id, entry in manifest.items():
        data = (paths.SEEDS_DIR / entry["file"]).read_bytes()
        assert seeds.sha256_of(data) == entry["sha256"], f"{doc_id}: seed bytes changed"


def test_manifest_records_date_precision_and_basis():
    for doc_id, e in seeds.load_manifest(paths.SEEDS_DIR).items():
        assert e["published_precision"] in ("day", "month", "year", "unknown")
        assert len(e["date_basis"]) > 20, f"{doc_id}: say how the date was reached"


def test_load_corpus_keeps_text_exactly():
    corpus = seeds.load_corpus()
    for s in corpus:
        assert s.text == s.path.read_bytes().decode("utf-8")


def _one_line(exc: pytest.ExceptionInfo, *must_contain: str) -> None:
    msg = str(exc.value)
    assert "\n" not in msg
    for part in must_contain:
        assert part in msg, msg


@pytest.mark.parametrize("name, data, words", [
    ("000_f0acdf0544bf8535.txt", b"  \n", "empty"),
    ("000_f0acdf0544bf8535.txt", "Caf\xe9 au lait".encode("latin-1"), "not UTF-8"),
    ("002_binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
])
def test_unreadable_seed(seeds_copy, name, data, words):
    (seeds_copy / name).write_bytes(data)
    with pytest.raises(InputError) as e:
        seeds.load_corpus(seeds_copy)
    _one_line(e, name, words)


def test_seed_without_manifest_entry(seeds_copy):
    (seeds_copy / "002_new.txt").write_text("A new article.\n")
    with pytest.raises(InputError) as e:
        seeds.load_corpus(seeds_copy)
    _one_line(e, "002_new.txt", "no entry", seeds.sha256_of(b"A new article.\n"))


def test_manifest_entry_without_file(seeds_copy):
    (seeds_copy / "001_54c60f0aae79f4c1.txt").unlink()
    with pytest.raises(InputError) as e:
        seeds.load_corpus(seeds_copy)
    _one_line(e, "001_54c60f0aae79f4c1", "not in")


def test_two_seeds_with_the_same_id(seeds_copy):
    (seeds_copy / "000_F0ACDF0544BF8535.TXT").write_text("Same id, other case.\n")
    with pytest.raises(InputError) as e:
        seeds.load_corpus(seeds_copy)
    _one_line(e, "same seed id")


def test_duplicate_manifest_key(seeds_copy):
    m = seeds_copy / "manifest.yaml"
    text = m.read_text()
    block = text[text.index("  001_54c60f0aae79f4c1:"):]
    m.write_text(text + block)
    with pytest.raises(InputError) as e:
        seeds.load_corpus(seeds_copy)
    _one_line(e, "manifest.yaml", "duplicate key")


def test_edited_seed_fails_its_checksum(seeds_copy):
    p = seeds_copy / "001_54c60f0aae79f4c1.txt"
    p.write_bytes(p.read_bytes() + b" ")
    with pytest.raises(InputError) as e:
        seeds.load_corpus(seeds_copy)
    _one_line(e, "001_54c60f0aae79f4c1.txt", "sha256")


@pytest.mark.parametrize("bad, words", [
    ("seeds: [unclosed", ["not valid YAML"]),
    ("seeds:\n  000_f0acdf0544bf8535:\n    file: 000_f0acdf0544bf8535.txt\n", ["required field 'title'"]),
])
def test_bad_manifest(seeds_copy, bad, words):
    (seeds_copy / "manifest.yaml").write_text(bad)
    with pytest.raises(InputError) as e:
        seeds.load_corpus(seeds_copy)
    _one_line(e, "manifest.yaml", *words)


def test_manifest_date_in_a_wrong_format(seeds_copy):
    m = seeds_copy / "manifest.yaml"
    m.write_text(m.read_text().replace('published: "2025-10-16"', 'published: "16/10/2025"'))
    with pytest.raises(InputError) as e:
        seeds.load_corpus(seeds_copy)
    _one_line(e, "published", "not an ISO date")


def test_as_of_before_every_seed():
    with pytest.raises(InputError) as e:
        seeds.load_corpus(as_of="2020-01-01")
    _one_line(e, "as_of=2020-01-01", "before every seed")


def test_as_of_keeps_only_seeds_published_by_then():
    ids = [s.doc_id for s in seeds.load_corpus(as_of="2025-08-01")]
    assert ids == ["000_f0acdf0544bf8535"]


def test_oversized_seed_is_refused_with_a_reason(seeds_copy):
    (seeds_copy / "000_f0acdf0544bf8535.txt").write_bytes(b"word " * (seeds.MAX_SEED_BYTES // 5 + 1))
    with pytest.raises(InputError) as e:
        seeds.load_corpus(seeds_copy)
    _one_line(e, "000_f0acdf0544bf8535.txt", "limit")


def test_a_misspelt_manifest_key_names_file_entry_and_key(seeds_copy):
    m = seeds_copy / "manifest.yaml"
    m.write_text(m.read_text().replace("    genre: news-analysis\n", "    genre: news-analysis\n    publised: x\n"))
    with pytest.raises(InputError) as e:
        seeds.load_corpus(seeds_copy)
    _one_line(e, "manifest.yaml", "001_54c60f0aae79f4c1", "unknown key 'publised'")


def test_an_unsupported_language_is_refused(seeds_copy):
    m = seeds_copy / "manifest.yaml"
    m.write_text(m.read_text().replace("language: en", "language: ar", 1))
    with pytest.raises(InputError) as e:
        seeds.load_corpus(seeds_copy)
    _one_line(e, "manifest.yaml", "000_f0acdf0544bf8535", "language 'ar' is not supported")


def test_a_text_mostly_in_another_script_is_refused_whatever_the_manifest_says(seeds_copy):
    p = seeds_copy / "001_54c60f0aae79f4c1.txt"
    p.write_text("Москва и Дамаск обсудили будущее российских баз в Сирии во вторник.\n", encoding="utf-8")
    with pytest.raises(InputError) as e:
        seeds.load_corpus(seeds_copy)
    _one_line(e, "001_54c60f0aae79f4c1.txt", "Cyrillic script")
