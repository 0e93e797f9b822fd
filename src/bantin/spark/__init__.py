"""bantin on Apache Spark: the local pipeline's steps over archives of millions of pages.

- ``runner.run``: inputs → shards → Spark tasks running the local steps → Parquet under the
  output directory (``articles/month=YYYY-MM/``, ``rejected/``, ``_done/``), then the
  cross-document Spark stages (``stages.py``: ``duplicates/``, ``daily_counts/``, ``entities/``);
- ``importer.import_run``: that directory into the embedded store (``bantin import``).

Needs pyspark (``pip install 'bantin[spark]'``) and a Java runtime Spark supports (17).
"""
