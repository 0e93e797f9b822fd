"""The cross-document stages as Spark stages, over the Parquet articles of a run.

The per-article work (the MinHash signature, its band hashes, the folded text key) was done in
the tasks by ``bantin.connect.signatures``, as the embedded ``Duplicates`` stage does it; here
Spark only does what needs every article at once:

- ``duplicates/``: articles sharing an LSH band are candidates, kept when their estimated Jaccard
  similarity (``signatures.jaccard``) reaches ``DUPLICATE_THRESHOLD``, or when their folded texts
  are equal; groups are the connected components (min-label propagation), each member with its
  best similarity and whether it has an exact copy: the embedded stage's result for the same set;
- ``daily_counts/``: articles per local publication day per keyphrase, entity (public persons
  and organisations), province and topic, and in all (``kind = 'all'``), as
  ``bantin.connect.bursts.day_keys`` counts them (entities keyed by type and folded canonical
  name, not by a store's row id);
- ``entities/``: one row per entity mention, partitioned by publication month like the articles,
  with ``public``: false for a private person (no mention in the run names them in a public
  role, ``bantin.nlp.roles``), whom bantin does not profile; true for organisations and places.

When an URL occurs more than once among the inputs, its last occurrence counts (as in a store,
where the later text is the current revision).
"""

from __future__ import annotations

from typing import Any

from bantin.connect import signatures as sig
from bantin.spark.files import join
from bantin.spark.rows import UNDATED

# Duplicate links joined into groups on the driver rather than by rounds of Spark jobs: 2M links
# are ~200 MB of Python ints and take seconds; the demo corpus's groups took 24 s as Spark rounds.
DRIVER_COMPONENTS_MAX = 2_000_000
# What the stages read of an article (the texts stay on disk).
COLUMNS = ("article_key", "input_rank", "input_record", "day", "topic", "keyphrases", "entities", "provinces",
           "text_key", "signature", "bands")
# Label propagation stops when no label changes; a component of diameter d needs d rounds.
# Duplicate groups are stars or short chains, so this cap is a guard against a runaway job.
MAX_ROUNDS = 50


def latest_articles(spark, root: str):
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    articles = spark.read.option("basePath", join(root, "articles")).parquet(join(root, "articles")).select(*COLUMNS)
    order = Window.partitionBy("article_key").orderBy(F.desc("input_rank"), F.desc("input_record"))
    return articles.withColumn("_n", F.row_number().over(order)).where("_n = 1").drop("_n")


def duplicates(latest, *, driver_max: int = DRIVER_COMPONENTS_MAX) -> Any:
    """(article_key, group_key, similarity, exact) of every article with an exact or near copy."""
    from pyspark.sql import functions as F
    from pyspark.sql.types import DoubleType

    keys = latest.select("article_key", "text_key")
    exact_roots = keys.groupBy("text_key").agg(F.min("article_key").alias("root"), F.count("*").alias("n")).where("n > 1")
    exact = (keys.join(exact_roots, "text_key").where("article_key != root")
             .select(F.col("root").alias("a"), F.col("article_key").alias("b"))
             .withColumn("similarity", F.lit(1.0)).withColumn("exact", F.lit(True)))

    signed = latest.where(F.col("signature").isNotNull())
    bands = signed.select("article_key", F.posexplode("bands").alias("band", "hash"))
    left, right = bands.alias("l"), bands.alias("r")
    candidates = (left.join(right, (F.col("l.band") == F.col("r.band")) & (F.col("l.hash") == F.col("r.hash"))
                            & (F.col("l.article_key") < F.col("r.article_key")))
                  .select(F.col("l.article_key").alias("a"), F.col("r.article_key").alias("b")).distinct())
    jaccard = F.udf(lambda x, y: sig.jaccard(sig.from_blob(x), sig.from_blob(y)), DoubleType())
    sigs = signed.select("article_key", "signature")
    near = (candidates
            .join(sigs.select(F.col("article_key").alias("a"), F.col("signature").alias("sa")), "a")
            .join(sigs.select(F.col("article_key").alias("b"), F.col("signature").alias("sb")), "b")
            .select("a", "b", jaccard("sa", "sb").alias("similarity"))
            .where(F.col("similarity") >= sig.DUPLICATE_THRESHOLD)
            .withColumn("exact", F.lit(False)))
    edges = exact.unionByName(near.select("a", "b", "similarity", "exact")).localCheckpoint()

    both = edges.select("a", "b", "similarity", "exact").unionByName(
        edges.select(F.col("b").alias("a"), F.col("a").alias("b"), "similarity", "exact"))
    best = both.groupBy(F.col("a").alias("article_key")).agg(
        F.max("similarity").alias("similarity"), F.max(F.col("exact").cast("int")).cast("boolean").alias("exact"))
    groups = components(edges.select("a", "b"), driver_max=driver_max)
    return groups.join(best, "article_key").select("article_key", "group_key", "similarity", "exact")


