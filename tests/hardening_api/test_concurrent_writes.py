"""Concurrent stores through the API's writer: same text twice, new actors shared by many.

Without the retry in ``lagebild.api.posting.store`` these raced into unique-key errors
(HTTP 500) on PostgreSQL: two transactions inserting the same new actor key.
"""

from __future__ import annotations

import threading

from hostile import hostile_analysis
from sqlalchemy import func, select

from lagebild.api.posting import store
from lagebild.store import open_store
from lagebild.store import tables as t

THREADS = 8


def _race(target, arguments: list[tuple]) -> list[BaseException]:  # noqa: ANN001
    errors: list[BaseException] = []
    start = threading.Barrier(len(arguments))

    def run(*args: object) -> None:
        start.wait()
        try:
            target(*args)
        except BaseException as error:  # noqa: BLE001 (collected for the assertion)
            errors.append(error)

    threads = [threading.Thread(target=run, args=args) for args in arguments]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return errors


def test_same_text_stored_concurrently_once(backend_url: str) -> None:
    engine = open_store(backend_url)
    try:
        analysis = hostile_analysis(1)
        results: list[dict] = []
        errors = _race(lambda: results.append(store(engine, analysis)), [()] * THREADS)
        assert not errors, errors[:2]
        assert len({result["id"] for result in results}) == 1
        with engine.connect() as connection:
            assert (
                connection.execute(select(func.count()).select_from(t.documents)).scalar_one() == 1
            )
    finally:
        engine.dispose()


def test_new_shared_actors_stored_concurrently(backend_url: str) -> None:
    engine = open_store(backend_url)
    try:
        analyses = [hostile_analysis(number) for number in range(THREADS)]
        errors = _race(lambda analysis: store(engine, analysis), [(a,) for a in analyses])
        assert not errors, errors[:2]
        with engine.connect() as connection:
            documents = connection.execute(
                select(func.count()).select_from(t.documents)
            ).scalar_one()
            keys = list(connection.execute(select(t.actors.c.key)).scalars())
        assert documents == THREADS
        assert len(keys) == len(set(keys)) == 2
    finally:
        engine.dispose()
