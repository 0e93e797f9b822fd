"""The language layer as one pipeline step: entities, provinces, topic and keyphrases.

It runs in the workers, after extraction. The models load lazily on first use in each worker,
so the step itself stays small, picklable configuration.
"""

from __future__ import annotations

import dataclasses

from bantin.pipeline.step import MapStep
from bantin.settings import NlpSettings
from bantin.types import Article


class Understand(MapStep):
    name = "understand"

    def __init__(self, settings: NlpSettings | None = None) -> None:
        self.settings = settings or NlpSettings()

    def apply(self, article: Article) -> Article:
        from bantin.nlp import entities, keyphrases, places, topics

        if article.language not in (None, "vi"):
            return article
        [(topic, confidence)] = topics.classify([f"{article.title}\n{article.text}"])
        return dataclasses.replace(
            article,
            entities=tuple(entities.find_entities(article.text)),
            provinces=tuple(places.article_provinces(article.title, article.lead, article.text)),
            topic=topic if confidence >= self.settings.min_topic_confidence else None,
            topic_confidence=round(confidence, 4),
            keyphrases=tuple(p for p, _ in keyphrases.keyphrases(article.title, article.text, self.settings.keyphrases)),
        )
