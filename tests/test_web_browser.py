"""The dashboard in a real headless Chromium (Debian's /usr/bin/chromium driven by Playwright):
search -> results -> article, charts drawn, the language switch, an XSS article rendered as text.
Screenshots go to tests/artifacts/ (git-ignored)."""

from __future__ import annotations

from pathlib import Path

import pytest

from web_support import XSS_TITLE, Server, build_demo_store

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).parent / "artifacts"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is missing: apt-get install chromium (.ci/run does)")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from bantin.web.app import create_app

    db = build_demo_store(tmp_path_factory.mktemp("web") / "demo.db")
    with Server(create_app(db)) as running:
        yield running


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    playwright = pytest.importorskip("playwright.sync_api")
    profile = tmp_path_factory.mktemp("chromium-profile")
    with playwright.sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(profile), executable_path=str(CHROMIUM), headless=True, args=FLAGS, locale="vi-VN")
        yield context
        context.close()


@pytest.fixture
def page(browser):
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("dialog", lambda dialog: (errors.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    page.errors = errors
    yield page
    page.close()


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_search_then_results_then_article(server, page):
    page.goto(server.url + "/")
    page.fill("input[name=q]", "quan su")
    page.press("input[name=q]", "Enter")
    page.wait_for_selector("ol.hits li.hit")
    assert "kết quả" in page.inner_text("#total")
    marks = page.locator(".snippet mark")
    assert marks.count() > 0
    assert any(m.lower() in ("quân sự", "quân", "sự") for m in marks.all_inner_texts())
    assert page.locator(".facets a").count() > 0
    shot(page, "search")
    title = page.locator("ol.hits a.title").first.inner_text()
    page.locator("ol.hits a.title").first.click()
    page.wait_for_selector("#article-title")
    assert title == page.inner_text("#article-title")
    assert len(page.inner_text("#article-text")) > 200
    shot(page, "article")


def test_charts_are_drawn(server, page):
    page.goto(server.url + "/trends?q=" + "qu%C3%A2n%20s%E1%BB%B1%0Ab%C3%A3o")
    chart = page.locator("#trend-chart svg.line-chart")
    assert chart.count() == 1
    box = chart.bounding_box()
    assert box["width"] > 300 and box["height"] > 100
    assert page.locator("#trend-chart polyline").count() == 2  # one line per query compared
    assert page.locator("#trend-chart circle").count() > 0
    shot(page, "trends")
    page.goto(server.url + "/")
    assert page.locator("svg.line-chart polyline").count() >= 1
    shot(page, "home")


def test_stories_and_sources_pages(server, page):
    page.goto(server.url + "/sources")
    assert page.locator("svg.bar-chart rect").count() >= 6
    shot(page, "sources")
    page.goto(server.url + "/stories")
    links = page.locator("table a[href^='/story/']")
    if links.count():  # the connect layer ran at ingest: a story's timeline is drawn
        links.first.click()
        page.wait_for_selector("ol.timeline-list li")
        assert page.locator("svg.timeline circle").count() >= 2
        shot(page, "story")
    else:
        assert "Chưa có dữ liệu" in page.inner_text("main")


def test_language_switch(server, page):
    page.goto(server.url + "/sources")
    assert "Nguồn tin" in page.inner_text("h1")
    page.click("#lang-switch")
    page.wait_for_load_state()
    assert "Sources" == page.inner_text("h1")
    assert "lang=en" in page.url
    page.goto(server.url + "/provinces")  # the choice is remembered
    assert "Provinces" == page.inner_text("h1")
    shot(page, "provinces-en")
    page.click("#lang-switch")
    assert "Tỉnh thành" == page.inner_text("h1")


def test_an_xss_article_renders_as_text(server, page):
    page.goto(server.url + "/search?q=" + "%22tin%20%C4%91%E1%BB%99c%20h%E1%BA%A1i%22")
    page.wait_for_selector("ol.hits li.hit")
    page.locator("ol.hits a.title").first.click()
    page.wait_for_selector("#article-title")
    assert XSS_TITLE == page.inner_text("#article-title")
    assert "<script>" in page.inner_text("#article-text")
    assert page.locator("#article-text script, #article-text img, #article-text a").count() == 0
    assert page.locator("a[href^='javascript:']").count() == 0
    assert "hacked" not in page.title() and "owned" not in page.title()
    assert [] == page.errors  # no script ran, no dialog opened
    shot(page, "xss-article")


def test_phone_width(server, browser):
    page = browser.new_page()
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(server.url + "/search?q=qu%C3%A2n%20s%E1%BB%B1")
    page.wait_for_selector("ol.hits li.hit")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 400, f"the page scrolls sideways on a phone ({width}px)"
    shot(page, "search-phone")
    page.close()


def test_api_docs_render_offline(server, page):
    elsewhere: list[str] = []
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(server.url)
               else (elsewhere.append(route.request.url), route.abort()))
    page.goto(server.url + "/docs")
    page.wait_for_selector("section.endpoint")
    assert page.locator("section.endpoint").count() >= 10
    assert "GET /api/search" in page.inner_text("#endpoints")
    assert [] == elsewhere and [] == page.errors  # nothing loaded from another site, no script error
    shot(page, "api-docs")
