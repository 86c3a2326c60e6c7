from __future__ import annotations

from pathlib import Path

import pytest

from specbind.config import find_project_root, load_config, parse_config
from specbind.errors import ConfigError

GOOD = {"api": "ibl-data-manager", "spec-version": "4.84.1-ai-plus"}


def test_repository_config_is_read_with_absolute_paths(repo_root: Path) -> None:
    config = load_config(repo_root)
    assert config.api == "ibl-data-manager"
    assert config.spec_dir == repo_root / "spec"
    assert config.output_dir == repo_root / "generated"
    assert config.client_package == "ibl_data_manager_client"
    assert config.client_distribution == "ibl-data-manager-client"
    assert config.api_key_env == "IBL_DATA_MANAGER_API_KEY"
    assert config.base_url_env == "IBL_DATA_MANAGER_BASE_URL"


def test_defaults_fill_the_optional_keys(tmp_path: Path) -> None:
    config = parse_config(dict(GOOD), tmp_path)
    assert config.templates_dir == tmp_path / "templates"
    assert config.server_package == "ibl_data_manager_server"


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"spec-version": "1"}, "missing key 'api'"),
        ({**GOOD, "colour": "blue"}, "unknown key 'colour'"),
        ({**GOOD, "api": "IBL Data"}, "key 'api' is 'IBL Data'"),
        ({**GOOD, "spec-version": "../../etc"}, "key 'spec-version' is '../../etc'"),
        ({**GOOD, "spec-version": 4}, "key 'spec-version' must be a non-empty string"),
        ({**GOOD, "output-dir": "/tmp/x"}, "key 'output-dir' is '/tmp/x'"),
        ({**GOOD, "spec-dir": "../elsewhere"}, "key 'spec-dir' is '../elsewhere'"),
        ({**GOOD, "client-package": "class"}, "key 'client-package' is 'class'"),
        ({**GOOD, "client-package": "my-client"}, "key 'client-package' is 'my-client'"),
        (
            {**GOOD, "client-package": "same", "server-package": "same"},
            "'client-package' and 'server-package' must differ",
        ),
        ({**GOOD, "license": "MIT or whatever"}, "key 'license' is 'MIT or whatever'"),
        ({**GOOD, "license": "Not-A-License"}, "key 'license' is 'Not-A-License'"),
        ({**GOOD, "project-urls": "https://x"}, "key 'project-urls' must be a table"),
        (
            {**GOOD, "project-urls": {"Homepage": "ftp://x"}},
            r"key 'project-urls.Homepage' is 'ftp://x'; expected an http\(s\) URL",
        ),
        (
            {**GOOD, "project-urls": {"": "https://x"}},
            "key 'project-urls' has an empty label",
        ),
    ],
)
def test_a_bad_key_is_named(tmp_path: Path, table: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_config(table, tmp_path)


def test_license_and_project_urls_are_read(tmp_path: Path, repo_root: Path) -> None:
    table = {
        **GOOD,
        "license": "apache-2.0 OR mit",
        "project-urls": {"Homepage": "https://ibl.ai", "Documentation": "https://docs.ibl.ai/"},
    }
    config = parse_config(table, tmp_path)
    # the SPDX expression in its canonical spelling, the labels in the order written
    assert config.license == "Apache-2.0 OR MIT"
    assert config.project_urls == (
        ("Homepage", "https://ibl.ai"),
        ("Documentation", "https://docs.ibl.ai/"),
    )
    bare = parse_config(dict(GOOD), tmp_path)
    assert (bare.license, bare.project_urls) == (None, ())
    repo = load_config(repo_root)
    assert repo.license == "MIT"
    assert dict(repo.project_urls)["Documentation"] == "https://docs.ibl.ai/"


def test_missing_table_and_bad_toml_are_reported_with_the_file(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    with pytest.raises(ConfigError, match=r"pyproject.toml: no \[tool.specbind\] table"):
        load_config(tmp_path)
    (tmp_path / "pyproject.toml").write_text("[tool.specbind\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(tmp_path)


def test_project_root_is_found_from_a_subdirectory(repo_root: Path) -> None:
    assert find_project_root(repo_root / "src" / "specbind") == repo_root


def test_no_project_anywhere_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"no pyproject.toml with a \[tool.specbind\] table"):
        find_project_root(tmp_path)