def components(links, *, driver_max: int = DRIVER_COMPONENTS_MAX) -> Any:
    """(article_key, group_key): the connected components of the links (a, b); a component's key
    is its smallest member. Up to ``driver_max`` links are joined on the driver (union-find),
    more by label propagation in Spark."""
    from pyspark.sql import functions as F

    spark = links.sparkSession
    if links.count() <= driver_max:
        from bantin.connect.duplicates import Groups

        groups = Groups()  # the embedded stage's union-find
        for a, b in links.toLocalIterator():
            groups.union(a, b)
        return spark.createDataFrame(groups.members(), "article_key long, group_key long")
    links = links.unionByName(links.select(F.col("b").alias("a"), F.col("a").alias("b")))
    labels = links.select(F.col("a").alias("article_key")).distinct().withColumn("group_key", F.col("article_key"))
    labels = labels.localCheckpoint()
    for _ in range(MAX_ROUNDS):
        spread = (links.join(labels.withColumnRenamed("article_key", "a"), "a")
                  .select(F.col("b").alias("article_key"), "group_key"))
        updated = labels.unionByName(spread).groupBy("article_key").agg(F.min("group_key").alias("group_key"))
        updated = updated.localCheckpoint()
        changed = (updated.alias("u").join(labels.alias("o"), "article_key")
                   .where(F.col("u.group_key") != F.col("o.group_key")).count())
        labels = updated
        if changed == 0:
            return labels
    raise RuntimeError(f"duplicate groups did not settle in {MAX_ROUNDS} rounds")


def _fold():
    from pyspark.sql import functions as F
    from pyspark.sql.types import StringType

    from bantin.text.normalize import key as fold_key

    return F.udf(fold_key, StringType())


def listing(latest) -> Any:
    """(type, key, public) of every entity of the run, ``key`` its folded canonical name: a person
    is public when at least one mention (dated or not) names them in a public role, as the
    store's ``entities.public``; organisations and places always are."""
    from pyspark.sql import functions as F
    from pyspark.sql.types import BooleanType

    from bantin.nlp.roles import is_public_role

    public_role = F.udf(is_public_role, BooleanType())
    mentions = latest.select(F.explode("entities").alias("e")).select(
        F.col("e.type").alias("type"), _fold()("e.canonical").alias("key"),
        ((F.col("e.type") != "PER") | public_role("e.title")).alias("public"))
    return mentions.groupBy("type", "key").agg(F.max("public").alias("public"))


def daily_counts(latest, listed=None) -> Any:
    """(kind, key, name, day, count) per local publication day; undated articles are not counted,
    nor private persons (``listing``)."""
    from pyspark.sql import functions as F

    fold = _fold()
    listed = listing(latest) if listed is None else listed
    dated = latest.where(F.col("day").isNotNull()).select("article_key", "day", "topic", "keyphrases", "entities",
                                                          "provinces")
    every = dated.select("article_key", "day", F.lit("all").alias("kind"), F.lit("").alias("key"), F.lit("").alias("name"))
    topics = dated.where(F.col("topic").isNotNull()).select(
        "article_key", "day", F.lit("topic").alias("kind"), F.col("topic").alias("key"), F.col("topic").alias("name"))
    phrases = dated.select("article_key", "day", F.explode("keyphrases").alias("phrase")).select(
        "article_key", "day", F.lit("keyphrase").alias("kind"), fold("phrase").alias("key"), F.col("phrase").alias("name"))
    entities = (dated.select("article_key", "day", F.explode("entities").alias("e"))
                .where(F.col("e.type").isin("PER", "ORG"))
                .select("article_key", "day", F.col("e.type").alias("type"), fold("e.canonical").alias("folded"),
                        F.col("e.canonical").alias("name"))
                .join(listed.where("public").select("type", F.col("key").alias("folded")), ["type", "folded"])
                .select("article_key", "day", F.lit("entity").alias("kind"),
                        F.concat(F.col("type"), F.lit(":"), F.col("folded")).alias("key"), "name"))
    provinces = dated.select("article_key", "day", F.explode("provinces").alias("p")).select(
        "article_key", "day", F.lit("province").alias("kind"), F.col("p.name").alias("key"), F.col("p.name").alias("name"))
    keyed = every.unionByName(topics).unionByName(phrases).unionByName(entities).unionByName(provinces)
    return keyed.groupBy("kind", "key", "day").agg(
        F.countDistinct("article_key").alias("count"), F.min("name").alias("name"))


def entity_mentions(latest, listed=None) -> Any:
    """One row per mention, with its entity's ``public`` flag (``listing``)."""
    from pyspark.sql import functions as F

    listed = listing(latest) if listed is None else listed
    month = F.coalesce(F.substring("day", 1, 7), F.lit(UNDATED)).alias("month")
    mentions = latest.select("article_key", "day", month, F.explode("entities").alias("e")).select(
        "article_key", "day", "month", "e.type", "e.text", "e.canonical", "e.title", "e.start", "e.end",
        _fold()("e.canonical").alias("key"))
    return mentions.join(listed, ["type", "key"]).select(
        "article_key", "day", "month", "type", "text", "canonical", "title", "start", "end", "public")


def run_all(spark, root: str) -> dict[str, int]:
    """Writes duplicates/, daily_counts/ and entities/ (replacing earlier ones); returns row counts."""
    latest = latest_articles(spark, root).localCheckpoint()
    counts: dict[str, int] = {"articles": latest.count()}
    listed = listing(latest).localCheckpoint()
    outputs = {
        "duplicates": duplicates(latest),
        "daily_counts": daily_counts(latest, listed),
        "entities": entity_mentions(latest, listed),
    }
    for name, frame in outputs.items():
        writer = frame.write.mode("overwrite")
        if name == "entities":  # by publication month, as the articles
            writer = writer.partitionBy("month")
        writer.parquet(join(root, name))
        counts[name] = _rows_written(root, name)
    return counts


def _rows_written(root: str, name: str) -> int:
    """Rows of a written output, from its Parquet footers (no Spark job)."""
    import pyarrow.dataset as ds

    from bantin.spark.files import filesystem

    filesystem_, path = filesystem(join(root, name))
    return ds.dataset(path, filesystem=filesystem_, format="parquet", exclude_invalid_files=True).count_rows()
