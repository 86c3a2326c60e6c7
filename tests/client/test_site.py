"""`specbind docs`: the client reference site, in a real headless browser."""

from __future__ import annotations

import functools
import http.server
import shutil
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import markdown as python_markdown
import pytest

from specbind.client.site import linked_type, models_reference, site_links
from specbind.render.text import markdown
from tests.conftest import REPO
from tests.http_server import serving

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


@contextmanager
def static_server(root: Path) -> Iterator[str]:
    """`root` served on 127.0.0.1 at a free port, for the duration of the block."""
    with serving(functools.partial(_QuietHandler, directory=str(root))) as url:
        yield url


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        return None


def test_document_text_stays_text_in_the_reference() -> None:
    hostile = "<script>alert(1)</script> [x](javascript:alert(1)) *b* # h | c\n- item `code`"
    html = python_markdown.markdown(markdown(hostile), extensions=["tables"])
    assert "<script>" not in html and "<a " not in html and "<em>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<code>" not in html and "<li>" not in html
    span = python_markdown.markdown(markdown("GET /a/`{b}`/<i>", code=True))
    assert span == "<p><code>GET /a/`{b}`/&lt;i&gt;</code></p>"
    linked = python_markdown.markdown(
        linked_type("list[Group] | None", {"Group"}), extensions=["tables"]
    )
    assert linked == '<p>list[<a href="models.md#group">Group</a>] | None</p>'


@pytest.mark.skipif(
    not (Path(CHROMIUM).is_file() and Path(CHROMEDRIVER).is_file()),
    reason="needs Debian's chromium and chromium-driver (apt-get install chromium "
    "chromium-driver; .ci/run installs them)",
)
def test_every_page_loads_and_search_finds_an_operation_by_its_path(tmp_path: Path) -> None:
    from selenium import webdriver
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    site = tmp_path / "site"
    run = subprocess.run(
        [sys.executable, "-m", "specbind", "docs", "--spec", "4.84.1-ai-plus", "--out", str(site)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert f"3 page(s), 6 model(s) in {site}" in run.stdout
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    assert pages == ["404.html", "index.html", "models.html"]

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--no-proxy-server",
    ):
        options.add_argument(argument)
    options.add_argument("--window-size=1280,900")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = webdriver.ChromeService(executable_path=CHROMEDRIVER)
    with static_server(site) as base:
        driver = webdriver.Chrome(options=options, service=service)
        try:
            for page in pages:
                with urllib.request.urlopen(f"{base}/{page}", timeout=10) as response:
                    assert response.status == 200
                driver.get(f"{base}/{page}")
                WebDriverWait(driver, 20).until(
                    lambda d: d.execute_script("return document.readyState") == "complete"
                )
                assert driver.find_element(By.CSS_SELECTOR, "h1").text
                errors = [
                    entry["message"]
                    for entry in driver.get_log("browser")
                    if entry["level"] == "SEVERE"
                ]
                assert errors == [], (page, errors)
            assert "RbacGroup" in driver.find_element(By.ID, "rbacgroup").text

            driver.get(f"{base}/index.html")
            box = driver.find_element(By.CSS_SELECTOR, "input.md-search__input")
            box.click()
            box.send_keys("/api/core/rbac/mentor-access/")
            found = WebDriverWait(driver, 30).until(
                expected_conditions.visibility_of_element_located(
                    (
                        By.CSS_SELECTOR,
                        ".md-search-result__list a.md-search-result__link"
                        "[href*='#clientcorerbacmentor_accesslist']",
                    )
                )
            )
            assert (
                found.find_element(By.CSS_SELECTOR, "h2").text
                == "client.core.rbac.mentor_access.list"
            )
            assert "GET /api/core/rbac/mentor-access/" in found.text
            driver.save_screenshot(str(tmp_path / "search.png"))  # for a person to look at
            errors = [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]
            assert errors == []
        finally:
            driver.quit()


def test_the_models_page_lists_every_model_with_linked_fields(v484: Any) -> None:
    """(api.md itself, from the resource tree, is tests/client/test_reference.py's.)"""
    project = Path(v484.generation.out_dir)
    models, count = models_reference(project, v484.package.__name__)
    assert count == 6
    assert "\n## RbacGroup\n" in models and "\n## PatchedRbacGroup\n" in models
    assert "- `users`: list\\[[RbacUser](models.md#rbacuser)\\]" in models


def test_a_failed_build_leaves_the_previous_site_and_a_good_one_replaces_it_whole(
    v484: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import mkdocs.commands.build
    from mkdocs.exceptions import Abort

    from specbind.client.site import build_reference_site
    from specbind.errors import SpecbindError

    project = Path(v484.generation.out_dir)
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("the previous site")
    real_build = mkdocs.commands.build.build

    def half_a_build(config: Any) -> None:
        (Path(config["site_dir"]) / "index.html").write_text("half")
        raise Abort("the theme broke")

    monkeypatch.setattr(mkdocs.commands.build, "build", half_a_build)
    with pytest.raises(SpecbindError, match="mkdocs could not build the reference: the theme"):
        build_reference_site(project, v484.package.__name__, site)
    assert [p.name for p in tmp_path.iterdir()] == ["site"]  # no staging directory left
    assert [p.name for p in site.iterdir()] == ["index.html"]
    assert (site / "index.html").read_text() == "the previous site"

    monkeypatch.setattr(mkdocs.commands.build, "build", real_build)
    built = build_reference_site(project, v484.package.__name__, site)
    assert [p.name for p in built.pages] == ["404.html", "index.html", "models.html"]
    assert "client.core.rbac.mentor_access.list" in (site / "index.html").read_text()
    assert "the previous site" not in (site / "index.html").read_text()
    assert built.warnings == ()


def test_model_links_of_api_md_point_at_the_models_page_in_the_site() -> None:
    api = (
        "returns [`RbacGroup`](ibl_client/models/rbac_group.py); see [api](api.md); "
        "module [`pkg/resources/x/__init__.py`](pkg/resources/x/__init__.py)"
    )
    assert site_links(api) == (
        "returns [`RbacGroup`](models.md#rbacgroup); see [api](index.md); "
        "module `pkg/resources/x/__init__.py`"
    )
