"""newsevents on Apache Spark: code corpora one machine cannot, and get the events ``ingest`` gives.

From the command line::

    newsevents spark crawl/*.warc.gz --out events-parquet --master local[2]

From ``spark-submit`` or a notebook::

    from newsevents.spark import run
    run(["hdfs:///news/2026-12-01/"], "hdfs:///newsevents/out", spark=spark)

The job reads inputs with the project's readers (one task per file), deduplicates articles in reading
order on the driver, codes them on executors with one pipeline per executor process, merges mentions into
events with the store's own rules (``newsevents.store.rows``) and writes one Parquet dataset per store
table under ``out`` (``newsevents db import`` reads them into a store). Needs ``pyspark`` and Java 17+.
"""

from newsevents.spark.job import SparkStats, run, session

__all__ = ["SparkStats", "run", "session"]
