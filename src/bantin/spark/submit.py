"""The script to hand to ``spark-submit``: its arguments are those of ``bantin spark``.

    spark-submit --master spark://host:7077 --archives bantin-env.tar.gz#env \\
        --conf spark.pyspark.python=./env/bin/python \\
        "$(python -c 'import bantin.spark.submit as s; print(s.__file__)')" \\
        run hdfs:///ccnews/2024/ --out hdfs:///bantin/ccnews-2024 --partitions 400
"""

import sys

from bantin.cli import cli

if __name__ == "__main__":
    cli(["spark", *sys.argv[1:]], prog_name="bantin spark")
