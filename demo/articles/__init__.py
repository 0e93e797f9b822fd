"""Article data of the bantin demo corpus, one module per topic; every module holds ``ARTICLES``.

All people, events and figures are fictional, written for bantin (province and institution
names are real, so the text reads like Vietnamese news). Fields of an article dict:

    site      domain, a key of sites.SITES          slug     file name and URL slug
    section   breadcrumb/section name               date     "YYYY-MM-DD HH:MM", local time (+07:00)
    title     the h1                                 lead     the sapo, exactly as extracted
    authors   names as an extractor should return them ([] when none)
    body      paragraphs (str) and figures ("fig", caption)
optional:
    credit        attribution line after the body ("Theo TTXVN")
    byline_prefix byline words before the names ("Bài và ảnh: ", "Tin, ảnh: ")
    url_mode      "default" | "canonical" | "og" | "sidecar" (URL in <page>.html.url) | "none"
    encoding      "utf-8" (default) | "cp1258" | "tcvn3" (old .VnTime page, Windows-1252 bytes)
    audio         an audio player block above the body
    dup_caption   image alt = figcaption, and the caption repeated as a paragraph after the figure
    nodate        no date anywhere on the page
    tags          keywords shown under the article
    with/without  override the generated expectation snippets
"""
