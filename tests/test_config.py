from __future__ import annotations

import os
from pathlib import Path

import pytest

from assistant.config import Settings, check_index_name, load_settings


def test_defaults(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    for key in [k for k in os.environ if k.startswith("MIA_")]:  # the developer's own settings are no defaults
        monkeypatch.delenv(key)
    s = load_settings()
    assert s.k == 8 and s.llm == "llama" and s.index == "default"
    assert s.index_path == Path("indexes") / "default"


def test_precedence_toml_env_args(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("MIA_CONFIG", raising=False)
    (tmp_path / "mia.toml").write_text('k = 5\nllm = "fake"\nindex = "from_toml"\nmax_tokens = 99\n')
    monkeypatch.delenv("MIA_K", raising=False)
    s = load_settings()
    assert (s.k, s.llm, s.index, s.max_tokens) == (5, "fake", "from_toml", 99)

    monkeypatch.setenv("MIA_K", "7")
    monkeypatch.setenv("MIA_INDEX", "from_env")
    s = load_settings()
    assert (s.k, s.index, s.max_tokens) == (7, "from_env", 99)

    s = load_settings(k=3, index=None)  # None means "not given" and does not override
    assert (s.k, s.index) == (3, "from_env")


def test_config_file_from_env(monkeypatch, tmp_path):
    cfg = tmp_path / "other.toml"
    cfg.write_text("min_evidence = 0.5\n")
    monkeypatch.setenv("MIA_CONFIG", str(cfg))
    assert load_settings().min_evidence == 0.5


def test_index_is_a_name_and_a_folder_is_given_explicitly(tmp_path):
    s = Settings(index_dir=tmp_path / "x")
    assert s.index_path == tmp_path / "x"
    s = Settings(index_root=tmp_path, index="fb")
    assert s.index_path == tmp_path / "fb"
    for bad in ("..", ".", "../../x", "a/b", str(tmp_path / "x"), "", ".hidden", "-x", "x\x1b[2J"):
        with pytest.raises(ValueError, match="bad index name"):
            Settings(index=bad)
    assert check_index_name("fb-2024_v1.2") == "fb-2024_v1.2"


def test_k_below_one_is_rejected():
    for bad in (0, -3):
        with pytest.raises(ValueError, match="at least 1"):
            Settings(k=bad)


def test_with_overrides_keeps_other_values():
    s = Settings(k=4).with_overrides(llm="fake", k=None)
    assert s.k == 4 and s.llm == "fake"
