"""The log file turns over at its size limit and keeps a few older ones."""

import logging

from reader.services.log_file import RotatingLog, open_log


def _logger(handler: logging.Handler, name: str) -> logging.Logger:
    logger = logging.getLogger(name)
    logger.propagate = False
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return logger


def test_the_log_turns_over_and_keeps_three_older_files(tmp_path) -> None:
    path = tmp_path / "hashiya.log"
    handler = RotatingLog(path, max_bytes=200, kept=3)
    logger = _logger(handler, "test.rotation")
    try:
        for n in range(60):
            logger.info("line %03d %s", n, "x" * 40)
    finally:
        logger.removeHandler(handler)
        handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["hashiya.log", "hashiya.log.1", "hashiya.log.2", "hashiya.log.3"]
    for p in tmp_path.iterdir():
        assert p.stat().st_size <= 200 + 60  # one line over the limit at most
    newest = path.read_text(encoding="utf-8")
    assert "line 059" in newest
    assert "line 058" in newest or "line 058" in (tmp_path / "hashiya.log.1").read_text(encoding="utf-8")
    everything = "".join(p.read_text(encoding="utf-8") for p in tmp_path.iterdir())
    assert "line 000" not in everything  # the oldest were dropped


def test_open_log_makes_its_folder_and_writes_in_utf8(tmp_path) -> None:
    path = tmp_path / "data" / "Hashiya" / "hashiya.log"
    handler = open_log(path)
    logger = _logger(handler, "test.open")
    try:
        logger.warning("خطا در %s", "کابل.txt")
    finally:
        logger.removeHandler(handler)
        handler.close()
    text = path.read_text(encoding="utf-8")
    assert "WARNING test.open: خطا در کابل.txt" in text
