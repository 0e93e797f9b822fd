"""Scale-out: ``bantin spark run`` (the pipeline on Apache Spark) and ``bantin import`` (its output into a store)."""

from __future__ import annotations

import sys

import click

from bantin import api
from bantin.cli.app import EXIT_DROPPED, cli, db_option, domain_errors, dumps, fail
from bantin.settings import Settings


@cli.group()
def spark() -> None:
    """Run bantin's pipeline on Apache Spark (needs pyspark and Java 17: pip install 'bantin[spark]')."""


@spark.command("run")
@click.argument("paths", nargs=-1, required=True, metavar="INPUT...")
@click.option("--out", required=True, metavar="DIR", help="Output directory (local or any Hadoop-compatible URI).")
@click.option("--master", metavar="URL", help="Spark master (default: spark-submit's, else local[*]).")
@click.option("--partitions", type=int, metavar="N", help="Tasks for the inputs and shuffle partitions.")
@click.option("--no-connect", is_flag=True, help="Skip the cross-document stages (duplicates, daily counts, entities).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--quiet", "-q", is_flag=True, help="No progress; errors only.")
@click.pass_obj
@domain_errors
def spark_run(settings: Settings, paths: tuple[str, ...], out: str, master: str | None, partitions: int | None,
              no_connect: bool, as_json: bool, quiet: bool) -> None:
    """Extract and understand INPUT... (WARC, JSONL, HTML trees) on Spark into Parquet under DIR.

    Re-running skips the inputs already finished; the cross-document stages are redone over all
    of DIR. Load the result into a store with `bantin import DIR --db FILE`.
    """
    try:
        from bantin.spark import runner
    except ImportError as exc:  # pyspark is an optional dependency
        fail(f"Spark support needs pyspark ({exc}); install it with: pip install 'bantin[spark]'")

    def progress(done: int, total: int) -> None:
        if not quiet and not as_json and sys.stderr.isatty():
            click.echo(f"\rspark: {done:,}/{total:,} tasks", err=True, nl=False)

    report = runner.run(list(paths), out, settings=settings, master=master, partitions=partitions,
                        cross_document=not no_connect, on_progress=progress)
    if not quiet and not as_json and sys.stderr.isatty():
        click.echo("", err=True)
    data = report.as_dict()
    if as_json:
        click.echo(dumps(data))
    elif not quiet:
        click.echo(f"Spark run over {data['shards']:,} shards ({data['processed']:,} processed now, "
                   f"{data['skipped']:,} finished before) in {data['seconds']:.1f}s "
                   f"(Spark start-up {data['startup_seconds']:.1f}s): {data['pages']:,} pages, "
                   f"{data['articles']:,} articles, {sum(data['dropped'].values()):,} dropped.")
        for reason, count in data["dropped"].items():
            click.echo(f"  dropped {count:>5,}  {reason}")
        if data["dropped"]:
            click.echo(f"  (each dropped page, with its reason: {out}/rejected/)")
        for step, seconds in data["step_seconds"].items():
            click.echo(f"  {step:<12} {seconds:>9.1f} CPU s")
        if data["outputs"]:
            click.echo("  outputs: " + ", ".join(f"{k} {v:,} rows" for k, v in data["outputs"].items()))
    if report.stats.dropped:
        sys.exit(EXIT_DROPPED)


@cli.command("import")
@click.argument("directory", metavar="DIR")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_obj
@domain_errors
def import_command(settings: Settings, directory: str, db: str | None, as_json: bool) -> None:
    """Load a `bantin spark run` output DIR into the store (articles, drops, duplicates), then
    run stories, daily counts and alerts over it. Importing twice changes nothing."""
    from bantin.spark.importer import ImportError_, import_run

    with api.open_store(db, settings=settings) as store:
        try:
            report = import_run(directory, store, settings=settings)
        except ImportError_ as exc:
            fail(str(exc))
        data = report.as_dict()
        if as_json:
            click.echo(dumps(data))
        else:
            stored = data["stored"]
            click.echo(f"Imported {directory}: {stored.get('new', 0):,} new, {stored.get('revised', 0):,} revised, "
                       f"{stored.get('unchanged', 0):,} unchanged articles; duplicates "
                       f"{'from the Spark run' if data['duplicates_from_spark'] else 'recomputed'}; "
                       f"{data['connect'].get('stories_new', 0):,} new stories, {data['connect'].get('alerts', 0):,} alerts.")
            if data["unfinished"]:
                click.echo(f"  {len(data['unfinished'])} shards of the run are unfinished (re-run `bantin spark run`)", err=True)
